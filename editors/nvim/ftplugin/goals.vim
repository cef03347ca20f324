" goalie: editing settings for .goals files.
if exists('b:did_ftplugin')
  finish
endif
let b:did_ftplugin = 1

setlocal commentstring=#\ %s
setlocal comments=:#
setlocal expandtab shiftwidth=2 softtabstop=2
setlocal foldmethod=indent foldlevel=99
" Ids contain '-' and '.': let `*`, `w` and completion treat them as one word.
setlocal iskeyword+=-

let b:undo_ftplugin = 'setlocal commentstring< comments< expandtab< shiftwidth< softtabstop< foldmethod< foldlevel< iskeyword<'
