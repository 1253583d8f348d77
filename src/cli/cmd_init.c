/*
 * cmd_init.c - `inforce init`: create the store and load the bundled data.
 * The new store is built beside the target and renamed over it only when the
 * whole load succeeded, so a failed init leaves any existing store as it was.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static void remove_sidecars(const char *path)
{
	char side[4200];
	snprintf(side, sizeof side, "%s-wal", path);
	unlink(side);
	snprintf(side, sizeof side, "%s-shm", path);
	unlink(side);
	snprintf(side, sizeof side, "%s-journal", path);
	unlink(side);
}

int cmd_init(struct cli *c, int argc, char **argv)
{
	const char *empty = NULL, *force = NULL;
	const struct opt opts[] = {
		{"empty", 0, &empty, "create a bare store, without the bundled data"},
		{"force", 0, &force, "replace an existing store"},
		{0},
	};
	int help, rc = cli_parse(c, "init", "[--empty] [--force]",
				 "Creates the store (schema and migrations) and loads the bundled data:\n"
				 "states and their names, treaty definitions and every recorded act.",
				 opts, argc, argv, NULL, 0, 0, &help);
	if (rc || help)
		return rc;
	if (access(c->db, F_OK) == 0 && !force) {
		fprintf(c->errs, "inforce: %s already exists; use 'inforce init --force' to "
				 "replace it\n",
			c->db);
		return EXIT_USAGE;
	}
	char tmp[4200];
	snprintf(tmp, sizeof tmp, "%s.new-%ld", c->db, (long)getpid());
	unlink(tmp);
	remove_sidecars(tmp);

	inforce_error err = {0};
	inforce_store *store = inforce_store_open(tmp, INFORCE_OPEN_WRITE, &err);
	int ok = store != NULL;
	if (ok && !empty)
		ok = inforce_store_load_bundle(store, c->datadir, &err) == 0;
	inforce_snapshot *snap = ok && !empty ? inforce_snapshot_load(store, &err) : NULL;
	if (ok && !empty && !snap)
		ok = 0;
	size_t ntreaties = snap ? inforce_snapshot_treaty_count(snap) : 0;
	inforce_snapshot_free(snap);
	inforce_store_close(store);
	if (!ok) {
		unlink(tmp);
		remove_sidecars(tmp);
		return cli_fail(c, &err);
	}
	remove_sidecars(c->db);
	if (rename(tmp, c->db) != 0) {
		fprintf(c->errs, "inforce: cannot move the new store to %s: %s\n", c->db,
			strerror(errno));
		unlink(tmp);
		return EXIT_RUNTIME;
	}
	if (empty)
		fprintf(c->out, "created empty store %s\n", c->db);
	else
		fprintf(c->out, "created %s: %zu treaties loaded from %s\n", c->db, ntreaties,
			c->datadir);
	return EXIT_OK;
}
