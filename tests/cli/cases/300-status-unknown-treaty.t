# An unknown treaty.
args: status xyz --on 2025-03-06
exit: 2
store: unchanged
--- stderr
inforce: unknown treaty 'xyz' (see 'inforce treaty --list')
