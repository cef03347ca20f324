-- goalie for Neovim 0.11+: the tree-sitter grammar of .goals files
-- (editors/tree-sitter-goals) for highlighting and folding.
--
--   require('goalie.treesitter').setup()        -- build if needed, register, start
--   require('goalie.treesitter').build()        -- (re)compile the parser
--
-- The parser is compiled from the grammar's C sources with a C compiler
-- (`cc` by default) into Neovim's data folder; the queries ship in this
-- plugin's queries/goals/ folder, found on 'runtimepath'.
local M = {}

local function plugin_root()
  -- This file is <root>/lua/goalie/treesitter.lua.
  local here = debug.getinfo(1, 'S').source:sub(2)
  return vim.fn.fnamemodify(here, ':p:h:h:h')
end

--- Where the grammar's sources are: editors/tree-sitter-goals next to this
--- plugin in the repository.
function M.grammar_dir()
  return vim.fn.fnamemodify(plugin_root() .. '/../tree-sitter-goals', ':p'):gsub('/$', '')
end

--- Where the compiled parser goes by default.
function M.default_parser_path()
  return vim.fn.stdpath('data') .. '/site/parser/goals.so'
end

--- Compiles the parser: `opts.cc` (default `cc`), `opts.grammar_dir`,
--- `opts.path` (the .so to write). Returns the path, or nil and an error.
function M.build(opts)
  opts = opts or {}
  local dir = opts.grammar_dir or M.grammar_dir()
  local path = opts.path or M.default_parser_path()
  vim.fn.mkdir(vim.fn.fnamemodify(path, ':h'), 'p')
  local cmd = {
    opts.cc or 'cc', '-shared', '-fPIC', '-O2', '-std=c11',
    '-I', dir .. '/src',
    dir .. '/src/parser.c', dir .. '/src/scanner.c',
    '-o', path,
  }
  local out = vim.fn.system(cmd)
  if vim.v.shell_error ~= 0 then
    return nil, 'goalie: could not compile the tree-sitter parser: ' .. out
  end
  return path
end

--- Registers the parser for the `goals` filetype. Returns true, or false
--- and an error.
function M.register(path)
  local ok, err = pcall(vim.treesitter.language.add, 'goals', { path = path })
  if not ok then
    return false, err
  end
  vim.treesitter.language.register('goals', 'goals')
  return true
end

--- Starts tree-sitter highlighting and folding in a buffer.
function M.start(bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  vim.treesitter.start(bufnr, 'goals')
  for _, win in ipairs(vim.fn.win_findbuf(bufnr)) do
    vim.wo[win][0].foldmethod = 'expr'
    vim.wo[win][0].foldexpr = 'v:lua.vim.treesitter.foldexpr()'
  end
end

--- Builds the parser when missing (or when `opts.rebuild`), registers it and
--- starts it in every `goals` buffer, now and later. `opts` as in build().
function M.setup(opts)
  opts = opts or {}
  if vim.fn.has('nvim-0.11') ~= 1 then
    vim.notify('goalie: the tree-sitter grammar needs Neovim 0.11+; the syntax file stays in use', vim.log.levels.WARN)
    return false
  end
  local path = opts.path or M.default_parser_path()
  if opts.rebuild or vim.fn.filereadable(path) == 0 then
    local built, err = M.build(vim.tbl_extend('force', opts, { path = path }))
    if not built then
      vim.notify(err, vim.log.levels.ERROR)
      return false
    end
  end
  local ok, err = M.register(path)
  if not ok then
    vim.notify('goalie: ' .. tostring(err), vim.log.levels.ERROR)
    return false
  end
  local group = vim.api.nvim_create_augroup('goalie_treesitter', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = 'goals',
    callback = function(ev)
      M.start(ev.buf)
    end,
  })
  for _, buf in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(buf) and vim.bo[buf].filetype == 'goals' then
      M.start(buf)
    end
  end
  return true
end

return M
