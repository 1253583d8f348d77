# An unknown treaty is refused.
args: import fixtures/unknown-treaty.csv
exit: 2
store: unchanged
--- stderr
inforce: fixtures/unknown-treaty.csv:2: treaty: unknown treaty 'XYZ'
