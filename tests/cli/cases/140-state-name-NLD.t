# A depositary name resolves to its ISO3 code: Netherlands (Kingdom of the) -> NLD
args: state "Netherlands (Kingdom of the)" --on 2026-01-01 --format json
exit: 0
--- stdout contains
  "iso3": "NLD",
