-- goalie for Neovim: the `goals` filetype and the `goalie lsp` client.
--
--   require('goalie').setup({
--     cmd = { 'goalie', 'lsp' },          -- how to start the server (default:
--                                          -- goalie from PATH, pip, npm or cargo)
--     settings = { rules = { S101 = 'off' }, lang = 'auto', today = '',
--                  inlayHints = { enable = true } },
--     on_attach = function(client, bufnr) end,
--     capabilities = nil,                  -- e.g. from nvim-cmp
--     root_markers = { 'goalie.toml', '.git' },
--   })
--
-- Works with Neovim 0.11+ (vim.lsp.config / vim.lsp.enable) and with older
-- releases down to 0.7 (vim.lsp.start_client / vim.lsp.buf_attach_client).
local M = {}

M.defaults = {
  cmd = { 'goalie', 'lsp' },
  filetypes = { 'goals' },
  root_markers = { 'goalie.toml', '.git' },
  settings = {
    rules = {},
    lang = 'auto',
    today = '',
    inlayHints = { enable = true },
  },
}

--- The server-side command that appends a log line (see :GoalieLog).
M.log_command = 'goalie.server.logProgress'

local function has(version)
  return vim.fn.has('nvim-' .. version) == 1
end

--- Registers `*.goals` as the `goals` filetype (ftdetect/goals.vim does the
--- same when this folder is on 'runtimepath').
function M.filetype()
  if vim.filetype and vim.filetype.add then
    vim.filetype.add({ extension = { goals = 'goals' } })
  else
    vim.cmd([[
      augroup goalie_ftdetect
        autocmd!
        autocmd BufRead,BufNewFile *.goals setfiletype goals
      augroup END
    ]])
  end
end

--- The folder holding one of `markers`, searching up from `path`, or the
--- file's own folder.
function M.root_dir(path, markers)
  local dir = vim.fn.fnamemodify(path, ':p:h')
  for _, marker in ipairs(markers) do
    local f = vim.fn.findfile(marker, dir .. ';')
    if f == '' then
      f = vim.fn.finddir(marker, dir .. ';')
    end
    if f ~= '' then
      local full = vim.fn.fnamemodify(f, ':p'):gsub('/$', '')
      return vim.fn.fnamemodify(full, ':h')
    end
  end
  return dir
end

-- ---- Finding the server however it was installed

local function is_windows()
  return vim.loop.os_uname().sysname:match('Windows') ~= nil
end

--- npm's platform package holding the binary (packaging/npm/goalie.js).
function M.npm_package()
  local uname = vim.loop.os_uname()
  local os_name = ({ Linux = 'linux', Darwin = 'darwin' })[uname.sysname] or (is_windows() and 'win32' or uname.sysname:lower())
  local cpu = ({ x86_64 = 'x64', amd64 = 'x64', AMD64 = 'x64', aarch64 = 'arm64', arm64 = 'arm64' })[uname.machine] or uname.machine
  return ('@goalie-rs/cli-%s-%s'):format(os_name, cpu)
end

