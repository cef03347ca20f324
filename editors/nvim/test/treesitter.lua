-- Headless test of the tree-sitter grammar in Neovim 0.11+:
--
--   nvim --headless -u NONE -S editors/nvim/test/treesitter.lua
--
-- Compiles editors/tree-sitter-goals with `cc` through goalie.treesitter,
-- registers it, opens an example and checks the highlight capture and the
-- fold at a few positions. Exits non-zero on any failure.
local here = vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h')
local nvimdir = vim.fn.fnamemodify(here, ':h')
local repo = vim.fn.fnamemodify(nvimdir, ':h:h')

vim.opt.runtimepath:prepend(nvimdir)
vim.cmd('filetype plugin on')

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

local ts = require('goalie.treesitter')
local parser_path = vim.fn.tempname() .. '/parser/goals.so'
local built, err = ts.build({ path = parser_path })
check('the parser compiles from editors/tree-sitter-goals', built ~= nil, err)
check('setup registers and starts the grammar', ts.setup({ path = parser_path }) == true)

vim.cmd('edit ' .. repo .. '/examples/marketing-en/marketing.goals')
local buf = vim.api.nvim_get_current_buf()
check('*.goals is the goals filetype', vim.bo.filetype == 'goals', vim.bo.filetype)
check('the tree-sitter highlighter is active', vim.treesitter.highlighter.active[buf] ~= nil)
local parser = vim.treesitter.get_parser(buf, 'goals')
local tree = parser:parse()[1]
check('the example parses without errors', not tree:root():has_error())

--- The highlight captures at the first occurrence of `text` (plain) on the
--- first line matching the Lua pattern `line_pat`, and that position.
local function captures_at(line_pat, text)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    if line:find(line_pat) then
      local col = line:find(text, 1, true)
      if col then
        local names = {}
        for _, c in ipairs(vim.treesitter.get_captures_at_pos(buf, i - 1, col - 1)) do
          table.insert(names, c.capture)
        end
        return names, i
      end
    end
  end
  return {}, nil
end

local function expect(line_pat, text, capture)
  local names = captures_at(line_pat, text)
  check(('%q on %q is @%s'):format(text, line_pat, capture),
    #names == 1 and names[1] == capture, table.concat(names, ', '))
end

expect('^objective organic%-pipeline', 'objective', 'keyword.function')
expect('^objective organic%-pipeline', 'organic-pipeline', 'label')
expect('^objective organic%-pipeline', 'Make organic', 'markup.heading')
expect('^  period: 2026%-Q4', 'period', 'property')
expect('^  period: 2026%-Q4', '2026-Q4', 'string.special')
expect('^  owner: @dana', '@dana', 'string.special.symbol')
expect('^  aspirational', 'aspirational', 'attribute')
expect('^  aspirational', '# stretch', 'comment')
expect('^  kr bounce%-rate', 'kr', 'keyword.function')
expect('^    metric: 30%% %-> 15%%', '30', 'number')
expect('^    metric: 30%% %-> 15%%', '%', 'type.builtin')
expect('^    metric: 30%% %-> 15%%', '->', 'operator')
expect('^    metric: %+300 MQLs', 'MQLs', 'type')
expect('^    metric: %+300 MQLs', '300', 'number')
expect('^2026%-10%-%d%d ', '2026-10', 'string.special')
expect('^2026%-10%-01 blog%-posts', 'blog-posts', 'label')
expect('^2026%-10%-01 blog%-posts', '"How to', 'string')

-- Folding through the grammar's folds.scm: an objective opens a fold on its
-- header, its key results a nested one.
local _, header = captures_at('^objective organic%-pipeline', 'objective')
local _, kr = captures_at('^  kr bounce%-rate', 'kr')
check('an objective opens a fold', header and vim.treesitter.foldexpr(header) == '>1',
  header and vim.treesitter.foldexpr(header))
check('a key result opens a nested fold', kr and vim.treesitter.foldexpr(kr) == '>2',
  kr and vim.treesitter.foldexpr(kr))
check('the window folds by the grammar', vim.wo.foldexpr == 'v:lua.vim.treesitter.foldexpr()',
  vim.wo.foldexpr)

-- A French log, in a second buffer: the FileType autocommand starts it.
vim.cmd('edit ' .. repo .. '/examples/ventes-fr/journal-2026-11.goals')
buf = vim.api.nvim_get_current_buf()
check('a second goals buffer gets the highlighter', vim.treesitter.highlighter.active[buf] ~= nil)
expect('programme%-partenaires fait', 'fait', 'constant.builtin')
expect('programme%-partenaires fait', '« kit', 'string')

vim.fn.delete(vim.fn.fnamemodify(parser_path, ':h:h'), 'rf')
if failures > 0 then
  io.stdout:write(('%d check(s) failed\n'):format(failures))
  vim.cmd('cquit 1')
else
  io.stdout:write('all checks passed\n')
  vim.cmd('qall!')
end
