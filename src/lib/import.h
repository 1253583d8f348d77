/*
 * import.h - the importer's pieces shared by import.c (CSV files, the bundle) and
 * import_untc.c (the UN Treaty Collection's records). Every function here runs inside
 * the caller's transaction (store_begin ... store_finish) and writes only through the
 * store's writers.
 */
#ifndef INFORCE_IMPORT_H
#define INFORCE_IMPORT_H

#include "internal.h"

/* Checks new acts against each other and the snapshot's: duplicates (same treaty,
 * state, kind, date and depositary), corrections of rows that do not exist, and
 * contradictions the engine finds when it re-derives every treaty touched. */
int import_check_acts(const inforce_snapshot *snap, const inforce_act *acts, size_t n,
		      const char *file, inforce_error *err);
/* Checks and stores n acts read from `file`, with a record of each treaty they touch
 * as at `as_at` (NONE: the day of the import; a date earlier than the file's newest
 * act: that act's date). `kind` names the import ("actions", "notification"). */
int import_acts(inforce_store *s, const inforce_snapshot *snap, const inforce_act *acts, size_t n,
		const char *file, const char *kind, inforce_day as_at, inforce_error *err);
/* Reads a CSV in any of the project's formats, checks it and stores it. */
int import_csv_text(inforce_store *s, const char *buf, size_t len, const char *file,
		    inforce_day as_at, int *added, inforce_error *err);
/* Imports one UN Treaty Collection record (XML or HTML) or every one of a folder.
 * `as_at`: the date the XML's status was current (the pages say theirs). */
int import_untc_in_txn(inforce_store *s, const char *path, const char *display, inforce_day as_at,
		       int dry_run, inforce_untc_report *rep, inforce_error *err);

/* Imports one record read from memory (a page fetched from `url`, of digest
 * `sha256`), named `display` in sources and messages. */
int import_untc_page(inforce_store *s, const char *buf, size_t len, const char *display,
		     const char *url, const char *sha256, inforce_day as_at,
		     inforce_untc_report *rep, inforce_error *err);

#endif /* INFORCE_IMPORT_H */
