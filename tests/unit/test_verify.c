/*
 * test_verify.c - inforce_verify_load (src/lib/verify.c) on stores changed behind the
 * importers' back, with SQL, as an older inforce, a hand edit or a bug could leave
 * them:
 *   - the curated bundle (states, treaty definitions, CCM and APMBT actions, records)
 *     has no contradiction;
 *   - acts the engine refuses (a withdrawal by a state that is not bound, a second
 *     consent) are each reported with their row, one not hiding the next, even
 *     though such a store no longer loads into a snapshot;
 *   - a stored definition that no longer parses, a blank source on a record, an act
 *     after `today` (and no such check without a today);
 *   - the UNTC importer's flags are informational: listed, never contradictions.
 * Each test works on an in-memory copy of one store loaded once.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "internal.h"

static const char *const parts[] = {"states.csv",    "treaties",       "actions",
				    "conflicts.csv", "extensions.csv", "groups.csv"};

struct env {
	char dir[64], db[128];
	inforce_store *base;  /* the curated bundle, loaded once */
	inforce_store *store; /* this test's in-memory copy */
};

static void path_in(const struct env *e, const char *name, char *buf, size_t size)
{
	snprintf(buf, size, "%s/%s", e->dir, name);
}

static int group_setup(void **state)
{
	struct env *e = calloc(1, sizeof *e);
	char path[256], target[4096];
	inforce_error err = {0};
	snprintf(e->dir, sizeof e->dir, "/tmp/inforce-test-verify-XXXXXX");
	if (!mkdtemp(e->dir))
		return -1;
	path_in(e, "data", path, sizeof path);
	mkdir(path, 0700);
	for (size_t i = 0; i < IFC_ARRAY_LEN(parts); i++) {
		snprintf(target, sizeof target, "%s/%s", INFORCE_DATADIR, parts[i]);
		snprintf(path, sizeof path, "%s/data/%s", e->dir, parts[i]);
		if (symlink(target, path) != 0)
			return -1;
	}
	path_in(e, "base.db", e->db, sizeof e->db);
	path_in(e, "data", path, sizeof path);
	e->base = inforce_store_open(e->db, INFORCE_OPEN_WRITE, &err);
	if (!e->base || inforce_store_load_bundle(e->base, path, &err)) {
		fprintf(stderr, "cannot load the bundle: %s\n", err.msg);
		return -1;
	}
	*state = e;
	return 0;
}

static int group_teardown(void **state)
{
	struct env *e = *state;
	char path[256];
	inforce_store_close(e->base);
	for (size_t i = 0; i < IFC_ARRAY_LEN(parts); i++) {
		snprintf(path, sizeof path, "%s/data/%s", e->dir, parts[i]);
		unlink(path);
	}
	path_in(e, "data", path, sizeof path);
	rmdir(path);
	static const char *const ext[] = {"", "-wal", "-shm"};
	for (size_t i = 0; i < IFC_ARRAY_LEN(ext); i++) {
		snprintf(path, sizeof path, "%s%s", e->db, ext[i]);
		unlink(path);
	}
	rmdir(e->dir);
	free(e);
	return 0;
}

static int setup(void **state)
{
	struct env *e = *state;
	inforce_error err = {0};
	e->store = inforce_store_open(":memory:", INFORCE_OPEN_WRITE, &err);
	if (!e->store)
		return -1;
	sqlite3_backup *b = sqlite3_backup_init(store_db(e->store), "main", store_db(e->base), "main");
	if (!b || sqlite3_backup_step(b, -1) != SQLITE_DONE)
		return -1;
	sqlite3_backup_finish(b);
	return 0;
}

static int teardown(void **state)
{
	struct env *e = *state;
	inforce_store_close(e->store);
	e->store = NULL;
	return 0;
}

static void sql(struct env *e, const char *text)
{
	char *msg = NULL;
	if (sqlite3_exec(store_db(e->store), text, NULL, NULL, &msg) != SQLITE_OK)
		fail_msg("%s: %s", text, msg);
}

