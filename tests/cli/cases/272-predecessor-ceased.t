# ... and from 1 January 1993, when it ceased to exist (data/successions.csv), no longer counted: its status is 'ceased', and the state page says why.
args: state CSK --treaty ccw --on 1993-06-01
exit: 0
store: unchanged
--- stdout contains
CCW      ceased      1981-04-10 1982-08-31    1983-12-02 2026-02-03 
ceased: Czechoslovakia ceased to exist on 1993-01-01 (data/successions.csv); its acts are history,
