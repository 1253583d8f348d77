/*
 * inforce.h - the public interface of libinforce, the treaty-status engine.
 *
 * Data flow (see docs/DESIGN.md):
 *   files --(inforce_store_import_*)--> SQLite store --(inforce_snapshot_load)-->
 *   immutable snapshot --(inforce_status_* queries)--> front ends.
 *
 * Ownership, stated once for the whole header:
 *   - An object returned by a function named *_open, *_load or *_new belongs to the
 *     caller, who releases it with the matching *_close or *_free (NULL is accepted).
 *   - A pointer returned by any other function borrows from the object it was read
 *     from and stays valid as long as that object lives. Never free it.
 *   - Strings passed in are copied where they are kept.
 * Errors: a function that can fail returns 0 on success and -1 (or NULL) on failure,
 * and fills the caller's inforce_error with what happened and where. The library never
 * prints, never exits and keeps no global mutable state.
 */
#ifndef INFORCE_H
#define INFORCE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------- errors */

/* What went wrong and where. `file`, `line` and `field` are empty/0 when they do
 * not apply. `kind` tells a front end how to react (CLI exit 2 vs 1, HTTP 400 vs 500). */
enum inforce_errkind {
	INFORCE_OK = 0,
	INFORCE_EINPUT,   /* bad input: malformed file, impossible date, unknown name */
	INFORCE_ENOTFOUND,/* unknown treaty or state asked for */
	INFORCE_ERUNTIME, /* I/O, SQLite, out of memory */
	INFORCE_EBUSY     /* the store is locked by another writer: try again later */
};

typedef struct inforce_error {
	enum inforce_errkind kind;
	char file[256];
	long line;
	char field[64];
	char msg[512];
} inforce_error;

/* Formats the error as "file:line: field: msg" (parts that are empty are left out). */
void inforce_error_format(const inforce_error *err, char *buf, size_t size);

/* ---------------------------------------------------------------- dates */

/* A civil date in the proleptic Gregorian calendar, as days since 1970-01-01.
 * INFORCE_DAY_NONE means "no such date" (unknown, not yet, not applicable). */
typedef int32_t inforce_day;
#define INFORCE_DAY_NONE INT32_MIN
/* Supported range: years 1 to 9999. */
#define INFORCE_YEAR_MIN 1
#define INFORCE_YEAR_MAX 9999

int inforce_date_valid(int y, int m, int d);
/* Day number of a valid y-m-d; callers check inforce_date_valid first. */
inforce_day inforce_date_from_ymd(int y, int m, int d);
void inforce_date_to_ymd(inforce_day day, int *y, int *m, int *d);
/* Parses exactly "YYYY-MM-DD" (len bytes, no surrounding text). 0 ok, -1 if the text
 * is not that shape or names no real day (2023-02-30). */
int inforce_date_parse(const char *s, size_t len, inforce_day *out);
/* Whether s is text inforce keeps: valid UTF-8 (no overlong forms, surrogates or code
 * points past U+10FFFF) without control characters (C0 but tab and line feed, DEL,
 * C1: a bare CR or a form feed would break the feeds). NULL when it is; else why not, as a phrase ("is not valid UTF-8", "holds a control
 * character"). Every reader and the HTTP server refuse text that fails it. */
const char *inforce_text_problem(const char *s);
/* Writes "YYYY-MM-DD" and a NUL into buf (11 bytes); "unknown" for INFORCE_DAY_NONE;
 * "after 9999" (or "before 1") for a computed day outside years 1 to 9999. */
#define INFORCE_DATE_BUFSZ 11
const char *inforce_date_format(inforce_day day, char buf[INFORCE_DATE_BUFSZ]);
inforce_day inforce_date_add_days(inforce_day day, int32_t n);
/* Same day-of-month n months later (n may be negative). Month-end rule: when the
 * target month is shorter, the result is its last day: six months after 31 August is
 * 28 February (29 in a leap year). This is the "corresponding date" rule used for
 * periods in months (cf. Excel EDATE, ISO 8601 duration arithmetic). */
inforce_day inforce_date_add_months(inforce_day day, int32_t n);
inforce_day inforce_date_add_years(inforce_day day, int32_t n);
/* The first day of the n-th month after the month of `day`: for n = 6 and
 * 2010-02-16 this is 2010-08-01 (CCM art. 17(1)). */
inforce_day inforce_date_first_of_month_after(inforce_day day, int32_t n);

/* ---------------------------------------------------------------- model */

/* What a state did, as the depositary records it. */
enum inforce_act_kind {
	INFORCE_ACT_SIGNATURE = 0,
	INFORCE_ACT_RATIFICATION,
	INFORCE_ACT_ACCEPTANCE,
	INFORCE_ACT_APPROVAL,
	INFORCE_ACT_ACCESSION,
	INFORCE_ACT_SUCCESSION,
	INFORCE_ACT_FORMAL_CONFIRMATION,
	INFORCE_ACT_PROVISIONAL_APPLICATION,
	INFORCE_ACT_WITHDRAWAL,              /* notification of withdrawal (denunciation) */
	INFORCE_ACT_RATIFICATION_WITHDRAWAL, /* instrument withdrawn: back to signatory */
	INFORCE_ACT_SUSPENSION,              /* declared suspension of operation */
	INFORCE_ACT_NON_PARTY_INTENTION,     /* a signatory's declared intention not to become
					      * a party (Vienna Convention art. 18) */
	INFORCE_ACT_KIND_COUNT
};

/* The data-file spelling of a kind ("withdrawal_notification"), and back. */
const char *inforce_act_kind_name(enum inforce_act_kind kind);
int inforce_act_kind_parse(const char *name, enum inforce_act_kind *out);
/* Nonzero for the kinds that express consent to be bound. */
int inforce_act_kind_is_consent(enum inforce_act_kind kind);

