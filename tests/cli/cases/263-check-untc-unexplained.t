# A difference that the known-differences file does not explain is shown as unexplained, and the exit status is 1.
args: check-untc --explained fixtures/untc-differences-partial.csv
exit: 1
store: unchanged
--- stdout contains
XIX-34       2018-01-15 XIX-34         -1       0      12      10             (no rule)  <- unexplained
--- stdout contains
15 differences: 14 explained (fixtures/untc-differences-partial.csv), 1 unexplained.
