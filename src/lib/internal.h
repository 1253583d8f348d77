/*
 * internal.h - private declarations shared by the modules of libinforce.
 *
 * Modules, in reading order:
 *   error.c     inforce_error filling (ifc_fail)
 *   pool.c      string/object pool: many small allocations, one owner, one free
 *   date.c      civil-date arithmetic (public API)
 *   model.c     act kinds and statuses: names and classes
 *   csvfile.c   a CSV file as rows with line numbers (over libcsv)
 *   states.c    the table of states and their name variants
 *   treatydef.c the treaty definition format: metadata and rules as data
 *   engine.c    the rule evaluator: entry into force, episodes, status on a date
 *   store.c     the SQLite store: schema, migrations, imports, loading
 *   snapshot.c  the immutable in-memory image every query runs on
 * Ownership as in inforce.h: *_init/_release work on caller-owned structs,
 * *_new/_free on heap objects; borrowed pointers live as long as their owner.
 */
#ifndef INFORCE_INTERNAL_H
#define INFORCE_INTERNAL_H

#include <stdarg.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include "inforce/inforce.h"

#if defined(__GNUC__)
#define IFC_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define IFC_PRINTF(a, b)
#endif

#define IFC_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* ---- error.c */

/* Fills err (if not NULL) and returns -1, so callers can `return ifc_fail(...)`.
 * file/field may be NULL; line 0 means no line. */
int ifc_fail(inforce_error *err, enum inforce_errkind kind, const char *file, long line,
	     const char *field, const char *fmt, ...) IFC_PRINTF(6, 7);
void ifc_error_clear(inforce_error *err);

/* ---- pool.c: an arena. Everything allocated from it is freed by pool_release. */

struct pool_chunk;
struct pool {
	struct pool_chunk *head;
};
void pool_init(struct pool *p);
void pool_release(struct pool *p);
/* Zeroed memory of `size` bytes, aligned for any type; NULL when out of memory. */
void *pool_alloc(struct pool *p, size_t size);
/* The bytes the pool's chunks hold, used or not (malloc's own overhead aside). */
size_t pool_bytes(const struct pool *p);
char *pool_strdup(struct pool *p, const char *s);
char *pool_strndup(struct pool *p, const char *s, size_t n);

/* Growable array of elements of one size, heap-owned by the struct. */
struct vec {
	void *items;
	size_t len, cap, elem;
};
void vec_init(struct vec *v, size_t elem);
void vec_release(struct vec *v);
/* Appends one zeroed element and returns it; NULL when out of memory. */
void *vec_push(struct vec *v);
#define VEC_AT(v, type, i) (&((type *)(v)->items)[i])

/* One copy of each distinct string, allocated from a pool (which owns the strings;
 * the intern owns only its table). intern_str returns the shared copy, "" for "",
 * NULL when out of memory. */
struct intern {
	const char **slots;
	size_t cap, len;
	struct pool *pool;
};
void intern_init(struct intern *in, struct pool *pool);
void intern_release(struct intern *in);
const char *intern_str(struct intern *in, const char *s);

/* Reads a whole file into a NUL-terminated heap buffer the caller frees. Refuses
 * files larger than max_bytes. */
char *ifc_read_file(const char *path, size_t max_bytes, size_t *len, inforce_error *err);

/* ASCII case-insensitive comparison. */
int ifc_strcasecmp(const char *a, const char *b);

/* ---- sha256.c */
void ifc_sha256(const void *data, size_t len, unsigned char out[32]);
/* Lowercase hex SHA-256 of a NUL-terminated string (64 characters and a NUL). */
void ifc_sha256_hex(const char *s, char out[65]);
/* The same of len bytes. */
void ifc_sha256_bytes_hex(const void *data, size_t len, char out[65]);

/* ---- model.c */

enum act_class {
	ACT_CLASS_SIGNATURE,
	ACT_CLASS_CONSENT,
	ACT_CLASS_PROVISIONAL,
	ACT_CLASS_WITHDRAWAL,
	ACT_CLASS_RATIFICATION_WITHDRAWAL,
	ACT_CLASS_SUSPENSION,
	ACT_CLASS_INTENTION      /* declared intention not to become a party */
};
enum act_class ifc_act_class(enum inforce_act_kind kind);
/* The order of one state's acts of one day (smaller first), for the engine and the
 * snapshot alike. */
int ifc_day_rank(enum inforce_act_kind kind);

/* ---- csvfile.c */