/* Status of one state in one treaty on a date (Vienna Convention on the Law of Treaties). */
enum inforce_status {
	INFORCE_ST_NONE = 0,     /* no act yet */
	INFORCE_ST_SIGNATORY,    /* signed, no consent to be bound */
	INFORCE_ST_CONTRACTING,  /* consent deposited, treaty not yet in force for it */
	INFORCE_ST_PARTY,        /* treaty in force for it */
	INFORCE_ST_WITHDRAWN,    /* withdrawal has taken effect */
	INFORCE_ST_CEASED,       /* the State no longer exists (Czechoslovakia from 1 January
				  * 1993): not counted, and left out of a treaty's list */
	INFORCE_ST_COUNT
};
const char *inforce_status_name(enum inforce_status st);

/* A record: what one source said of one treaty as at a date (a UN Treaty Collection
 * status page or file, a database harvest, a curated file). Records of one series are
 * one source read again at another date; the newest is what answers come from. */
typedef struct inforce_record {
	int64_t id;
	const char *treaty;
	const char *series;      /* "untc", "unoda", "curated" ... */
	int complete;            /* it lists every act its source holds for the treaty, so
				  * that an act it no longer lists was dropped */
	const char *format;      /* "untc-xml", "untc-html", "actions-csv" ... */
	const char *reference;   /* the MTDSG reference, or the file */
	const char *file;        /* where it was imported from */
	inforce_day as_at;       /* the source's "status as at" */
	int published_signatories, published_parties; /* -1: not given */
	inforce_day published_eif;
	const char *eif_text;
	const char *url;         /* where it was fetched from, or "" */
} inforce_record;

/* One recorded act, as held in the store and in a snapshot. Strings borrowed. */
typedef struct inforce_act {
	int64_t id;                /* store row id; 0 before storing */
	const char *treaty;        /* treaty id, e.g. "CCM" */
	const char *iso3;
	const char *state_name;    /* the name as the source wrote it */
	enum inforce_act_kind kind;
	inforce_day date;          /* depositary received it (signature: signed) */
	inforce_day stated_effective; /* a source's own claim, for checking; or NONE */
	inforce_day known;         /* when it became known (depositary notification or
				    * source date), NONE: its own date */
	const char *source;
	const char *notes;
	int64_t supersedes;        /* id of the act this corrects, or 0 */
	const char *file;          /* the file it was imported from */
	long line;                 /* its line in that file, 0 if none */
	const char *recorded_at;   /* when the store recorded it (UTC, ISO 8601) */
	const char *const *also;   /* further sources recording the same act (the UNTC
				    * file for a curated act...), also_count of them */
	size_t also_count;
	const char *depositary;    /* where the instrument was deposited ("UN", "London",
				    * "Washington", "OAS" ...), or "" when the source does
				    * not say */
	const char *cn;            /* the depositary notification that told it
				    * ("C.N.360.2025.TREATIES-XXVI-5"), or "" */
	const char *disputed;      /* why its legal effect is disputed (the DPRK's NPT
				    * withdrawal), or "": a disputed act is shown, not
				    * counted either way */
	const inforce_record *const *listed_by; /* the records that list it (listed_count),
				    * oldest first */
	const char *const *listed_names; /* the participant's name as each writes it */
	size_t listed_count;
} inforce_act;

/* A period in which a cited source says a state was engaged in an armed conflict
 * (or, for CCW art. 9, an occupation). inforce does not decide whether a war
 * exists: it applies what the record says, and names the record it applied. */
typedef struct inforce_conflict {
	int64_t id;
	const char *iso3;
	const char *kind;          /* "armed-conflict" or "occupation" */
	inforce_day start;         /* first day (a month-precision start: its first day) */
	inforce_day end;           /* last day, or INFORCE_DAY_NONE while open */
	const char *start_text, *end_text; /* as the source gives them ("2014-02", "") */
	const char *source;
	const char *notes;
	const char *file;
	long line;
} inforce_conflict;

/* A deadline moved by a recorded decision (e.g. a granted extension request). */
/* What a source says of one State and one of a treaty's obligations
 * (data/obligations.csv): that the obligation applies to it (it has stockpiles, or
 * contaminated areas), that it does not, that it declared the obligation completed, or
 * that a meeting of States Parties extended its deadline. */
enum inforce_obligation_record_kind {
	INFORCE_OBL_APPLIES,
	INFORCE_OBL_NOT_APPLICABLE,
	INFORCE_OBL_COMPLETED,
	INFORCE_OBL_EXTENDED,
};
typedef struct inforce_obligation_record {
	int64_t id;
	const char *treaty, *iso3, *obligation;
	enum inforce_obligation_record_kind kind;
	inforce_day date;     /* the day the source says it (completion, decision), or NONE */
	inforce_day deadline; /* EXTENDED: the new deadline; else NONE */
	const char *source, *notes, *file;
	long line;
} inforce_obligation_record;

/* ---------------------------------------------------------------- store */

typedef struct inforce_store inforce_store;
/* An immutable in-memory image of the store that every query runs on (below). */
typedef struct inforce_snapshot inforce_snapshot;

enum inforce_open_flags {
	INFORCE_OPEN_READONLY = 0,
	INFORCE_OPEN_WRITE = 1,   /* open for writing, creating and migrating as needed */
};

/* Opens (and with INFORCE_OPEN_WRITE creates and migrates) the store at path. */
inforce_store *inforce_store_open(const char *path, int flags, inforce_error *err);
void inforce_store_close(inforce_store *store);
/* When the path now names another file than the one open (a backup restored over it,
 * `init --force`), opens that one in its place, in the same mode: 1; 0 when it is the
 * same file; -1 with err when the new file cannot be opened (the old stays open).
 * inforce_store_changed then says it changed. */
