# ... and withdrawn once the second denunciation, notified on 27 March 2000, took effect on 27 June 2000 (the date its end note states).
args: status IV-5 --on 2000-06-27 --format csv
exit: 0
store: unchanged
--- stdout contains
iccpr-op1,TTO,Trinidad and Tobago,withdrawn,,accession,1998-08-26,1998-11-26,2000-03-27,2000-06-27,false,false,2026-02-03
