/*
 * store.c - the embedded SQLite store: schema and its migrations, imports, and the
 * rows a snapshot is built from.
 *
 * Invariants kept here (docs/DESIGN.md):
 *   - acts are never updated or deleted (triggers refuse it); a correction is a new
 *     row whose `supersedes` names the row it replaces;
 *   - every act has a non-empty source, the file and line it came from, and the time
 *     it was recorded;
 *   - an import validates everything first, then writes in one transaction: all rows
 *     or none, and nothing at all on error;
 *   - SQL is never built from strings: every value is bound.
 * Exports inforce_store_*.
 */
#include <dirent.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

#define MAX_DATA_FILE (64u << 20) /* refuse input files over 64 MiB */

struct inforce_store {
	sqlite3 *db;
	char *path;
	int writable;
	char recorded_by[80]; /* who the next imports are recorded as ("" : the local user) */
	sqlite3_int64 data_version; /* PRAGMA data_version when last asked (inforce_store_changed) */
};

/* Schema, one entry per version: migrations[i] takes user_version i to i + 1. */
static const char *const migrations[] = {
	/* 0 -> 1: the first schema. */
	"CREATE TABLE state ("
	"  iso3 TEXT PRIMARY KEY CHECK (length(iso3) = 3 AND iso3 = upper(iso3)),"
	"  name TEXT NOT NULL CHECK (name <> ''),"
	"  kind TEXT NOT NULL CHECK (kind IN ('state','former','territory','organisation')),"
	"  source TEXT NOT NULL"
	") STRICT;"
	"CREATE TABLE state_name ("
	"  iso3 TEXT NOT NULL REFERENCES state(iso3),"
	"  name TEXT NOT NULL CHECK (name <> ''),"
	"  PRIMARY KEY (iso3, name)"
	") STRICT;"
	"CREATE TABLE import ("
	"  id INTEGER PRIMARY KEY,"
	"  file TEXT NOT NULL,"
	"  kind TEXT NOT NULL,"
	"  rows INTEGER NOT NULL,"
	"  recorded_at TEXT NOT NULL"
	") STRICT;"
	"CREATE TABLE treaty ("
	"  id TEXT PRIMARY KEY COLLATE NOCASE,"
	"  definition TEXT NOT NULL,"
	"  import_id INTEGER NOT NULL REFERENCES import(id)"
	") STRICT;"
	"CREATE TABLE action ("
	"  id INTEGER PRIMARY KEY,"
	"  treaty TEXT NOT NULL REFERENCES treaty(id),"
	"  iso3 TEXT NOT NULL REFERENCES state(iso3),"
	"  state_name TEXT NOT NULL,"
	"  kind TEXT NOT NULL CHECK (kind IN ('signature','ratification','acceptance',"
	"    'approval','accession','succession','formal_confirmation',"
	"    'provisional_application','withdrawal_notification','ratification_withdrawal',"
	"    'suspension_notification')),"
	"  date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
	"  stated_effective TEXT,"
	"  source TEXT NOT NULL CHECK (source <> ''),"
	"  notes TEXT NOT NULL,"
	"  supersedes INTEGER REFERENCES action(id),"
	"  import_id INTEGER NOT NULL REFERENCES import(id),"
	"  line INTEGER NOT NULL,"
	"  recorded_at TEXT NOT NULL"
	") STRICT;"
	"CREATE INDEX action_by_treaty ON action(treaty, iso3, date);"
	"CREATE UNIQUE INDEX action_superseded ON action(supersedes) WHERE supersedes IS NOT NULL;"
	"CREATE TRIGGER action_no_update BEFORE UPDATE ON action BEGIN"
	"  SELECT RAISE(ABORT, 'actions are never updated: add a row that supersedes it');"
	"END;"
	"CREATE TRIGGER action_no_delete BEFORE DELETE ON action BEGIN"
	"  SELECT RAISE(ABORT, 'actions are never deleted: add a row that supersedes it');"
	"END;"
	"CREATE VIEW current_action AS"
	"  SELECT a.* FROM action a"
	"  WHERE NOT EXISTS (SELECT 1 FROM action b WHERE b.supersedes = a.id);",

	/* 1 -> 2: armed-conflict records and deadline extensions, as sourced data. */
	"CREATE TABLE armed_conflict ("
	"  id INTEGER PRIMARY KEY,"
	"  iso3 TEXT NOT NULL REFERENCES state(iso3),"
	"  kind TEXT NOT NULL CHECK (kind IN ('armed-conflict','occupation')),"
	"  start_text TEXT NOT NULL,"
	"  end_text TEXT NOT NULL,"
	"  source TEXT NOT NULL CHECK (source <> ''),"
	"  notes TEXT NOT NULL,"
	"  supersedes INTEGER REFERENCES armed_conflict(id),"
	"  import_id INTEGER NOT NULL REFERENCES import(id),"
	"  line INTEGER NOT NULL,"
	"  recorded_at TEXT NOT NULL"
	") STRICT;"
	"CREATE UNIQUE INDEX conflict_superseded ON armed_conflict(supersedes)"
	"  WHERE supersedes IS NOT NULL;"
	"CREATE TRIGGER conflict_no_update BEFORE UPDATE ON armed_conflict BEGIN"
	"  SELECT RAISE(ABORT, 'records are never updated: add a row that supersedes it');"
	"END;"
	"CREATE TRIGGER conflict_no_delete BEFORE DELETE ON armed_conflict BEGIN"
	"  SELECT RAISE(ABORT, 'records are never deleted: add a row that supersedes it');"
	"END;"
	"CREATE VIEW current_conflict AS SELECT c.* FROM armed_conflict c"
	"  WHERE NOT EXISTS (SELECT 1 FROM armed_conflict d WHERE d.supersedes = c.id);"
	"CREATE TABLE deadline_extension ("
	"  id INTEGER PRIMARY KEY,"
	"  treaty TEXT NOT NULL REFERENCES treaty(id),"
	"  iso3 TEXT NOT NULL REFERENCES state(iso3),"
	"  obligation TEXT NOT NULL,"
	"  deadline TEXT NOT NULL CHECK (deadline GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
	"  source TEXT NOT NULL CHECK (source <> ''),"
	"  notes TEXT NOT NULL,"
	"  import_id INTEGER NOT NULL REFERENCES import(id),"
	"  line INTEGER NOT NULL,"
	"  recorded_at TEXT NOT NULL"
	") STRICT;"
	"CREATE TRIGGER extension_no_update BEFORE UPDATE ON deadline_extension BEGIN"
	"  SELECT RAISE(ABORT, 'records are never updated');"
	"END;"
	"CREATE TRIGGER extension_no_delete BEFORE DELETE ON deadline_extension BEGIN"
	"  SELECT RAISE(ABORT, 'records are never deleted');"
	"END;",

	/* 2 -> 3: dated group memberships; when each act became known. */
	"CREATE TABLE group_member ("
	"  id INTEGER PRIMARY KEY,"
	"  grp TEXT NOT NULL CHECK (grp <> ''),"
	"  iso3 TEXT NOT NULL REFERENCES state(iso3),"
	"  state_name TEXT NOT NULL,"
	"  joined TEXT NOT NULL,"
	"  left_on TEXT NOT NULL,"
	"  source TEXT NOT NULL CHECK (source <> ''),"
	"  import_id INTEGER NOT NULL REFERENCES import(id),"
	"  line INTEGER NOT NULL,"
	"  recorded_at TEXT NOT NULL"
	") STRICT;"
	"CREATE INDEX group_member_by_group ON group_member(grp, iso3);"
	"ALTER TABLE action ADD COLUMN known TEXT"
	"  CHECK (known IS NULL OR known GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');"
	"DROP VIEW current_action;"
	"CREATE VIEW current_action AS"
	"  SELECT a.* FROM action a"
	"  WHERE NOT EXISTS (SELECT 1 FROM action b WHERE b.supersedes = a.id);",

	/* 3 -> 4: the UN Treaty Collection's files: their headers, further sources of an
	 * act, flags (disagreements between sources, acts that no longer stand), and the
	 * texts kept (declarations, objections, end notes). */
	"CREATE TABLE untc_file ("
	"  id INTEGER PRIMARY KEY,"
	"  reference TEXT NOT NULL,"
	"  treaty TEXT NOT NULL REFERENCES treaty(id),"
	"  title TEXT NOT NULL,"
	"  eif_text TEXT NOT NULL,"
	"  published_eif TEXT,"
	"  published_signatories INTEGER,"
	"  published_parties INTEGER,"
	"  rows INTEGER NOT NULL,"
	"  cells INTEGER NOT NULL,"
	"  repairs TEXT NOT NULL,"
	"  legends TEXT NOT NULL,"
	"  import_id INTEGER NOT NULL REFERENCES import(id)"
	") STRICT;"
	"CREATE TABLE act_source ("
	"  id INTEGER PRIMARY KEY,"
	"  action_id INTEGER NOT NULL REFERENCES action(id),"
	"  source TEXT NOT NULL CHECK (source <> ''),"
	"  line INTEGER NOT NULL,"
	"  import_id INTEGER NOT NULL REFERENCES import(id)"
	") STRICT;"
	"CREATE TABLE flag ("
	"  id INTEGER PRIMARY KEY,"
	"  treaty TEXT NOT NULL REFERENCES treaty(id),"
	"  iso3 TEXT,"
	"  participant TEXT NOT NULL,"
	"  kind TEXT NOT NULL,"
	"  action_id INTEGER REFERENCES action(id),"
	"  act_kind TEXT,"
	"  date TEXT,"
	"  message TEXT NOT NULL,"
	"  source TEXT NOT NULL,"
	"  line INTEGER NOT NULL,"
	"  import_id INTEGER NOT NULL REFERENCES import(id)"
	") STRICT;"
	"CREATE TABLE note ("
	"  id INTEGER PRIMARY KEY,"
	"  treaty TEXT NOT NULL REFERENCES treaty(id),"
	"  iso3 TEXT,"
	"  participant TEXT,"
	"  kind TEXT NOT NULL,"
	"  idx TEXT NOT NULL,"
	"  text TEXT NOT NULL,"
	"  line INTEGER NOT NULL,"
	"  import_id INTEGER NOT NULL REFERENCES import(id)"
	") STRICT;"
	"CREATE INDEX note_by_treaty ON note(treaty, iso3);"
	"CREATE INDEX flag_by_treaty ON flag(treaty, iso3);",

	/* 4 -> 5: write access through the API: tokens kept as SHA-256 hashes only, and
	 * who recorded each import. */
	"CREATE TABLE api_token ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL UNIQUE CHECK (name <> ''),"
	"  sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),"
	"  created_at TEXT NOT NULL,"
	"  revoked_at TEXT"
	") STRICT;"
	"ALTER TABLE import ADD COLUMN recorded_by TEXT;",
};
#define SCHEMA_VERSION ((int)IFC_ARRAY_LEN(migrations))

