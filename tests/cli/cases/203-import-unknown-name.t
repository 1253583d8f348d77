# An unknown state name is refused, never guessed; the valid first row is not stored either.
args: import fixtures/unknown-name.csv
exit: 2
store: unchanged
--- stderr
inforce: fixtures/unknown-name.csv:3: state_name: unknown state 'Narnia'
