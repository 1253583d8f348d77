# inforce backup needs a FILE.
args: backup
exit: 2
store: unchanged
--- stderr
inforce backup: missing argument; usage: inforce backup FILE [--force]
(see 'inforce backup --help')
