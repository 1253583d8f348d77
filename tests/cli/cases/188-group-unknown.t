# An unknown group.
args: group WARSAW ccm
exit: 2
store: unchanged
--- stderr
inforce: unknown group 'WARSAW' (see 'inforce group --list')
