# A mistyped state name gets the nearest known name as a suggestion.
args: state Polnd
exit: 2
store: unchanged
--- stderr
inforce: unknown state 'Polnd'; did you mean 'Poland'? (use an ISO3 code or a name in data/states.csv)
