/*
 * store.c - the embedded SQLite store: the schema and its migrations, opening, and
 * the writers of rows, called by the importer (import*.c) inside one transaction.
 * The store never reads an outside format and never derives anything.
 *
 * Invariants kept here (docs/DESIGN.md):
 *   - acts, records and listings are never updated or deleted (triggers refuse it);
 *     a correction is a new row whose `supersedes` names the row it replaces;
 *   - every act has a non-empty source, the file and line it came from, and the time
 *     it was recorded; every record its "status as at" date;
 *   - SQL is never built from input: every value is bound (table and column names
 *     come from the constants below).
 * Exports inforce_store_open/close/changed/version/set_recorder and the store_*
 * writers of internal.h.
 */
#include <sqlite3.h>
#include <sys/stat.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "sources/sources.h"

struct inforce_store {
	sqlite3 *db;
	char *path;
	int writable;
	char recorded_by[80]; /* who the next imports are recorded as ("" : the local user) */
	sqlite3_int64 data_version; /* PRAGMA data_version when last asked (inforce_store_changed) */
	dev_t dev;                  /* the file the path named when opened, to tell when */
	ino_t ino;                  /* another file replaces it (a restore, init --force) */
	int64_t txn_import;         /* the import row the open transaction added, or 0 */
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

	/* 5 -> 6, 6 -> 7, 7 -> 8: records in time. Each import of a depositary's record (a UN page of a
	 * "status as at" date, a database harvest, a curated file) is a record; `listing`
	 * says which acts each record lists, so that what a newer record no longer lists
	 * is shown as dropped rather than lost. Acts carry the depositary they were
	 * deposited with, the depositary notification that told them and a dispute; a
	 * signatory's declared intention not to become a party is a new kind. Obligation
	 * records say to whom a treaty's conditional obligations apply. The action table
	 * is rebuilt for its new kind (a CHECK cannot be altered in place). */
	"CREATE TABLE action_v6 ("
	"  id INTEGER PRIMARY KEY,"
	"  treaty TEXT NOT NULL REFERENCES treaty(id),"
	"  iso3 TEXT NOT NULL REFERENCES state(iso3),"
	"  state_name TEXT NOT NULL,"
	"  kind TEXT NOT NULL CHECK (kind IN ('signature','ratification','acceptance',"
	"    'approval','accession','succession','formal_confirmation',"
	"    'provisional_application','withdrawal_notification','ratification_withdrawal',"
	"    'suspension_notification','non_party_intention')),"
	"  date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
	"  stated_effective TEXT,"
	"  source TEXT NOT NULL CHECK (source <> ''),"
	"  notes TEXT NOT NULL,"
	"  supersedes INTEGER REFERENCES action_v6(id),"
	"  import_id INTEGER NOT NULL REFERENCES import(id),"
	"  line INTEGER NOT NULL,"
	"  recorded_at TEXT NOT NULL,"
	"  known TEXT CHECK (known IS NULL OR known GLOB"
	"    '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
	"  depositary TEXT NOT NULL DEFAULT '',"
	"  cn TEXT NOT NULL DEFAULT '',"
	"  disputed TEXT NOT NULL DEFAULT ''"
	") STRICT;"
	"INSERT INTO action_v6 (id, treaty, iso3, state_name, kind, date, stated_effective,"
	"  source, notes, supersedes, import_id, line, recorded_at, known)"
	"  SELECT id, treaty, iso3, state_name, kind, date, stated_effective, source, notes,"
	"  supersedes, import_id, line, recorded_at, known FROM action;"
	"DROP VIEW current_action;"
	"DROP TABLE action;"
	"ALTER TABLE action_v6 RENAME TO action;"
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

