/*
 * fuzz_import.c - libFuzzer target for `inforce import`: inforce_store_import_actions
 * on a store that holds the bundle (states, treaty definitions, the CCM and APMBT
 * actions, conflicts, extensions, groups; the UNTC files are left out to keep each
 * run fast). The input is written to a file and imported; the header decides the
 * kind (actions, armed-conflict records, extensions, groups), then every row goes
 * through the validation path (known treaty and state, names, dates, duplicates,
 * corrections, and the engine's re-derivation of every touched treaty).
 *
 * Properties (docs/DESIGN.md, "Nothing is lost"):
 *   - a refused import names a file and says why, and leaves every table exactly
 *     as it was (all or nothing);
 *   - an accepted import adds exactly the rows it reports, records one import, and
 *     leaves a store that still loads into a snapshot (the engine accepts it).
 * After an accepted import the store is restored from a pristine in-memory copy
 * (SQLite's backup API), so that every input sees the same store.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fuzz.h"
#include "internal.h"

/* Harness state, set up once (fuzz.h). */
static struct fuzz_bundle bundle;
static char input_path[128];
static inforce_store *store; /* bundle.store */
static sqlite3 *pristine;

static const char *const bundle_parts[] = {"states.csv",    "treaties",       "actions",
					   "conflicts.csv", "extensions.csv", "groups.csv"};

static void die(const char *what)
{
	fprintf(stderr, "fuzz_import: %s\n", what);
	exit(1);
}

static void copy_db(sqlite3 *from, sqlite3 *to)
{
	sqlite3_backup *b = sqlite3_backup_init(to, "main", from, "main");
	if (!b || sqlite3_backup_step(b, -1) != SQLITE_DONE)
		die(sqlite3_errmsg(to));
	sqlite3_backup_finish(b);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_bundle_open(&bundle, "import", bundle_parts, IFC_ARRAY_LEN(bundle_parts), 0);
	store = bundle.store;
	snprintf(input_path, sizeof input_path, "%s/input.csv", bundle.dir);
	if (sqlite3_open(":memory:", &pristine) != SQLITE_OK)
		die("cannot open a memory database");
	copy_db(store_db(store), pristine);
	atexit(fuzz_cleanup);
	return 0;
}

void fuzz_cleanup(void)
{
	if (!store)
		return;
	sqlite3_close(pristine);
	pristine = NULL;
	unlink(input_path);
	store = NULL;
	fuzz_bundle_close(&bundle);
}

enum { T_ACTION, T_IMPORT, T_CONFLICT, T_EXTENSION, T_GROUP, T_SOURCE, T_COUNT };

static void counts(long long out[T_COUNT])
{
	static const char sql[] =
		"SELECT (SELECT count(*) FROM action), (SELECT count(*) FROM import),"
		" (SELECT count(*) FROM armed_conflict), (SELECT count(*) FROM deadline_extension),"
		" (SELECT count(*) FROM group_member), (SELECT count(*) FROM act_source)";
	sqlite3_stmt *st;
	FUZZ_CHECK(sqlite3_prepare_v2(store_db(store), sql, -1, &st, NULL) == SQLITE_OK);
	FUZZ_CHECK(sqlite3_step(st) == SQLITE_ROW);
	for (int i = 0; i < T_COUNT; i++)
		out[i] = sqlite3_column_int64(st, i);
	sqlite3_finalize(st);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *f = fopen(input_path, "wb");
	FUZZ_CHECK(f != NULL);
	FUZZ_CHECK(fwrite(data, 1, size, f) == size || size == 0);
	FUZZ_CHECK(fclose(f) == 0);

	long long before[T_COUNT], after[T_COUNT];
	counts(before);
	inforce_error err = {0};
	int added = -1;
	int rc = inforce_store_import_actions(store, input_path, &added, &err);
	counts(after);
	if (rc != 0) {
		FUZZ_CHECK(err.kind == INFORCE_EINPUT || err.kind == INFORCE_ERUNTIME);
		FUZZ_CHECK(err.msg[0] != '\0' && err.file[0] != '\0');
		FUZZ_CHECK(memcmp(before, after, sizeof before) == 0);
		return 0;
	}
	FUZZ_CHECK(added >= 0);
	FUZZ_CHECK(after[T_IMPORT] == before[T_IMPORT] + 1);
	long long grown = 0;
	for (int i = 0; i < T_COUNT; i++)
		if (i != T_IMPORT) {
			FUZZ_CHECK(after[i] >= before[i]);
			grown += after[i] - before[i];
		}
	FUZZ_CHECK(grown == added);
	inforce_snapshot *snap = inforce_snapshot_load(store, &err);
	if (!snap) {
		char msg[1024];
		inforce_error_format(&err, msg, sizeof msg);
		fprintf(stderr, "accepted import leaves a store that does not load: %s\n", msg);
		FUZZ_CHECK(snap != NULL);
	}
	inforce_snapshot_free(snap);
	copy_db(pristine, store_db(store));
	return 0;
}
