# The list of commands keeps its columns whatever the length of a command's name.
args: --help
exit: 0
store: unchanged
--- stdout contains
  import-notification read a depositary notification (C.N.)
  init                create the store and load the bundled data
