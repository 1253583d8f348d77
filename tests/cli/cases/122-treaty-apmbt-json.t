# The Mine Ban Treaty by its UNTC reference, as JSON: in force 1999-03-01 from the 40th deposit (16 Sep 1998).
args: treaty XXVI-5 --format json
exit: 0
store: unchanged
--- stdout
{
  "id": "apmbt",
  "untc": "XXVI-5",
  "short_name": "Anti-Personnel Mine Ban Convention (Ottawa Convention / Mine Ban Treaty)",
  "title": "Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction",
  "adopted": "1997-09-18",
  "adopted_place": "Oslo",
  "opened_for_signature": "1997-12-03",
  "depositary": "Secretary-General of the United Nations (art. 21)",
  "tags": "arms-regulation disarmament ihl",
  "published_entry_into_force": "1999-03-01",
  "source": "github:statengeneraal/laws-markdown verdrag/convention/of/the/prohibition/of/the/use/stockpiling/production/and/etc/BWBV0001384/README.md; github:allucinaria/XML XXVI-5.en.xml (UNTC MTDSG header snapshot, committed 2018-01-15); http://www.un.org/disarmament/convarms/landmines/mineban/",
  "notes": "Opened for signature at Ottawa on 3-4 Dec 1997, then at UN Headquarters until entry into force. Registration 1 Mar 1999, No. 35597. legal.un.org gives the entry into force as 1 March 2009, an error: UNTC and every other source give 1 March 1999. The Convention has no suspension clause.",
  "entry_into_force": {
    "date": "1999-03-01",
    "basis": "computed",
    "computed": "1999-03-01",
    "published": "1999-03-01",
    "trigger_date": "1998-09-16",
    "trigger_states": [
      "BFA",
      "GNQ"
    ],
    "instruments_needed": 40,
    "instruments_by_trigger": 40,
    "instruments_held": 164,
    "missing_states": []
  },
  "rules": [
    {
      "rule": "entry_into_force",
      "article": "17(1)",
      "text": "The Convention enters into force on the first day of the sixth month after the month in which the 40th instrument of ratification, acceptance, approval or accession has been deposited."
    },
    {
      "rule": "late_joiner",
      "article": "17(2)",
      "text": "For any State that deposits its instrument after the date of the deposit of the 40th instrument, the Convention enters into force on the first day of the sixth month after the date on which that State deposited its instrument. (Art. 18: provisional application of art. 1(1) may be declared at deposit.)"
    },
    {
      "rule": "withdrawal",
      "article": "20(2)-(3)",
      "text": "Notice (with a full explanation of the reasons) to all other States Parties, the Depositary and the UN Security Council. The withdrawal takes effect six months after the Depositary receives the instrument of withdrawal; if on the expiry of those six months the withdrawing State is engaged in an armed conflict, not before the end of the armed conflict. Art. 20(4): withdrawal does not affect the duty to fulfil obligations under other rules of international law."
    },
    {
      "rule": "obligation",
      "name": "stockpile_destruction",
      "article": "4",
      "text": "Destroy all stockpiled anti-personnel mines: due 4 years after the entry into force for that State. Applies only to States Parties with stockpiled anti-personnel mines they own or possess, or that are under their jurisdiction or control (art. 4) (a sourced record says which)."
    },
    {
      "rule": "obligation",
      "name": "clearance",
      "article": "5(1)",
      "text": "Destroy all anti-personnel mines in mined areas under its jurisdiction or control: due 10 years after the entry into force for that State. Applies only to States Parties with mined areas under their jurisdiction or control (art. 5(1)) (a sourced record says which)."
    },
    {
      "rule": "obligation",
      "name": "initial_report",
      "article": "7(1)",
      "text": "Initial transparency report to the Secretary-General: due 180 days after the entry into force for that State."
    }
  ],
  "data_as_of": "2026-02-03",
  "coverage": "held",
  "records": [
    {
      "series": "untc",
      "format": "untc-xml",
      "reference": "XXVI-5",
      "file": "bundle:untc-mtdsg-2018/XXVI-5.en.xml",
      "as_at": "2018-01-15",
      "published_signatories": 133,
      "published_parties": 164,
      "published_entry_into_force": "1999-03-01"
    },
    {
      "series": "curated",
      "format": "actions-csv",
      "reference": "bundle:actions/apmbt.csv",
      "file": "bundle:actions/apmbt.csv",
      "as_at": "2025-08-20",
      "published_signatories": null,
      "published_parties": null,
      "published_entry_into_force": null
    },
    {
      "series": "untc",
      "format": "untc-html",
      "reference": "XXVI-5",
      "file": "bundle:untc-html-2026-02-03/XXVI-5.en.html",
      "as_at": "2026-02-03",
      "published_signatories": 132,
      "published_parties": 162,
      "published_entry_into_force": "1999-03-01"
    }
  ],
  "dropped": [],
  "note_counts": {
    "declaration": 11,
    "endnote": 12
  }
}