struct csv_row {
	long line;        /* line where the record starts, 1-based */
	size_t nfields;
	char **fields;    /* NUL-terminated, owned by the csvfile's pool */
};
struct csvfile {
	struct pool pool;
	struct vec rows;  /* struct csv_row */
};
/* Parses buf strictly (RFC 4180 quoting). `name` is used in error messages.
 * On failure the csvfile is released and err names the line. */
int csvfile_parse(struct csvfile *cf, const char *buf, size_t len, const char *name,
		  inforce_error *err);
void csvfile_release(struct csvfile *cf);
/* Index of column `col` in the header row (row 0), or -1. */
int csvfile_column(const struct csvfile *cf, const char *col);

/* ---- states.c */

struct state_rec {
	const char *iso3, *name, *kind, *source;
};
struct name_rec {
	const char *key; /* folded name */
	const char *iso3;
	const char *name; /* the name as written */
};
struct states {
	struct pool pool;
	struct vec states; /* struct state_rec, sorted by iso3 */
	struct vec names;  /* struct name_rec, sorted by key */
};
void states_init(struct states *st);
void states_release(struct states *st);
/* Adds one state with its name variants (`variants` separated by ';'). */
int states_add(struct states *st, const char *iso3, const char *name, const char *kind,
	       const char *variants, const char *source, const char *file, long line,
	       inforce_error *err);
/* Sorts the tables and checks that no name maps to two codes. Call after adding. */
int states_finish(struct states *st, const char *file, inforce_error *err);
const struct state_rec *states_by_iso3(const struct states *st, const char *iso3);
/* ISO3 or any name or variant, case- and apostrophe-insensitive. */
const struct state_rec *states_lookup(const struct states *st, const char *name);
/* Adds one more name for a state already added. */
int states_add_variant(struct states *st, const char *iso3, const char *name);
/* Parses the states.csv format into st (which must be freshly initialised). */
int states_parse_csv(struct states *st, const char *buf, size_t len, const char *file,
		     inforce_error *err);

/* ---- treatydef.c */

enum offset_unit {
	OFF_NONE = 0,
	OFF_DAYS,
	OFF_MONTHS,
	OFF_YEARS,
	OFF_FIRST_OF_MONTH /* first day of the n-th month after the month of the date */
};
struct offset {
	enum offset_unit unit;
	int n;
};
inforce_day offset_apply(struct offset off, inforce_day day);
/* Describes the offset in words: "6 months", "the first day of the 6th month after". */
const char *offset_describe(struct offset off, char *buf, size_t size);

enum late_from {
	LATE_AFTER_THRESHOLD, /* states depositing after the N-th instrument */
	LATE_AFTER_EIF        /* states depositing after the treaty's entry into force */
};
enum conflict_rule {
	CONFLICT_NONE,       /* withdrawal takes effect at the end of the notice */
	CONFLICT_DELAYS,     /* not before the end of an armed conflict it is engaged in */
	CONFLICT_OCCUPATION  /* ...armed conflict or occupation (CCW art. 9) */
};

enum obligation_from {
	OBL_FROM_STATE_EIF,  /* from the treaty's entry into force for that state */
	OBL_FROM_TREATY_EIF  /* from the treaty's own entry into force (CWC art. IV(6)) */
};

/* A deadline that runs from an entry into force: [obligation NAME]. */
struct obligation {
	const char *name, *article, *text;
	const char *condition; /* to whom it applies, when not to every party; or NULL */
	enum obligation_from from;
	struct offset period;
};

struct meta_kv {
	const char *key, *value;
};

struct treatydef {
	struct pool pool;
	const char *id;
	struct vec meta;   /* struct meta_kv */
	struct vec rules;  /* inforce_rule_text */
	/* entry into force */
	int eif_instruments;        /* 0: no count condition */
	unsigned eif_kinds;         /* bit per inforce_act_kind that counts */
	struct offset eif_offset;
	struct offset eif_floor;    /* not earlier than this after opening for signature */
	inforce_day eif_floor_date; /* ... or not earlier than this day ("subject to the entry
				     * into force of the Covenant"), or NONE */
	struct vec eif_required;    /* const char * ISO3: states that must all deposit */
	int has_eif_rule;
	/* later joiners */
	enum late_from late_from;
	struct offset late_offset;
	int has_late_rule;
	/* withdrawal */
	int withdrawal_allowed;     /* 0: the treaty has no withdrawal clause */
	struct offset withdrawal_notice;
	int withdrawal_notice_minimum; /* the notice is a minimum before a day the state names */
	enum conflict_rule withdrawal_conflict;
	int has_withdrawal_rule;
	struct vec obligations;     /* struct obligation */
};
void treatydef_init(struct treatydef *td);
void treatydef_release(struct treatydef *td);
/* Parses a treaty definition file (see docs/treaty-format.md). Errors name file and
 * line. On failure td is left released. */
