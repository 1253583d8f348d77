# ... and from 5 April 1999 a party under its re-accession of 5 Jan 1999.
args: status IV-5 --on 1999-04-05 --format csv
exit: 0
store: unchanged
--- stdout contains
iv-5,GUY,Guyana,party,,accession,1999-01-05,unknown,,,false
