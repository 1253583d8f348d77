# Guyana (UNTC IV-5, end note 2): acceded on 10 May 1993 (told in the note), denounced on 5 Jan 1999 with effect from 5 April 1999 and re-acceded the same day: a party throughout, with its withdrawal pending until the re-accession takes over.
args: status IV-5 --on 1999-02-01 --format csv
exit: 0
store: unchanged
--- stdout contains
iccpr-op1,GUY,Guyana,party,,accession,1993-05-10,1993-08-10,1999-01-05,1999-04-05,true,false,2026-02-03
