# A text without a C.N. reference is refused.
args: import-notification fixtures/notifications/no-reference.txt
exit: 2
store: unchanged
--- stderr
inforce: fixtures/notifications/no-reference.txt: reference: no depositary notification reference (C.N.<number>.<year>.TREATIES-<n>)
