# ... and from 5 April 1999 a party under its re-accession of 5 Jan 1999.
args: status IV-5 --on 1999-04-05 --format csv
exit: 0
store: unchanged
--- stdout contains
iccpr-op1,GUY,Guyana,party,,accession,1999-01-05,1999-04-05,,,false,false,2026-02-03
