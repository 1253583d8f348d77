# group --list needs no GROUP or TREATY and exits 0; the groups of groups-more.csv are held.
args: group --list --on 2026-01-01
exit: 0
store: unchanged
--- stdout contains
NAM              121 members on 2026-01-01
UN-WEOG           29 members on 2026-01-01