int treatydef_parse(struct treatydef *td, const char *buf, size_t len, const char *file,
		    inforce_error *err);
const char *treatydef_meta(const struct treatydef *td, const char *key);

/* ---- engine.c */

/* One participation episode of a state: join ... leave. */
struct episode {
	inforce_day start;           /* first act of the episode */
	inforce_day signature;
	enum inforce_act_kind consent_kind;
	inforce_day consent;
	inforce_day eif;             /* NONE: not in force (yet) or unknown */
	int eif_unknown;             /* bound, date not in the data (succession) */
	inforce_day party_from;      /* first day counted as party: eif, or consent when
				      * the date of entry into force is unknown */
	inforce_day provisional;
	inforce_day wd_notified;
	inforce_day wd_notice_end;   /* the notice period ends */
	inforce_day wd_effective;    /* NONE with wd_notified set: delayed while a
				      * recorded conflict is open, or no rule */
	inforce_day ratwd;           /* instrument of ratification withdrawn */
	inforce_day suspension;
	inforce_day non_party;       /* declared it will not become a party */
	const inforce_conflict *wd_delayed_by;
	const inforce_act *wd_act;   /* the notification of withdrawal (its first deposit) */
	size_t first_act, act_count; /* range in the participant's act list */
};

struct participant {
	const char *iso3, *name;
	inforce_day ceased;        /* a former State's last day + 1 (successions), or NONE */
	const inforce_act *const *acts; /* date order; borrowed from the snapshot */
	size_t act_count;
	struct episode *episodes;
	size_t episode_count;
};

/* What the engine derives for one treaty. Owns participants and their arrays. */
struct derived {
	struct pool pool;
	inforce_eif eif;
	struct participant *parts; /* sorted by ISO3 */
	size_t part_count;
};

/* A succession of States (data/successions.csv): iso3 ceased to exist on `date`
 * (former), or succeeded `predecessor` from `date` (successor), or continues it
 * (continuation: the Russian Federation the USSR; the UN and the depositaries record
 * the predecessor's instruments under the continuing state). */
enum succession_kind { SUCC_FORMER, SUCC_SUCCESSOR, SUCC_CONTINUATION };
struct succession {
	const char *iso3, *predecessor; /* predecessor: "" for a former state */
	enum succession_kind kind;
	inforce_day date;
	const char *source;
};

/* What the engine reads besides the acts: all borrowed. Conflicts sorted by iso3. */
struct facts {
	const struct succession *successions;
	size_t succession_count;
	const struct states *states;
	const inforce_conflict *conflicts;
	size_t conflict_count;
	const inforce_obligation_record *obligation_records; /* by treaty, iso3, obligation */
	size_t obligation_record_count;
};

/* Evaluates a treaty's rules over its acts (any order; borrowed, must outlive the
 * result, and so must the array when it is in the engine's order already). Fails on a contradiction (a withdrawal by a state that is not bound, a
 * second consent...), naming the file and line the act came from. */
int engine_derive(struct derived *out, const struct treatydef *td, const inforce_act *const *acts,
		  size_t n, const struct facts *facts, inforce_error *err);
void engine_release(struct derived *d);
/* The engine's order of acts (qsort over const inforce_act *): state, date, kind, id. */
int engine_cmp_acts(const void *pa, const void *pb);
/* The status of a participant on a date, and whether a withdrawal is pending. */
enum inforce_status engine_status(const struct participant *p, inforce_day on, int *pending);
/* The day a former State ceased to exist (its successions.csv row), or NONE. */
inforce_day engine_ceased_on(const struct facts *facts, const char *iso3);
/* The standing of a participant on a date. act pointers borrow from the derived. */
void engine_standing(const struct participant *p, inforce_day on, inforce_standing *out);


/* ---- verify.c: the checks `inforce verify` makes, also made on every import */
/* Whether act `a` contradicts its treaty or the calendar, or holds text inforce does
 * not keep: a text field not valid UTF-8 or with a control character, no source,
 * dated after `today` (NONE: not checked), a signature or consent before the treaty
 * was opened for signature (td NULL: not checked). 1 with *code ("bad-text",
 * "no-source", "future", "before-opening"), the field at fault in *field and the
 * reason in why; else 0. */
