# A depositary name resolves to its ISO3 code: Côte d'Ivoire -> CIV
args: state "Côte d'Ivoire" --on 2026-01-01 --format json
exit: 0
--- stdout contains
  "iso3": "CIV",
