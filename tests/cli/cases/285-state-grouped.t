# Lithuania's page: its treaties grouped by subject, arms regulation first, whose first lines say what it is party to and what it has left, with dates; acts only with --acts.
args: state LTU --on 2026-01-01
exit: 0
store: unchanged
--- stdout contains
Arms regulation and disarmament: 19 treaties, 1 contracting, 16 party, 2 withdrawn
  Withdrawn from: APMBT (2025-12-27), CCM (2025-03-06)
Human Rights: 
--- stdout lacks
  #426
