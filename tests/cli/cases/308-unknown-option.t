# An unknown option.
args: status ccm --frob
exit: 2
store: unchanged
--- stderr
inforce status: unknown option '--frob'
(see 'inforce status --help')
