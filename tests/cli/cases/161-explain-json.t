# The same as JSON, the day before the withdrawal took effect.
args: explain ccm Lithuania --on 2025-03-05 --format json
exit: 0
store: unchanged
--- stdout
{
  "treaty": "ccm",
  "iso3": "LTU",
  "on": "2025-03-05",
  "data_as_of": "2026-02-03",
  "coverage": "held",
  "steps": [
    {
      "topic": "treaty",
      "article": "17(1)",
      "text": "The condition of entry into force was met on 2010-02-16 (30 counted instruments by that day; deposited that day: BFA, MDA); on the first day of the 6th month after the month of 2010-02-16 gives 2010-08-01."
    },
    {
      "topic": "signature",
      "article": null,
      "text": "Signed on 2008-12-03.",
      "act": {
        "id": 423,
        "kind": "signature",
        "date": "2008-12-03",
        "source": "github:zmjones/untreaties treaties/26-6.csv (scrape of UNTC MTDSG XXVI-6; file last changed 2014-01-27, repo HEAD 003ce13 2015-03-14)"
      }
    },
    {
      "topic": "consent",
      "article": null,
      "text": "Instrument of ratification deposited on 2011-03-24.",
      "act": {
        "id": 425,
        "kind": "ratification",
        "date": "2011-03-24",
        "source": "github:zmjones/untreaties treaties/26-6.csv (scrape of UNTC MTDSG XXVI-6; file last changed 2014-01-27, repo HEAD 003ce13 2015-03-14)"
      }
    },
    {
      "topic": "entry_into_force",
      "article": "17(2)",
      "text": "A later deposit: in force for it on the first day of the 6th month after the month of 2011-03-24, on 2011-09-01.",
      "act": {
        "id": 425,
        "kind": "ratification",
        "date": "2011-03-24",
        "source": "github:zmjones/untreaties treaties/26-6.csv (scrape of UNTC MTDSG XXVI-6; file last changed 2014-01-27, repo HEAD 003ce13 2015-03-14)"
      }
    },
    {
      "topic": "consent",
      "article": null,
      "text": "Provisional application declared on 2011-03-24 (recorded; it does not make the state a party).",
      "act": {
        "id": 424,
        "kind": "provisional_application",
        "date": "2011-03-24",
        "source": "github:zmjones/untreaties treaties/26-6.csv (scrape of UNTC MTDSG XXVI-6; file last changed 2014-01-27, repo HEAD 003ce13 2015-03-14)"
      }
    },
    {
      "topic": "withdrawal",
      "article": "20(2)-(3)",
      "text": "Withdrawal notified to the depositary on 2024-09-06; the notice runs 6 months after that date: 2025-03-06.",
      "act": {
        "id": 426,
        "kind": "withdrawal_notification",
        "date": "2024-09-06",
        "source": "https://icblcmc.org/our-impact/the-convention-on-cluster-munitions-under-pressure-states-parties-reaction-to-the-lithuanian-withdrawal"
      }
    },
    {
      "topic": "status",
      "article": null,
      "text": "Status on 2025-03-05: party, with its withdrawal pending."
    },
    {
      "topic": "obligation",
      "article": "3(2)",
      "text": "Destroy all stockpiled cluster munitions (stockpile_destruction). It applies only to States Parties with stockpiled cluster munitions under their jurisdiction or control (art. 3(1)-(2)); no record held says whether it applies to this State, so no deadline is shown (were it to apply: 8 years after 2011-09-01, 2019-09-01)."
    },
    {
      "topic": "obligation",
      "article": "4(1)(a)",
      "text": "Clear and destroy cluster munition remnants in contaminated areas under its jurisdiction or control (clearance). It applies only to States Parties with cluster munition remnants in cluster munition contaminated areas under their jurisdiction or control (art. 4(1)(a)); no record held says whether it applies to this State, so no deadline is shown (were it to apply: 10 years after 2011-09-01, 2021-09-01)."
    },
    {
      "topic": "obligation",
      "article": "7(1)",
      "text": "Initial transparency report to the Secretary-General: due 180 days after 2011-09-01: 2012-02-28 (the treaty's own deadline; no extension is recorded)."
    }
  ]
}