static int db_fail(inforce_error *err, sqlite3 *db, const char *path, const char *what)
{
	return ifc_fail(err, INFORCE_ERUNTIME, path, 0, NULL, "%s: %s", what,
			db ? sqlite3_errmsg(db) : "cannot allocate a connection");
}

static int exec(sqlite3 *db, const char *sql, const char *path, inforce_error *err)
{
	char *msg = NULL;
	if (sqlite3_exec(db, sql, NULL, NULL, &msg) == SQLITE_OK)
		return 0;
	ifc_fail(err, INFORCE_ERUNTIME, path, 0, NULL, "%s", msg ? msg : "SQLite error");
	sqlite3_free(msg);
	return -1;
}

static int user_version(sqlite3 *db)
{
	sqlite3_stmt *st;
	int v = -1;
	if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

static int migrate(inforce_store *s, inforce_error *err)
{
	int v = user_version(s->db);
	if (v < 0)
		return db_fail(err, s->db, s->path, "cannot read the schema version");
	if (v > SCHEMA_VERSION)
		return ifc_fail(err, INFORCE_EINPUT, s->path, 0, NULL,
				"store is at schema version %d, newer than this inforce (%d)", v,
				SCHEMA_VERSION);
	if (v == SCHEMA_VERSION)
		return 0;
	if (exec(s->db, "BEGIN IMMEDIATE", s->path, err))
		return -1;
	for (; v < SCHEMA_VERSION; v++) {
		char pragma[64];
		snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", v + 1);
		if (exec(s->db, migrations[v], s->path, err) || exec(s->db, pragma, s->path, err)) {
			sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
			return -1;
		}
	}
	return exec(s->db, "COMMIT", s->path, err);
}

/* PRAGMA data_version: changes when another connection commits; -1 on error. */
static sqlite3_int64 data_version(sqlite3 *db)
{
	sqlite3_stmt *st;
	sqlite3_int64 v = -1;
	if (sqlite3_prepare_v2(db, "PRAGMA data_version", -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

int inforce_store_changed(inforce_store *store)
{
	sqlite3_int64 v = data_version(store->db);
	if (v < 0 || v == store->data_version)
		return 0;
	store->data_version = v;
	return 1;
}

inforce_store *inforce_store_open(const char *path, int flags, inforce_error *err)
{
	inforce_store *s = calloc(1, sizeof *s);
	if (!s || !(s->path = strdup(path))) {
		free(s);
		ifc_fail(err, INFORCE_ERUNTIME, path, 0, NULL, "out of memory");
		return NULL;
	}
	s->writable = (flags & INFORCE_OPEN_WRITE) != 0;
	/* One connection per thread: SQLite's own mutexes are not needed. */
	int oflags = (s->writable ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY) |
		     SQLITE_OPEN_NOMUTEX;
	if (sqlite3_open_v2(path, &s->db, oflags, NULL) != SQLITE_OK) {
		ifc_fail(err, s->writable ? INFORCE_ERUNTIME : INFORCE_EINPUT, path, 0, NULL,
			 "cannot open the store: %s%s",
			 s->db ? sqlite3_errmsg(s->db) : "out of memory",
			 s->writable ? "" : " (run 'inforce init' to create it)");
		inforce_store_close(s);
		return NULL;
	}
	sqlite3_extended_result_codes(s->db, 1);
	sqlite3_busy_timeout(s->db, 5000);
	if (exec(s->db, "PRAGMA foreign_keys = ON", path, err))
		goto fail;
	if (s->writable) {
		if (exec(s->db, "PRAGMA journal_mode = WAL", path, err) || migrate(s, err))
			goto fail;
	} else {
		int v = user_version(s->db);
		if (v < 0) {
			ifc_fail(err, INFORCE_EINPUT, path, 0, NULL,
				 "not an inforce store: %s", sqlite3_errmsg(s->db));
			goto fail;
		}
		if (v == 0) {
			ifc_fail(err, INFORCE_EINPUT, path, 0, NULL,
				 "not an inforce store (empty or another database); run "
				 "'inforce init'");
			goto fail;
		}
		if (v < SCHEMA_VERSION) { /* an older store: migrate it once, then read */
			inforce_store_close(s);
			inforce_store *w = inforce_store_open(path, INFORCE_OPEN_WRITE, err);
			if (!w)
				return NULL;
			inforce_store_close(w);
			return inforce_store_open(path, INFORCE_OPEN_READONLY, err);
		}
		if (v > SCHEMA_VERSION) {
			ifc_fail(err, INFORCE_EINPUT, path, 0, NULL,
				 "store is at schema version %d, newer than this inforce (%d)", v,
				 SCHEMA_VERSION);
			goto fail;
		}
	}
	s->data_version = data_version(s->db);
	return s;
fail:
	inforce_store_close(s);
	return NULL;
}

void inforce_store_close(inforce_store *s)
{
	if (!s)
		return;
	sqlite3_close(s->db);
	free(s->path);
	free(s);
}

int inforce_store_version(inforce_store *s)
{
	return user_version(s->db);
}

/* ------------------------------------------------------------ writing rows */

int store_step(sqlite3 *db, sqlite3_stmt *st, const char *file, long line, inforce_error *err)
{
	int rc = sqlite3_step(st) == SQLITE_DONE
			 ? 0
			 : ifc_fail(err, INFORCE_EINPUT, file, line, NULL, "cannot store: %s",
				    sqlite3_errmsg(db));
	sqlite3_reset(st);
	return rc;
}

int64_t store_add_import(inforce_store *s, const char *file, const char *kind, int rows,
			  inforce_error *err)
{
	sqlite3_stmt *st;
	int64_t id = -1;
	if (sqlite3_prepare_v2(s->db,
			       "INSERT INTO import (file, kind, rows, recorded_at, recorded_by)"
			       " VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?)",
			       -1, &st, NULL) != SQLITE_OK) {
		db_fail(err, s->db, s->path, "cannot record the import");
		return -1;
	}
	sqlite3_bind_text(st, 1, file, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, kind, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 3, rows);
	if (s->recorded_by[0])
		sqlite3_bind_text(st, 4, s->recorded_by, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, 4);
	if (sqlite3_step(st) == SQLITE_DONE)
		id = sqlite3_last_insert_rowid(s->db);
	else
		db_fail(err, s->db, s->path, "cannot record the import");
	sqlite3_finalize(st);
	return id;
}

static int insert_states(inforce_store *s, const struct states *sts, const char *file,
			 inforce_error *err)
{
	sqlite3_stmt *a = NULL, *b = NULL;
	int rc = -1;
	if (sqlite3_prepare_v2(s->db, "INSERT INTO state (iso3, name, kind, source) VALUES (?,?,?,?)",
			       -1, &a, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(s->db, "INSERT OR IGNORE INTO state_name (iso3, name) VALUES (?,?)",
			       -1, &b, NULL) != SQLITE_OK) {
		db_fail(err, s->db, file, "cannot store states");
		goto out;
	}
	for (size_t i = 0; i < sts->states.len; i++) {
		const struct state_rec *r = VEC_AT(&sts->states, struct state_rec, i);
		sqlite3_bind_text(a, 1, r->iso3, -1, SQLITE_STATIC);
		sqlite3_bind_text(a, 2, r->name, -1, SQLITE_STATIC);
		sqlite3_bind_text(a, 3, r->kind, -1, SQLITE_STATIC);
		sqlite3_bind_text(a, 4, r->source, -1, SQLITE_STATIC);
		if (sqlite3_step(a) != SQLITE_DONE) {
			ifc_fail(err, INFORCE_EINPUT, file, 0, r->iso3, "cannot store: %s",
				 sqlite3_errmsg(s->db));
			goto out;
		}
		sqlite3_reset(a);
	}
	for (size_t i = 0; i < sts->names.len; i++) {
		const struct name_rec *r = VEC_AT(&sts->names, struct name_rec, i);
		if (strcmp(r->name, r->iso3) == 0)
			continue;
		sqlite3_bind_text(b, 1, r->iso3, -1, SQLITE_STATIC);
		sqlite3_bind_text(b, 2, r->name, -1, SQLITE_STATIC);
		if (sqlite3_step(b) != SQLITE_DONE) {
			db_fail(err, s->db, file, "cannot store state names");
			goto out;
		}
		sqlite3_reset(b);
	}
	rc = 0;
out:
	sqlite3_finalize(a);
	sqlite3_finalize(b);
	return rc;
}

int store_insert_treaty(inforce_store *s, const char *id, const char *text, int64_t import_id,
			 const char *file, inforce_error *err)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "INSERT INTO treaty (id, definition, import_id) VALUES (?,?,?)",
			       -1, &st, NULL) != SQLITE_OK)
		return db_fail(err, s->db, file, "cannot store the treaty");
	sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, text, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, import_id);
	int rc = sqlite3_step(st) == SQLITE_DONE
			 ? 0
			 : ifc_fail(err, INFORCE_EINPUT, file, 0, "id",
				    "cannot store treaty %s: %s", id, sqlite3_errmsg(s->db));
	sqlite3_finalize(st);
	return rc;
}

static void bind_day(sqlite3_stmt *st, int col, inforce_day d)
{
	char buf[INFORCE_DATE_BUFSZ];
	if (d == INFORCE_DAY_NONE)
		sqlite3_bind_null(st, col);
	else
		sqlite3_bind_text(st, col, inforce_date_format(d, buf), -1, SQLITE_TRANSIENT);
}

int store_insert_acts(inforce_store *s, const inforce_act *acts, size_t n, int64_t import_id,
		       inforce_error *err)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db,
			       "INSERT INTO action (treaty, iso3, state_name, kind, date,"
			       " stated_effective, source, notes, supersedes, import_id, line,"
			       " known, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,"
			       " strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
			       -1, &st, NULL) != SQLITE_OK)
		return db_fail(err, s->db, s->path, "cannot store actions");
	for (size_t i = 0; i < n; i++) {
		const inforce_act *a = &acts[i];
		sqlite3_bind_text(st, 1, a->treaty, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, a->iso3, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, a->state_name, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, inforce_act_kind_name(a->kind), -1, SQLITE_STATIC);
		bind_day(st, 5, a->date);
		bind_day(st, 6, a->stated_effective);
		sqlite3_bind_text(st, 7, a->source, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 8, a->notes, -1, SQLITE_STATIC);
		if (a->supersedes)
			sqlite3_bind_int64(st, 9, a->supersedes);
		else
			sqlite3_bind_null(st, 9);
		sqlite3_bind_int64(st, 10, import_id);
		sqlite3_bind_int64(st, 11, a->line);
		bind_day(st, 12, a->known);
		if (sqlite3_step(st) != SQLITE_DONE) {
			ifc_fail(err, INFORCE_EINPUT, a->file, a->line, NULL, "cannot store: %s",
				 sqlite3_errmsg(s->db));
			sqlite3_finalize(st);
			return -1;
		}
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return 0;
}

