# A depositary name resolves to its ISO3 code: State of Palestine -> PSE
args: state "State of Palestine" --on 2026-01-01 --format json
exit: 0
--- stdout contains
  "iso3": "PSE",
