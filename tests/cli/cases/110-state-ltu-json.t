# Lithuania's record in both treaties, with every act and source: withdrawn from the CCM on 2025-03-06, party to the APMBT.
args: state Lithuania --on 2025-03-06 --format json
exit: 0
store: unchanged
--- stdout
{
  "iso3": "LTU",
  "name": "Lithuania",
  "on": "2025-03-06",
  "treaties": [
    {
      "treaty": "apmbt",
      "iso3": "LTU",
      "name": "Lithuania",
      "status": "party",
      "signature": "1999-02-26",
      "consent": {
        "kind": "ratification",
        "date": "2003-05-12"
      },
      "entry_into_force": "2003-11-01",
      "withdrawal": null,
      "acts": [
        {
          "id": 158,
          "kind": "signature",
          "date": "1999-02-26",
          "source": "github:zmjones/untreaties treaties/26-5.csv (scrape of UNTC MTDSG XXVI-5; file last changed 2014-01-27, repo HEAD 003ce13 2015-03-14)"
        },
        {
          "id": 159,
          "kind": "ratification",
          "date": "2003-05-12",
          "source": "github:zmjones/untreaties treaties/26-5.csv (scrape of UNTC MTDSG XXVI-5; file last changed 2014-01-27, repo HEAD 003ce13 2015-03-14)"
        }
      ],
      "sources": [
        "github:zmjones/untreaties treaties/26-5.csv (scrape of UNTC MTDSG XXVI-5; file last changed 2014-01-27, repo HEAD 003ce13 2015-03-14)"
      ]
    },
    {
      "treaty": "ccm",
      "iso3": "LTU",
      "name": "Lithuania",
      "status": "withdrawn",
      "signature": "2008-12-03",
      "consent": {
        "kind": "ratification",
        "date": "2011-03-24"
      },
      "entry_into_force": "2011-09-01",
      "withdrawal": {
        "notified": "2024-09-06",
        "effective": "2025-03-06",
        "pending": false
      },
      "provisional_application": "2011-03-24",
      "acts": [
        {
          "id": 423,
          "kind": "signature",
          "date": "2008-12-03",
          "source": "github:zmjones/untreaties treaties/26-6.csv (scrape of UNTC MTDSG XXVI-6; file last changed 2014-01-27, repo HEAD 003ce13 2015-03-14)"
        },
        {
          "id": 425,
          "kind": "ratification",
          "date": "2011-03-24",
          "source": "github:zmjones/untreaties treaties/26-6.csv (scrape of UNTC MTDSG XXVI-6; file last changed 2014-01-27, repo HEAD 003ce13 2015-03-14)"
        },
        {
          "id": 424,
          "kind": "provisional_application",
          "date": "2011-03-24",
          "source": "github:zmjones/untreaties treaties/26-6.csv (scrape of UNTC MTDSG XXVI-6; file last changed 2014-01-27, repo HEAD 003ce13 2015-03-14)"
        },
        {
          "id": 426,
          "kind": "withdrawal_notification",
          "date": "2024-09-06",
          "source": "https://icblcmc.org/our-impact/the-convention-on-cluster-munitions-under-pressure-states-parties-reaction-to-the-lithuanian-withdrawal"
        }
      ],
      "sources": [
        "github:zmjones/untreaties treaties/26-6.csv (scrape of UNTC MTDSG XXVI-6; file last changed 2014-01-27, repo HEAD 003ce13 2015-03-14)",
        "https://icblcmc.org/our-impact/the-convention-on-cluster-munitions-under-pressure-states-parties-reaction-to-the-lithuanian-withdrawal"
      ]
    }
  ]
}