/* ------------------------------------------------------------ action files */

static const char *const action_cols[] = {"treaty", "state_name", "iso3",  "action",
					  "date",   "effective_date", "source", "notes"};
enum { COL_TREATY, COL_NAME, COL_ISO3, COL_ACTION, COL_DATE, COL_EFFECTIVE, COL_SOURCE,
       COL_NOTES, COL_SUPERSEDES, COL_COUNT };

static const struct inforce_treaty *find_treaty(const inforce_snapshot *snap, const char *id)
{
	return (const struct inforce_treaty *)inforce_snapshot_treaty(snap, id);
}

/* Turns validated CSV rows into acts; every field is checked and named on error. */
static int rows_to_acts(const inforce_snapshot *snap, const struct csvfile *cf, const char *file,
			struct pool *pool, inforce_act *acts, inforce_error *err)
{
	int col[COL_COUNT];
	for (int c = 0; c < COL_SUPERSEDES; c++)
		if ((col[c] = csvfile_column(cf, action_cols[c])) < 0)
			return ifc_fail(err, INFORCE_EINPUT, file, 1, action_cols[c],
					"missing column (the header must name treaty, state_name, "
					"iso3, action, date, effective_date, source, notes)");
	col[COL_SUPERSEDES] = csvfile_column(cf, "supersedes");
	int col_known = csvfile_column(cf, "known");
	size_t width = VEC_AT(&cf->rows, struct csv_row, 0)->nfields;
	for (size_t r = 1; r < cf->rows.len; r++) {
		const struct csv_row *row = VEC_AT(&cf->rows, struct csv_row, r);
		inforce_act *a = &acts[r - 1];
		long line = row->line;
		if (row->nfields != width)
			return ifc_fail(err, INFORCE_EINPUT, file, line, NULL,
					"%zu fields where the header has %zu", row->nfields, width);
		char *const *f = row->fields;
		const struct inforce_treaty *t = find_treaty(snap, f[col[COL_TREATY]]);
		if (!t)
			return ifc_fail(err, INFORCE_EINPUT, file, line, "treaty",
					"unknown treaty '%s'", f[col[COL_TREATY]]);
		const char *iso3 = f[col[COL_ISO3]], *name = f[col[COL_NAME]];
		const struct state_rec *sr = iso3[0] ? states_by_iso3(&snap->states, iso3)
						     : states_lookup(&snap->states, name);
		if (!sr)
			return ifc_fail(err, INFORCE_EINPUT, file, line, iso3[0] ? "iso3" : "state_name",
					"unknown state '%s'", iso3[0] ? iso3 : name);
		if (name[0] && iso3[0]) {
			const struct state_rec *byname = states_lookup(&snap->states, name);
			if (!byname)
				return ifc_fail(err, INFORCE_EINPUT, file, line, "state_name",
						"unknown state name '%s' (add it as a variant of %s "
						"in states.csv if it is one)",
						name, iso3);
			if (byname != sr)
				return ifc_fail(err, INFORCE_EINPUT, file, line, "state_name",
						"'%s' is %s, but iso3 says %s", name, byname->iso3,
						iso3);
		}
		if (inforce_act_kind_parse(f[col[COL_ACTION]], &a->kind))
			return ifc_fail(err, INFORCE_EINPUT, file, line, "action",
					"unknown action '%s'", f[col[COL_ACTION]]);
		const char *d = f[col[COL_DATE]];
		if (inforce_date_parse(d, strlen(d), &a->date))
			return ifc_fail(err, INFORCE_EINPUT, file, line, "date",
					"'%s' is not a real date in YYYY-MM-DD form", d);
		const char *e = f[col[COL_EFFECTIVE]];
		a->stated_effective = INFORCE_DAY_NONE;
		if (e[0] && inforce_date_parse(e, strlen(e), &a->stated_effective))
			return ifc_fail(err, INFORCE_EINPUT, file, line, "effective_date",
					"'%s' is not a real date in YYYY-MM-DD form", e);
		if (!f[col[COL_SOURCE]][0])
			return ifc_fail(err, INFORCE_EINPUT, file, line, "source",
					"every action needs its source (a URL or a citation)");
		if (col[COL_SUPERSEDES] >= 0 && f[col[COL_SUPERSEDES]][0]) {
			char *end;
			long long id = strtoll(f[col[COL_SUPERSEDES]], &end, 10);
			if (*end || id <= 0)
				return ifc_fail(err, INFORCE_EINPUT, file, line, "supersedes",
						"'%s' is not an action id", f[col[COL_SUPERSEDES]]);
			a->supersedes = id;
		}
		a->known = INFORCE_DAY_NONE;
		if (col_known >= 0 && f[col_known][0]) {
			const char *k = f[col_known];
			if (inforce_date_parse(k, strlen(k), &a->known))
				return ifc_fail(err, INFORCE_EINPUT, file, line, "known",
						"'%s' is not a real date in YYYY-MM-DD form", k);
			if (a->known < a->date)
				return ifc_fail(err, INFORCE_EINPUT, file, line, "known",
						"'%s' is before the act's own date", k);
		}
		a->treaty = t->def.id;
		a->iso3 = sr->iso3;
		a->state_name = pool_strdup(pool, name[0] ? name : sr->name);
		a->source = pool_strdup(pool, f[col[COL_SOURCE]]);
		a->notes = pool_strdup(pool, f[col[COL_NOTES]]);
		a->file = file;
		a->line = line;
		if (!a->state_name || !a->source || !a->notes)
			return ifc_fail(err, INFORCE_ERUNTIME, file, line, NULL, "out of memory");
	}
	return 0;
}

