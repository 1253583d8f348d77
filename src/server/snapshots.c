/*
 * snapshots.c - the snapshot the server answers from, and its replacement. A
 * request takes a reference on the current snapshot for as long as it runs; a
 * write (or a change of the store by another process) loads a new snapshot and
 * swaps it in. From then on new requests get the new one, while requests under
 * way finish on the old one, which is freed by whoever drops its last reference.
 * Every snapshot gets a generation number, which the response cache puts in its
 * keys: an answer computed from an old snapshot is never served again.
 */
#include <pthread.h>
#include <stdlib.h>

#include "http.h"

struct held {
	inforce_snapshot *snap;
	unsigned long generation;
	unsigned refs;              /* requests holding it, plus one while current */
};

struct snapshots {
	pthread_mutex_t lock;
	struct held *current;
};

static struct held *held_new(inforce_snapshot *snap, unsigned long generation)
{
	struct held *h = malloc(sizeof *h);
	if (!h)
		return NULL;
	h->snap = snap;
	h->generation = generation;
	h->refs = 1;
	return h;
}

struct snapshots *snapshots_new(inforce_snapshot *first)
{
	struct snapshots *ss = malloc(sizeof *ss);
	if (!ss)
		return NULL;
	if (!(ss->current = held_new(first, 1))) {
		free(ss);
		return NULL;
	}
	if (pthread_mutex_init(&ss->lock, NULL) != 0) {
		free(ss->current);
		free(ss);
		return NULL;
	}
	return ss;
}

/* Drops one reference; the last one frees. Called with the lock not held. */
static void drop(struct snapshots *ss, struct held *h)
{
	pthread_mutex_lock(&ss->lock);
	int last = --h->refs == 0;
	pthread_mutex_unlock(&ss->lock);
	if (last) {
		inforce_snapshot_free(h->snap);
		free(h);
	}
}

struct held *snapshots_acquire(struct snapshots *ss)
{
	pthread_mutex_lock(&ss->lock);
	struct held *h = ss->current;
	h->refs++;
	pthread_mutex_unlock(&ss->lock);
	return h;
}

const inforce_snapshot *held_snapshot(const struct held *h)
{
	return h->snap;
}

unsigned long held_generation(const struct held *h)
{
	return h->generation;
}

void snapshots_release(struct snapshots *ss, struct held *h)
{
	drop(ss, h);
}

int snapshots_swap(struct snapshots *ss, inforce_snapshot *next)
{
	pthread_mutex_lock(&ss->lock);
	struct held *old = ss->current, *h = held_new(next, old->generation + 1);
	if (h)
		ss->current = h;
	pthread_mutex_unlock(&ss->lock);
	if (!h) {
		inforce_snapshot_free(next);
		return -1;
	}
	drop(ss, old); /* the reference it had as the current one */
	return 0;
}

void snapshots_free(struct snapshots *ss)
{
	if (!ss)
		return;
	/* No request runs any more (the daemon is stopped): only the current one is left. */
	drop(ss, ss->current);
	pthread_mutex_destroy(&ss->lock);
	free(ss);
}
