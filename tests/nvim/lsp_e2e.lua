-- End-to-end: a real Neovim (0.7 or 0.11) runs `goalie lsp` through the
-- editors/nvim module, opens an example plan, and checks the diagnostics,
-- the hover of a key result and the inlay hints the server sends.
--
--   GOALIE_BIN=target/debug/goalie GOALIE_PLANS=<copy of examples/marketing-en> \
--     nvim --headless -u NONE -S tests/nvim/lsp_e2e.lua
--
-- Exits 0 when every check passes, 1 (cquit) with the reason otherwise.

local function env(name)
  local v = os.getenv(name)
  assert(v and v ~= '', name .. ' is not set')
  return v
end

local function clients(bufnr)
  if vim.lsp.get_clients then
    return vim.lsp.get_clients({ bufnr = bufnr })
  end
  return vim.lsp.buf_get_clients(bufnr)
end

local function request(bufnr, method, params)
  local responses, err = vim.lsp.buf_request_sync(bufnr, method, params, 15000)
  assert(responses, method .. ': no answer (' .. tostring(err) .. ')')
  for _, r in pairs(responses) do
    assert(not r.err, method .. ': ' .. vim.inspect(r.err))
    return r.result
  end
  error(method .. ': empty answer')
end

local function contains(haystack, needle, what)
  assert(
    haystack:find(needle, 1, true),
    ('%s: `%s` not found in:\n%s'):format(what, needle, haystack)
  )
end

local function run()
  local root = vim.fn.getcwd()
  vim.opt.runtimepath:prepend(os.getenv('GOALIE_NVIM_RTP') or (root .. '/editors/nvim'))
  -- As in a user's config: filetype detection on (ftdetect/ is on the
  -- runtimepath now).
  vim.cmd('filetype plugin on')
  local plans = env('GOALIE_PLANS')
  local api = require('goalie').setup({
    cmd = { env('GOALIE_BIN'), 'lsp' },
    settings = { today = '2026-11-24', lang = 'en' },
  })
  local v = vim.version()
  io.stdout:write(('neovim %d.%d.%d: goalie.setup() used %s\n'):format(v.major, v.minor, v.patch, api))

  vim.cmd('edit ' .. vim.fn.fnameescape(plans .. '/marketing.goals'))
  local bufnr = vim.api.nvim_get_current_buf()
  assert(vim.bo[bufnr].filetype == 'goals', 'filetype is ' .. vim.bo[bufnr].filetype)
  assert(vim.wait(15000, function() return #clients(bufnr) > 0 end, 50), 'goalie lsp did not attach')

  -- Diagnostics: the example has one warning in this file, O601 on line 6.
  assert(vim.wait(20000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50), 'no diagnostics')
  local diags = vim.diagnostic.get(bufnr)
  assert(#diags == 1, 'diagnostics: ' .. vim.inspect(diags))
  local d = diags[1]
  assert(d.lnum == 5 and d.col == 10, 'O601 position: ' .. vim.inspect(d))
  assert(d.severity == vim.diagnostic.severity.WARN, 'severity: ' .. vim.inspect(d))
  contains(d.message, 'has 6 key results', 'diagnostic')
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  assert(code == 'O601', 'code: ' .. vim.inspect(d))

  -- Hover on the key result `bounce-rate` (line 13, ASCII: columns agree in
  -- every encoding).
  local uri = vim.uri_from_bufnr(bufnr)
  local hover = request(bufnr, 'textDocument/hover', {
    textDocument = { uri = uri },
    position = { line = 12, character = 6 },
  })
  local text = hover.contents.value:gsub('\194\160', ' ')
  contains(text, 'key result `bounce-rate`', 'hover')
  contains(text, '**53% · at risk**', 'hover')
  contains(text, '22% now · from 30% to 15%', 'hover')
  contains(text, 'needs −0.32 pt per day for the 22 days left', 'hover')

  -- Inlay hints over the whole file.
  local hints = request(bufnr, 'textDocument/inlayHint', {
    textDocument = { uri = uri },
    range = { start = { line = 0, character = 0 }, ['end'] = { line = vim.api.nvim_buf_line_count(bufnr), character = 0 } },
  })
  local by_line = {}
  for _, h in ipairs(hints) do
    by_line[h.position.line] = type(h.label) == 'string' and h.label or h.label[1].value
  end
  assert(by_line[12] == '53% · at risk', 'inlay hint of bounce-rate: ' .. vim.inspect(by_line))
  local line13 = vim.api.nvim_buf_get_lines(bufnr, 12, 13, false)[1]
  for _, h in ipairs(hints) do
    if h.position.line == 12 then
      assert(h.position.character == #line13, 'hint at column ' .. h.position.character)
    end
  end
  io.stdout:write(('ok: %d diagnostic, hover and %d inlay hints checked\n'):format(#diags, #hints))
end

local ok, err = xpcall(run, debug.traceback)
if ok then
  vim.cmd('qall!')
else
  io.stderr:write('FAILED: ' .. tostring(err) .. '\n')
  vim.cmd('cquit! 1')
end