int verify_act_problem(const struct treatydef *td, const char *td_file, const inforce_act *a,
		       inforce_day today, const char **code, const char **field, char *why,
		       size_t size);
/* The next act, from participant *from on, repeated within one participation episode
 * (a second signature on another day; staged suspensions and one instrument at
 * several depositaries are not repeats), or NULL. With `among` (n acts), only
 * repeats involving one of them. *earlier receives the other act. */
const inforce_act *verify_repeat(const struct derived *d, const inforce_act *const *among,
				 size_t n, const inforce_act **earlier, size_t *from);

/* ---- records.c */
/* Which of a treaty's acts answers come from: every act, but those that a newer
 * complete record of the same series no longer lists and that another act replaced
 * (a correction) or that nothing explains. Fills t->acts/act_count (from t->all),
 * t->drops/drop_count, t->data_as_of. Arrays from the pool. */
int records_classify(struct inforce_treaty *t, struct pool *pool, inforce_error *err);
/* The unexplained drop of `iso3` in whose window `on` lies, or NULL. */
const inforce_drop *records_uncertain(const struct inforce_treaty *t, const char *iso3,
				      inforce_day on);

/* ---- status.c */
/* Adds one standing to the counts (deposited = parties + contracting kept up to date). */
void ifc_counts_add(inforce_counts *c, const inforce_standing *s);

/* ---- snapshot.c: the structures behind the public opaque handles. */

struct inforce_treaty {
	struct treatydef def;
	const char *file;         /* the definition file it was loaded from */
	const inforce_act **acts; /* the acts answers come from (records.c), in the
				   * snapshot's order (borrowed) */
	size_t act_count;
	const inforce_act **all;  /* every act not superseded, those a newer record dropped
				   * included */
	size_t all_count;
	const inforce_record **records; /* oldest first */
	size_t record_count;
	inforce_drop *drops;
	size_t drop_count;
	inforce_day data_as_of;
	const inforce_note *notes; /* the newest UN record's, in record order */
	size_t note_count;
	struct derived derived;
	const struct facts *facts; /* the snapshot's, for deadlines and explanations */
};

/* What the store held when a snapshot was read: the highest row id of the tables a
 * treaty's answers come from, and the size of those every treaty reads (the store's
 * tables are only ever added to). inforce_snapshot_update compares two marks. */
struct store_mark {
	int64_t action, act_source, record, note, import;
	char import_at[40];       /* the newest import's time: another store at the path
				   * differs here */
	int64_t shared[16];       /* count and highest row id of each table all treaties
				   * read (states, treaties, conflicts, groups...) */
};

/* A snapshot is read whole (SNAP_FULL); or, made by inforce_snapshot_update, it is a
 * SNAP_COMPOSITE of a full one (its `base`) and SNAP_PARTs, each one treaty read again
 * over the base's states, facts and groups. Parts and bases are shared between the
 * composites that use them, and freed by whoever drops the last reference. */
enum snap_kind { SNAP_FULL, SNAP_PART, SNAP_COMPOSITE };

struct inforce_snapshot {
	enum snap_kind kind;
	atomic_uint refs;         /* the owner's, plus one per part or composite using it */
	inforce_snapshot *base;   /* part, composite: the full snapshot borrowed from */
	inforce_snapshot **parts; /* composite: its parts, sorted by treaty */
	size_t part_count;
	size_t treaties_read;     /* treaties this snapshot read from the store */
	struct store_mark mark;
	const struct inforce_treaty **tlist; /* every treaty, sorted by id (a composite
				   * points into its base and parts) */
	size_t *tstart;           /* composite: where each treaty's acts start in the
				   * snapshot's order (treaty_count + 1 of them) */
	struct pool pool;         /* act strings and arrays */
	inforce_record *records;  /* by treaty, as_at, id */
	size_t record_count;
	inforce_note *notes;      /* by treaty */
	size_t note_count;
	struct states states;     /* a part's and a composite's: the base's, borrowed */
	inforce_conflict *conflicts; /* sorted by iso3, start */
	size_t conflict_count;
	inforce_obligation_record *obligation_records;
	size_t obligation_record_count;
	struct succession *successions;
	size_t succession_count;
	struct facts facts;       /* views of the above, for the engine */
	inforce_member *members;  /* sorted by group, iso3 */
	size_t member_count;
	const char **group_names; /* sorted, distinct */
	size_t group_count;
	inforce_day as_recorded;  /* NONE: the current record */
	inforce_act *acts;        /* every current (not superseded) act */
	size_t act_count;
	struct inforce_treaty *treaties; /* full, part: the treaties read, sorted by id */
	size_t treaty_count;
};

