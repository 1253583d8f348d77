# A malformed known-differences file is refused, naming its line and field.
args: check-untc --explained fixtures/untc-differences-bad.csv
exit: 2
store: unchanged
--- stderr
inforce: fixtures/untc-differences-bad.csv:2: figure: 'members' is not signatories, parties or entry_into_force
