# An unknown command.
args: frobnicate
exit: 2
store: unchanged
--- stderr
inforce: 'frobnicate' is not an inforce command; see 'inforce --help'
