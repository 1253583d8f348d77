# A recorded deadline extension (hypothetical fixture) moves the clearance deadline and
# names the record.
before: import fixtures/hypothetical-extension.csv
args: explain apmbt UKR --on 2026-11-29 --format json
exit: 0
--- stdout contains
"text": "Destroy all anti-personnel mines in mined areas under its jurisdiction or control: due 10 years after 2006-06-01 (clearance), extended to 2033-12-01 by record #1 (test fixture: not a real decision)."