/* Acts compared as duplicates: the same treaty, state, kind and date. */
static int cmp_dupkey(const void *pa, const void *pb)
{
	const inforce_act *a = *(const inforce_act *const *)pa, *b = *(const inforce_act *const *)pb;
	int c = a->treaty == b->treaty ? 0 : ifc_strcasecmp(a->treaty, b->treaty);
	if (c)
		return c;
	if ((c = strcmp(a->iso3, b->iso3)))
		return c;
	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	return a->date < b->date ? -1 : a->date > b->date;
}

static int cmp_id64(const void *pa, const void *pb)
{
	int64_t a = *(const int64_t *)pa, b = *(const int64_t *)pb;
	return a < b ? -1 : a > b;
}

static int cmp_act_by_id(const void *pa, const void *pb)
{
	const inforce_act *a = *(const inforce_act *const *)pa, *b = *(const inforce_act *const *)pb;
	return a->id < b->id ? -1 : a->id > b->id;
}

/* Checks the new acts against each other and the stored ones: duplicates,
 * corrections of rows that do not exist, and contradictions the engine finds. Sorted
 * lookups throughout, so a large file against a large store stays n log n. */
static int check_acts(const inforce_snapshot *snap, const inforce_act *acts, size_t n,
		      const char *file, inforce_error *err)
{
	const inforce_act **nw = malloc(sizeof *nw * (n + 1));
	const inforce_act **st = malloc(sizeof *st * (snap->act_count + 1));
	const inforce_act **by_id = malloc(sizeof *by_id * (snap->act_count + 1));
	int64_t *replaced = malloc(sizeof *replaced * (n + 1));
	const inforce_act **all = malloc(sizeof *all * (snap->act_count + n + 1));
	int rc = nw && st && by_id && replaced && all
			 ? 0
			 : ifc_fail(err, INFORCE_ERUNTIME, file, 0, NULL, "out of memory");
	size_t nrep = 0;
	for (size_t i = 0; rc == 0 && i < n; i++) {
		nw[i] = &acts[i];
		if (acts[i].supersedes)
			replaced[nrep++] = acts[i].supersedes;
	}
	for (size_t j = 0; rc == 0 && j < snap->act_count; j++)
		st[j] = by_id[j] = &snap->acts[j];
	if (rc == 0) {
		qsort(nw, n, sizeof *nw, cmp_dupkey);
		qsort(st, snap->act_count, sizeof *st, cmp_dupkey);
		qsort(by_id, snap->act_count, sizeof *by_id, cmp_act_by_id);
		qsort(replaced, nrep, sizeof *replaced, cmp_id64);
	}
	/* the same act twice in the file: the later line is the duplicate */
	for (size_t i = 1; rc == 0 && i < n; i++) {
		if (cmp_dupkey(&nw[i - 1], &nw[i]) != 0)
			continue;
		const inforce_act *later = nw[i - 1]->line > nw[i]->line ? nw[i - 1] : nw[i];
		const inforce_act *first = later == nw[i] ? nw[i - 1] : nw[i];
		if (!later->supersedes)
			rc = ifc_fail(err, INFORCE_EINPUT, file, later->line, NULL,
				      "duplicate of line %ld (same treaty, state, action and date)",
				      first->line);
	}
	for (size_t i = 0; rc == 0 && i < n; i++) {
		const inforce_act *a = &acts[i], *target = NULL;
		if (a->supersedes) {
			inforce_act key = {.id = a->supersedes};
			const inforce_act *kp = &key, *const *hit =
				bsearch(&kp, by_id, snap->act_count, sizeof *by_id, cmp_act_by_id);
			target = hit ? *hit : NULL;
			if (!target) {
				rc = ifc_fail(err, INFORCE_EINPUT, file, a->line, "supersedes",
					      "no current action with id %lld (unknown, or already "
					      "superseded)",
					      (long long)a->supersedes);
				break;
			}
			if (ifc_strcasecmp(a->treaty, target->treaty) != 0) {
				rc = ifc_fail(err, INFORCE_EINPUT, file, a->line, "supersedes",
					      "action %lld belongs to treaty %s, not %s",
					      (long long)target->id, target->treaty, a->treaty);
				break;
			}
		}
		/* stored acts hold no duplicate among themselves: at most one matches */
		const inforce_act *const *hit =
			bsearch(&a, st, snap->act_count, sizeof *st, cmp_dupkey);
		if (hit && *hit != target)
			rc = ifc_fail(err, INFORCE_EINPUT, file, a->line, NULL,
				      "duplicate of stored action %lld (%s:%ld)", (long long)(*hit)->id,
				      (*hit)->file ? (*hit)->file : "?", (*hit)->line);
	}
	/* Run the engine over stored + new acts of every treaty the file touches; the new
	 * acts of one treaty are contiguous in nw (sorted by treaty first). */
	for (size_t i = 0; rc == 0 && i < n;) {
		size_t j = i;
		while (j < n && nw[j]->treaty == nw[i]->treaty)
			j++;
		const struct inforce_treaty *tr = find_treaty(snap, nw[i]->treaty);
		size_t k = 0;
		for (size_t q = i; q < j; q++)
			all[k++] = nw[q];
		for (size_t q = 0; tr && q < tr->act_count; q++)
			if (!nrep || !bsearch(&tr->acts[q]->id, replaced, nrep, sizeof *replaced, cmp_id64))
				all[k++] = tr->acts[q];
		struct derived d;
		rc = tr ? engine_derive(&d, &tr->def, all, k, &snap->facts, err) : 0;
		if (tr && rc == 0)
			engine_release(&d);
		i = j;
	}
	free(nw);
	free(st);
	free(by_id);
	free(replaced);
	free(all);
	return rc;
}

