# Czechoslovakia's CCW instruments, which the UN tables leave to an end note, are read from it: a party on 1 June 1992...
args: state CSK --treaty ccw --on 1992-06-01
exit: 0
store: unchanged
--- stdout contains
CCW      party       1981-04-10 1982-08-31    1983-12-02 2026-02-03 