int inforce_store_reopen_if_replaced(inforce_store *store, inforce_error *err);
/* Makes what is committed durable in the store's main file alone: the write-ahead log
 * checkpointed into it and truncated, the file synced. For a store about to be moved
 * into place (init); fails (disk full, I/O error) rather than leave data in a side
 * file that the move would leave behind. */
int inforce_store_seal(inforce_store *store, inforce_error *err);
/* 1 when another connection (another process) has committed to the store since it
 * was opened or since the last call, else 0. This connection's own writes do not
 * count. A server asks it to know when to load a new snapshot. */
int inforce_store_changed(inforce_store *store);
/* Schema version the store is at (PRAGMA user_version). */
int inforce_store_version(inforce_store *store);

/* Loads the bundled data folder (states.csv, treaties/ *.treaty, actions/ *.csv,
 * conflicts.csv, extensions.csv) in one transaction: all or nothing. */
int inforce_store_load_bundle(inforce_store *store, const char *datadir, inforce_error *err);
/* Imports one CSV in a bundled format, told apart by its header: actions
 * (treaty,state_name,iso3,action,date,...), armed-conflict records
 * (iso3,kind,start,end,source,notes) or deadline extensions
 * (treaty,iso3,obligation,deadline,source,notes). Every row is validated against
 * the store (known treaty and state, real dates, no duplicate, no contradiction
 * with what is stored) before anything is written; then all rows in one
 * transaction. `*added` receives the number of rows stored. */
int inforce_store_import_actions(inforce_store *store, const char *path, int *added,
				 inforce_error *err);

/* What an import of UN Treaty Collection files did (or would do, with dry_run). */
typedef struct inforce_untc_report {
	int files, rows, cells;
	int acts_read;       /* acts in the tables and the end notes */
	int acts_new;        /* stored as new acts */
	int acts_merged;     /* the same act already stored: its source added */
	int disagreements;   /* the same act with another date or kind: flagged, both kept */
	int bracketed;       /* dates in brackets: acts that no longer stand, flagged */
	int refused;         /* contradictory (e.g. a second consent): flagged, kept as text */
	int other_flags;     /* rescinded withdrawals, end-note names not known */
	int notes;           /* declarations, objections, end notes... kept as text */
	int note_acts;       /* acts read from end notes (withdrawals, successions) */
	int corrections;     /* acts an earlier UN record gave another date or kind */
	int note_unresolved; /* end-note sentences understood but not attributable */
	int repairs_quotes, repairs_single_quotes, repairs_dashes, repairs_spaces,
		repairs_ellipses;
} inforce_untc_report;

/* Imports one UN Treaty Collection status record (an MTDSG XML file or a status page
 * of treaties.un.org) or every *.xml and *.html of a directory, in one transaction;
 * with dry_run nothing is stored. Each is a record of its treaty as at its "status as
 * at" date: the page's own, or for the XML (which does not say) `as_at`, required.
 * `display` names the path in sources and messages (NULL: the path itself). */
int inforce_store_import_untc(inforce_store *store, const char *path, const char *display,
			      inforce_day as_at, int dry_run, inforce_untc_report *rep,
			      inforce_error *err);

/* What an import of UNODA data did (or would do, with dry_run set on the way in). */
typedef struct inforce_unoda_report {
	int dry_run;         /* in: check and report, store nothing */
	int treaties;        /* treaties with acts read */
	int acts_read, acts_new, acts_listed; /* listed: the same act already stored */
	int disagreements;   /* another date than the stored act: flagged, the stored stands */
	int refused;         /* contradictory acts, flagged */
	int left_to_untc;    /* deposits with the UN left to the UN's own records */
	int held_back;       /* kept out by the holds file: a date that needs confirming */
	int not_read;        /* cells that are no act (a party list's "withdrew") */
} inforce_unoda_report;

/* Imports the UNODA treaty database harvest (JSON), or with `parties` a party list
 * (CSV: country,treaty,signed,joined,mechanism,withdrew), as a record of each treaty
 * it holds as at `as_at` (required: the data do not say). `map_path`: the CSV that
 * maps the source's treaty names to treaty ids (data/unoda-treaties.csv);
 * `holds_path` (NULL: none): rows to keep out (data/unoda-unconfirmed.csv). One
 * transaction. */
int inforce_store_import_unoda(inforce_store *store, const char *path, const char *map_path,
			       const char *holds_path, inforce_day as_at, int parties,
			       inforce_unoda_report *rep, inforce_error *err);

/* Imports a CSV held in memory (same formats and checks as the file import);
 * `name` names it in sources and messages. */
int inforce_store_import_buffer(inforce_store *store, const char *buf, size_t len,
				const char *name, int *added, inforce_error *err);
/* The same, its checks made against `current`, a snapshot of the store as it stands
 * now (nothing written since it was loaded: the caller vouches for that), instead of
 * one loaded for the purpose; NULL loads one. A server passes the snapshot it
 * answers from, and a write costs one snapshot load instead of two. */
int inforce_store_import_buffer_on(inforce_store *store, const inforce_snapshot *current,
				   const char *buf, size_t len, const char *name, int *added,
				   inforce_error *err);
/* Who the following imports are recorded as (e.g. "token:curation-team"); NULL or ""
 * for the local user. */
void inforce_store_set_recorder(inforce_store *store, const char *who);

/* Write access through the API: tokens stored as SHA-256 only. create writes the new
 * token (64 hex characters) into `token`, shown once; check returns 1 and the
 * token's name for a valid, unrevoked token, else 0. */
int inforce_token_create(inforce_store *store, const char *name, char token[65],
			 inforce_error *err);
int inforce_token_check(inforce_store *store, const char *token, char name[64]);
int inforce_token_revoke(inforce_store *store, const char *name, inforce_error *err);

/* Stores one act after the same checks as an import (known treaty and state, no
 * duplicate, no contradiction); `file` names where it came from. */
