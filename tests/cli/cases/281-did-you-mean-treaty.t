# A mistyped treaty id gets the nearest one held as a suggestion.
args: status cmm
exit: 2
store: unchanged
--- stderr
inforce: unknown treaty 'cmm'; did you mean 'CCM'? (see 'inforce treaty --list')
