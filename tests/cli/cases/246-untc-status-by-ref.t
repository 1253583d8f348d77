# A treaty known only from the UNTC files, by its reference (case-insensitive): no participant table in the 2018 file, so no participant.
args: status xviii-10 --on 2018-01-15 --format csv
exit: 0
store: unchanged
--- stdout
treaty,iso3,name,status,signature,consent_kind,consent_date,entry_into_force,withdrawal_notified,withdrawal_effective,withdrawal_pending,uncertain,data_as_of