/* Validates and stores one action file; the caller holds the transaction. */
static int import_actions_csv(inforce_store *s, inforce_snapshot *snap, const struct csvfile *cf,
			      const char *file, int *added, inforce_error *err)
{
	size_t n = cf->rows.len - 1;
	struct pool pool;
	pool_init(&pool);
	inforce_act *acts = calloc(n + 1, sizeof *acts);
	int rc = acts ? 0 : ifc_fail(err, INFORCE_ERUNTIME, file, 0, NULL, "out of memory");
	if (rc == 0)
		rc = rows_to_acts(snap, cf, file, &pool, acts, err);
	if (rc == 0)
		rc = check_acts(snap, acts, n, file, err);
	int64_t import_id = -1;
	if (rc == 0 && (import_id = store_add_import(s, file, "actions", (int)n, err)) < 0)
		rc = -1;
	if (rc == 0)
		rc = store_insert_acts(s, acts, n, import_id, err);
	if (rc == 0 && added)
		*added = (int)n;
	free(acts);
	pool_release(&pool);
	return rc;
}

int inforce_store_add_act(inforce_store *s, const inforce_act *act, const char *file,
			  inforce_error *err)
{
	if (store_begin(s, err))
		return -1;
	inforce_snapshot *snap = snapshot_load_db(s->db, INFORCE_DAY_NONE, err);
	int rc = snap ? 0 : -1;
	inforce_act a = *act;
	const struct inforce_treaty *t = snap ? find_treaty(snap, act->treaty) : NULL;
	const struct state_rec *sr = snap ? states_by_iso3(&snap->states, act->iso3) : NULL;
	if (rc == 0 && (!t || !sr))
		rc = ifc_fail(err, INFORCE_EINPUT, file, 0, t ? "iso3" : "treaty", "unknown %s '%s'",
			      t ? "state" : "treaty", t ? act->iso3 : act->treaty);
	if (rc == 0 && (!a.source || !a.source[0]))
		rc = ifc_fail(err, INFORCE_EINPUT, file, 0, "source", "every action needs its source");
	if (rc == 0) {
		a.treaty = t->def.id;
		a.iso3 = sr->iso3;
		a.file = file;
		if (!a.notes)
			a.notes = "";
		rc = check_acts(snap, &a, 1, file, err);
	}
	int64_t import_id = -1;
	if (rc == 0 && (import_id = store_add_import(s, file, "notification", 1, err)) < 0)
		rc = -1;
	if (rc == 0)
		rc = store_insert_acts(s, &a, 1, import_id, err);
	inforce_snapshot_free(snap);
	return store_finish(s, rc, err);
}

