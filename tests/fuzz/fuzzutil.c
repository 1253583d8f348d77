/*
 * fuzzutil.c - the helpers every fuzz target links: the failure report of
 * FUZZ_CHECK, and the store of some parts of the bundle that the targets over the
 * library load once (fuzz.h).
 */
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fuzz.h"
#include "inforce/inforce.h"

#ifndef INFORCE_DATADIR
#define INFORCE_DATADIR "data"
#endif

void fuzz_fail(const char *file, int line, const char *what)
{
	fprintf(stderr, "%s:%d: property failed: %s\n", file, line, what);
	fflush(stderr);
	abort();
}

static void die(const char *name, const char *what, const inforce_error *err)
{
	char msg[1024] = "";
	if (err)
		inforce_error_format(err, msg, sizeof msg);
	fprintf(stderr, "fuzz_%s: %s: %s\n", name, what, msg);
	exit(1);
}

void fuzz_bundle_open(struct fuzz_bundle *b, const char *name, const char *const *parts,
		      size_t nparts, int want_snapshot)
{
	char path[256], target[4096];
	inforce_error err = {0};
	b->parts = parts;
	b->nparts = nparts;
	snprintf(b->dir, sizeof b->dir, "/tmp/inforce-fuzz-%s-XXXXXX", name);
	if (!mkdtemp(b->dir))
		die(name, "cannot create a temporary folder", NULL);
	snprintf(path, sizeof path, "%s/data", b->dir);
	if (mkdir(path, 0700) != 0)
		die(name, "cannot create the data folder", NULL);
	for (size_t i = 0; i < nparts; i++) {
		snprintf(target, sizeof target, "%s/%s", INFORCE_DATADIR, parts[i]);
		snprintf(path, sizeof path, "%s/data/%s", b->dir, parts[i]);
		if (symlink(target, path) != 0)
			die(name, "cannot link the bundle", NULL);
	}
	snprintf(path, sizeof path, "%s/data", b->dir);
	b->store = inforce_store_open(":memory:", INFORCE_OPEN_WRITE, &err);
	if (!b->store || inforce_store_load_bundle(b->store, path, &err))
		die(name, "cannot load the bundle", &err);
	b->snap = NULL;
	if (want_snapshot && !(b->snap = inforce_snapshot_load(b->store, &err)))
		die(name, "cannot load a snapshot", &err);
}

void fuzz_bundle_close(struct fuzz_bundle *b)
{
	char path[256];
	if (!b->store)
		return;
	inforce_snapshot_free(b->snap);
	b->snap = NULL;
	inforce_store_close(b->store);
	b->store = NULL;
	for (size_t i = 0; i < b->nparts; i++) {
		snprintf(path, sizeof path, "%s/data/%s", b->dir, b->parts[i]);
		unlink(path);
	}
	snprintf(path, sizeof path, "%s/data", b->dir);
	rmdir(path);
	rmdir(b->dir);
}
