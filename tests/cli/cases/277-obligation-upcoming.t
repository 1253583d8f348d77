# upcoming lists no deadline of an obligation that does not apply (Iceland's art. 4 clearance, formerly 2026-02-01) or was completed.
args: upcoming --from 2026-01-01 --days 60
exit: 0
store: unchanged
--- stdout lacks
ccm: Iceland: treaty deadline (clearance)