int inforce_store_add_act(inforce_store *store, const inforce_act *act, const char *file,
			  inforce_error *err);

/* ---------------------------------------------------------------- fetching */

/* `inforce fetch`: a UN Treaty Collection status record downloaded and imported as a
 * record of its treaty (src/lib/import_fetch.c, on libcurl; the caller has called
 * curl_global_init). Zeroed fields take the defaults in brackets. */
typedef struct inforce_fetch_options {
	const char *base_url;     /* ["https://treaties.un.org"] */
	const char *format;       /* "html" (the status page) or "xml" (the MTDSG file) [html] */
	const char *cache_dir;    /* each page imported is kept here with its fetch time, or NULL */
	const char *user_agent;   /* ["inforce (treaty-status engine)"] */
	long timeout;             /* seconds for one transfer [60] */
	long low_speed_time;      /* cut off a server slower than 64 bytes/s for this long [30] */
	int retries;              /* further attempts on 429 and 5xx [3] */
	double backoff;           /* seconds before the first retry, doubled after [2] */
	long max_wait;            /* the longest Retry-After honoured, seconds [300] */
	size_t max_bytes;         /* [16 MiB] */
	int dry_run;              /* download and read, store nothing */
	inforce_day today;        /* the day of the fetch: an XML file's "status as at" */
} inforce_fetch_options;

typedef struct inforce_fetch_result {
	char url[1024];           /* the page's address (after redirects) */
	int http_status;          /* the last status, 0 when none came */
	int attempts;             /* requests made (retries included) */
	double waited;            /* seconds spent backing off */
	int not_modified;         /* 304, or the same bytes as the last fetch: nothing to do */
	int imported;             /* stored as a new record */
	size_t bytes;
	char treaty[64];          /* the treaty it is a record of, when read */
	inforce_untc_report report;
	char cache_path[4096];    /* where it was kept, or "" */
} inforce_fetch_result;

/* The address of the status record of MTDSG reference `ref` ("XXVI-6"). -1 when the
 * reference does not start with a chapter in Roman numerals. */
int inforce_fetch_url(const char *ref, const inforce_fetch_options *o, char *buf, size_t size);
/* Downloads and imports the record of `ref`, in its own transaction: a page that
 * fails to download or to read changes nothing in the store. Conditional on the
 * ETag and Last-Modified of the previous fetch, which the store keeps. */
int inforce_fetch(inforce_store *store, const char *ref, const inforce_fetch_options *o,
		  inforce_fetch_result *out, inforce_error *err);

/* ---------------------------------------------------------------- snapshot */

/* A treaty of a snapshot, with its acts and what the engine derived from them. */
typedef struct inforce_treaty inforce_treaty;

inforce_snapshot *inforce_snapshot_load(inforce_store *store, inforce_error *err);
/* The record as it stood on `day` (the second time axis): only acts known by then
 * (their `known` date, else their own date; a correction: the day it was recorded),
 * each corrected only by corrections known by then. */
inforce_snapshot *inforce_snapshot_load_as_recorded(inforce_store *store, inforce_day day,
						    inforce_error *err);
/* A snapshot holding one treaty only (by id or UNTC reference, case-insensitively),
 * with all the states, records and groups: what a question about that treaty
 * needs, read in a fraction of the time. `as_recorded`: INFORCE_DAY_NONE for the
 * current record. When the name is not a stored id or a loaded UNTC file's
 * reference, the whole store is loaded (so an unknown treaty is told apart as
 * usual). */
inforce_snapshot *inforce_snapshot_load_treaty(inforce_store *store, const char *treaty,
					       inforce_day as_recorded, inforce_error *err);
/* The store as it is now, read as inforce_snapshot_load would, but sharing with
 * `prev` (a snapshot of the current record of the same store, loaded or updated) what
 * did not change since: only the treaties whose acts, further sources or records were
 * added to are read and derived again. When anything every treaty reads changed
 * (states, treaty definitions, conflicts, groups, obligations, successions), when
 * another file is at the store's path, or when many treaties were read again since
 * the last whole read, the whole store is read. Answers are the same either way.
 * `prev` stays the caller's; the two are freed with inforce_snapshot_free, in either
 * order and from any thread. */
inforce_snapshot *inforce_snapshot_update(inforce_store *store, const inforce_snapshot *prev,
					  inforce_error *err);
/* How many treaties making `snap` read from the store (the rest it shares). */
size_t inforce_snapshot_treaties_read(const inforce_snapshot *snap);
/* The day a snapshot was loaded as recorded on, or INFORCE_DAY_NONE for the current. */
inforce_day inforce_snapshot_as_recorded(const inforce_snapshot *snap);
void inforce_snapshot_free(inforce_snapshot *snap);

size_t inforce_snapshot_treaty_count(const inforce_snapshot *snap);
const inforce_treaty *inforce_snapshot_treaty_at(const inforce_snapshot *snap, size_t i);
/* Finds a treaty by id or UNTC reference, case-insensitively. NULL if unknown. */
const inforce_treaty *inforce_snapshot_treaty(const inforce_snapshot *snap, const char *id);
/* The states held, in ISO3 order: 0 and the fields, or -1 past the end. */
size_t inforce_snapshot_state_count(const inforce_snapshot *snap);
int inforce_snapshot_state_at(const inforce_snapshot *snap, size_t i, const char **iso3,
			      const char **name, const char **kind);
/* The acts of the record (current ones, or as recorded), by treaty, state, date. */
size_t inforce_snapshot_act_count(const inforce_snapshot *snap);
const inforce_act *inforce_snapshot_act_at(const inforce_snapshot *snap, size_t i);
/* Resolves ISO3 or any known name/variant to the canonical ISO3. NULL if unknown. */
const char *inforce_snapshot_state_iso3(const inforce_snapshot *snap, const char *name);
/* The optimal-string-alignment distance between a and b (insertions, deletions,
 * substitutions and transpositions of adjacent characters), ASCII case folded; above
 * `cap` (or for strings of 64 bytes or more) it is cap + 1. For "did you mean". */
