# A deadline extension in the older extensions format (hypothetical fixture) still moves a deadline (Somalia's CCM art. 4 clearance, which a record says applies to it) and names its source.
before: import fixtures/hypothetical-extension.csv
args: explain ccm SOM --on 2026-11-29 --format json
exit: 0
--- stdout contains
      "text": "clearance: due 10 years after 2016-03-01: 2026-03-01 by the treaty; extended to 2032-03-01 (test fixture: not a real decision)."