	/* 6 -> 7: the records and what each lists (see 5 -> 6). */
	"CREATE TABLE record ("
	"  id INTEGER PRIMARY KEY,"
	"  treaty TEXT NOT NULL REFERENCES treaty(id),"
	"  series TEXT NOT NULL CHECK (series <> ''),"
	"  complete INTEGER NOT NULL CHECK (complete IN (0, 1)),"
	"  format TEXT NOT NULL,"
	"  reference TEXT NOT NULL,"
	"  as_at TEXT NOT NULL CHECK (as_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
	"  title TEXT NOT NULL,"
	"  conclusion TEXT NOT NULL,"
	"  eif_text TEXT NOT NULL,"
	"  registration TEXT NOT NULL,"
	"  published_eif TEXT,"
	"  published_signatories INTEGER,"
	"  published_parties INTEGER,"
	"  rows INTEGER NOT NULL,"
	"  cells INTEGER NOT NULL,"
	"  repairs TEXT NOT NULL,"
	"  legends TEXT NOT NULL,"
	"  url TEXT NOT NULL,"
	"  sha256 TEXT NOT NULL,"
	"  import_id INTEGER NOT NULL REFERENCES import(id)"
	") STRICT;"
	"INSERT INTO record (id, treaty, series, complete, format, reference, as_at, title,"
	"  conclusion, eif_text, registration, published_eif, published_signatories,"
	"  published_parties, rows, cells, repairs, legends, url, sha256, import_id)"
	"  SELECT u.id, u.treaty, 'untc', 1, 'untc-xml', u.reference,"
	"  CASE WHEN i.file LIKE 'bundle:untc-mtdsg-2018/%' THEN '2018-01-15'"
	"    ELSE substr(i.recorded_at, 1, 10) END,"
	"  u.title, '', u.eif_text, '', u.published_eif, u.published_signatories,"
	"  u.published_parties, u.rows, u.cells, u.repairs, u.legends, '', '', u.import_id"
	"  FROM untc_file u JOIN import i ON i.id = u.import_id;"
	"DROP TABLE untc_file;"
	"CREATE INDEX record_by_treaty ON record(treaty, series, as_at);"
	"CREATE TABLE listing ("
	"  record_id INTEGER NOT NULL REFERENCES record(id),"
	"  action_id INTEGER NOT NULL REFERENCES action(id),"
	"  name TEXT NOT NULL,"
	"  cell TEXT NOT NULL,"
	"  bracketed INTEGER NOT NULL CHECK (bracketed IN (0, 1)),"
	"  cn TEXT NOT NULL,"
	"  line INTEGER NOT NULL,"
	"  PRIMARY KEY (record_id, action_id)"
	") STRICT, WITHOUT ROWID;"
	"CREATE INDEX listing_by_action ON listing(action_id);"
	"INSERT OR IGNORE INTO listing (record_id, action_id, name, cell, bracketed, cn, line)"
	"  SELECT r.id, a.id, a.state_name, '', 0, '', a.line FROM record r"
	"  JOIN action a ON a.import_id = r.import_id;"
	"INSERT OR IGNORE INTO listing (record_id, action_id, name, cell, bracketed, cn, line)"
	"  SELECT r.id, x.action_id, a.state_name, '', 0, '', x.line FROM record r"
	"  JOIN act_source x ON x.import_id = r.import_id JOIN action a ON a.id = x.action_id;"
	"CREATE TRIGGER record_no_update BEFORE UPDATE ON record BEGIN"
	"  SELECT RAISE(ABORT, 'records are never updated');"
	"END;"
	"CREATE TRIGGER record_no_delete BEFORE DELETE ON record BEGIN"
	"  SELECT RAISE(ABORT, 'records are never deleted');"
	"END;"
	"CREATE TRIGGER listing_no_update BEFORE UPDATE ON listing BEGIN"
	"  SELECT RAISE(ABORT, 'listings are never updated');"
	"END;"
	"CREATE TRIGGER listing_no_delete BEFORE DELETE ON listing BEGIN"
	"  SELECT RAISE(ABORT, 'listings are never deleted');"
	"END;",

