-- Headless test of editors/nvim, for Neovim 0.7 and 0.11:
--
--   nvim --headless -u NONE -S editors/nvim/test/test.lua
--
-- Checks the filetype detection, the syntax file and the Lua module
-- (require('goalie').setup) against a stand-in server (fake_server.py) that
-- records what the client sends. Exits non-zero on any failure.
local here = vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h')
local nvimdir = vim.fn.fnamemodify(here, ':h')
local repo = vim.fn.fnamemodify(nvimdir, ':h:h')

vim.opt.runtimepath:prepend(nvimdir)
vim.cmd('filetype plugin on')
vim.cmd('syntax on')

local failures = 0
local function check(name, ok, detail)
  if ok then
    io.stdout:write('ok    ' .. name .. '\n')
  else
    failures = failures + 1
    io.stdout:write('FAIL  ' .. name .. (detail and (': ' .. detail) or '') .. '\n')
  end
end

local version = vim.version()
io.stdout:write(('Neovim %d.%d.%d\n'):format(version.major, version.minor, version.patch))

-- ---- Filetype and syntax (no setup() call: ftdetect/ and syntax/ alone)
vim.cmd('edit ' .. repo .. '/examples/ventes-fr/plan.goals')
check('*.goals is the goals filetype', vim.bo.filetype == 'goals', vim.bo.filetype)
check('the goals syntax is loaded', vim.b.current_syntax == 'goals', tostring(vim.b.current_syntax))
check('ftplugin sets the comment string', vim.bo.commentstring == '# %s', vim.bo.commentstring)

--- Syntax group at the first occurrence of `text` on the first line that
--- matches the Lua pattern `line_pat`.
local function group_at(line_pat, text)
  local lines = vim.api.nvim_buf_get_lines(0, 0, -1, false)
  for i, line in ipairs(lines) do
    if line:find(line_pat) then
      local col = line:find(text, 1, true)
      if not col then
        return 'text not on line ' .. i
      end
      return vim.fn.synIDattr(vim.fn.synID(i, col, 1), 'name')
    end
  end
  return 'no line matches ' .. line_pat
end

local expectations = {
  { '^objectif ca%-t4', 'objectif', 'goalsItem' },
  { '^objectif ca%-t4', 'ca-t4', 'goalsId' },
  { '^objectif ca%-t4', 'Faire du T4', 'goalsTitle' },
  { '^  période:', 'période', 'goalsProperty' },
  { '^  période:', '2026-T4', 'goalsDate' },
  { '^  responsable: @camille', '@camille', 'goalsOwner' },
  { '^  engagé', 'engagé', 'goalsFlag' },
  { '^  rc ca%-mensuel', 'rc', 'goalsItem' },
  { '^    mesure: 11 000', '11 000', 'goalsNumber' },
  { '^    mesure: 11 000', '€', 'goalsUnit' },
  { '^    mesure: 11 000', '->', 'goalsOperator' },
  { '^    poids: 2', '# c', 'goalsComment' },
  { '^    garder:', '<=', 'goalsOperator' },
  { '^    jalon', 'jalon', 'goalsFlag' },
  { '^activité prospection', 'activité', 'goalsItem' },
  { '^  cible: 20 prospects', 'par', 'goalsWord' },
  { '^  cible: 20 prospects', 'jour ouvré', 'goalsPeriodWord' },
  { '^  soutient:', 'ca-mensuel', 'goalsLinkRef' },
  { '^entonnoir', 'entonnoir', 'goalsItem' },
  { '^  étape', 'étape', 'goalsStage' },
  { '^# Plan commercial', 'Plan', 'goalsComment' },
}
for _, e in ipairs(expectations) do
  local got = group_at(e[1], e[2])
  check(('syntax: %q is %s'):format(e[2], e[3]), got == e[3], got)
end

vim.cmd('edit ' .. repo .. '/examples/ventes-fr/journal-2026-11.goals')
check('syntax: log date', group_at('^2026%-11%-04 prospection', '2026-11-04') == 'goalsLogDate', group_at('^2026%-11%-04 prospection', '2026-11-04'))
check('syntax: log id', group_at('^2026%-11%-04 prospection', 'prospection') == 'goalsRef', group_at('^2026%-11%-04 prospection', 'prospection'))
check('syntax: « note »', group_at('^2026%-11%-04 prospection', '«') == 'goalsNote', group_at('^2026%-11%-04 prospection', '«'))

-- `#` inside a title or a note is text; ` # ` after a title is a comment.
vim.cmd('enew')
vim.bo.filetype = 'goals'
vim.api.nvim_buf_set_lines(0, 0, -1, false, {
  'objective deal: Win our #1 deal   # a comment',
  '2026-11-02 deal +3 "call #2 went well"',
})
check('syntax: #1 in a title is title', group_at('^objective deal', '#1') == 'goalsTitle', group_at('^objective deal', '#1'))
check('syntax: # after a title is a comment', group_at('^objective deal', '# a comment') == 'goalsComment', group_at('^objective deal', '# a comment'))
check('syntax: # in a note is the note', group_at('^2026%-11%-02 deal', '#2') == 'goalsNote', group_at('^2026%-11%-02 deal', '#2'))
check('syntax: + of an increment', group_at('^2026%-11%-02 deal', '+3') == 'goalsIncrement', group_at('^2026%-11%-02 deal', '+3'))
vim.cmd('bwipeout!')

