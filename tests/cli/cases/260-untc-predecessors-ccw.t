# The CCW's published entry into force (2 Dec 1983) is reached once the predecessor states' ratifications that the 2018 table leaves to its end notes (GDR, Czechoslovakia, former Yugoslavia) are added: the explanation data/untc-differences.csv gives for XXVI-2.
before: import fixtures/predecessors.csv
args: treaty ccw
exit: 0
store: unchanged
--- stdout contains
  Computed: 1983-12-02. The 20th counted instrument was deposited on 1983-06-02 (deposits that day:
  Poland; 20 instruments by that date; the order within one day is not recorded). The published
  date, 1983-12-02, agrees.
