# A treaty known only from its UNTC file (the Kyoto Protocol): generated definition, no rules, deposit-based.
args: treaty XXVII-7-a
exit: 0
store: unchanged
--- stdout
KYOTO  Kyoto Protocol

Title                 Kyoto Protocol to the United Nations Framework Convention on Climate Change
UNTC reference        XXVII-7-a
Adopted               1997-12-11
Place                 Kyoto (third session of the Conference of the Parties to the UNFCCC)
Opened for signature  1998-03-16
Depositary            Secretary-General of the United Nations (arts. 23, 24(1))
Tags                  environment climate
Data as of            2018-01-15 (UN Treaty Collection MTDSG file)

Entry into force
  Computed: 2005-02-16. The 55th counted instrument was deposited on 2004-11-18 (deposits that day:
  North Macedonia, Russian Federation; 129 instruments by that date; the order within one day is not
  recorded). The published date, 2005-02-16, agrees.

Rules
  Entry into force (art. 25(1)):
    The Protocol enters into force on the ninetieth day after the date on which not less than 55
    Parties to the Convention, incorporating Annex I Parties accounting in total for at least 55 per
    cent of the total 1990 carbon dioxide emissions of the Annex I Parties, have deposited their
    instruments of ratification, acceptance, approval or accession. The emissions condition is held
    as the deposit of the Russian Federation (see notes): not a term of the Protocol, but the
    deposit that fulfilled it.
  States that join later (art. 25(3)):
    For each State or regional economic integration organization that ratifies, accepts, approves or
    accedes after the conditions of paragraph 1 have been fulfilled, the Protocol enters into force
    on the ninetieth day following the date of deposit of its instrument.
  Withdrawal (art. 27(1)-(2)):
    At any time after three years from its entry into force for a Party, that Party may withdraw by
    written notification to the Depositary; the withdrawal takes effect upon expiry of one year from
    the date of receipt of the notification, or on such later date as the notification specifies.

Records (what each source said, as at its date)
              2018-01-15 untc-xml bundle:untc-mtdsg-2018/XXVII-7-a.en.xml, published: 83
              signatories, 192 parties

Declarations and reservations: 10; objections: 0; other notes: 11 ('inforce notes KYOTO')

Notes
  Adopted at Kyoto on 11 December 1997 at COP 3; open for signature at United Nations Headquarters
  from 16 March 1998 to 15 March 1999 (art. 24(1); UNTC note). Registration 16 February 2005, No.
  30822. Art. 25(1) needs not less than 55 Parties to the Convention, incorporating Annex I Parties
  accounting for at least 55 per cent of Annex I carbon dioxide emissions for 1990; the emissions
  share cannot be counted from the record. The rule holds it as the deposit of the Russian
  Federation, whose instrument of 18 November 2004 is the one after which the published date follows
  (18 November 2004 + 90 days = 16 February 2005); the 55-Party count had been reached earlier. Art.
  25(4): an instrument of a regional economic integration organization is not counted as additional
  to its member States'; the rule counts the European Community's approval, which does not change
  the date. Withdrawal in the record: Canada, notified 15 December 2011, effective 15 December 2012
  (UNTC end note), as the one-year rule gives. Art. 27(1): withdrawal possible only three years
  after entry into force for the Party; art. 27(3): withdrawal from the Convention is also
  withdrawal from the Protocol.

Sources
  github:statengeneraal/laws-markdown verdrag/kyoto/protocol/BWBV0001538/README.md;
  github:allucinaria/XML XXVII-7-a.en.xml (UNTC MTDSG header snapshot, committed 2018-01-15;
  data/untc-mtdsg-2018/XXVII-7-a.en.xml)