int inforce_edit_distance(const char *a, const char *b, int cap);
/* For a name that is not known: the nearest treaty id or UN reference held, or the
 * nearest state name or variant, a few typing errors away ("cmm": "CCM"; "Polnd":
 * "Poland"); NULL when none is near enough. */
const char *inforce_snapshot_suggest_treaty(const inforce_snapshot *snap, const char *name);
const char *inforce_snapshot_suggest_state(const inforce_snapshot *snap, const char *name);
const char *inforce_snapshot_state_name(const inforce_snapshot *snap, const char *iso3);

/* ---------------------------------------------------------------- groups */

/* One dated membership of a group (EU, NATO, RUS-NEIGHBOURS...). */
typedef struct inforce_member {
	const char *group, *iso3, *name;
	inforce_day joined;   /* NONE: the source gives no start (a member on every date) */
	inforce_day left;     /* NONE: still a member */
	const char *source;
} inforce_member;

/* Nonzero when the snapshot knows the group (case-insensitive). */
int inforce_group_known(const inforce_snapshot *snap, const char *group);
/* Whether iso3 belonged to the group on `on` (joined <= on < left). */
int inforce_group_member_on(const inforce_snapshot *snap, const char *group, const char *iso3,
			    inforce_day on);
/* The members on `on`, in ISO3 order: a heap array of *n pointers the caller
 * frees (the members themselves borrow from the snapshot). */
const inforce_member **inforce_group_members(const inforce_snapshot *snap, const char *group,
					     inforce_day on, size_t *n);
/* The group names held, sorted: borrowed array of *n names. */
const char *const *inforce_group_names(const inforce_snapshot *snap, size_t *n);

/* ---------------------------------------------------------------- treaties */

/* A rule of the treaty, in words, with the article it comes from. */
typedef struct inforce_rule_text {
	const char *what;     /* "entry_into_force", "late_joiner", "withdrawal", "obligation" */
	const char *name;     /* an obligation's name ("stockpile_destruction"), else NULL */
	const char *article;
	const char *text;
} inforce_rule_text;

const char *inforce_treaty_id(const inforce_treaty *t);
/* Metadata field by name ("title", "short_name", "untc", "adopted", "adopted_place",
 * "opened_for_signature", "depositary", "tags", "source", "notes",
 * "published_entry_into_force"); NULL when absent. */
const char *inforce_treaty_meta(const inforce_treaty *t, const char *key);
size_t inforce_treaty_rule_count(const inforce_treaty *t);
const inforce_rule_text *inforce_treaty_rule_at(const inforce_treaty *t, size_t i);

/* How the treaty's own entry into force was computed from the deposits. */
typedef struct inforce_eif {
	inforce_day date;          /* the date answers use: the depositary's published date
				    * where there is one and it differs from the computed one
				    * (the depositary decides), else the computed one; NONE:
				    * not in force on the data held */
	inforce_day computed;      /* from the acts and the rule; NONE: the condition is not
				    * met on the data held, or no rule */
	inforce_day published;     /* the definition's published_entry_into_force, or NONE */
	int published_basis;       /* date is the published one, and computed differs */
	inforce_day trigger_date;  /* date of the instrument that met the condition */
	size_t trigger_count;      /* states that deposited on trigger_date: the order */
	const char *const *trigger_states; /* within one day is not in the data (ISO3) */
	int instruments_by_trigger;/* counted instruments deposited up to trigger_date */
	int instruments_needed;
	int instruments_held;      /* counted instruments in the data, all dates */
	int has_rule;              /* an entry-into-force rule is recorded */
	int consents;              /* instruments of consent of any kind in the data */
	size_t missing_count;      /* named states still missing (CTBT annex 2) */
	const char *const *missing;/* their ISO3 codes */
} inforce_eif;
const inforce_eif *inforce_treaty_eif(const inforce_treaty *t);
/* The subject a treaty is filed under, for grouping a state's treaties: "Arms
 * regulation and disarmament" for a treaty tagged arms-regulation, else the title of
 * its chapter of the UN's Multilateral Treaties Deposited with the Secretary-General
 * ("Human Rights", "Commodities"...), else "Other treaties". *rank orders the
 * subjects: arms regulation first, then the chapters in the UN's order, then other. */
const char *inforce_treaty_subject(const inforce_treaty *t, int *rank);

/* How current the treaty's data is: the newest "status as at" of its records (for an
 * act no record lists, the day it was recorded); INFORCE_DAY_NONE when the store
 * holds no act of the treaty at all ("no data held", never "0 parties"). */
inforce_day inforce_treaty_data_as_of(const inforce_treaty *t);
/* Nonzero when the store holds at least one act of the treaty. */
int inforce_treaty_has_data(const inforce_treaty *t);
/* How many acts answers about the treaty come from. */
size_t inforce_treaty_act_count(const inforce_treaty *t);
/* The treaty's records (as recorded on the snapshot's day), oldest first. */
size_t inforce_treaty_record_count(const inforce_treaty *t);
const inforce_record *inforce_treaty_record_at(const inforce_treaty *t, size_t i);

/* An act that a newer record of the same source no longer lists. It is never
 * deleted: it keeps its place in history when another act explains it, and is shown
 * with both records in any case. */
