/*
 * sources.h - the readers of outside formats (src/lib/sources/): the bundled and
 * curated CSV formats (csvdata.c), the UN Treaty Collection's status records in XML
 * and HTML (untc_*.c, untc.h), the UNODA treaty database (unoda.c), depositary
 * notifications (notification.c) and the fetcher of the UN's pages (fetch.c).
 *
 * A reader's only output is acts and records, in memory: it never touches the store
 * (the importer, src/lib/import*.c, checks what it read against the store and has the
 * store write it in one transaction). To turn names into codes a reader may consult
 * a snapshot of the store as a catalogue (states and their names, treaties by id or
 * UNTC reference); it never changes it.
 *
 * Ownership: every string and array a reader fills belongs to the struct it filled
 * (its pool); the matching *_release frees them.
 */
#ifndef INFORCE_SOURCES_H
#define INFORCE_SOURCES_H

#include "../internal.h"

/* ---------------------------------------------------------------- rows of records */

/* Rows to insert into one of the store's record tables (armed_conflict,
 * deadline_extension, group_member, obligation_record, succession): the column names are the
 * reader's own constants, the values the validated text of each row. */
struct src_table {
	const char *table;
	const char *const *columns;
	size_t ncols, nrows;
	const char **cells;    /* nrows * ncols values, row by row; NULL is SQL NULL */
	const long *lines;     /* each row's line in its file */
};

/* ---------------------------------------------------------------- CSV (csvdata.c) */

enum src_csv_kind {
	SRC_CSV_ACTIONS,     /* treaty,state_name,iso3,action,date,effective_date,source,notes
			      * [,depositary][,known][,disputed][,supersedes] */
	SRC_CSV_CONFLICTS,   /* iso3,kind,start,end,source,notes[,supersedes] */
	SRC_CSV_EXTENSIONS,  /* treaty,iso3,obligation,deadline,source,notes */
	SRC_CSV_GROUPS,      /* group,iso3,state_name,joined,left,source */
	SRC_CSV_OBLIGATIONS, /* treaty,iso3,obligation,record,date,deadline,source,notes */
	SRC_CSV_SUCCESSIONS  /* iso3,kind,predecessor,date,source,notes */
};

struct src_csv {
	enum src_csv_kind kind;
	const char *name;        /* the file as named in sources and messages */
	struct csvfile cf;
	struct pool pool;
	size_t n;                /* rows read */
	inforce_act *acts;       /* SRC_CSV_ACTIONS: n acts, every field checked */
	struct src_table table;  /* the other kinds: the rows for their table */
};

/* Reads a CSV in one of the formats above, told apart by its header. Every row is
 * checked against the catalogue `cat` (known treaty, state and name, obligation,
 * record to supersede; real dates; a source) and refused with file, line and field
 * named. Duplicates and contradictions with the store are the importer's to find. */
int src_csv_read(struct src_csv *out, const inforce_snapshot *cat, const char *buf, size_t len,
		 const char *name, inforce_error *err);
void src_csv_release(struct src_csv *c);
/* "actions", "conflicts", "extensions", "groups", "obligations". */
const char *src_csv_kind_name(enum src_csv_kind kind);

/* ---------------------------------------------------------------- listings (unoda.c) */

/* One act as a listing source (a database harvest, a party list) states it. */
struct src_listed {
	const char *treaty;      /* the stored treaty id */
	const char *iso3;
	const char *participant; /* the name as the source writes it */
	enum inforce_act_kind kind;
	inforce_day date;
	const char *depositary;  /* "London", "UN" ..., or "" when the source does not say */
	const char *cell;        /* what the source says of it, in a line */
	long line;               /* its line (a CSV) or its position (a JSON harvest) */
};

struct src_listing {
	struct pool pool;
	struct vec rows;         /* struct src_listed */
	struct vec treaties;     /* const char *: the treaties with rows, first seen first */
	size_t left_to_untc;     /* deposits with the UN left to the UN's own records */
	size_t held_back;        /* rows the holds file keeps out (a date to confirm) */
	size_t not_read;         /* cells read as no act (a party list's "withdrew") */
};

/* The UNODA treaty database harvest (JSON), and a party list (CSV), read against
 * the catalogue with the mapping (map: source,name,treaty) and the holds (may be
 * NULL). See unoda.c. */
int src_unoda_read(struct src_listing *out, const inforce_snapshot *cat, const char *buf,
		   size_t len, const char *file, const char *map, size_t map_len, const char *holds,
		   size_t holds_len, inforce_error *err);
int src_parties_read(struct src_listing *out, const inforce_snapshot *cat, const char *buf,
		     size_t len, const char *file, const char *map, size_t map_len,
		     const char *holds, size_t holds_len, inforce_error *err);
void src_listing_release(struct src_listing *l);

#endif /* INFORCE_SOURCES_H */
