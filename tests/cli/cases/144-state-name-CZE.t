# A depositary name resolves to its ISO3 code: Czech Republic -> CZE
args: state "Czech Republic" --on 2026-01-01 --format json
exit: 0
--- stdout contains
  "iso3": "CZE",
