-- goalie for Neovim: the `goals` filetype and the `goalie lsp` client.
--
--   require('goalie').setup({
--     cmd = { 'goalie', 'lsp' },          -- how to start the server
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
--- 'config' (0.11+) or 'start_client'.
function M.setup(opts)
  opts = vim.tbl_deep_extend('force', {
    cmd = M.defaults.cmd,
    filetypes = M.defaults.filetypes,
    root_markers = M.defaults.root_markers,
  }, opts or {})
  M.filetype()
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
