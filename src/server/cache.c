/*
 * cache.c - the response cache of the API: prepared 200 answers kept by key (today's
 * date, the decoded path and the sorted query parameters). The snapshot is
 * immutable, so an answer depends on nothing else and is valid until the date
 * changes (the key changes with it). Direct-mapped: a new answer replaces the one
 * in its slot; the body bytes held are kept under a budget. A read-write lock
 * guards the slots; an answer is queued while the read lock is held, so a slot
 * replaced meanwhile cannot free it under a reader (libmicrohttpd keeps its own
 * reference once queued).
 */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "respond.h"

struct slot {
	char *key;               /* NULL: empty */
	size_t klen;
	uint64_t hash;
	struct prepared p;
};

struct cache {
	pthread_rwlock_t lock;
	struct slot *slots;
	size_t nslots;
	size_t bytes, max_bytes;
};

static uint64_t hash_key(const char *k, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ull;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)k[i];
		h *= 0x100000001b3ull;
	}
	return h;
}

struct cache *cache_new(size_t nslots, size_t max_bytes)
{
	struct cache *c = calloc(1, sizeof *c);
	if (!c)
		return NULL;
	c->slots = calloc(nslots, sizeof *c->slots);
	if (!c->slots || pthread_rwlock_init(&c->lock, NULL) != 0) {
		free(c->slots);
		free(c);
		return NULL;
	}
	c->nslots = nslots;
	c->max_bytes = max_bytes;
	return c;
}

static void slot_clear(struct cache *c, struct slot *s)
{
	if (!s->key)
		return;
	c->bytes -= s->p.bytes;
	prepared_release(&s->p);
	free(s->key);
	s->key = NULL;
}

void cache_free(struct cache *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->nslots; i++)
		slot_clear(c, &c->slots[i]);
	pthread_rwlock_destroy(&c->lock);
	free(c->slots);
	free(c);
}

int cache_send(struct cache *c, const char *key, size_t klen, struct MHD_Connection *conn,
	       int gz, const char *if_none_match, enum MHD_Result *res)
{
	uint64_t h = hash_key(key, klen);
	int hit = 0;
	if (pthread_rwlock_rdlock(&c->lock) != 0)
		return 0;
	const struct slot *s = &c->slots[h % c->nslots];
	/* an answer kept without its gzip form is made again, with it, for a client
	 * that takes gzip: compressing costs more than the answer, so only on demand */
	if (s->key && s->hash == h && s->klen == klen && memcmp(s->key, key, klen) == 0 &&
	    !(gz && s->p.gz_skipped)) {
		*res = prepared_send(conn, &s->p, gz, if_none_match);
		hit = 1;
	}
	pthread_rwlock_unlock(&c->lock);
	return hit;
}

void cache_put(struct cache *c, const char *key, size_t klen, struct prepared *p)
{
	uint64_t h = hash_key(key, klen);
	char *copy = malloc(klen);
	if (!copy || pthread_rwlock_wrlock(&c->lock) != 0) {
		free(copy);
		prepared_release(p);
		return;
	}
	struct slot *s = &c->slots[h % c->nslots];
	slot_clear(c, s);
	if (c->bytes + p->bytes > c->max_bytes) {
		pthread_rwlock_unlock(&c->lock);
		free(copy);
		prepared_release(p);
		return;
	}
	memcpy(copy, key, klen);
	s->key = copy;
	s->klen = klen;
	s->hash = h;
	s->p = *p;
	c->bytes += p->bytes;
	memset(p, 0, sizeof *p);
	pthread_rwlock_unlock(&c->lock);
}
