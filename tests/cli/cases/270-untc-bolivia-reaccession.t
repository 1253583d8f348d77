# Bolivia and the 1961 Single Convention (UNTC VI-18, end note): accession of 23 Sep 1976 (told in the note), denunciation effective 1 Jan 2012, re-accession of 11 Jan 2013 (the table): withdrawn in between.
args: status VI-18 --on 2012-06-01 --format csv
exit: 0
store: unchanged
--- stdout contains
single-convention,BOL,Bolivia (Plurinational State of),withdrawn,,accession,1976-09-23,unknown,2011-06-29,2012-01-01,false,false,2018-01-15
