# A depositary name resolves to its ISO3 code: Turkey -> TUR
args: state "Turkey" --on 2026-01-01 --format json
exit: 0
--- stdout contains
  "iso3": "TUR",