	/* 7 -> 8: obligation records (see 5 -> 6); successions of States (who ceased to
	 * exist, who succeeded or continues whom, from which day); and what `inforce
	 * fetch` keeps of each page for its conditional requests (ETag, Last-Modified). */
	"CREATE TABLE obligation_record ("
	"  id INTEGER PRIMARY KEY,"
	"  treaty TEXT NOT NULL REFERENCES treaty(id),"
	"  iso3 TEXT NOT NULL REFERENCES state(iso3),"
	"  obligation TEXT NOT NULL,"
	"  record TEXT NOT NULL CHECK (record IN ('applies','not_applicable','completed',"
	"    'extended')),"
	"  date TEXT NOT NULL,"
	"  deadline TEXT NOT NULL,"
	"  source TEXT NOT NULL CHECK (source <> ''),"
	"  notes TEXT NOT NULL,"
	"  import_id INTEGER NOT NULL REFERENCES import(id),"
	"  line INTEGER NOT NULL,"
	"  recorded_at TEXT NOT NULL"
	") STRICT;"
	"CREATE TRIGGER obligation_no_update BEFORE UPDATE ON obligation_record BEGIN"
	"  SELECT RAISE(ABORT, 'records are never updated');"
	"END;"
	"CREATE TRIGGER obligation_no_delete BEFORE DELETE ON obligation_record BEGIN"
	"  SELECT RAISE(ABORT, 'records are never deleted');"
	"END;"
	"CREATE TABLE succession ("
	"  id INTEGER PRIMARY KEY,"
	"  iso3 TEXT NOT NULL REFERENCES state(iso3),"
	"  kind TEXT NOT NULL CHECK (kind IN ('former','successor','continuation')),"
	"  predecessor TEXT NOT NULL,"
	"  date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
	"  source TEXT NOT NULL CHECK (source <> ''),"
	"  notes TEXT NOT NULL,"
	"  import_id INTEGER NOT NULL REFERENCES import(id),"
	"  line INTEGER NOT NULL,"
	"  recorded_at TEXT NOT NULL"
	") STRICT;"
	"CREATE TRIGGER succession_no_update BEFORE UPDATE ON succession BEGIN"
	"  SELECT RAISE(ABORT, 'records are never updated');"
	"END;"
	"CREATE TRIGGER succession_no_delete BEFORE DELETE ON succession BEGIN"
	"  SELECT RAISE(ABORT, 'records are never deleted');"
	"END;"
	"CREATE TABLE fetch_state ("
	"  url TEXT PRIMARY KEY,"
	"  etag TEXT NOT NULL,"
	"  last_modified TEXT NOT NULL,"
	"  fetched_at TEXT NOT NULL,"
	"  sha256 TEXT NOT NULL"
	") STRICT;",

	/* 8 -> 9: the further sources of one treaty's acts found by index, for a
	 * snapshot that reads one treaty again after a write (a walk over every
	 * further source before). */
	"CREATE INDEX act_source_by_action ON act_source(action_id);",
};
#define SCHEMA_VERSION ((int)IFC_ARRAY_LEN(migrations))

/* A failure of SQLite's: the store locked by another writer past the busy timeout
 * is INFORCE_EBUSY (a server answers 503, try again), anything else a runtime one. */
static enum inforce_errkind db_errkind(sqlite3 *db)
{
	int code = db ? sqlite3_errcode(db) & 0xFF : SQLITE_NOMEM;
	return code == SQLITE_BUSY || code == SQLITE_LOCKED ? INFORCE_EBUSY : INFORCE_ERUNTIME;
}

/* The same where the statement's own data may be at fault: a constraint refused it,
 * or the file is not a database or is damaged (bad input, exit 2); the machine's
 * failures (a full disk, out of memory, I/O) stay runtime ones. */
static enum inforce_errkind data_errkind(sqlite3 *db)
{
	int code = db ? sqlite3_errcode(db) & 0xFF : SQLITE_NOMEM;
	return code == SQLITE_CONSTRAINT || code == SQLITE_NOTADB || code == SQLITE_CORRUPT
		       ? INFORCE_EINPUT
		       : db_errkind(db);
}

static int db_fail(inforce_error *err, sqlite3 *db, const char *path, const char *what)
{
	return ifc_fail(err, db_errkind(db), path, 0, NULL, "%s: %s", what,
			db ? sqlite3_errmsg(db) : "cannot allocate a connection");
}

static int exec(sqlite3 *db, const char *sql, const char *path, inforce_error *err)
{
	char *msg = NULL;
	if (sqlite3_exec(db, sql, NULL, NULL, &msg) == SQLITE_OK)
		return 0;
	ifc_fail(err, db_errkind(db), path, 0, NULL, "%s", msg ? msg : "SQLite error");
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

/* PRAGMA foreign_key_check finds nothing. */
static int foreign_keys_hold(inforce_store *s, inforce_error *err)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "PRAGMA foreign_key_check", -1, &st, NULL) != SQLITE_OK)
		return db_fail(err, s->db, s->path, "cannot check foreign keys");
	int rc = sqlite3_step(st);
	int bad = rc == SQLITE_ROW;
	if (bad)
		ifc_fail(err, INFORCE_ERUNTIME, s->path, 0, NULL,
			 "schema migration left a row of %s without the row it refers to",
			 (const char *)sqlite3_column_text(st, 0));
	else if (rc != SQLITE_DONE)
		db_fail(err, s->db, s->path, "cannot check foreign keys");
	sqlite3_finalize(st);
	return bad || rc != SQLITE_DONE ? -1 : 0;
}

