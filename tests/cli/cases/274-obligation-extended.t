# Ukraine's Mine Ban art. 5 deadline: the treaty's 2016-06-01, extended by the meetings of States Parties to 2033-12-01, each step with its source (data/obligations.csv).
args: explain apmbt UKR --on 2026-06-01
exit: 0
store: unchanged
--- stdout contains
    control (art. 5(1)); it applies to this State
10. [art. 5(1)] clearance: due 10 years after 2006-06-01: 2016-06-01 by the treaty; extended to
    2033-12-01 (https://www.mineactionreview.org/country/ukraine/anti-personnel-mines).
