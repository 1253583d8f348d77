/*
 * cmd_init.c - `inforce init`: create the store and load the bundled data.
 * The new store is built beside the target, sealed (its log written into it and
 * synced) and renamed over it only when all of that succeeded, so a failed init,
 * on a full disk too, leaves any existing store as it was. A `--db` that is a
 * symbolic link is followed: the store it points to is replaced, not the link. The
 * leftovers of inits that were killed (DB.new-PID files of dead processes) are
 * removed first.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
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

/* Removes DB.new-PID (and its side files) left by inits whose process is gone. */
static void remove_leftovers(const char *db)
{
	char dir[PATH_MAX], base[PATH_MAX];
	snprintf(dir, sizeof dir, "%s", db);
	snprintf(base, sizeof base, "%s", db);
	const char *d = dirname(dir), *b = basename(base);
	size_t bl = strlen(b);
	DIR *dp = opendir(d);
	if (!dp)
		return;
	for (struct dirent *e; (e = readdir(dp));) {
		const char *n = e->d_name;
		if (strncmp(n, b, bl) != 0 || strncmp(n + bl, ".new-", 5) != 0)
			continue;
		char *end;
		long pid = strtol(n + bl + 5, &end, 10);
		if (pid <= 0 || *end != '\0' || kill((pid_t)pid, 0) == 0 || errno != ESRCH)
			continue; /* its process lives (or it is not ours to judge) */
		char path[PATH_MAX + 256];
		snprintf(path, sizeof path, "%s/%s", d, n);
		unlink(path);
		remove_sidecars(path);
	}
	closedir(dp);
}

/* Syncs the folder that holds path, so that a rename in it lasts. */
static void sync_folder(const char *path)
{
	char dir[PATH_MAX];
	snprintf(dir, sizeof dir, "%s", path);
	int fd = open(dirname(dir), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
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
	/* the store itself, when --db is a symbolic link to it */
	char target[PATH_MAX];
	const char *db = c->db;
	ssize_t tl = readlink(c->db, target, sizeof target - 1);
	if (tl > 0) {
		target[tl] = '\0';
		if (target[0] != '/') { /* relative to the link's folder */
			char dir[PATH_MAX], joined[PATH_MAX];
			snprintf(dir, sizeof dir, "%s", c->db);
			snprintf(joined, sizeof joined, "%.2000s/%.2000s", dirname(dir), target);
			snprintf(target, sizeof target, "%s", joined);
		}
		db = target;
	}
	remove_leftovers(db);
	char tmp[4200];
	snprintf(tmp, sizeof tmp, "%s.new-%ld", db, (long)getpid());
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
	if (ok && inforce_store_seal(store, &err))
		ok = 0;
	inforce_store_close(store);
	if (!ok) {
		unlink(tmp);
		remove_sidecars(tmp);
		return cli_fail(c, &err);
	}
	remove_sidecars(db);
	if (rename(tmp, db) != 0) {
		fprintf(c->errs, "inforce: cannot move the new store to %s: %s\n", db,
			strerror(errno));
		unlink(tmp);
		remove_sidecars(tmp);
		return EXIT_RUNTIME;
	}
	remove_sidecars(tmp); /* sealed: its log is empty */
	sync_folder(db);
	if (empty)
		fprintf(c->out, "created empty store %s\n", c->db);
	else
		fprintf(c->out, "created %s: %zu treaties loaded from %s\n", c->db, ntreaties,
			c->datadir);
	return EXIT_OK;
}