enum inforce_drop_reason {
	INFORCE_DROP_CHANGED,     /* the newer record gives the act another date or kind: a
				   * correction; answers use the newer */
	INFORCE_DROP_ENDED,       /* a later act ended it (an instrument withdrawn, as
				   * Russia's CTBT ratification in 2023; a withdrawal): it
				   * still counts until then */
	INFORCE_DROP_UNEXPLAINED  /* nothing explains it: the newer record is followed, and
				   * the state's status between the two records is uncertain */
};
typedef struct inforce_drop {
	const inforce_act *act;
	const inforce_record *last_listed;  /* the newest record that lists it */
	const inforce_record *dropped_by;   /* the next record of its source, which does not */
	enum inforce_drop_reason reason;
	const inforce_act *explained_by;    /* the act that replaced or ended it, or NULL */
} inforce_drop;
/* What the newest UN record of the treaty says besides its table: declarations and
 * reservations, objections, notifications (derogations), territorial applications
 * and end notes, with their text as published. */
typedef struct inforce_note {
	const char *kind;        /* "declaration", "objection", "notification", "territorial",
				  * "endnote" */
	const char *iso3;        /* the participant's code, or NULL (an end note) */
	const char *participant; /* as the record writes it, or NULL */
	const char *index;       /* an end note's number, or "" */
	const char *column;      /* "DeclarationsUnderArticle", or "" */
	const char *text;
	const inforce_record *record;
} inforce_note;
size_t inforce_treaty_note_count(const inforce_treaty *t);
const inforce_note *inforce_treaty_note_at(const inforce_treaty *t, size_t i);

/* What changed from one record of a treaty to the next of the same source. */
enum inforce_change_kind {
	INFORCE_CHANGE_ADDED,       /* an act the newer record lists and the older did not */
	INFORCE_CHANGE_DROPPED,     /* an act it no longer lists (see drop, and why) */
	INFORCE_CHANGE_RENAMED,     /* a participant written under another name */
	INFORCE_CHANGE_WITHDRAWAL_IN_EFFECT /* a withdrawal that took effect in between */
};
typedef struct inforce_record_change {
	enum inforce_change_kind kind;
	const char *iso3;
	const inforce_act *act;     /* the act added or dropped, or the withdrawal */
	const inforce_drop *drop;   /* DROPPED: the drop, with its reason */
	const char *old_name, *new_name; /* RENAMED */
	inforce_day effective;      /* WITHDRAWAL_IN_EFFECT: the day it took effect */
} inforce_record_change;
/* The changes from the record before `r` of its series (*prev receives it; NULL when
 * r is the first: then every act r lists is "added") to r, in ISO3 order. A heap array
 * of *n entries the caller frees; NULL with *n = 0 when none. */
inforce_record_change *inforce_record_changes(const inforce_treaty *t, const inforce_record *r,
					      const inforce_record **prev, size_t *n);
const char *inforce_change_kind_name(enum inforce_change_kind k);

size_t inforce_treaty_drop_count(const inforce_treaty *t);
const inforce_drop *inforce_treaty_drop_at(const inforce_treaty *t, size_t i);
const char *inforce_drop_reason_name(enum inforce_drop_reason r);

/* Whether one of a treaty's obligations applies to a state. */
enum inforce_applies {
	INFORCE_APPLIES_ALL,            /* the obligation has no condition: every party */
	INFORCE_APPLIES_RECORDED,       /* conditional, and a record says it applies (or
					 * tells of an extension or a completion) */
	INFORCE_APPLIES_NOT,            /* conditional, and a record says it does not */
	INFORCE_APPLIES_UNKNOWN,        /* conditional, and no record says either way: no
					 * deadline is shown */
};

/* An obligation's deadline for one state. */
typedef struct inforce_deadline {
	const char *name, *article, *text;
	const char *condition;   /* to whom it applies ("States with stockpiles"), or NULL */
	enum inforce_applies applies;
	const inforce_obligation_record *applies_by; /* the record that says whether it
						      * applies, or NULL */
	inforce_day base;        /* the entry into force it runs from */
	inforce_day original;    /* base + the treaty's period */
	inforce_day date;        /* the deadline in force: original, or as extended */
	const inforce_obligation_record *extension;  /* the latest record that moved it */
	const inforce_obligation_record *completion; /* a declared completion, or NULL */
} inforce_deadline;

/* ---------------------------------------------------------------- status */

/* One state's standing in one treaty on a date, with the episode that produced it. */
typedef struct inforce_standing {
	const char *iso3;
	const char *name;
	enum inforce_status status;
	inforce_day signature;
	enum inforce_act_kind consent_kind;
	inforce_day consent;            /* NONE when no consent in this episode */
	inforce_day entry_into_force;   /* NONE when not in force or unknown */
	int eif_unknown;                /* in force, but the date is not in the data */
	inforce_day withdrawal_notified;
	inforce_day withdrawal_notice_end;  /* the notice period ends (before any delay) */
	inforce_day withdrawal_effective;   /* NONE while an open conflict delays it */
	const inforce_conflict *withdrawal_delayed_by; /* the record that delays it, or NULL */
	const char *withdrawal_disputed; /* why the withdrawal's effect is disputed (the DPRK's
					  * from the NPT), or NULL: shown, and counted apart */
	int withdrawal_pending;         /* party, notified, not yet effective */
	inforce_day provisional;        /* provisional application declared */
	inforce_day suspension;         /* declared suspension (status unchanged) */
	inforce_day ratification_withdrawn;
	inforce_day non_party_intention;/* declared it will not become a party (a signatory
					 * still: Vienna Convention art. 18) */
	size_t act_count;               /* the acts of this episode, in date order */
	const inforce_act *const *acts;
	inforce_day ceased;             /* the State ceased to exist on this day, on or before
					 * `on` (status CEASED); else NONE */
	const inforce_drop *uncertain;  /* `on` lies between a record that listed an act of
					 * the state and a newer one that dropped it with
					 * nothing to explain it: the status is uncertain */
} inforce_standing;

