/*
 * backup.c - `inforce backup FILE`: a consistent copy of the store through SQLite's
 * online backup API (sqlite3_backup_init / _step / _finish).
 *
 * The copy is taken in one step, so in one read transaction of the source: with the
 * store in WAL mode, readers and writers of other connections go on meanwhile, and
 * the copy is the store as of one commit. It is written to a temporary file beside
 * FILE (same folder, so the same file system), switched to the rollback journal so
 * that it is one self-contained file, synced, and only then given FILE's name: with
 * link(2) when FILE must not exist (the refusal cannot race with another writer),
 * with rename(2) over it under --force. FILE never holds half a copy.
 * Exports inforce_store_backup.
 */
#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

#define BUSY_RETRIES 200 /* 200 x 50 ms: how long another connection may hold a lock */

static void remove_with_sidecars(const char *path)
{
	static const char *const ext[] = {"", "-journal", "-wal", "-shm"};
	char side[4200];
	for (size_t i = 0; i < IFC_ARRAY_LEN(ext); i++) {
		snprintf(side, sizeof side, "%s%s", path, ext[i]);
		unlink(side);
	}
}

static int sync_path(const char *path, int flags)
{
	int fd = open(path, flags);
	if (fd < 0)
		return -1;
	int rc = fsync(fd);
	close(fd);
	return rc;
}

/* The folder of path, for syncing the new name ("." when there is none). */
static void folder_of(const char *path, char *buf, size_t size)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		snprintf(buf, size, ".");
	else if (slash == path)
		snprintf(buf, size, "/");
	else
		snprintf(buf, size, "%.*s", (int)(slash - path), path);
}

/* Copies the source connection's main database into the file at tmp. */
static int copy_into(sqlite3 *src, const char *tmp, const char *dest, inforce_error *err)
{
	sqlite3 *db = NULL;
	int rc = sqlite3_open_v2(tmp, &db, SQLITE_OPEN_READWRITE, NULL);
	if (rc != SQLITE_OK) {
		ifc_fail(err, INFORCE_ERUNTIME, dest, 0, NULL, "cannot create the copy: %s",
			 db ? sqlite3_errmsg(db) : "out of memory");
		sqlite3_close(db);
		return -1;
	}
	sqlite3_backup *b = sqlite3_backup_init(db, "main", src, "main");
	if (!b) {
		ifc_fail(err, INFORCE_ERUNTIME, dest, 0, NULL, "cannot start the backup: %s",
			 sqlite3_errmsg(db));
		sqlite3_close(db);
		return -1;
	}
	/* All pages in one step: one read transaction, so one consistent state. A writer
	 * of another connection may hold a lock for a moment: wait for it, within reason. */
	int tries = 0;
	while ((rc = sqlite3_backup_step(b, -1)) == SQLITE_BUSY || rc == SQLITE_LOCKED) {
		if (++tries > BUSY_RETRIES)
			break;
		sqlite3_sleep(50);
	}
	sqlite3_backup_finish(b);
	if (rc != SQLITE_DONE) {
		ifc_fail(err, INFORCE_ERUNTIME, dest, 0, NULL, "backup failed: %s",
			 rc == SQLITE_BUSY || rc == SQLITE_LOCKED ? "the store stayed locked"
								  : sqlite3_errstr(rc));
		sqlite3_close(db);
		return -1;
	}
	/* The copy carries the store's WAL mark; make it one self-contained file. */
	char *msg = NULL;
	if (sqlite3_exec(db, "PRAGMA journal_mode = DELETE", NULL, NULL, &msg) != SQLITE_OK) {
		ifc_fail(err, INFORCE_ERUNTIME, dest, 0, NULL, "cannot finish the copy: %s",
			 msg ? msg : sqlite3_errmsg(db));
		sqlite3_free(msg);
		sqlite3_close(db);
		return -1;
	}
	if (sqlite3_close(db) != SQLITE_OK)
		return ifc_fail(err, INFORCE_ERUNTIME, dest, 0, NULL, "cannot close the copy");
	return 0;
}

int inforce_store_backup(inforce_store *store, const char *dest, int force, inforce_error *err)
{
	sqlite3 *src = store_db(store);
	const char *srcpath = sqlite3_db_filename(src, "main");
	struct stat ds, ss;
	int exists = lstat(dest, &ds) == 0;
	if (exists && srcpath && srcpath[0] && stat(srcpath, &ss) == 0 && stat(dest, &ds) == 0 &&
	    ds.st_dev == ss.st_dev && ds.st_ino == ss.st_ino)
		return ifc_fail(err, INFORCE_EINPUT, dest, 0, NULL,
				"is the store itself: back it up to another file");
	if (exists && !force)
		return ifc_fail(err, INFORCE_EINPUT, dest, 0, NULL,
				"already exists; use --force to replace it");
	if (exists && S_ISDIR(ds.st_mode))
		return ifc_fail(err, INFORCE_EINPUT, dest, 0, NULL, "is a folder");

	char tmp[4200];
	if ((size_t)snprintf(tmp, sizeof tmp, "%s.tmp-XXXXXX", dest) >= sizeof tmp)
		return ifc_fail(err, INFORCE_EINPUT, dest, 0, NULL, "path too long");
	int fd = mkstemp(tmp);
	if (fd < 0)
		return ifc_fail(err, INFORCE_ERUNTIME, dest, 0, NULL, "cannot create a file beside it: %s",
				strerror(errno));
	/* mkstemp makes it private (0600): give the copy the store's permissions. */
	if (srcpath && srcpath[0] && stat(srcpath, &ss) == 0)
		fchmod(fd, ss.st_mode & 0666);
	close(fd);
	if (copy_into(src, tmp, dest, err)) {
		remove_with_sidecars(tmp);
		return -1;
	}
	if (sync_path(tmp, O_RDONLY) != 0) {
		ifc_fail(err, INFORCE_ERUNTIME, dest, 0, NULL, "cannot sync the copy: %s",
			 strerror(errno));
		remove_with_sidecars(tmp);
		return -1;
	}
	if (force) {
		/* What the old database left beside it must not be applied to the new one. */
		char side[4200];
		snprintf(side, sizeof side, "%s-wal", dest);
		unlink(side);
		snprintf(side, sizeof side, "%s-shm", dest);
		unlink(side);
		snprintf(side, sizeof side, "%s-journal", dest);
		unlink(side);
		if (rename(tmp, dest) != 0) {
			ifc_fail(err, INFORCE_ERUNTIME, dest, 0, NULL, "cannot give the copy its name: %s",
				 strerror(errno));
			remove_with_sidecars(tmp);
			return -1;
		}
	} else if (link(tmp, dest) != 0) {
		int e = errno;
		/* A file system without hard links: check again, then rename (a narrow race). */
		if ((e == EPERM || e == EOPNOTSUPP) && lstat(dest, &ds) != 0 && errno == ENOENT &&
		    rename(tmp, dest) == 0)
			goto named;
		remove_with_sidecars(tmp);
		if (e == EEXIST)
			return ifc_fail(err, INFORCE_EINPUT, dest, 0, NULL,
					"already exists (created meanwhile); use --force to replace it");
		return ifc_fail(err, INFORCE_ERUNTIME, dest, 0, NULL, "cannot give the copy its name: %s",
				strerror(e));
	} else {
		unlink(tmp);
	}
named:;
	char dir[4200];
	folder_of(dest, dir, sizeof dir);
	sync_path(dir, O_RDONLY); /* best effort: not every file system syncs folders */
	return 0;
}
