# The CCW's published entry into force (2 Dec 1983) is reached with the predecessor States' ratifications that the tables leave to their end notes (GDR, Czechoslovakia, former Yugoslavia), read from those notes by the UN readers.
args: treaty ccw
exit: 0
store: unchanged
--- stdout contains
  Computed: 1983-12-02. The 20th counted instrument was deposited on 1983-06-02 (deposits that day:
  Poland; 20 instruments by that date; the order within one day is not recorded). The published
  date, 1983-12-02, agrees.