-- Folder names like `3.12` or `v20.11.1`, newest version first.
local function newest_first(paths)
  local function key(p)
    local k = {}
    for n in vim.fn.fnamemodify(p, ':t'):gmatch('%d+') do
      table.insert(k, tonumber(n))
    end
    return k
  end
  table.sort(paths, function(a, b)
    local x, y = key(a), key(b)
    for i = 1, math.max(#x, #y) do
      if (x[i] or -1) ~= (y[i] or -1) then
        return (x[i] or -1) > (y[i] or -1)
      end
    end
    return a < b
  end)
  return paths
end

local function glob_dirs(pattern)
  return newest_first(vim.fn.glob(pattern, true, true))
end

--- Every place an install puts goalie, most specific first: the project's
--- own (npm install -D, pip in .venv), PATH, cargo, pip/pipx/uv, npm -g.
function M.server_candidates(root)
  local env = vim.env
  local win = is_windows()
  local exe = win and 'goalie.exe' or 'goalie'
  local home = env.HOME or env.USERPROFILE
  local out = {}
  local function add(path)
    if path and path ~= '' then
      table.insert(out, path)
    end
  end
  local npm_bin = function(node_modules)
    return node_modules .. '/' .. M.npm_package() .. '/bin/' .. exe
  end
  local venv_bin = function(venv)
    return venv .. (win and '/Scripts/' or '/bin/') .. exe
  end

  if root then
    add(npm_bin(root .. '/node_modules'))
    add(venv_bin(root .. '/.venv'))
    add(venv_bin(root .. '/venv'))
  end
  if env.VIRTUAL_ENV then
    add(venv_bin(env.VIRTUAL_ENV))
  end
  local on_path = vim.fn.exepath(exe)
  add(on_path)
  local cargo_home = env.CARGO_HOME or (home and home .. '/.cargo')
  if cargo_home then
    add(cargo_home .. '/bin/' .. exe)
  end
  if env.PYTHONUSERBASE then
    add(venv_bin(env.PYTHONUSERBASE))
  end
  if env.PIPX_BIN_DIR then
    add(env.PIPX_BIN_DIR .. '/' .. exe)
  end
  if env.UV_TOOL_BIN_DIR then
    add(env.UV_TOOL_BIN_DIR .. '/' .. exe)
  end
  if home then
    add(home .. '/.local/bin/' .. exe)
    for _, dir in ipairs(glob_dirs(home .. '/Library/Python/*')) do
      add(dir .. '/bin/' .. exe)
    end
  end
  if win and env.APPDATA then
    for _, dir in ipairs(glob_dirs(env.APPDATA .. '/Python/Python*')) do
      add(dir .. '/Scripts/' .. exe)
    end
  end

  local prefixes = {}
  if env.NPM_CONFIG_PREFIX or env.npm_config_prefix then
    table.insert(prefixes, env.NPM_CONFIG_PREFIX or env.npm_config_prefix)
  end
  if win then
    if env.APPDATA then
      table.insert(prefixes, env.APPDATA .. '/npm')
    end
  else
    if home then
      table.insert(prefixes, home .. '/.npm-global')
      table.insert(prefixes, home .. '/.local')
    end
    for _, p in ipairs({ '/usr/local', '/opt/homebrew', '/usr' }) do
      table.insert(prefixes, p)
    end
    if home then
      for _, dir in ipairs(glob_dirs((env.NVM_DIR or (home .. '/.nvm')) .. '/versions/node/*')) do
        table.insert(prefixes, dir)
      end
    end
  end
  for _, prefix in ipairs(prefixes) do
    add(npm_bin(win and (prefix .. '/node_modules') or (prefix .. '/lib/node_modules')))
  end
  return out
end

--- The goalie executable, or nil and the places tried.
function M.find_server(root)
  local tried = M.server_candidates(root)
  for _, path in ipairs(tried) do
    if vim.fn.executable(path) == 1 then
      return path, tried
    end
  end
  return nil, tried
end

local function french()
  for _, name in ipairs({ 'GOALIE_LANG', 'LC_ALL', 'LC_MESSAGES', 'LANG' }) do
    local v = vim.env[name]
    if v and v ~= '' then
      return v:lower():sub(1, 2) == 'fr'
    end
  end
  return (vim.v.lang or ''):lower():sub(1, 2) == 'fr'
end

--- What to tell someone whose goalie is nowhere, in their language.
function M.missing_message()
  if french() then
    return 'goalie : le serveur de langage `goalie` est introuvable (PATH, dossiers de pip, pipx, uv, npm et cargo).\n'
      .. 'Installez-le sans Rust avec `pipx install goalie-cli`, `uv tool install goalie-cli` ou `npm install -g goalie`, '
      .. 'ou depuis une archive de version (:Mason si vous utilisez mason.nvim), puis rouvrez le fichier ; '
      .. "ou passez `cmd = { '/chemin/vers/goalie', 'lsp' }` à require('goalie').setup()."
  end
  return 'goalie: the language server `goalie` was not found (PATH, pip\'s, pipx\'s, uv\'s, npm\'s and cargo\'s folders).\n'
    .. 'Install it without Rust with `pipx install goalie-cli`, `uv tool install goalie-cli` or `npm install -g goalie`, '
    .. 'or from a release archive (:Mason if you use mason.nvim), then reopen the file; '
    .. "or pass `cmd = { '/path/to/goalie', 'lsp' }` to require('goalie').setup()."
end

--- The client configuration shared by both APIs.
local function client_config(opts)
  local settings = vim.tbl_deep_extend('force', M.defaults.settings, opts.settings or {})
  -- An empty Lua table is encoded as a JSON array; `rules` is a map.
  if type(settings.rules) ~= 'table' or next(settings.rules) == nil then
    settings.rules = vim.empty_dict()
  end
  return {
    name = 'goalie',
    cmd = opts.cmd,
    filetypes = opts.filetypes,
    root_markers = opts.root_markers,
    -- The server reads `initializationOptions` and pulls the `goalie`
    -- section with workspace/configuration (answered from `settings`).
    init_options = settings,
    settings = { goalie = settings },
    capabilities = opts.capabilities,
    on_attach = opts.on_attach,
  }
end

-- Neovim 0.7 – 0.10: one client per root folder, attached on FileType.
local clients_by_root = {}

local function attach_legacy(config, bufnr)
  local name = vim.api.nvim_buf_get_name(bufnr)
  local root = M.root_dir(name ~= '' and name or vim.fn.getcwd(), config.root_markers)
  local id = clients_by_root[root]
  if id == nil or vim.lsp.get_client_by_id(id) == nil then
    id = vim.lsp.start_client({
      name = config.name,
      cmd = config.cmd,
      root_dir = root,
      workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
      init_options = config.init_options,
      settings = config.settings,
      capabilities = config.capabilities,
      on_attach = config.on_attach,
    })
    if id == nil then
      vim.notify('goalie: could not start ' .. table.concat(config.cmd, ' '), vim.log.levels.ERROR)
      return nil
    end
    clients_by_root[root] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
  return id
end

--- Sets up the filetype and the language server. Returns the API used:
--- 'config' (0.11+) or 'start_client', or 'missing' when no `cmd` was given
--- and goalie is nowhere (the user is told how to install it).
function M.setup(opts)
  local given_cmd = opts and opts.cmd
  opts = vim.tbl_deep_extend('force', {
    cmd = M.defaults.cmd,
    filetypes = M.defaults.filetypes,
    root_markers = M.defaults.root_markers,
  }, opts or {})
  M.filetype()
  if not given_cmd then
    -- No command given: find goalie however it was installed, or say how to
    -- install it instead of failing to start `goalie` on every file.
    local found = M.find_server(vim.fn.getcwd())
    if not found then
      vim.notify(M.missing_message(), vim.log.levels.WARN)
      M.api = 'missing'
      return M.api
    end
    opts.cmd = { found, 'lsp' }
  end
  local config = client_config(opts)
  M.config = config

  vim.api.nvim_create_user_command('GoalieLog', function(args)
    M.log_progress(args.fargs[1], table.concat(vim.list_slice(args.fargs, 2), ' '))
  end, { nargs = '+', desc = 'goalie: log progress for the item under the cursor: VALUE [NOTE]' })

  if has('0.11') then
    vim.lsp.config('goalie', {
      cmd = config.cmd,
      filetypes = config.filetypes,
      -- Not `root_markers`: without a marker Neovim would start the server
      -- with no folder, and ids defined in the file's neighbours would be
      -- unknown. Like on older releases, fall back to the file's folder.
      root_dir = function(bufnr, on_dir)
        local name = vim.api.nvim_buf_get_name(bufnr)
        on_dir(M.root_dir(name ~= '' and name or vim.fn.getcwd(), config.root_markers))
      end,
      init_options = config.init_options,
      settings = config.settings,
      capabilities = config.capabilities,
      on_attach = config.on_attach,
    })
    vim.lsp.enable('goalie')
    M.api = 'config'
  else
    local group = vim.api.nvim_create_augroup('goalie_lsp', { clear = true })
    vim.api.nvim_create_autocmd('FileType', {
      group = group,
      pattern = config.filetypes,
      callback = function(ev)
        attach_legacy(config, ev.buf)
      end,
    })
    -- Buffers already open when setup() runs.
    for _, buf in ipairs(vim.api.nvim_list_bufs()) do
      if vim.api.nvim_buf_is_loaded(buf) and vim.tbl_contains(config.filetypes, vim.bo[buf].filetype) then
        attach_legacy(config, buf)
      end
    end
    M.api = 'start_client'
  end
  return M.api
end

--- Appends a log line for the item at or above the cursor, through the
--- server's `goalie.server.logProgress` command.
function M.log_progress(value, note)
  local bufnr = vim.api.nvim_get_current_buf()
  local cursor = vim.api.nvim_win_get_cursor(0)
  local arg = {
    uri = vim.uri_from_bufnr(bufnr),
    -- LSP counts UTF-16 units; the column of a line start is 0 either way,
    -- and the server looks for the item at or above the line.
    position = { line = cursor[1] - 1, character = 0 },
    value = value,
  }
  if note and note ~= '' then
    arg.note = note
  end
  vim.lsp.buf_request(bufnr, 'workspace/executeCommand', {
    command = M.log_command,
    arguments = { arg },
  }, function(err, result)
    if err then
      vim.notify('goalie: ' .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
    elseif result and result.id then
      vim.notify(('goalie: logged %s for %s'):format(value, result.id))
    end
  end)
end

return M
