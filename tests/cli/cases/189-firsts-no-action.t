# firsts needs --action.
args: firsts
exit: 2
store: unchanged
--- stderr
inforce firsts: --action is required
(see 'inforce firsts --help')