/* The store's mark in the SQLite header (PRAGMA application_id): "inFc". A file
 * with another mark, or with tables but no mark and no inforce schema, is another
 * program's database, and inforce leaves it untouched. */
#define INFORCE_APPLICATION_ID 0x696E4663

static int pragma_int(sqlite3 *db, const char *sql, int *out)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : -1;
}

/* Whether the open file is an inforce store, or an empty database that may become
 * one: read-only queries, before anything is written. */
static int check_ours(inforce_store *s, inforce_error *err)
{
	int app = 0, version = 0, tables = 0, ours = 0;
	if (pragma_int(s->db, "PRAGMA application_id", &app) ||
	    pragma_int(s->db, "PRAGMA user_version", &version) ||
	    pragma_int(s->db, "SELECT count(*) FROM sqlite_master", &tables) ||
	    pragma_int(s->db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN"
			      " ('treaty', 'action', 'import')", &ours))
		return data_errkind(s->db) == INFORCE_EINPUT
			       ? ifc_fail(err, INFORCE_EINPUT, s->path, 0, NULL,
					  "not an inforce store: %s (left untouched)",
					  sqlite3_errmsg(s->db))
			       : db_fail(err, s->db, s->path, "cannot read the store");
	if (app == INFORCE_APPLICATION_ID)
		return 0;
	if (app == 0 && tables == 0 && version == 0)
		return 0; /* an empty database: init makes it a store */
	if (app == 0 && ours == 3 && version > 0)
		return 0; /* a store made before the mark: the next write adds it */
	return ifc_fail(err, INFORCE_EINPUT, s->path, 0, NULL,
			"not an inforce store (another program's database: application_id %d, %d "
			"schema objects); left untouched",
			app, tables);
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
	int app = 0;
	if (pragma_int(s->db, "PRAGMA application_id", &app) == 0 && app != INFORCE_APPLICATION_ID) {
		char mark[64];
		snprintf(mark, sizeof mark, "PRAGMA application_id = %d", INFORCE_APPLICATION_ID);
		if (exec(s->db, mark, s->path, err))
			return -1;
	}
	if (v == SCHEMA_VERSION)
		return 0;
	/* A migration may rebuild a table that others refer to: foreign keys are off
	 * while it runs (the pragma is a no-op inside a transaction), and checked whole
	 * before the commit. */
	if (exec(s->db, "PRAGMA foreign_keys = OFF", s->path, err) ||
	    exec(s->db, "BEGIN IMMEDIATE", s->path, err))
		return -1;
	int rc = 0;
	for (; rc == 0 && v < SCHEMA_VERSION; v++) {
		char pragma[64];
		snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", v + 1);
		rc = exec(s->db, migrations[v], s->path, err) || exec(s->db, pragma, s->path, err);
	}
	if (rc == 0)
		rc = foreign_keys_hold(s, err);
	if (rc == 0)
		rc = exec(s->db, "COMMIT", s->path, err);
	if (rc)
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	return exec(s->db, "PRAGMA foreign_keys = ON", s->path, rc ? NULL : err) || rc ? -1 : 0;
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

int inforce_store_reopen_if_replaced(inforce_store *s, inforce_error *err)
{
	struct stat now;
	if (stat(s->path, &now) != 0 || (now.st_dev == s->dev && now.st_ino == s->ino))
		return 0; /* the same file (or none there now: keep what is open) */
	inforce_store *fresh =
		inforce_store_open(s->path, s->writable ? INFORCE_OPEN_WRITE : INFORCE_OPEN_READONLY,
				   err);
	if (!fresh)
		return -1;
	sqlite3_close(s->db);
	s->db = fresh->db;
	s->dev = fresh->dev;
	s->ino = fresh->ino;
	s->data_version = -1; /* whatever it holds is news */
	fresh->db = NULL;
	inforce_store_close(fresh);
	return 1;
}

int inforce_store_changed(inforce_store *store)
{
	sqlite3_int64 v = data_version(store->db);
	if (v < 0 || v == store->data_version)
		return 0;
	store->data_version = v;
	return 1;
}

/* Reopens a read-only store as `file:PATH?immutable=1` (the path percent-encoded
 * where a URI needs it). 0, or -1 when that fails too. */
static int reopen_immutable(inforce_store *s)
{
	size_t n = strlen(s->path);
	char *uri = malloc(3 * n + 32);
	if (!uri)
		return -1;
	size_t k = (size_t)sprintf(uri, "file:");
	for (const char *p = s->path; *p; p++) {
		unsigned char ch = (unsigned char)*p;
		if (ch == '%' || ch == '?' || ch == '#' || ch < 0x20 || ch >= 0x7f)
			k += (size_t)sprintf(uri + k, "%%%02X", ch);
		else
			uri[k++] = (char)ch;
	}
	strcpy(uri + k, "?immutable=1");
	sqlite3_close(s->db);
	s->db = NULL;
	int rc = sqlite3_open_v2(uri, &s->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI |
						 SQLITE_OPEN_NOMUTEX, NULL);
	free(uri);
	if (rc != SQLITE_OK || user_version(s->db) < 0)
		return -1;
	sqlite3_extended_result_codes(s->db, 1);
	return 0;
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
	/* A FIFO, a folder or a device is no store (opening a FIFO would wait for ever) */
	struct stat sb;
	if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
		ifc_fail(err, INFORCE_EINPUT, path, 0, NULL, "not a regular file: not a store");
		inforce_store_close(s);
		return NULL;
	}
	/* One connection per thread: SQLite's own mutexes are not needed. */
	int oflags = (s->writable ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY) |
		     SQLITE_OPEN_NOMUTEX;
	if (sqlite3_open_v2(path, &s->db, oflags, NULL) != SQLITE_OK) {
		/* a store to read that is not there is the user's to fix; anything else
		 * (out of memory, I/O) is the machine's */
		int missing = s->db && (sqlite3_errcode(s->db) & 0xFF) == SQLITE_CANTOPEN;
		ifc_fail(err, !s->writable && missing ? INFORCE_EINPUT : INFORCE_ERUNTIME, path, 0,
			 NULL,
			 "cannot open the store: %s%s",
			 s->db ? sqlite3_errmsg(s->db) : "out of memory",
			 !s->writable && missing ? " (run 'inforce init' to create it)" : "");
		inforce_store_close(s);
		return NULL;
	}
	sqlite3_extended_result_codes(s->db, 1);
	sqlite3_busy_timeout(s->db, 5000);
	/* A store on read-only media (or in a folder the user cannot write): the WAL
	 * mode's side files cannot be made, so it is read as an immutable file. */
	if (!s->writable && user_version(s->db) < 0 &&
	    ((sqlite3_errcode(s->db) & 0xff) == SQLITE_READONLY ||
	     (sqlite3_errcode(s->db) & 0xff) == SQLITE_CANTOPEN) &&
	    reopen_immutable(s) != 0) {
		ifc_fail(err, INFORCE_EINPUT, path, 0, NULL, "cannot read the store: %s",
			 sqlite3_errmsg(s->db));
		goto fail;
	}
	/* sorts and temporary B-trees in memory: the snapshot's load would otherwise
	 * spill some 5 MB to a temporary file on every open */
	if (check_ours(s, err) || exec(s->db, "PRAGMA foreign_keys = ON", path, err) ||
	    exec(s->db, "PRAGMA temp_store = MEMORY", path, err))
		goto fail;
	if (s->writable) {
		if (exec(s->db, "PRAGMA journal_mode = WAL", path, err) || migrate(s, err))
			goto fail;
	} else {
		int v = user_version(s->db);
		if (v < 0) {
			ifc_fail(err, data_errkind(s->db), path, 0, NULL,
				 data_errkind(s->db) == INFORCE_EINPUT ? "not an inforce store: %s"
								       : "cannot read the store: %s",
				 sqlite3_errmsg(s->db));
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
	struct stat at;
	if (stat(path, &at) == 0) {
		s->dev = at.st_dev;
		s->ino = at.st_ino;
	}
	return s;
fail:
	inforce_store_close(s);
	return NULL;
}

int inforce_store_seal(inforce_store *s, inforce_error *err)
{
	int log = -1, done = -1;
	int rc = sqlite3_wal_checkpoint_v2(s->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, &log, &done);
	if (rc != SQLITE_OK || log != done)
		return ifc_fail(err, INFORCE_ERUNTIME, s->path, 0, NULL,
				"cannot write the store's log into it: %s",
				rc != SQLITE_OK ? sqlite3_errmsg(s->db) : "the checkpoint did not finish");
	int fd = open(s->path, O_RDONLY | O_CLOEXEC);
	if (fd < 0 || fsync(fd) != 0) {
		int e = errno;
		if (fd >= 0)
			close(fd);
		return ifc_fail(err, INFORCE_ERUNTIME, s->path, 0, NULL, "cannot sync the store: %s",
				strerror(e));
	}
	close(fd);
	return 0;
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

/* A write that failed: the input is to blame only when SQLite refused the row
 * itself (a constraint); a full disk, a locked or damaged store is a runtime failure,
 * named as the store's, not the input's. */
static int write_fail(inforce_error *err, sqlite3 *db, const char *file, long line,
		      const char *what)
{
	if ((sqlite3_errcode(db) & 0xFF) == SQLITE_CONSTRAINT)
		return ifc_fail(err, INFORCE_EINPUT, file, line, NULL, "%s: %s", what,
				sqlite3_errmsg(db));
	return ifc_fail(err, db_errkind(db), sqlite3_db_filename(db, "main"), 0, NULL,
			"%s (%s:%ld): %s", what, file ? file : "?", line, sqlite3_errmsg(db));
}

static int store_fail(inforce_error *err, inforce_store *s, const char *file, long line,
		      const char *what)
{
	return write_fail(err, s->db, file, line, what);
}

int store_step(sqlite3 *db, sqlite3_stmt *st, const char *file, long line, inforce_error *err)
{
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : write_fail(err, db, file, line, "cannot store");
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
		id = s->txn_import = sqlite3_last_insert_rowid(s->db);
	else
		db_fail(err, s->db, s->path, "cannot record the import");
	sqlite3_finalize(st);
	return id;
}

int store_insert_states(inforce_store *s, const struct states *sts, const char *file,
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
			ifc_fail(err, data_errkind(s->db), file, 0, r->iso3, "cannot store: %s",
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
			 : ifc_fail(err, data_errkind(s->db), file, 0, "id",
				    "cannot store treaty %s: %s", id, sqlite3_errmsg(s->db));
	sqlite3_finalize(st);
	return rc;
}

/* Binds a day as text written into buf, which the caller keeps until the statement
 * has run: bound without a copy, so the bind cannot fail for want of memory (a
 * failed copy would leave the column NULL, and the row refused as if the input
 * lacked its date). */
static void bind_day(sqlite3_stmt *st, int col, inforce_day d, char buf[INFORCE_DATE_BUFSZ])
{
	if (d == INFORCE_DAY_NONE)
		sqlite3_bind_null(st, col);
	else
		sqlite3_bind_text(st, col, inforce_date_format(d, buf), -1, SQLITE_STATIC);
}

int store_insert_acts(inforce_store *s, const inforce_act *acts, size_t n, int64_t import_id,
		      int64_t *ids, inforce_error *err)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db,
			       "INSERT INTO action (treaty, iso3, state_name, kind, date,"
			       " stated_effective, source, notes, supersedes, import_id, line,"
			       " known, depositary, cn, disputed, recorded_at)"
			       " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
			       " strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
			       -1, &st, NULL) != SQLITE_OK)
		return db_fail(err, s->db, s->path, "cannot store actions");
	for (size_t i = 0; i < n; i++) {
		const inforce_act *a = &acts[i];
		char d5[INFORCE_DATE_BUFSZ], d6[INFORCE_DATE_BUFSZ], d12[INFORCE_DATE_BUFSZ];
		sqlite3_bind_text(st, 1, a->treaty, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, a->iso3, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, a->state_name, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, inforce_act_kind_name(a->kind), -1, SQLITE_STATIC);
		bind_day(st, 5, a->date, d5);
		bind_day(st, 6, a->stated_effective, d6);
		sqlite3_bind_text(st, 7, a->source, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 8, a->notes, -1, SQLITE_STATIC);
		if (a->supersedes)
			sqlite3_bind_int64(st, 9, a->supersedes);
		else
			sqlite3_bind_null(st, 9);
		sqlite3_bind_int64(st, 10, import_id);
		sqlite3_bind_int64(st, 11, a->line);
		bind_day(st, 12, a->known, d12);
		sqlite3_bind_text(st, 13, a->depositary ? a->depositary : "", -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 14, a->cn ? a->cn : "", -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 15, a->disputed ? a->disputed : "", -1, SQLITE_STATIC);
		if (sqlite3_step(st) != SQLITE_DONE) {
			store_fail(err, s, a->file, a->line, "cannot store the action");
			sqlite3_finalize(st);
			return -1;
		}
		if (ids)
			ids[i] = sqlite3_last_insert_rowid(s->db);
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return 0;
}

/* The record tables a reader may fill (sources.h struct src_table), and their
 * columns: the SQL below is built only from these constants, never from input. */
static const struct {
	const char *table;
	const char *const columns[8];
} row_tables[] = {
	{"armed_conflict", {"iso3", "kind", "start_text", "end_text", "source", "notes",
			    "supersedes"}},
	{"deadline_extension", {"treaty", "iso3", "obligation", "deadline", "source", "notes"}},
	{"group_member", {"grp", "iso3", "state_name", "joined", "left_on", "source"}},
	{"obligation_record", {"treaty", "iso3", "obligation", "record", "date", "deadline",
			       "source", "notes"}},
	{"succession", {"iso3", "kind", "predecessor", "date", "source", "notes"}},
};

int store_insert_rows(inforce_store *s, const struct src_table *t, int64_t import_id,
		      const char *file, inforce_error *err)
{
	size_t k = IFC_ARRAY_LEN(row_tables);
	for (size_t i = 0; i < IFC_ARRAY_LEN(row_tables); i++) {
		if (strcmp(row_tables[i].table, t->table) != 0)
			continue;
		size_t c = 0;
		while (c < t->ncols && c < 8 && row_tables[i].columns[c] &&
		       strcmp(row_tables[i].columns[c], t->columns[c]) == 0)
			c++;
		if (c == t->ncols)
			k = i;
	}
	if (k == IFC_ARRAY_LEN(row_tables))
		return ifc_fail(err, INFORCE_ERUNTIME, file, 0, NULL,
				"no record table '%s' with those columns", t->table);
	char sql[512];
	size_t o = (size_t)snprintf(sql, sizeof sql, "INSERT INTO %s (", t->table);
	for (size_t c = 0; c < t->ncols; c++)
		o += (size_t)snprintf(sql + o, sizeof sql - o, "%s, ", row_tables[k].columns[c]);
	o += (size_t)snprintf(sql + o, sizeof sql - o, "import_id, line, recorded_at) VALUES (");
	for (size_t c = 0; c < t->ncols + 2; c++)
		o += (size_t)snprintf(sql + o, sizeof sql - o, "?, ");
	snprintf(sql + o, sizeof sql - o, "strftime('%%Y-%%m-%%dT%%H:%%M:%%fZ', 'now'))");
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return db_fail(err, s->db, file, "cannot store records");
	int rc = 0;
	for (size_t r = 0; rc == 0 && r < t->nrows; r++) {
		for (size_t c = 0; c < t->ncols; c++) {
			const char *v = t->cells[r * t->ncols + c];
			if (v)
				sqlite3_bind_text(st, (int)c + 1, v, -1, SQLITE_STATIC);
			else
				sqlite3_bind_null(st, (int)c + 1);
		}
		sqlite3_bind_int64(st, (int)t->ncols + 1, import_id);
		sqlite3_bind_int64(st, (int)t->ncols + 2, t->lines[r]);
		rc = store_step(s->db, st, file, t->lines[r], err);
	}
	sqlite3_finalize(st);
	return rc;
}

int64_t store_insert_record(inforce_store *s, const struct store_record *r, inforce_error *err)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db,
			       "INSERT INTO record (treaty, series, complete, format, reference,"
			       " as_at, title, conclusion, eif_text, registration, published_eif,"
			       " published_signatories, published_parties, rows, cells, repairs,"
			       " legends, url, sha256, import_id)"
			       " VALUES (?1,?2,?3,?4,?5,coalesce(?6, date('now')),?7,?8,?9,?10,?11,"
			       "?12,?13,?14,?15,?16,?17,?18,?19,?20)",
			       -1, &st, NULL) != SQLITE_OK) {
		db_fail(err, s->db, r->file, "cannot store the record");
		return -1;
	}
	const char *text[] = {r->treaty, r->series};
	for (int i = 0; i < 2; i++)
		sqlite3_bind_text(st, i + 1, text[i], -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 3, r->complete);
	const char *more[] = {r->format, r->reference};
	for (int i = 0; i < 2; i++)
		sqlite3_bind_text(st, i + 4, more[i] ? more[i] : "", -1, SQLITE_STATIC);
	char d6[INFORCE_DATE_BUFSZ], d11[INFORCE_DATE_BUFSZ];
	bind_day(st, 6, r->as_at, d6); /* NONE: the day of the import */
	const char *hdr[] = {r->title, r->conclusion, r->eif_text, r->registration};
	for (int i = 0; i < 4; i++)
		sqlite3_bind_text(st, i + 7, hdr[i] ? hdr[i] : "", -1, SQLITE_STATIC);
	bind_day(st, 11, r->published_eif, d11);
	if (r->published_signatories >= 0)
		sqlite3_bind_int(st, 12, r->published_signatories);
	else
		sqlite3_bind_null(st, 12);
	if (r->published_parties >= 0)
		sqlite3_bind_int(st, 13, r->published_parties);
	else
		sqlite3_bind_null(st, 13);
	sqlite3_bind_int(st, 14, r->rows);
	sqlite3_bind_int(st, 15, r->cells);
	const char *tail[] = {r->repairs, r->legends, r->url, r->sha256};
	for (int i = 0; i < 4; i++)
		sqlite3_bind_text(st, i + 16, tail[i] ? tail[i] : "", -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 20, r->import_id);
	int64_t id = -1;
	if (sqlite3_step(st) == SQLITE_DONE)
		id = sqlite3_last_insert_rowid(s->db);
	else
		store_fail(err, s, r->file, 0, "cannot store the record");
	sqlite3_finalize(st);
	return id;
}

