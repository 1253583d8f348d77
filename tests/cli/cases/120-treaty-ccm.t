# Metadata, rules in words, and the entry into force computed from the 30th deposit.
args: treaty ccm
exit: 0
store: unchanged
--- stdout
CCM  Convention on Cluster Munitions

Title                 Convention on Cluster Munitions
UNTC reference        XXVI-6
Adopted               2008-05-30
Place                 Dublin
Opened for signature  2008-12-03
Depositary            Secretary-General of the United Nations (art. 22)
Tags                  arms-regulation disarmament ihl
Data as of            2026-02-03 (UN Treaty Collection status page)

Entry into force
  Computed: 2010-08-01. The 30th counted instrument was deposited on 2010-02-16 (deposits that day:
  Burkina Faso, Republic of Moldova; 30 instruments by that date; the order within one day is not
  recorded). The published date, 2010-08-01, agrees.

Rules
  Entry into force (art. 17(1)):
    The Convention enters into force on the first day of the sixth month after the month in which
    the thirtieth instrument of ratification, acceptance, approval or accession has been deposited.
  States that join later (art. 17(2)):
    For any State that deposits its instrument after the date on which the thirtieth instrument was
    deposited, the Convention enters into force on the first day of the sixth month after the date
    on which that State deposited its instrument. (Art. 18: a State may declare at deposit that it
    applies art. 1 provisionally pending entry into force for it.)
  Withdrawal (art. 20(2)-(3)):
    Notice (with a full explanation of the reasons) to all States Parties, the Depositary and the UN
    Security Council. The withdrawal takes effect six months after the Depositary receives the
    instrument of withdrawal; if on the expiry of those six months the withdrawing State is engaged
    in an armed conflict, not before the end of that armed conflict.
  Obligation stockpile_destruction (art. 3(2)):
    Destroy all stockpiled cluster munitions: due 8 years after the entry into force for that State.
    Applies only to States Parties with stockpiled cluster munitions under their jurisdiction or
    control (art. 3(1)-(2)) (a sourced record says which).
  Obligation clearance (art. 4(1)(a)):
    Clear and destroy cluster munition remnants in contaminated areas under its jurisdiction or
    control: due 10 years after the entry into force for that State. Applies only to States Parties
    with cluster munition remnants in cluster munition contaminated areas under their jurisdiction
    or control (art. 4(1)(a)) (a sourced record says which).
  Obligation initial_report (art. 7(1)):
    Initial transparency report to the Secretary-General: due 180 days after the entry into force
    for that State.

Records (what each source said, as at its date)
              2018-01-15 untc-xml bundle:untc-mtdsg-2018/XXVI-6.en.xml, published: 108 signatories,
              102 parties
              2025-09-05 actions-csv bundle:actions/ccm.csv
              2026-02-03 untc-html bundle:untc-html-2026-02-03/XXVI-6.en.html, published: 107
              signatories, 112 parties

Declarations and reservations: 4; objections: 0; other notes: 10 ('inforce notes CCM')

Notes
  Concluded by the Dublin Diplomatic Conference on 30 May 2008; opened for signature at Oslo on 3
  Dec 2008, then at UN Headquarters until entry into force. Registration 1 Aug 2010, No. 47713. No
  reservations (art. 19).

Sources
  github:statengeneraal/laws-markdown verdrag/verdrag/inzake/clustermunitie/BWBV0003143/README.md;
  github:allucinaria/XML XXVI-6.en.xml (UNTC MTDSG header snapshot, committed 2018-01-15);
  http://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XXVI/XXVI-6.en.xml