struct sqlite3;
struct sqlite3 *store_db(inforce_store *store);
/* ---- store.c: transactions and row writers, for the importer. */
int store_begin(inforce_store *s, inforce_error *err);
/* Commits when rc is 0, else rolls back; returns 0 only on a commit. */
int store_finish(inforce_store *s, int rc, inforce_error *err);
int64_t store_add_import(inforce_store *s, const char *file, const char *kind, int rows,
			 inforce_error *err);
int store_insert_states(inforce_store *s, const struct states *sts, const char *file,
			inforce_error *err);
int store_insert_treaty(inforce_store *s, const char *id, const char *text, int64_t import_id,
			const char *file, inforce_error *err);
/* Inserts n acts; with ids, each one's new row id is written there. */
int store_insert_acts(inforce_store *s, const inforce_act *acts, size_t n, int64_t import_id,
		      int64_t *ids, inforce_error *err);
struct src_table;
int store_insert_rows(inforce_store *s, const struct src_table *t, int64_t import_id,
		      const char *file, inforce_error *err);
/* A record: what one source said of one treaty as at a date. */
struct store_record {
	const char *treaty, *series, *format, *reference, *file;
	int complete;             /* lists every act the source holds for the treaty */
	inforce_day as_at;        /* NONE: the day of the import (UTC) */
	const char *title, *conclusion, *eif_text, *registration;
	inforce_day published_eif;
	int published_signatories, published_parties; /* -1: not given */
	int rows, cells;
	const char *repairs, *legends, *url, *sha256;
	int64_t import_id;
};
int64_t store_insert_record(inforce_store *s, const struct store_record *r, inforce_error *err);
/* That record `record_id` lists act `action_id`: as the participant `name`, in the
 * cell or sentence `cell`, bracketed or not, citing depositary notification `cn`
 * ("" when it cites none), at `line`. */
struct store_listing {
	int64_t record_id, action_id;
	const char *name, *cell, *cn;
	int bracketed;
	long line;
};
int store_insert_listings(inforce_store *s, const struct store_listing *l, size_t n,
			  const char *file, inforce_error *err);
struct sqlite3_stmt;
/* Runs one INSERT and resets it; fails naming file and line with SQLite's message
 * (the input's fault for a constraint, the store's for anything else). */
int store_step(struct sqlite3 *db, struct sqlite3_stmt *st, const char *file, long line,
	       inforce_error *err);
/* Loads a snapshot over an open connection (used inside an import transaction).
 * as_recorded: NONE for the current record, else the record as known on that day;
 * only: a stored treaty id, or NULL for every treaty. */
inforce_snapshot *snapshot_load_db(struct sqlite3 *db, inforce_day as_recorded, const char *only,
				   inforce_error *err);
/* Takes one more reference on s (inforce_snapshot_free drops one). */
inforce_snapshot *snapshot_ref(inforce_snapshot *s);
/* A read transaction, unless the connection is in one already (*began 0). */
int snapshot_read_begin(struct sqlite3 *db, int *began, inforce_error *err);
void snapshot_read_end(struct sqlite3 *db, int began);
/* Treaty `id` read again over `base`'s states, facts and groups: a SNAP_PART. */
inforce_snapshot *snapshot_load_part(struct sqlite3 *db, inforce_snapshot *base, const char *id,
				     inforce_error *err);
/* `base` with each of the n parts in place of its treaty: a SNAP_COMPOSITE, taking a
 * reference on base and on each part. */
inforce_snapshot *snapshot_compose(inforce_snapshot *base, inforce_snapshot **parts, size_t n,
				   const struct store_mark *mark, inforce_error *err);

/* Where a snapshot's memory goes, in bytes (malloc's overhead aside): for the
 * benchmark's account of bytes an act. */
struct snapshot_bytes {
	size_t act_records;    /* the inforce_act records, one an act */
	size_t act_text;       /* the snapshot's pool: interned strings, the file list,
				* records, notes, listings, further sources, and the
				* arrays of act pointers a treaty's answers come from */
	size_t derived;        /* the engine's: participants and their episodes */
	size_t definitions;    /* treaty definitions parsed, and the treaty array */
	size_t states;         /* states and their names */
};
void snapshot_bytes(const inforce_snapshot *s, struct snapshot_bytes *out);

/* ---- update.c */
/* What the store holds now (see struct store_mark). */
int store_mark_read(struct sqlite3 *db, struct store_mark *m, inforce_error *err);
#endif /* INFORCE_INTERNAL_H */
