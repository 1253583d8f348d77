# A depositary name resolves to its ISO3 code: Holy See -> VAT
args: state "Holy See" --on 2026-01-01 --format json
exit: 0
--- stdout contains
  "iso3": "VAT",