/* ------------------------------------------------------------ records */

/* "YYYY-MM-DD", or "YYYY-MM" (month precision: its first or last day). */
static int parse_period_day(const char *t, int last, inforce_day *out)
{
	size_t n = strlen(t);
	if (n == 10)
		return inforce_date_parse(t, n, out);
	char full[11];
	if (n != 7)
		return -1;
	snprintf(full, sizeof full, "%s-01", t);
	if (inforce_date_parse(full, 10, out))
		return -1;
	if (last)
		*out = inforce_date_add_days(inforce_date_add_months(*out, 1), -1);
	return 0;
}

/* Column indexes of a record file, all required. */
static int columns(const struct csvfile *cf, const char *file, const char *const *names,
		   int *idx, size_t n, inforce_error *err)
{
	for (size_t i = 0; i < n; i++)
		if ((idx[i] = csvfile_column(cf, names[i])) < 0)
			return ifc_fail(err, INFORCE_EINPUT, file, 1, names[i], "missing column");
	return 0;
}

static int import_conflicts_csv(inforce_store *s, inforce_snapshot *snap,
				const struct csvfile *cf, const char *file, int *added,
				inforce_error *err)
{
	static const char *const names[] = {"iso3", "kind", "start", "end", "source", "notes"};
	int c[6];
	if (columns(cf, file, names, c, 6, err))
		return -1;
	int sup = csvfile_column(cf, "supersedes");
	size_t width = VEC_AT(&cf->rows, struct csv_row, 0)->nfields;
	for (size_t r = 1; r < cf->rows.len; r++) {
		const struct csv_row *row = VEC_AT(&cf->rows, struct csv_row, r);
		char *const *f = row->fields;
		inforce_day a, b = INFORCE_DAY_NONE;
		if (row->nfields != width)
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, NULL,
					"%zu fields where the header has %zu", row->nfields, width);
		if (!states_by_iso3(&snap->states, f[c[0]]))
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, "iso3",
					"unknown state '%s'", f[c[0]]);
		if (strcmp(f[c[1]], "armed-conflict") != 0 && strcmp(f[c[1]], "occupation") != 0)
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, "kind",
					"'%s': use 'armed-conflict' or 'occupation'", f[c[1]]);
		if (parse_period_day(f[c[2]], 0, &a))
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, "start",
					"'%s' is not a real date (YYYY-MM-DD or YYYY-MM)", f[c[2]]);
		if (f[c[3]][0] && parse_period_day(f[c[3]], 1, &b))
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, "end",
					"'%s' is not a real date (YYYY-MM-DD, YYYY-MM, or empty "
					"while the conflict goes on)",
					f[c[3]]);
		if (b != INFORCE_DAY_NONE && b < a)
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, "end",
					"'%s' is before the start '%s'", f[c[3]], f[c[2]]);
		if (!f[c[4]][0])
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, "source",
					"every record needs its source");
		if (sup >= 0 && f[sup][0]) {
			char *end;
			long long id = strtoll(f[sup], &end, 10);
			int found = 0;
			for (size_t i = 0; i < snap->conflict_count; i++)
				found |= snap->conflicts[i].id == id;
			if (*end || !found)
				return ifc_fail(err, INFORCE_EINPUT, file, row->line, "supersedes",
						"no current armed-conflict record with id '%s'",
						f[sup]);
		}
	}
	int n = (int)cf->rows.len - 1;
	int64_t import_id = store_add_import(s, file, "conflicts", n, err);
	sqlite3_stmt *st;
	if (import_id < 0)
		return -1;
	if (sqlite3_prepare_v2(s->db,
			       "INSERT INTO armed_conflict (iso3, kind, start_text, end_text, source,"
			       " notes, supersedes, import_id, line, recorded_at) VALUES"
			       " (?,?,?,?,?,?,?,?,?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
			       -1, &st, NULL) != SQLITE_OK)
		return db_fail(err, s->db, file, "cannot store records");
	for (size_t r = 1; r < cf->rows.len; r++) {
		const struct csv_row *row = VEC_AT(&cf->rows, struct csv_row, r);
		char *const *f = row->fields;
		for (int i = 0; i < 6; i++)
			sqlite3_bind_text(st, i + 1, f[c[i]], -1, SQLITE_STATIC);
		if (sup >= 0 && f[sup][0])
			sqlite3_bind_int64(st, 7, strtoll(f[sup], NULL, 10));
		else
			sqlite3_bind_null(st, 7);
		sqlite3_bind_int64(st, 8, import_id);
		sqlite3_bind_int64(st, 9, row->line);
		if (store_step(s->db, st, file, row->line, err)) {
			sqlite3_finalize(st);
			return -1;
		}
	}
	sqlite3_finalize(st);
	if (added)
		*added = n;
	return 0;
}

static int has_obligation(const struct treatydef *td, const char *name)
{
	for (size_t i = 0; i < td->obligations.len; i++)
		if (strcmp(VEC_AT(&td->obligations, struct obligation, i)->name, name) == 0)
			return 1;
	return 0;
}

