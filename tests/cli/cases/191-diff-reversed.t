# D2 before D1.
args: diff ccm 2025-03-06 2025-03-05
exit: 2
store: unchanged
--- stderr
inforce diff: D2 (2025-03-05) is before D1 (2025-03-06)
(see 'inforce diff --help')
