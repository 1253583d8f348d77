# ENMOD's published entry into force (5 Oct 1978) is reached with the ratifications of Czechoslovakia and the GDR that only the end notes give, read from those notes by the UN readers.
args: treaty enmod
exit: 0
store: unchanged
--- stdout contains
  Computed: 1978-10-05. The 20th counted instrument was deposited on 1978-10-05 (deposits that day:
  Lao People's Democratic Republic; 20 instruments by that date; the order within one day is not
  recorded). The published date, 1978-10-05, agrees.