static int import_extensions_csv(inforce_store *s, inforce_snapshot *snap,
				 const struct csvfile *cf, const char *file, int *added,
				 inforce_error *err)
{
	static const char *const names[] = {"treaty", "iso3", "obligation", "deadline", "source",
					    "notes"};
	int c[6];
	if (columns(cf, file, names, c, 6, err))
		return -1;
	size_t width = VEC_AT(&cf->rows, struct csv_row, 0)->nfields;
	const char **ids = calloc(cf->rows.len, sizeof *ids);
	if (!ids)
		return ifc_fail(err, INFORCE_ERUNTIME, file, 0, NULL, "out of memory");
	int rc = 0;
	for (size_t r = 1; rc == 0 && r < cf->rows.len; r++) {
		const struct csv_row *row = VEC_AT(&cf->rows, struct csv_row, r);
		char *const *f = row->fields;
		const struct inforce_treaty *t =
			row->nfields == width ? find_treaty(snap, f[c[0]]) : NULL;
		inforce_day d;
		if (row->nfields != width)
			rc = ifc_fail(err, INFORCE_EINPUT, file, row->line, NULL,
				      "%zu fields where the header has %zu", row->nfields, width);
		else if (!t)
			rc = ifc_fail(err, INFORCE_EINPUT, file, row->line, "treaty",
				      "unknown treaty '%s'", f[c[0]]);
		else if (!states_by_iso3(&snap->states, f[c[1]]))
			rc = ifc_fail(err, INFORCE_EINPUT, file, row->line, "iso3",
				      "unknown state '%s'", f[c[1]]);
		else if (!has_obligation(&t->def, f[c[2]]))
			rc = ifc_fail(err, INFORCE_EINPUT, file, row->line, "obligation",
				      "treaty %s has no obligation '%s'", t->def.id, f[c[2]]);
		else if (inforce_date_parse(f[c[3]], strlen(f[c[3]]), &d))
			rc = ifc_fail(err, INFORCE_EINPUT, file, row->line, "deadline",
				      "'%s' is not a real date in YYYY-MM-DD form", f[c[3]]);
		else if (!f[c[4]][0])
			rc = ifc_fail(err, INFORCE_EINPUT, file, row->line, "source",
				      "every record needs its source");
		ids[r] = t ? t->def.id : NULL;
	}
	int n = (int)cf->rows.len - 1;
	int64_t import_id = rc ? -1 : store_add_import(s, file, "extensions", n, err);
	sqlite3_stmt *st = NULL;
	if (rc == 0 && import_id < 0)
		rc = -1;
	if (rc == 0 && sqlite3_prepare_v2(s->db,
					  "INSERT INTO deadline_extension (treaty, iso3, obligation,"
					  " deadline, source, notes, import_id, line, recorded_at)"
					  " VALUES (?,?,?,?,?,?,?,?,"
					  " strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
					  -1, &st, NULL) != SQLITE_OK)
		rc = db_fail(err, s->db, file, "cannot store records");
	for (size_t r = 1; rc == 0 && r < cf->rows.len; r++) {
		const struct csv_row *row = VEC_AT(&cf->rows, struct csv_row, r);
		sqlite3_bind_text(st, 1, ids[r], -1, SQLITE_STATIC);
		for (int i = 1; i < 6; i++)
			sqlite3_bind_text(st, i + 1, row->fields[c[i]], -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 7, import_id);
		sqlite3_bind_int64(st, 8, row->line);
		if (sqlite3_step(st) != SQLITE_DONE)
			rc = ifc_fail(err, INFORCE_EINPUT, file, row->line, NULL, "cannot store: %s",
				      sqlite3_errmsg(s->db));
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	free(ids);
	if (rc == 0 && added)
		*added = n;
	return rc;
}

static int import_groups_csv(inforce_store *s, inforce_snapshot *snap, const struct csvfile *cf,
			     const char *file, int *added, inforce_error *err)
{
	static const char *const names[] = {"group", "iso3", "state_name", "joined", "left",
					    "source"};
	int c[6];
	if (columns(cf, file, names, c, 6, err))
		return -1;
	size_t width = VEC_AT(&cf->rows, struct csv_row, 0)->nfields;
	for (size_t r = 1; r < cf->rows.len; r++) {
		const struct csv_row *row = VEC_AT(&cf->rows, struct csv_row, r);
		char *const *f = row->fields;
		inforce_day a = INFORCE_DAY_NONE, b = INFORCE_DAY_NONE;
		if (row->nfields != width)
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, NULL,
					"%zu fields where the header has %zu", row->nfields, width);
		if (!f[c[0]][0])
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, "group", "empty group");
		const struct state_rec *sr = states_by_iso3(&snap->states, f[c[1]]);
		if (!sr)
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, "iso3",
					"unknown state '%s'", f[c[1]]);
		if (f[c[2]][0] && states_lookup(&snap->states, f[c[2]]) != sr)
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, "state_name",
					"'%s' is not a name of %s", f[c[2]], f[c[1]]);
		if (f[c[3]][0] && inforce_date_parse(f[c[3]], strlen(f[c[3]]), &a))
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, "joined",
					"'%s' is not a real date in YYYY-MM-DD form", f[c[3]]);
		if (f[c[4]][0] && inforce_date_parse(f[c[4]], strlen(f[c[4]]), &b))
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, "left",
					"'%s' is not a real date in YYYY-MM-DD form", f[c[4]]);
		if (a != INFORCE_DAY_NONE && b != INFORCE_DAY_NONE && b < a)
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, "left",
					"'%s' is before joined '%s'", f[c[4]], f[c[3]]);
		if (!f[c[5]][0])
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, "source",
					"every membership needs its source");
	}
	int n = (int)cf->rows.len - 1;
	int64_t import_id = store_add_import(s, file, "groups", n, err);
	sqlite3_stmt *st;
	if (import_id < 0)
		return -1;
	if (sqlite3_prepare_v2(s->db,
			       "INSERT INTO group_member (grp, iso3, state_name, joined, left_on,"
			       " source, import_id, line, recorded_at) VALUES (?,?,?,?,?,?,?,?,"
			       " strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
			       -1, &st, NULL) != SQLITE_OK)
		return db_fail(err, s->db, file, "cannot store groups");
	for (size_t r = 1; r < cf->rows.len; r++) {
		const struct csv_row *row = VEC_AT(&cf->rows, struct csv_row, r);
		for (int i = 0; i < 6; i++)
			sqlite3_bind_text(st, i + 1, row->fields[c[i]], -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 7, import_id);
		sqlite3_bind_int64(st, 8, row->line);
		if (store_step(s->db, st, file, row->line, err)) {
			sqlite3_finalize(st);
			return -1;
		}
	}
	sqlite3_finalize(st);
	if (added)
		*added = n;
	return 0;
}

/* Reads a CSV, tells its kind by its header, validates and stores it; the caller
 * holds the transaction. */
static int import_text(inforce_store *s, const char *buf, size_t len, const char *file, int *added,
		       inforce_error *err)
{
	struct csvfile cf;
	if (csvfile_parse(&cf, buf, len, file, err))
		return -1;
	int rc = 0;
	inforce_snapshot *snap = NULL;
	if (cf.rows.len == 0)
		rc = ifc_fail(err, INFORCE_EINPUT, file, 1, NULL, "empty file: no header row");
	else if (!(snap = snapshot_load_db(s->db, INFORCE_DAY_NONE, err)))
		rc = -1;
	else if (csvfile_column(&cf, "group") >= 0)
		rc = import_groups_csv(s, snap, &cf, file, added, err);
	else if (csvfile_column(&cf, "action") >= 0 || csvfile_column(&cf, "state_name") >= 0)
		rc = import_actions_csv(s, snap, &cf, file, added, err);
	else if (csvfile_column(&cf, "kind") >= 0 && csvfile_column(&cf, "start") >= 0)
		rc = import_conflicts_csv(s, snap, &cf, file, added, err);
	else if (csvfile_column(&cf, "obligation") >= 0)
		rc = import_extensions_csv(s, snap, &cf, file, added, err);
	else
		rc = import_actions_csv(s, snap, &cf, file, added, err); /* names the missing column */
	/* A new record can change a derived date: re-derive everything to check it. */
	if (rc == 0 && csvfile_column(&cf, "action") < 0) {
		inforce_snapshot *check = snapshot_load_db(s->db, INFORCE_DAY_NONE, err);
		rc = check ? 0 : -1;
		inforce_snapshot_free(check);
	}
	inforce_snapshot_free(snap);
	csvfile_release(&cf);
	return rc;
}

