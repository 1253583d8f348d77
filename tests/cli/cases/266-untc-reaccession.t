# Trinidad and Tobago re-acceded to the ICCPR Optional Protocol on the day its first denunciation took effect (UNTC IV-5, end note 1): a party again from 26 Aug 1998 until the second denunciation takes effect on 27 June 2000.
args: status IV-5 --on 1999-06-01 --format csv
exit: 0
store: unchanged
--- stdout contains
iccpr-op1,TTO,Trinidad and Tobago,party,,accession,1998-08-26,1998-11-26,,,false,false,2026-02-03
