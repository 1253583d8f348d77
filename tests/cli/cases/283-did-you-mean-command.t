# A mistyped command gets the nearest command as a suggestion.
args: stauts ccm
exit: 2
store: unchanged
--- stderr
inforce: 'stauts' is not an inforce command; did you mean 'status'?; see 'inforce --help'
