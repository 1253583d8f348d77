# Re-importing the CCM's UNTC file is a diff: every act is already stored; nothing new.
args: import-untc ../../data/untc-mtdsg-2018/XXVI-6.en.xml --as-at 2018-01-15 --dry-run
exit: 0
store: unchanged
--- stdout
would import 1 file: 119 participant rows, 214 cells; 214 acts read (0 from end notes)
  0 new acts, 214 already stored (listed again), 0 corrections of an earlier
  record, 0 disagreements flagged,
  0 bracketed acts and 0 refused as contradictory kept as flags, 0 other flags,
  17 notes kept as text (0 end-note sentences not attributable)
  repairs: 22 double quotes, 3 single quotes, 0 dashes, 0 spaces, 4 ellipses
