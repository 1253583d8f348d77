# Art. 20(3) of the Mine Ban Treaty: with a (hypothetical) withdrawal notified by Ukraine on
# 2026-01-15 and the open armed-conflict record from RULAC, the six months have elapsed on
# 2026-07-15 but the withdrawal is not in effect; the record is named. Ukraine stays a party.
before: import fixtures/hypothetical-ukraine-withdrawal.csv
args: explain apmbt UKR --on 2026-11-29 --format json
exit: 0
--- stdout contains
"text": "Withdrawal notified to the depositary on 2026-01-15; the notice runs 6 months after that date: 2026-07-15."
"text": "Armed-conflict record #1 (armed-conflict from 2014-02, open; source: https://www.rulac.org/browse/conflicts/international-armed-conflict-in-ukraine) covers the end of the notice: the withdrawal is not in effect, although the notice period has elapsed, while that record stays open."
"text": "Status on 2026-11-29: party, with its withdrawal pending."
