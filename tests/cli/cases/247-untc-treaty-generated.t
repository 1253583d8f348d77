# A treaty known only from its UNTC file (the Kyoto Protocol): generated definition, no rules, deposit-based.
args: treaty XXVII-7-a
exit: 0
store: unchanged
--- stdout
XXVII-7-a  Kyoto Protocol to the United Nations Framework Convention on Climate Change

Title                 Kyoto Protocol to the United Nations Framework Convention on Climate Change
UNTC reference        XXVII-7-a
Depositary            Secretary-General of the United Nations

Entry into force
  Not computed: no entry-into-force rule is recorded for this treaty, so a deposit counts the state
  as a party (the UN's deposit-based count) and dates of entry into force are unknown. The sources
  publish 2005-02-16.

Rules

Notes
  No rules are recorded for this treaty: a deposit counts the state as a party (the UN's
  deposit-based count) and its own date of entry into force is unknown. Entry into force as
  published: 16 February 2005, in accordance with article 25(1) and article 25 (3) which read as
  follows: "1. This Protocol shall enter into force on the ninetieth day after the date on which not
  less than 55 Parties to the Convention, incorporating Parties included in Annex I which accounted
  in total for at least 55 per cent of the total carbon dioxide emissions for 1990 of the Parties
  included in Annex I, have deposited their instruments of ratification, acceptance, approval or
  accession." "3. For each State or regional economic integration organization that ratifies,
  accepts or approves this Protocol or accedes thereto after the conditions set out in paragraph 1
  above for entry into force have been fulfilled, this Protocol shall enter into force on the
  ninetieth day following the date of deposit of its instrument of ratification acceptance, approval
  or accession".

Sources
  UN Treaty Collection, MTDSG XXVII-7-a, status as at 15 January 2018
  (bundle:untc-mtdsg-2018/XXVII-7-a.en.xml)
