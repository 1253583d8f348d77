# Lithuania's CCM record with every act and its sources (the curated source, and the UNTC file that records the same act): withdrawn on 2025-03-06.
args: state Lithuania --on 2025-03-06 --format json --treaty ccm
exit: 0
store: unchanged
--- stdout
{
  "iso3": "LTU",
  "name": "Lithuania",
  "on": "2025-03-06",
  "treaties": [
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
          "source": "github:zmjones/untreaties treaties/26-6.csv (scrape of UNTC MTDSG XXVI-6; file last changed 2014-01-27, repo HEAD 003ce13 2015-03-14)",
          "also_recorded_by": [
            "UN Treaty Collection, MTDSG XXVI-6, status as at 15 January 2018 (bundle:untc-mtdsg-2018/XXVI-6.en.xml line 443): '3 Dec 2008' under 'Signature'"
          ]
        },
        {
          "id": 425,
          "kind": "ratification",
          "date": "2011-03-24",
          "source": "github:zmjones/untreaties treaties/26-6.csv (scrape of UNTC MTDSG XXVI-6; file last changed 2014-01-27, repo HEAD 003ce13 2015-03-14)",
          "also_recorded_by": [
            "UN Treaty Collection, MTDSG XXVI-6, status as at 15 January 2018 (bundle:untc-mtdsg-2018/XXVI-6.en.xml line 445): '24 Mar 2011' under 'Approval(AA), Acceptance(A), Accession(a), Ratification'"
          ]
        },
        {
          "id": 424,
          "kind": "provisional_application",
          "date": "2011-03-24",
          "source": "github:zmjones/untreaties treaties/26-6.csv (scrape of UNTC MTDSG XXVI-6; file last changed 2014-01-27, repo HEAD 003ce13 2015-03-14)",
          "also_recorded_by": [
            "UN Treaty Collection, MTDSG XXVI-6, status as at 15 January 2018 (bundle:untc-mtdsg-2018/XXVI-6.en.xml line 444): '24 Mar 2011 n' under 'Provisional application(n)'"
          ]
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