static long long count(struct env *e, const char *text)
{
	sqlite3_stmt *st;
	long long n = -1;
	assert_int_equal(sqlite3_prepare_v2(store_db(e->store), text, -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

/* Adds an action row the way no importer would let it in; returns its id. */
static long long add_act(struct env *e, const char *treaty, const char *iso3, const char *kind,
			 const char *date, const char *source, long line)
{
	char text[1024];
	snprintf(text, sizeof text,
		 "INSERT INTO import (file, kind, rows, recorded_at) VALUES ('hand-edit.csv', "
		 "'actions', 1, '2026-01-01T00:00:00Z');"
		 "INSERT INTO action (treaty, iso3, state_name, kind, date, source, notes, import_id,"
		 " line, recorded_at) VALUES ('%s', '%s', '%s', '%s', '%s', '%s', 'test fixture',"
		 " last_insert_rowid(), %ld, '2026-01-01T00:00:00Z');",
		 treaty, iso3, iso3, kind, date, source, line);
	sql(e, text);
	return (long long)sqlite3_last_insert_rowid(store_db(e->store));
}

static inforce_day D(const char *s)
{
	inforce_day d = INFORCE_DAY_NONE;
	assert_int_equal(inforce_date_parse(s, strlen(s), &d), 0);
	return d;
}

static inforce_verification *verify(struct env *e, const char *today)
{
	inforce_error err = {0};
	inforce_verification *v =
		inforce_verify_load(e->store, today ? D(today) : INFORCE_DAY_NONE, &err);
	if (!v)
		fail_msg("verify: %s", err.msg);
	return v;
}

/* The findings of one check, counted; *first receives the first of them. */
static size_t findings(const inforce_verification *v, const char *check,
		       const inforce_finding **first)
{
	size_t n = 0;
	for (size_t i = 0; i < inforce_verify_count(v); i++) {
		const inforce_finding *f = inforce_verify_at(v, i);
		if (strcmp(f->check, check) == 0 && n++ == 0 && first)
			*first = f;
	}
	return n;
}

static void curated_bundle_is_clean(void **state)
{
	struct env *e = *state;
	inforce_verification *v = verify(e, "2026-11-29");
	const inforce_verify_counts *k = inforce_verify_totals(v);
	for (size_t i = 0; i < inforce_verify_count(v); i++) {
		const inforce_finding *f = inforce_verify_at(v, i);
		fprintf(stderr, "%s:%ld: %s: %s\n", f->file, f->line, f->check, f->message);
	}
	assert_int_equal(k->contradictions, 0);
	assert_int_equal(k->flags, 0);
	assert_int_equal(inforce_verify_count(v), 0);
	assert_int_equal(k->treaties, (size_t)count(e, "SELECT count(*) FROM treaty"));
	assert_int_equal(k->acts, (size_t)count(e, "SELECT count(*) FROM current_action"));
	assert_true(k->acts > 500);
	assert_true(k->records > 0);
	inforce_verify_free(v);
}

static void refused_acts_each_reported(void **state)
{
	struct env *e = *state;
	/* Angola only signed the CCM: two withdrawals, each refused on its own. */
	long long w1 = add_act(e, "CCM", "AGO", "withdrawal_notification", "2024-01-10", "fixture", 2);
	long long w2 = add_act(e, "CCM", "AGO", "withdrawal_notification", "2025-01-10", "fixture", 3);
	/* Lithuania ratified in 2011: a second consent in the same episode. */
	long long r2 = add_act(e, "CCM", "LTU", "accession", "2012-05-05", "fixture", 4);
	inforce_error err = {0};
	inforce_snapshot *snap = inforce_snapshot_load(e->store, &err);
	assert_null(snap); /* the store no longer loads... */
	inforce_verification *v = verify(e, "2026-11-29"); /* ...but it can be verified */
	const inforce_finding *f = NULL;
	assert_int_equal(findings(v, "refused", &f), 3);
	assert_int_equal(inforce_verify_totals(v)->contradictions, 3);
	assert_int_equal(f->act_id, w1);
	assert_string_equal(f->treaty, "CCM");
	assert_string_equal(f->iso3, "AGO");
	assert_string_equal(f->file, "hand-edit.csv");
	assert_int_equal(f->line, 2);
	assert_non_null(strstr(f->message, "withdrawal by a state that is not bound"));
	assert_int_equal(inforce_verify_at(v, 1)->act_id, w2);
	const inforce_finding *g = inforce_verify_at(v, 2);
	assert_int_equal(g->act_id, r2);
	assert_string_equal(g->iso3, "LTU");
	assert_non_null(strstr(g->message, "already bound"));
	inforce_verify_free(v);
}

static void repeated_and_future(void **state)
{
	struct env *e = *state;
	long long s = add_act(e, "APMBT", "USA", "signature", "1998-01-01", "fixture", 7);
	add_act(e, "APMBT", "USA", "signature", "1997-12-03", "fixture", 6);
	long long fut = add_act(e, "APMBT", "CHN", "signature", "2027-01-01", "fixture", 8);
	inforce_verification *v = verify(e, "2026-11-29");
	const inforce_finding *f = NULL;
	assert_int_equal(findings(v, "repeated", &f), 1);
	assert_int_equal(f->act_id, s); /* reported on the later act */
	assert_non_null(strstr(f->message, "1997-12-03"));
	assert_int_equal(findings(v, "future", &f), 1);
	assert_int_equal(f->act_id, fut);
	inforce_verify_free(v);
	v = verify(e, NULL); /* no today: no act is in the future */
	assert_int_equal(findings(v, "future", NULL), 0);
	assert_int_equal(inforce_verify_totals(v)->contradictions, 1);
	inforce_verify_free(v);
}

/* Rows edited into a cycle of corrections (each supersedes the next, back to it): no
 * importer makes one, and its acts would vanish silently; verify names them. */
static void supersede_cycle(void **state)
{
	struct env *e = *state;
	sql(e, "PRAGMA foreign_keys = OFF;"
	       "INSERT INTO import (file, kind, rows, recorded_at) VALUES ('hand-edit.csv', "
	       "'actions', 2, '2026-01-01T00:00:00Z');"
	       "INSERT INTO action (id, treaty, iso3, state_name, kind, date, source, notes, "
	       "supersedes, import_id, line, recorded_at) VALUES "
	       "(900001, 'CCM', 'AGO', 'Angola', 'signature', '2008-12-04', 'fixture', '', 900002,"
	       " last_insert_rowid(), 2, '2026-01-01T00:00:00Z'),"
	       "(900002, 'CCM', 'AGO', 'Angola', 'signature', '2008-12-05', 'fixture', '', 900001,"
	       " (SELECT max(id) FROM import), 3, '2026-01-01T00:00:00Z');"
	       "PRAGMA foreign_keys = ON;");
	inforce_verification *v = verify(e, "2026-11-29");
	const inforce_finding *f = NULL;
	assert_int_equal(findings(v, "supersede-cycle", &f), 2);
	assert_string_equal(f->file, "hand-edit.csv");
	assert_int_equal(f->line, 2);
	assert_non_null(strstr(f->message, "action 900001 is in a cycle"));
	inforce_verify_free(v);
}

static void definitions_records_and_flags(void **state)
{
	struct env *e = *state;
	sql(e, "UPDATE treaty SET definition = 'not a definition' WHERE id = 'APMBT'");
	sql(e, "INSERT INTO import (file, kind, rows, recorded_at) VALUES ('groups-edit.csv',"
	       " 'groups', 1, '2026-01-01T00:00:00Z');"
	       "INSERT INTO group_member (grp, iso3, state_name, joined, left_on, source, import_id,"
	       " line, recorded_at) VALUES ('TEST', 'LTU', '', '', '', '  ', last_insert_rowid(), 9,"
	       " '2026-01-01T00:00:00Z');"
	       "INSERT INTO flag (treaty, iso3, participant, kind, message, source, line, import_id)"
	       " VALUES ('CCM', 'LTU', 'Lithuania', 'disagreement', 'another date elsewhere',"
	       " 'test fixture', 12, (SELECT max(id) FROM import));");
	long long fut = add_act(e, "APMBT", "CHN", "signature", "2027-01-01", "fixture", 8);
	inforce_verification *v = verify(e, "2026-11-29");
	const inforce_verify_counts *k = inforce_verify_totals(v);
	const inforce_finding *f = NULL;
	assert_int_equal(findings(v, "definition", &f), 1);
	assert_string_equal(f->treaty, "APMBT");
	assert_int_equal(findings(v, "future", &f), 1); /* the treaty's acts still checked */
	assert_int_equal(f->act_id, fut);
	assert_int_equal(findings(v, "no-source", &f), 1);
	assert_string_equal(f->file, "groups-edit.csv");
	assert_int_equal(f->line, 9);
	assert_int_equal(findings(v, "disagreement", &f), 1);
	assert_int_equal(f->informational, 1);
	assert_int_equal(f->line, 12);
	assert_int_equal(k->flags, 1);
	assert_int_equal(k->contradictions, 3);
	/* Contradictions come first, flags last. */
	assert_int_equal(inforce_verify_at(v, inforce_verify_count(v) - 1)->informational, 1);
	inforce_verify_free(v);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(curated_bundle_is_clean, setup, teardown),
		cmocka_unit_test_setup_teardown(refused_acts_each_reported, setup, teardown),
		cmocka_unit_test_setup_teardown(repeated_and_future, setup, teardown),
		cmocka_unit_test_setup_teardown(definitions_records_and_flags, setup, teardown),
		cmocka_unit_test_setup_teardown(supersede_cycle, setup, teardown),
	};
	return cmocka_run_group_tests_name("verify", tests, group_setup, group_teardown);
}