typedef struct inforce_counts {
	int parties;
	int withdrawal_pending;  /* subset of parties */
	int contracting;
	int signatories;
	int withdrawn;
	int deposited;           /* parties + contracting: the figure the press publishes */
	int disputed;            /* of the withdrawn and the pending: withdrawals whose
				  * effect is disputed */
} inforce_counts;

/* Status of every participant of a treaty on `on`, in ISO3 order.
 * The returned array (of *n entries) is owned by the caller: free() it; its
 * pointers borrow from the snapshot. */
inforce_standing *inforce_status_treaty(const inforce_treaty *t, inforce_day on,
					size_t *n, inforce_counts *counts,
					inforce_error *err);
/* One (treaty, state) on `on`. Returns 0 and fills *out (status NONE when the state
 * never acted). */
int inforce_status_one(const inforce_treaty *t, const char *iso3, inforce_day on,
		       inforce_standing *out);

/* One cell of a cross-section: a state's status in a treaty on a date. */
typedef struct inforce_cell {
	const char *treaty;             /* the treaty's id, borrowed from the snapshot */
	const char *iso3;
	enum inforce_status status;
	int withdrawal_pending;
} inforce_cell;

/* The status of every state in every treaty on `on`, without the dates and acts of
 * a full standing: what a map or a state-by-treaty matrix needs. States that had
 * not acted by then are left out. In treaty order, then ISO3. The array (*n cells)
 * is the caller's to free(); NULL with err filled when out of memory. */
inforce_cell *inforce_cross_section(const inforce_snapshot *snap, inforce_day on, size_t *n,
				    inforce_error *err);

/* The obligation deadlines of a standing (treaty in force for the state). Returns a
 * heap array of *n entries the caller frees (NULL with *n = 0 when there are none
 * or on out of memory). */
inforce_deadline *inforce_deadlines(const inforce_treaty *t, const inforce_standing *s, size_t *n);
/* Whether a deadline is one to show: the obligation applies (to every party, or by a
 * record), its date is known, and no completion was declared before it fell due. */
int inforce_deadline_due(const inforce_deadline *d);

/* One step of an explanation: which act, which clause, which offset. */
typedef struct inforce_step {
	const char *topic;      /* "treaty", "signature", "consent", "entry_into_force",
				 * "withdrawal", "conflict", "status", "obligation" */
	const char *article;    /* the clause applied, or NULL */
	char text[640];         /* the step in words */
	const inforce_act *act; /* the act it rests on, or NULL */
	const inforce_conflict *conflict; /* the armed-conflict record it applied */
} inforce_step;

/* How every date of (treaty, state) on `on` was reached, step by step. Returns a
 * heap array of *n steps the caller frees; NULL on out of memory. */
inforce_step *inforce_explain(const inforce_snapshot *snap, const inforce_treaty *t,
			      const char *iso3, inforce_day on, size_t *n, inforce_error *err);

/* ---------------------------------------------------------------- events */

/* Something that happened, or follows from the rules, on one day. */
enum inforce_event_kind {
	INFORCE_EV_TREATY_IN_FORCE,   /* the treaty's own entry into force */
	INFORCE_EV_SIGNATURE,
	INFORCE_EV_CONSENT,           /* instrument deposited */
	INFORCE_EV_IN_FORCE,          /* in force for the state */
	INFORCE_EV_PROVISIONAL,
	INFORCE_EV_WITHDRAWAL_NOTIFIED,
	INFORCE_EV_WITHDRAWAL_EFFECTIVE,
	INFORCE_EV_RATIFICATION_WITHDRAWN,
	INFORCE_EV_SUSPENSION,
	INFORCE_EV_DEADLINE,          /* an obligation falls due */
	INFORCE_EV_CEASED,            /* the State ceased to exist (data/successions.csv) */
	INFORCE_EV_COUNT
};
const char *inforce_event_name(enum inforce_event_kind k);

typedef struct inforce_event {
	inforce_day date;
	enum inforce_event_kind kind;
	const inforce_treaty *treaty;
	const char *iso3, *name;        /* NULL for the treaty's own entry into force */
	enum inforce_status before, after; /* the state's status the day before and on it */
	const inforce_act *act;         /* the act behind it (the deposit, the notice) */
	const char *article;            /* the clause that computed it, if computed */
	const char *detail;             /* an obligation's name, else NULL */
	const inforce_obligation_record *record; /* a deadline's: the extension that set it,
						  * or the record that says it applies */
} inforce_event;
/* Where an event's date comes from: its obligation record's source when it has one,
 * else its act's; NULL for neither. */
const char *inforce_event_source(const inforce_event *e);

/* Every event of a treaty dated in [from, to] (either may be NONE: open), in date
 * then ISO3 order, deadlines included when `deadlines` is nonzero. Heap array of *n
 * entries the caller frees; NULL (with *n = 0) when none or out of memory. */
inforce_event *inforce_events(const inforce_treaty *t, inforce_day from, inforce_day to,
			      int deadlines, size_t *n);

/* Counts on each date from `from` to `to`, every `step` (day, month or year). */
enum inforce_step_unit { INFORCE_STEP_DAY, INFORCE_STEP_MONTH, INFORCE_STEP_YEAR };
typedef struct inforce_point {
	inforce_day date;
	inforce_counts counts;
} inforce_point;
inforce_point *inforce_timeline(const inforce_treaty *t, inforce_day from, inforce_day to,
				enum inforce_step_unit step, size_t *n, inforce_error *err);

/* Nonzero when `action` names an act firsts can look for: withdrawal, signature,
 * consent, an act kind (ratification, accession...), suspension. */
int inforce_act_name_known(const char *action);
/* The first states to do an act, in date order, over the treaties with `tag` (or
 * only `only`; NULL: all); with `group`, only states that were members of it on the
 * day of the act. Heap array of *n events the caller frees; *treaties receives how
 * many treaties were considered. */
