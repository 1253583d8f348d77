# A depositary name resolves to its ISO3 code: Cook Islands -> COK
args: state "Cook Islands" --on 2026-01-01 --format json
exit: 0
--- stdout contains
  "iso3": "COK",
