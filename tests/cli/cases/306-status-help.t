# Every command has --help.
args: status --help
exit: 0
store: unchanged
--- stdout
usage: inforce status TREATY [--on DATE] [--format table|csv|json]

Every participant of TREATY (an id such as ccm, or a UNTC reference
such as XXVI-6) with its status on DATE: signatory, contracting
(consent deposited, not yet in force for it), party, withdrawn.

Options:
  --on                 DATE  the date asked about (default: today)
  --format             FMT   table, csv or json
  --as-recorded        DATE  the record as it stood on DATE
  --db PATH            the store (default $INFORCE_DB or inforce.db)
  --data DIR           the bundled data folder
  --help               show this help
