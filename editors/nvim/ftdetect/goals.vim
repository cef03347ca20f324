" goalie: *.goals files are the `goals` filetype.
autocmd BufRead,BufNewFile *.goals setfiletype goals