-- ---- The Lua module and the language client
local log = vim.fn.tempname()
local goalie = require('goalie')
local api = goalie.setup({
  cmd = { 'python3', here .. '/fake_server.py', log },
  -- No rules: the empty table must still reach the server as a JSON object.
  settings = { lang = 'fr', today = '2026-11-24' },
})
local want_api = vim.fn.has('nvim-0.11') == 1 and 'config' or 'start_client'
check('setup() picks the API of this Neovim', api == want_api, api)
check(':GoalieLog exists', vim.fn.exists(':GoalieLog') == 2)

local file = repo .. '/examples/marketing-en/marketing.goals'
vim.cmd('edit ' .. file)
local function goalie_clients()
  local found = {}
  local list = vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = 0 }) or vim.lsp.buf_get_clients(0)
  for _, c in pairs(list) do
    if c.name == 'goalie' then
      table.insert(found, c)
    end
  end
  return found
end

local function records()
  local out = {}
  if vim.fn.filereadable(log) == 1 then
    for _, line in ipairs(vim.fn.readfile(log)) do
      local r = vim.fn.json_decode(line)
      out[r.kind] = r.data
    end
  end
  return out
end

local attached = vim.wait(10000, function()
  local r = records()
  return #goalie_clients() > 0 and r.initialize ~= nil and r.configuration ~= nil and r.didOpen ~= nil
end, 50)
local r = records()
check('the goalie client attaches to a .goals buffer', #goalie_clients() == 1, ('%d clients'):format(#goalie_clients()))
check('the server was started and initialized', attached and r.initialize ~= nil, vim.inspect(r))
if r.initialize then
  local init = r.initialize.initializationOptions or vim.NIL
  check('initializationOptions carry the settings', type(init) == 'table' and init.lang == 'fr' and init.today == '2026-11-24'
    and init.inlayHints and init.inlayHints.enable == true, vim.inspect(init))
  local types = r.init_types or {}
  check('empty rules are sent as a JSON object, not an array', types.rules == 'dict', vim.inspect(types))
  local root = r.initialize.rootUri or ''
  -- examples/goalie.toml is the nearest marker above the file (before .git).
  check('the workspace root is the nearest folder with goalie.toml or .git', root == vim.uri_from_fname(repo .. '/examples'), root)
end
if r.configuration then
  local section = r.configuration[1]
  check('workspace/configuration answers the goalie section', type(section) == 'table' and section.lang == 'fr', vim.inspect(r.configuration))
  local ctypes = r.configuration_types or {}
  check('... with rules as a JSON object', ctypes.rules == 'dict', vim.inspect(ctypes))
end
check('the server was told about the open file', r.didOpen == vim.uri_from_fname(file), tostring(r.didOpen))

-- :GoalieLog sends goalie.server.logProgress with the server's arguments.
vim.api.nvim_win_set_cursor(0, { 20, 4 })
vim.cmd('GoalieLog +3 webinar signups')
local sent = vim.wait(5000, function() return records().executeCommand ~= nil end, 50)
local ec = records().executeCommand or {}
local a = (ec.arguments or {})[1] or {}
check(':GoalieLog sends goalie.server.logProgress', sent and ec.command == 'goalie.server.logProgress', vim.inspect(ec))
check('... with uri, position, value and note', a.uri == vim.uri_from_fname(file) and a.position and a.position.line == 19
  and a.value == '+3' and a.note == 'webinar signups', vim.inspect(a))

-- A second .goals buffer of the same root reuses the client.
vim.cmd('edit ' .. repo .. '/examples/marketing-en/company.goals')
vim.wait(2000, function() return #goalie_clients() > 0 end, 50)
local ids = {}
for _, c in ipairs(vim.lsp.get_clients and vim.lsp.get_clients({ name = 'goalie' }) or vim.tbl_values(vim.lsp.get_active_clients())) do
  if c.name == 'goalie' then ids[c.id] = true end
end
check('one client per root folder', vim.tbl_count(ids) == 1, vim.inspect(vim.tbl_keys(ids)))

-- A folder with no goalie.toml and no .git: the file's folder is the root,
-- so the other files of the folder are part of the workspace.
local lone = vim.fn.tempname()
vim.fn.mkdir(lone, 'p')
vim.fn.writefile({ 'objective a: A' }, lone .. '/a.goals')
vim.cmd('edit ' .. lone .. '/a.goals')
local lone_uri = vim.uri_from_fname(vim.fn.resolve(lone))
local lone_ok = vim.wait(10000, function()
  local init = records().initialize
  return init ~= nil and (init.rootUri == lone_uri or init.rootUri == vim.uri_from_fname(lone))
end, 50)
check('without goalie.toml or .git the root is the file\'s folder', lone_ok, tostring((records().initialize or {}).rootUri))
vim.fn.delete(lone, 'rf')

for _, c in pairs(vim.lsp.get_clients and vim.lsp.get_clients() or vim.lsp.get_active_clients()) do
  c.stop()
end
vim.wait(1000, function() return false end, 100)
vim.fn.delete(log)

-- ---- Finding goalie however it was installed (no `cmd` given)
vim.cmd('silent! %bwipeout!')
local fake = vim.fn.tempname()
local home = fake .. '/home'
local root = fake .. '/project'
local saved_env = {}
for _, name in ipairs({ 'PATH', 'HOME', 'CARGO_HOME', 'VIRTUAL_ENV', 'PYTHONUSERBASE', 'PIPX_BIN_DIR', 'UV_TOOL_BIN_DIR',
  'NPM_CONFIG_PREFIX', 'npm_config_prefix', 'NVM_DIR', 'GOALIE_LANG', 'LC_ALL', 'LC_MESSAGES', 'LANG' }) do
  saved_env[name] = vim.env[name]
  vim.env[name] = nil
end
vim.env.HOME = home
vim.env.PATH = fake .. '/path'
vim.env.LANG = 'en_US.UTF-8'
vim.fn.mkdir(fake .. '/path', 'p')
vim.fn.mkdir(root, 'p')
local function make_exe(path)
  vim.fn.mkdir(vim.fn.fnamemodify(path, ':h'), 'p')
  vim.fn.writefile({ '#!/bin/sh', 'exit 0' }, path)
  vim.fn.setfperm(path, 'rwxr-xr-x')
  return path
end
local pkg = goalie.npm_package()
local uname = vim.loop.os_uname()
if uname.sysname == 'Linux' and uname.machine == 'x86_64' then
  check('the npm platform package is the launcher\'s', pkg == '@goalie-rs/cli-linux-x64', pkg)
end

local found, tried = goalie.find_server(root)
check('nothing installed: no server', found == nil, tostring(found))
check('... the project\'s node_modules was tried first', tried[1] == root .. '/node_modules/' .. pkg .. '/bin/goalie', tried[1])
check('... and pip\'s ~/.local/bin', vim.tbl_contains(tried, home .. '/.local/bin/goalie'), vim.inspect(tried))

local pipx = make_exe(home .. '/.local/bin/goalie')
check('pipx, uv or pip --user: ~/.local/bin/goalie', goalie.find_server(root) == pipx, tostring(goalie.find_server(root)))
local on_path = make_exe(fake .. '/path/goalie')
check('PATH before pip\'s folder', goalie.find_server(root) == on_path, tostring(goalie.find_server(root)))
local venv = make_exe(root .. '/.venv/bin/goalie')
check('the project\'s .venv before PATH', goalie.find_server(root) == venv, tostring(goalie.find_server(root)))
local npm_dev = make_exe(root .. '/node_modules/' .. pkg .. '/bin/goalie')
check('npm install -D: the project\'s node_modules first', goalie.find_server(root) == npm_dev, tostring(goalie.find_server(root)))
for _, f in ipairs({ pipx, on_path, venv, npm_dev }) do
  vim.fn.delete(f)
end
make_exe(home .. '/.nvm/versions/node/v18.20.0/lib/node_modules/' .. pkg .. '/bin/goalie')
local nvm20 = make_exe(home .. '/.nvm/versions/node/v20.11.1/lib/node_modules/' .. pkg .. '/bin/goalie')
check('npm install -g under nvm: the newest Node first', goalie.find_server(root) == nvm20, tostring(goalie.find_server(root)))
vim.fn.delete(home .. '/.nvm', 'rf')

-- setup() without `cmd` and no goalie anywhere: a message, no client.
local notified = {}
local real_notify = vim.notify
vim.notify = function(m, level)
  table.insert(notified, { msg = m, level = level })
end
vim.cmd('cd ' .. vim.fn.fnameescape(root))
check('setup() without goalie anywhere returns missing', goalie.setup() == 'missing', tostring(goalie.api))
local m = (notified[1] or {}).msg or ''
check('... and says how to install it', m:find('pipx install goalie-cli', 1, true) ~= nil and m:find('npm install -g goalie', 1, true) ~= nil, m)
vim.env.LANG = 'fr_FR.UTF-8'
notified = {}
goalie.setup()
m = (notified[1] or {}).msg or ''
check('... in French too', m:find('introuvable', 1, true) ~= nil and m:find('pipx install goalie-cli', 1, true) ~= nil, m)
vim.notify = real_notify

-- With goalie in pip's folder, setup() starts that one.
pipx = make_exe(home .. '/.local/bin/goalie')
local api_found = goalie.setup()
check('setup() without cmd uses the goalie it found', api_found == want_api and goalie.config.cmd[1] == pipx
  and goalie.config.cmd[2] == 'lsp', vim.inspect(goalie.config and goalie.config.cmd))

for name, value in pairs(saved_env) do
  vim.env[name] = value
end
vim.fn.delete(fake, 'rf')

if failures > 0 then
  io.stdout:write(('%d check(s) failed\n'):format(failures))
  vim.cmd('cquit 1')
else
  io.stdout:write('all checks passed\n')
  vim.cmd('qall!')
end