int store_insert_listings(inforce_store *s, const struct store_listing *l, size_t n,
			  const char *file, inforce_error *err)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db,
			       "INSERT OR IGNORE INTO listing (record_id, action_id, name, cell,"
			       " bracketed, cn, line) VALUES (?,?,?,?,?,?,?)",
			       -1, &st, NULL) != SQLITE_OK)
		return db_fail(err, s->db, file, "cannot store what the record lists");
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < n; i++) {
		sqlite3_bind_int64(st, 1, l[i].record_id);
		sqlite3_bind_int64(st, 2, l[i].action_id);
		sqlite3_bind_text(st, 3, l[i].name ? l[i].name : "", -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, l[i].cell ? l[i].cell : "", -1, SQLITE_STATIC);
		sqlite3_bind_int(st, 5, l[i].bracketed != 0);
		sqlite3_bind_text(st, 6, l[i].cn ? l[i].cn : "", -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 7, l[i].line);
		rc = store_step(s->db, st, file, l[i].line, err);
	}
	sqlite3_finalize(st);
	return rc;
}

/* ------------------------------------------------------------ transactions */

int store_begin(inforce_store *s, inforce_error *err)
{
	if (!s->writable)
		return ifc_fail(err, INFORCE_ERUNTIME, s->path, 0, NULL, "store opened read-only");
	s->txn_import = 0;
	return exec(s->db, "BEGIN IMMEDIATE", s->path, err);
}

