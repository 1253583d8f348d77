/*
 * keeper.c - keeps the server's snapshot in step with its store, and is the only
 * part of the server that touches the store:
 *   - writes (`inforce serve --write`): POST /api/v1/import takes a CSV in any
 *     format `inforce import` takes. The request must carry a bearer token that
 *     `inforce token add` made (the store holds only its SHA-256); the import is
 *     recorded as "token:NAME" with its time, goes through the same checks as the
 *     command line (all or nothing, nothing updated or deleted: a correction is a
 *     row that supersedes), and a new snapshot is swapped in before the answer: the
 *     treaties the write added to read again, the others shared with the one before
 *     (inforce_snapshot_update);
 *   - refresh: when another process (`inforce import`) committed to the store, or
 *     another file was put at its path (a backup restored over it, `init --force`),
 *     which is then opened instead, a new snapshot is loaded and swapped in. The
 *     main thread asks every few seconds and on SIGHUP;
 *   - the record as it stood on a past day (`as_recorded`): a one-treaty snapshot
 *     read for the request (its answer is then cached like any other).
 * One lock serialises every use of the store's connection.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "http.h"

#define IMPORT_NAME "POST /api/v1/import"

struct keeper {
	pthread_mutex_t lock;  /* the store's connection, one user at a time */
	inforce_store *store;  /* borrowed */
	struct snapshots *ss;  /* borrowed */
	int writable;
	int stale;             /* the served snapshot is behind the store: a reload failed,
				* or a write saw another process's change and then failed */
};

struct keeper *keeper_new(inforce_store *store, struct snapshots *ss, int writable)
{
	struct keeper *k = malloc(sizeof *k);
	if (!k)
		return NULL;
	if (pthread_mutex_init(&k->lock, NULL) != 0) {
		free(k);
		return NULL;
	}
	k->store = store;
	k->ss = ss;
	k->writable = writable;
	k->stale = 0;
	return k;
}

void keeper_free(struct keeper *k)
{
	if (!k)
		return;
	pthread_mutex_destroy(&k->lock);
	free(k);
}

int keeper_writable(const struct keeper *k)
{
	return k->writable;
}

/* Reads the store and swaps the new snapshot in: whole, or (update) only the treaties
 * changed since the current snapshot, sharing the rest with it. Called with the lock
 * held, so that the current snapshot is the one this keeper swapped in last. */
static int reload(struct keeper *k, int update, inforce_error *err)
{
	inforce_snapshot *next;
	if (update) {
		struct held *h = snapshots_acquire(k->ss);
		next = inforce_snapshot_update(k->store, held_snapshot(h), err);
		snapshots_release(k->ss, h);
	} else {
		next = inforce_snapshot_load(k->store, err);
	}
	if (!next)
		return -1;
	if (snapshots_swap(k->ss, next)) {
		snprintf(err->msg, sizeof err->msg, "out of memory");
		err->kind = INFORCE_ERUNTIME;
		return -1;
	}
	return 0;
}

int keeper_refresh(struct keeper *k, int force, inforce_error *err)
{
	pthread_mutex_lock(&k->lock);
	int rc = 0;
	/* a store restored or rebuilt over the path is another file: read that one (and
	 * write into it), not the one the old path named */
	int replaced = inforce_store_reopen_if_replaced(k->store, err);
	if (replaced < 0)
		rc = -1;
	else if (inforce_store_changed(k->store) || k->stale || force) {
		/* another process's import: what it added is read (and what it changed, if
		 * more than acts, reads all); another file, a failed reload or SIGHUP: all */
		rc = reload(k, !replaced && !k->stale && !force, err) ? -1 : 1;
		k->stale = rc < 0;
	}
	pthread_mutex_unlock(&k->lock);
	return rc;
}

inforce_snapshot *keeper_load_as_recorded(struct keeper *k, const char *treaty, inforce_day day,
					  inforce_error *err)
{
	pthread_mutex_lock(&k->lock);
	inforce_snapshot *snap = inforce_snapshot_load_treaty(k->store, treaty, day, err);
	pthread_mutex_unlock(&k->lock);
	return snap;
}

/* The token of "Bearer TOKEN" (the scheme in any case, RFC 7235), or NULL. */
static const char *bearer(const char *authorization)
{
	if (!authorization || strncasecmp(authorization, "Bearer ", 7) != 0)
		return NULL;
	const char *t = authorization + 7;
	while (*t == ' ')
		t++;
	return *t ? t : NULL;
}

int keeper_authorize(struct keeper *k, const char *authorization, char who[64],
		     struct reply *r)
{
	const char *token = bearer(authorization);
	if (!token) {
		http_error(r, 401, "writing needs a token: Authorization: Bearer TOKEN (made by "
				   "'inforce token add NAME')");
		r->challenge = "Bearer realm=\"inforce\"";
		return 0;
	}
	pthread_mutex_lock(&k->lock);
	inforce_error err = {0};
	/* tokens are the current store's: one restored over the path has its own */
	int ok = inforce_store_reopen_if_replaced(k->store, &err) >= 0 &&
		 inforce_token_check(k->store, token, who);
	pthread_mutex_unlock(&k->lock);
	if (!ok) {
		http_error(r, 401, "the token is not valid (unknown or revoked)");
		r->challenge = "Bearer realm=\"inforce\", error=\"invalid_token\"";
	}
	return ok;
}

int keeper_import(struct keeper *k, const char *who, const char *body, size_t len,
		  struct reply *r)
{
	char recorder[80];
	inforce_error err = {0};
	int added = 0, rc;
	snprintf(recorder, sizeof recorder, "token:%s", who);
	pthread_mutex_lock(&k->lock);
	/* into the file the path names now, not one a restore replaced */
	rc = inforce_store_reopen_if_replaced(k->store, &err) < 0 ? -1 : 0;
	/* The snapshot the server answers from is the store as it stands, unless
	 * another process wrote since, a restore replaced the file, or a reload failed:
	 * then it is stale (and the next refresh reloads, whatever this write does).
	 * When it is not, the import's checks run on it, and the write costs one
	 * snapshot load (the new one) instead of two. */
	if (rc == 0 && inforce_store_changed(k->store))
		k->stale = 1;
	struct held *h = rc == 0 && !k->stale ? snapshots_acquire(k->ss) : NULL;
	inforce_store_set_recorder(k->store, recorder);
	if (rc == 0)
		rc = inforce_store_import_buffer_on(k->store, h ? held_snapshot(h) : NULL, body, len,
						    IMPORT_NAME, &added, &err);
	inforce_store_set_recorder(k->store, NULL);
	if (h)
		snapshots_release(k->ss, h);
	int reload_failed = 0;
	if (rc == 0) {
		/* the snapshot the checks ran on, and this write's treaties read again */
		reload_failed = reload(k, !k->stale, &err) != 0;
		k->stale = reload_failed; /* then the main thread's next refresh tries again */
	}
	pthread_mutex_unlock(&k->lock);
	if (rc)
		return http_lib_error(r, &err); /* nothing stored */
	if (reload_failed) {
		char msg[1024];
		inforce_error_format(&err, msg, sizeof msg);
		return http_error(r, 500, "stored (%d rows), but not yet answered from: %s", added,
				  msg);
	}
	json_t *v = json_pack("{s:i, s:s}", "added", added, "recorded_by", recorder);
	if (http_json(r, v))
		return -1;
	r->status = 201;
	r->max_age = 0;
	return 0;
}
