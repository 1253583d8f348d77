# A withdrawal by a state that was never bound (Angola only signed the CCM) is a contradiction.
args: import fixtures/never-party.csv
exit: 2
store: unchanged
--- stderr
inforce: fixtures/never-party.csv:2: action: AGO: withdrawal by a state that is not bound by the treaty on 2024-01-10 (no instrument of consent before it)
