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
      "subject": "Arms regulation and disarmament",
      "subject_rank": 0,
      "iso3": "LTU",
      "name": "Lithuania",
      "status": "withdrawn",
      "signature": "2008-12-03",
      "consent": {
        "kind": "ratification",
        "date": "2011-03-24",
        "deposits": [
          {
            "depositary": null,
            "date": "2011-03-24",
            "act_id": 425
          }
        ]
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
          ],
          "listed_by": [
            {
              "record": "XXVI-6",
              "format": "untc-xml",
              "as_at": "2018-01-15"
            },
            {
              "record": "bundle:actions/ccm.csv",
              "format": "actions-csv",
              "as_at": "2025-09-05"
            },
            {
              "record": "XXVI-6",
              "format": "untc-html",
              "as_at": "2026-02-03"
            }
          ]
        },
        {
          "id": 425,
          "kind": "ratification",
          "date": "2011-03-24",
          "source": "github:zmjones/untreaties treaties/26-6.csv (scrape of UNTC MTDSG XXVI-6; file last changed 2014-01-27, repo HEAD 003ce13 2015-03-14)",
          "also_recorded_by": [
            "UN Treaty Collection, MTDSG XXVI-6, status as at 15 January 2018 (bundle:untc-mtdsg-2018/XXVI-6.en.xml line 445): '24 Mar 2011' under 'Approval(AA), Acceptance(A), Accession(a), Ratification'"
          ],
          "listed_by": [
            {
              "record": "XXVI-6",
              "format": "untc-xml",
              "as_at": "2018-01-15"
            },
            {
              "record": "bundle:actions/ccm.csv",
              "format": "actions-csv",
              "as_at": "2025-09-05"
            },
            {
              "record": "XXVI-6",
              "format": "untc-html",
              "as_at": "2026-02-03"
            }
          ]
        },
        {
          "id": 424,
          "kind": "provisional_application",
          "date": "2011-03-24",
          "source": "github:zmjones/untreaties treaties/26-6.csv (scrape of UNTC MTDSG XXVI-6; file last changed 2014-01-27, repo HEAD 003ce13 2015-03-14)",
          "also_recorded_by": [
            "UN Treaty Collection, MTDSG XXVI-6, status as at 15 January 2018 (bundle:untc-mtdsg-2018/XXVI-6.en.xml line 444): '24 Mar 2011 n' under 'Provisional application(n)'"
          ],
          "listed_by": [
            {
              "record": "XXVI-6",
              "format": "untc-xml",
              "as_at": "2018-01-15"
            },
            {
              "record": "bundle:actions/ccm.csv",
              "format": "actions-csv",
              "as_at": "2025-09-05"
            },
            {
              "record": "XXVI-6",
              "format": "untc-html",
              "as_at": "2026-02-03"
            }
          ]
        },
        {
          "id": 426,
          "kind": "withdrawal_notification",
          "date": "2024-09-06",
          "source": "https://icblcmc.org/our-impact/the-convention-on-cluster-munitions-under-pressure-states-parties-reaction-to-the-lithuanian-withdrawal",
          "cn": "C.N.347.2024.TREATIES-XXVI-6",
          "cn_url": "https://treaties.un.org/doc/Publication/CN/2024/CN.347.2024-Eng.pdf",
          "also_recorded_by": [
            "UN Treaty Collection, MTDSG XXVI-6, status as at 3 February 2026 (bundle:untc-html-2026-02-03/XXVI-6.en.html), end note 3: In its notification of provisional application, Lithuania notified the Secretary-General \"... that the Republic of Lithuania will apply provisionally Article 1 of this Convention pending its entry into force for the Republic of Lithuania.\"\nOn 6 September 2024, the Government of the Republic of Lithuania deposited with the Secretary-General a notification of withdrawal. The withdrawal took effect for Lithuania on 6 March 2025 in accordance with article 20 (3) of the Convention. (See depositary notification C.N.347.2024.TREATIES-XXVI-6 of 6 September 2024)"
          ],
          "listed_by": [
            {
              "record": "bundle:actions/ccm.csv",
              "format": "actions-csv",
              "as_at": "2025-09-05"
            },
            {
              "record": "XXVI-6",
              "format": "untc-html",
              "as_at": "2026-02-03"
            }
          ]
        }
      ],
      "sources": [
        "github:zmjones/untreaties treaties/26-6.csv (scrape of UNTC MTDSG XXVI-6; file last changed 2014-01-27, repo HEAD 003ce13 2015-03-14)",
        "https://icblcmc.org/our-impact/the-convention-on-cluster-munitions-under-pressure-states-parties-reaction-to-the-lithuanian-withdrawal"
      ],
      "data_as_of": "2026-02-03",
      "coverage": "held",
      "notes": [
        {
          "kind": "endnote",
          "index": "3",
          "text": "In its notification of provisional application, Lithuania notified the Secretary-General \"... that the Republic of Lithuania will apply provisionally Article 1 of this Convention pending its entry into force for the Republic of Lithuania.\"\nOn 6 September 2024, the Government of the Republic of Lithuania deposited with the Secretary-General a notification of withdrawal. The withdrawal took effect for Lithuania on 6 March 2025 in accordance with article 20 (3) of the Convention. (See depositary notification C.N.347.2024.TREATIES-XXVI-6 of 6 September 2024)",
          "record": "bundle:untc-html-2026-02-03/XXVI-6.en.html",
          "as_at": "2026-02-03"
        }
      ]
    }
  ]
}
