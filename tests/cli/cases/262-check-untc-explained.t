# Every difference between a UN record's published figures (the 2018 files and the 2026 pages, each on its own date) and inforce's is explained by data/untc-differences.csv (exit 0); the bundled figures as the README reports them.
args: check-untc
exit: 0
store: unchanged
--- stdout contains
Records as at 2018-01-15: 407, 95 without a participant table (nothing to count). Of the others: Signatories agree in 189 of 190, Parties in 238 of 249; entry into force (where a rule is recorded) agrees in 34 of 36.
Records as at 2026-02-03: 30, 0 without a participant table (nothing to count). Of the others: Signatories agree in 26 of 26, Parties in 30 of 30; entry into force (where a rule is recorded) agrees in 28 of 29.
15 differences: 15 explained (@DATA@/untc-differences.csv), 0 unexplained.