/* Whether the import row `id` is in the store (1), not (0), or unknown (-1). */
static int import_stored(sqlite3 *db, int64_t id)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, "SELECT 1 FROM import WHERE id = ?", -1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	int r = sqlite3_step(st);
	sqlite3_finalize(st);
	return r == SQLITE_ROW ? 1 : r == SQLITE_DONE ? 0 : -1;
}

int store_finish(inforce_store *s, int rc, inforce_error *err)
{
	if (rc != 0) {
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		return -1;
	}
	if (exec(s->db, "COMMIT", s->path, err) == 0)
		return 0;
	/* A COMMIT that reports a failure (out of memory, a full disk) may yet have
	 * committed, or SQLite may have rolled back by itself: what is in the store
	 * decides, so that a failure is never reported for a write that is stored. */
	if (!sqlite3_get_autocommit(s->db)) {
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		return -1;
	}
	if (s->txn_import > 0) {
		int stored = import_stored(s->db, s->txn_import);
		if (stored == 1) {
			memset(err, 0, sizeof *err);
			return 0;
		}
		if (stored < 0)
			ifc_fail(err, INFORCE_ERUNTIME, s->path, 0, NULL,
				 "the commit failed, and whether the import was stored cannot "
				 "be told (%s): run 'inforce verify'",
				 sqlite3_errmsg(s->db));
	}
	return -1;
}

void inforce_store_set_recorder(inforce_store *s, const char *who)
{
	snprintf(s->recorded_by, sizeof s->recorded_by, "%s", who ? who : "");
}

sqlite3 *store_db(inforce_store *s)
{
	return s->db;
}
