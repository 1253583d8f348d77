# The CCW's count of parties on 1 June 1993 leaves Czechoslovakia out and counts Czechia from its succession (the UN's date of the succession of States, 1 January 1993).
args: status ccw --on 1993-06-01 --format csv
exit: 0
store: unchanged
--- stdout contains
ccw,CZE,Czechia,party,,succession,1993-02-22,1993-01-01,,,false,false,2026-02-03
--- stdout lacks
ccw,CSK,