int store_begin(inforce_store *s, inforce_error *err)
{
	if (!s->writable)
		return ifc_fail(err, INFORCE_ERUNTIME, s->path, 0, NULL, "store opened read-only");
	return exec(s->db, "BEGIN IMMEDIATE", s->path, err);
}

int store_finish(inforce_store *s, int rc, inforce_error *err)
{
	if (rc == 0)
		return exec(s->db, "COMMIT", s->path, err);
	sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	return -1;
}

void inforce_store_set_recorder(inforce_store *s, const char *who)
{
	snprintf(s->recorded_by, sizeof s->recorded_by, "%s", who ? who : "");
}

int inforce_store_import_buffer(inforce_store *s, const char *buf, size_t len, const char *name,
				int *added, inforce_error *err)
{
	if (len > MAX_DATA_FILE)
		return ifc_fail(err, INFORCE_EINPUT, name, 0, NULL, "larger than %u bytes",
				MAX_DATA_FILE);
	if (store_begin(s, err))
		return -1;
	return store_finish(s, import_text(s, buf, len, name, added, err), err);
}

int inforce_store_import_actions(inforce_store *s, const char *path, int *added,
				 inforce_error *err)
{
	size_t len;
	char *buf = ifc_read_file(path, MAX_DATA_FILE, &len, err);
	if (!buf)
		return -1;
	int rc = store_begin(s, err);
	if (rc == 0)
		rc = store_finish(s, import_text(s, buf, len, path, added, err), err);
	free(buf);
	return rc;
}

/* ------------------------------------------------------------ the bundle */

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Lists the files of dir ending in `suffix`, sorted; the caller frees each and the array. */
static char **list_files(const char *dir, const char *suffix, size_t *n, inforce_error *err)
{
	DIR *d = opendir(dir);
	*n = 0;
	if (!d) {
		ifc_fail(err, INFORCE_EINPUT, dir, 0, NULL, "cannot open the data folder");
		return NULL;
	}
	size_t cap = 16;
	char **names = malloc(cap * sizeof *names);
	struct dirent *e;
	while (names && (e = readdir(d))) {
		size_t nl = strlen(e->d_name), sl = strlen(suffix);
		if (e->d_name[0] == '.' || nl <= sl || strcmp(e->d_name + nl - sl, suffix) != 0)
			continue;
		if (*n == cap) {
			char **nn = realloc(names, (cap *= 2) * sizeof *names);
			if (!nn)
				break;
			names = nn;
		}
		size_t len = strlen(dir) + 1 + nl + 1;
		if (!(names[*n] = malloc(len)))
			break;
		snprintf(names[(*n)++], len, "%s/%s", dir, e->d_name);
	}
	closedir(d);
	if (names)
		qsort(names, *n, sizeof *names, cmp_str);
	else
		ifc_fail(err, INFORCE_ERUNTIME, dir, 0, NULL, "out of memory");
	return names;
}

static void free_list(char **names, size_t n)
{
	for (size_t i = 0; names && i < n; i++)
		free(names[i]);
	free(names);
}

/* How a bundled file is named in the store and in messages: "bundle:actions/ccm.csv",
 * the same on every machine whatever the data folder's path. */
static const char *bundle_name(const char *path, const char *datadir, char *buf, size_t size)
{
	size_t dl = strlen(datadir);
	if (strncmp(path, datadir, dl) == 0 && path[dl] == '/')
		path += dl + 1;
	snprintf(buf, size, "bundle:%s", path);
	return buf;
}

static int load_states_file(inforce_store *s, const char *path, const char *name,
			    inforce_error *err)
{
	size_t len;
	char *buf = ifc_read_file(path, MAX_DATA_FILE, &len, err);
	if (!buf)
		return -1;
	struct states st;
	states_init(&st);
	int rc = states_parse_csv(&st, buf, len, name, err);
	if (rc == 0 && store_add_import(s, name, "states", (int)st.states.len, err) < 0)
		rc = -1;
	if (rc == 0)
		rc = insert_states(s, &st, name, err);
	states_release(&st);
	free(buf);
	return rc;
}

static int load_treaty_file(inforce_store *s, const char *path, const char *name,
			    inforce_error *err)
{
	size_t len;
	char *buf = ifc_read_file(path, MAX_DATA_FILE, &len, err);
	if (!buf)
		return -1;
	struct treatydef td;
	treatydef_init(&td);
	int rc = treatydef_parse(&td, buf, len, name, err);
	int64_t import_id = -1;
	if (rc == 0 && (import_id = store_add_import(s, name, "treaty", 1, err)) < 0)
		rc = -1;
	if (rc == 0)
		rc = store_insert_treaty(s, td.id, buf, import_id, name, err);
	treatydef_release(&td);
	free(buf);
	return rc;
}

int inforce_store_load_bundle(inforce_store *s, const char *datadir, inforce_error *err)
{
	char path[4096], name[4200];
	size_t nt = 0, na = 0;
	char **treaties = NULL, **actions = NULL;
	if (store_begin(s, err))
		return -1;
	snprintf(path, sizeof path, "%s/states.csv", datadir);
	int rc = load_states_file(s, path, bundle_name(path, datadir, name, sizeof name), err);
	if (rc == 0) {
		snprintf(path, sizeof path, "%s/treaties", datadir);
		treaties = list_files(path, ".treaty", &nt, err);
		rc = treaties ? 0 : -1;
	}
	for (size_t i = 0; rc == 0 && i < nt; i++)
		rc = load_treaty_file(s, treaties[i],
				      bundle_name(treaties[i], datadir, name, sizeof name), err);
	if (rc == 0) {
		snprintf(path, sizeof path, "%s/actions", datadir);
		actions = list_files(path, ".csv", &na, err);
		rc = actions ? 0 : -1;
	}
	for (size_t i = 0; rc == 0 && i < na; i++) {
		size_t len;
		char *buf = ifc_read_file(actions[i], MAX_DATA_FILE, &len, err);
		rc = buf ? import_text(s, buf, len,
					       bundle_name(actions[i], datadir, name, sizeof name),
					       NULL, err)
			 : -1;
		free(buf);
	}
	snprintf(path, sizeof path, "%s/untc-mtdsg-2018", datadir);
	if (rc == 0 && access(path, F_OK) == 0) {
		inforce_untc_report rep;
		rc = untc_import_in_txn(s, path, bundle_name(path, datadir, name, sizeof name), 0,
					&rep, err);
	}
	static const char *const records[] = {"conflicts.csv", "extensions.csv", "groups.csv"};
	for (size_t i = 0; rc == 0 && i < IFC_ARRAY_LEN(records); i++) {
		snprintf(path, sizeof path, "%s/%s", datadir, records[i]);
		if (access(path, F_OK) != 0)
			continue;
		size_t len;
		char *buf = ifc_read_file(path, MAX_DATA_FILE, &len, err);
		rc = buf ? import_text(s, buf, len, bundle_name(path, datadir, name, sizeof name),
				       NULL, err)
			 : -1;
		free(buf);
	}
	free_list(treaties, nt);
	free_list(actions, na);
	return store_finish(s, rc, err);
}

sqlite3 *store_db(inforce_store *s)
{
	return s->db;
}
