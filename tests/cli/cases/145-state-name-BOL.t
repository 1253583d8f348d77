# A depositary name resolves to its ISO3 code: Bolivia (Plurinational State of) -> BOL
args: state "Bolivia (Plurinational State of)" --on 2026-01-01 --format json
exit: 0
--- stdout contains
  "iso3": "BOL",