inforce_event *inforce_firsts(const inforce_snapshot *snap, const char *action, const char *tag,
			      const char *group, const inforce_treaty *only, size_t *n,
			      size_t *treaties);

/* ---------------------------------------------------------------- UNTC cross-check */

/* One UN record's published figures against what inforce computes on a date. */
typedef struct inforce_untc_row {
	char reference[32], treaty[64];
	char format[16];                     /* "untc-xml" or "untc-html" */
	inforce_day as_at;                   /* the record's "status as at" */
	inforce_day on;                      /* the day counted (as_at, unless asked) */
	int has_rule;                        /* an entry-into-force rule is recorded */
	int rows;                            /* participant rows in the file (0: no table) */
	inforce_day published_eif, computed_eif;
	int published_signatories, computed_signatories; /* signatures standing in the table */
	int published_parties, computed_parties;         /* instruments deposited, not withdrawn */
	int pending_unknown; /* of the computed parties: withdrawal notified, its effect not
			      * computable (no withdrawal rule recorded) */
	int differences;     /* figures (of the three) that differ */
	int unexplained;     /* of those, how many the explanations file does not explain */
	char explanation[2048]; /* the explanations of those that it does, joined */
} inforce_untc_row;
/* Compares each UN record's published figures (every MTDSG file and status page
 * held, in reference then date order) with what inforce computes on the record's own
 * "status as at" date, or on `on` when it is not INFORCE_DAY_NONE. `explained` (NULL:
 * none) is a CSV of known differences, explained (reference,figure,published,
 * computed,explanation,source[,as_at]; figure one of signatories, parties,
 * entry_into_force): a difference is explained when a row gives exactly its figures
 * (and, with as_at, the record's date). */
int inforce_untc_check(inforce_store *store, const inforce_snapshot *snap, inforce_day on,
		       const char *explained, inforce_untc_row **rows, size_t *n,
		       inforce_error *err);

/* ---------------------------------------------------------------- notifications */

/* The act a depositary notification records, as read from its text. */
typedef struct inforce_notification {
	char reference[64];           /* "C.N.776.2008.TREATIES-2" */
	const inforce_treaty *treaty; /* borrowed from the snapshot */
	const char *iso3;
	char state_name[128];         /* as the notification writes it */
	enum inforce_act_kind kind;
	inforce_day date;
} inforce_notification;
/* Reads a notification's text (NUL-terminated); fails naming what it could not find. */
int inforce_notification_parse(const inforce_snapshot *snap, const char *text, const char *file,
			       inforce_notification *out, inforce_error *err);

/* ---------------------------------------------------------------- charts */

/* An SVG step chart of a treaty's participants by status from `from` to `to`, with
 * its entry into force and withdrawals annotated. Returns a NUL-terminated heap
 * string (*len bytes) the caller frees; NULL on failure. */
char *inforce_chart_svg(const inforce_treaty *t, inforce_day from, inforce_day to, size_t *len,
			inforce_error *err);

/* ---------------------------------------------------------------- verify */

/* One thing `inforce verify` found, with the row it concerns. Strings borrow from
 * the verification they came from. */
typedef struct inforce_finding {
	const char *check;   /* what found it: "before-opening", "refused" (the engine
			      * refuses the act: a withdrawal by a state not bound, a
			      * second consent...), "repeated" (the same kind twice in one
			      * participation episode), "future", "no-source", "definition";
			      * for a flag, the flag's kind ("disagreement", "bracketed",
			      * "refused", "rescinded", "unknown-name") */
	int informational;   /* 1: a flag the UNTC importer stored, a documented data
			      * question; 0: a contradiction */
	int64_t act_id;      /* the action's row id, or 0 (a record, a flag) */
	const char *treaty;  /* treaty id, or "" */
	const char *iso3;    /* or "" */
	const char *file;    /* the file the row was imported from, or "" */
	long line;           /* its line there, or 0 */
	const char *message;
} inforce_finding;

typedef struct inforce_verify_counts {
	size_t treaties, acts, records; /* what was checked (records: armed-conflict,
					 * extension and membership rows) */
	size_t contradictions;          /* findings with informational == 0 */
	size_t flags;                   /* findings with informational == 1 */
} inforce_verify_counts;

typedef struct inforce_verification inforce_verification;

/* Checks the store's current record for contradictions: a signature or consent
 * dated before the treaty was opened for signature (else adopted), when known; an
 * act the engine refuses when it re-derives every treaty state by state; two acts
 * of the same kind on different dates in one participation episode; acts dated
 * after `today` (INFORCE_DAY_NONE: not checked); acts, further sources and records
 * whose source is blank. The flags the UNTC importer stored are added as
 * informational findings. It reads the store with SQL, not through a snapshot, so
 * it also works on a store that no longer loads. Contradictions first, then flags,
 * each in treaty, state, file and line order. NULL (err filled) on a read error. */
inforce_verification *inforce_verify_load(inforce_store *store, inforce_day today,
					  inforce_error *err);
void inforce_verify_free(inforce_verification *v);
size_t inforce_verify_count(const inforce_verification *v);
const inforce_finding *inforce_verify_at(const inforce_verification *v, size_t i);
const inforce_verify_counts *inforce_verify_totals(const inforce_verification *v);

/* ---------------------------------------------------------------- backup */

/* Copies the store into a new SQLite file at `dest` with SQLite's online backup
 * API, in one read transaction: a consistent copy, safe while other connections
 * (a server, another process) read or write the store. The copy is written to a
 * temporary file next to dest and only then given dest's name, so dest never holds
 * half a copy. An existing dest is refused unless `force` (then it is replaced,
 * with any -wal and -shm files of the database it held); dest may not be the store
 * itself. */
int inforce_store_backup(inforce_store *store, const char *dest, int force, inforce_error *err);

#ifdef __cplusplus
}
#endif
#endif /* INFORCE_H */
