# ENMOD's published entry into force (5 Oct 1978) is reached once the ratifications of Czechoslovakia and the GDR, given only in the 2018 file's end notes, are added: the explanation data/untc-differences.csv gives for XXVI-1.
before: import fixtures/predecessors.csv
args: treaty enmod
exit: 0
store: unchanged
--- stdout contains
  Computed: 1978-10-05. The 20th counted instrument was deposited on 1978-10-05 (deposits that day:
  Lao People's Democratic Republic; 20 instruments by that date; the order within one day is not
  recorded). The published date, 1978-10-05, agrees.
