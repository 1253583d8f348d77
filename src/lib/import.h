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
int import_csv_text(inforce_store *s, const inforce_snapshot *current, const char *buf,
		    size_t len, const char *file, inforce_day as_at, int *added, inforce_error *err);
/* Imports one UN Treaty Collection record (XML or HTML) or every one of a folder.
 * `as_at`: the date the XML's status was current (the pages say theirs). */
int import_untc_in_txn(inforce_store *s, const char *path, const char *display, inforce_day as_at,
		       int dry_run, inforce_untc_report *rep, inforce_error *err);

/* Imports UNODA data (a database harvest, or with `parties` a party list). */
int import_unoda_in_txn(inforce_store *s, const char *path, const char *display,
			const char *map_path, const char *holds_path, inforce_day as_at,
			int parties, inforce_unoda_report *rep, inforce_error *err);

/* ---- import_merge.c: a record merged with what the store holds (see there). */

/* One act as a record states it. */
struct merge_in {
	const char *participant;   /* the name as the record writes it */
	enum inforce_act_kind kind;
	inforce_day date, effective;
	const char *depositary, *cn, *cell, *notes;
	int bracketed;
	long line;
};
struct merge_listed {
	int64_t action_id;         /* a stored act, or 0: the pending act `index` */
	size_t index;
	const char *name, *cell, *cn;
	int bracketed;
	long line;
};
struct merge_source {
	int64_t action_id;
	const char *source;
	long line;
};
struct merge_flag {
	const char *iso3, *participant, *kind, *message, *source;
	const inforce_act *stored;  /* the stored act it concerns, or NULL */
	enum inforce_act_kind act_kind;
	int has_kind;
	inforce_day date;
	long line;
};
struct merge {
	const char *series;        /* the record's series ("untc", "unoda") */
	int secondary;             /* a secondary list: it never corrects, it disagrees */
	struct pool pool;
	struct vec acts;           /* inforce_act: new acts */
	struct vec corrects;       /* const inforce_act *: the stored act each new one
				    * corrects (an earlier record's of the series), or NULL */
	struct vec listed;         /* struct merge_listed */
	struct vec sources;        /* struct merge_source */
	struct vec flags;          /* struct merge_flag */
};
void merge_init(struct merge *m, const char *series);
void merge_release(struct merge *m);
int merge_act(struct merge *m, const struct inforce_treaty *t, const char *treaty_id,
	      const struct state_rec *sr, const struct merge_in *in, const char *source,
	      const char *file, inforce_error *err);
/* Keeps something aside with why (kind: "bracketed", "disagreement", "refused" ...);
 * has_kind: the act's kind and date go with it. */
int merge_flag(struct merge *m, const char *file, const char *iso3, const struct merge_in *in,
	       const char *kind, const char *message, const char *source,
	       const inforce_act *stored, int has_kind, inforce_error *err);
/* Runs the engine over the treaty's acts and the pending ones; an act it refuses is
 * moved to the flags, and it runs again. */
int merge_settle(struct merge *m, const struct treatydef *td, const struct inforce_treaty *t,
		 const struct facts *facts, const char *file, inforce_error *err);
/* Writes the new acts, the record (rec; its import_id is set here), its listings,
 * further sources and flags; returns the import's id, or -1. */
int64_t merge_write(inforce_store *s, struct merge *m, struct store_record *rec,
		    const char *import_kind, inforce_error *err);

/* Imports one record read from memory (a page fetched from `url`, of digest
 * `sha256`), named `display` in sources and messages. */
int import_untc_page(inforce_store *s, const char *buf, size_t len, const char *display,
		     const char *url, const char *sha256, inforce_day as_at,
		     inforce_untc_report *rep, inforce_error *err);

#endif /* INFORCE_IMPORT_H */
