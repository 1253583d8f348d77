# Every difference between a 2018 UNTC file's published figures and inforce's is explained by data/untc-differences.csv (exit 0); the bundled figures as the README reports them.
args: check-untc
exit: 0
store: unchanged
--- stdout contains
407 files, 95 without a participant table (nothing to count). Of the others: Signatories agree in 189 of 190, Parties in 235 of 249; entry into force (where a rule is recorded) agrees in 7 of 10.
18 differences: 18 explained (@DATA@/untc-differences.csv), 0 unexplained.
