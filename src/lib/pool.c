/*
 * pool.c - small memory utilities with one owner each: an arena (pool_*), a
 * growable array (vec_*), whole-file reading and ASCII case folding.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "internal.h"

#define POOL_FIRST 1024  /* the first chunk of a pool */
#define POOL_CHUNK 65536 /* the most a chunk grows to (larger requests get their own) */

struct pool_chunk {
	struct pool_chunk *next;
	size_t used, size;
	max_align_t data[]; /* size bytes follow */
};

void pool_init(struct pool *p)
{
	p->head = NULL;
}

void pool_release(struct pool *p)
{
	struct pool_chunk *c = p->head;
	while (c) {
		struct pool_chunk *next = c->next;
		free(c);
		c = next;
	}
	p->head = NULL;
}

size_t pool_bytes(const struct pool *p)
{
	size_t n = 0;
	for (const struct pool_chunk *c = p->head; c; c = c->next)
		n += sizeof *c + c->size;
	return n;
}

void *pool_alloc(struct pool *p, size_t size)
{
	const size_t align = sizeof(max_align_t);
	size = (size + align - 1) / align * align;
	if (size == 0)
		size = align;
	struct pool_chunk *c = p->head;
	if (!c || c->size - c->used < size) {
		/* chunks double from POOL_FIRST up to POOL_CHUNK: a small pool (a treaty's
		 * definition, of which a snapshot holds hundreds) stays small */
		size_t cap = !c ? POOL_FIRST : c->size >= POOL_CHUNK / 2 ? POOL_CHUNK : c->size * 2;
		if (cap < size)
			cap = size;
		c = malloc(sizeof *c + cap);
		if (!c)
			return NULL;
		c->size = cap;
		c->used = 0;
		c->next = p->head;
		p->head = c;
	}
	void *mem = (char *)c->data + c->used;
	c->used += size;
	memset(mem, 0, size);
	return mem;
}

char *pool_strndup(struct pool *p, const char *s, size_t n)
{
	char *d = pool_alloc(p, n + 1);
	if (d) {
		memcpy(d, s, n);
		d[n] = '\0';
	}
	return d;
}

char *pool_strdup(struct pool *p, const char *s)
{
	return pool_strndup(p, s, strlen(s));
}

void vec_init(struct vec *v, size_t elem)
{
	v->items = NULL;
	v->len = v->cap = 0;
	v->elem = elem;
}

void vec_release(struct vec *v)
{
	free(v->items);
	v->items = NULL;
	v->len = v->cap = 0;
}

void *vec_push(struct vec *v)
{
	if (v->len == v->cap) {
		size_t cap = v->cap ? v->cap * 2 : 16;
		void *items = realloc(v->items, cap * v->elem);
		if (!items)
			return NULL;
		v->items = items;
		v->cap = cap;
	}
	void *slot = (char *)v->items + v->len++ * v->elem;
	memset(slot, 0, v->elem);
	return slot;
}

char *ifc_read_file(const char *path, size_t max_bytes, size_t *len, inforce_error *err)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		ifc_fail(err, errno == ENOENT ? INFORCE_EINPUT : INFORCE_ERUNTIME, path, 0, NULL,
			 "cannot open: %s", strerror(errno));
		return NULL;
	}
	struct stat sb;
	if (fstat(fileno(f), &sb) == 0 && S_ISDIR(sb.st_mode)) {
		fclose(f);
		ifc_fail(err, INFORCE_EINPUT, path, 0, NULL, "is a folder, not a file");
		return NULL;
	}
	/* a regular file's size is known: one buffer of that size (and a byte for the
	 * NUL, and one to see that it did not grow), instead of doubling through it */
	size_t cap = 8192, n = 0;
	if (S_ISREG(sb.st_mode) && sb.st_size >= 0 && (uintmax_t)sb.st_size < max_bytes)
		cap = (size_t)sb.st_size + 2;
	char *buf = malloc(cap);
	while (buf) {
		if (n + 1 >= cap) {
			if (cap > max_bytes) {
				ifc_fail(err, INFORCE_EINPUT, path, 0, NULL,
					 "file larger than the limit of %zu bytes", max_bytes);
				free(buf);
				fclose(f);
				return NULL;
			}
			char *nb = realloc(buf, cap * 2);
			if (!nb) {
				free(buf);
				buf = NULL;
				break;
			}
			buf = nb;
			cap *= 2;
		}
		size_t got = fread(buf + n, 1, cap - n - 1, f);
		n += got;
		if (got == 0)
			break;
	}
	if (!buf) {
		fclose(f);
		ifc_fail(err, INFORCE_ERUNTIME, path, 0, NULL, "out of memory");
		return NULL;
	}
	if (ferror(f) || n > max_bytes) {
		ifc_fail(err, ferror(f) ? INFORCE_ERUNTIME : INFORCE_EINPUT, path, 0, NULL,
			 ferror(f) ? "cannot read" : "file larger than the limit of %zu bytes",
			 max_bytes);
		free(buf);
		fclose(f);
		return NULL;
	}
	fclose(f);
	buf[n] = '\0';
	*len = n;
	return buf;
}

int ifc_strcasecmp(const char *a, const char *b)
{
	for (;; a++, b++) {
		int ca = (unsigned char)*a, cb = (unsigned char)*b;
		if (ca >= 'A' && ca <= 'Z')
			ca += 'a' - 'A';
		if (cb >= 'A' && cb <= 'Z')
			cb += 'a' - 'A';
		if (ca != cb || !ca)
			return ca - cb;
	}
}

/* ---- intern: one copy of each distinct string (FNV-1a, open addressing). */

/* A multiplicative hash over 8-byte words (then the tail bytes): every byte counts,
 * at a few instructions per word. */
static uint64_t fnv1a(const char *s)
{
	size_t n = strlen(s), i = 0;
	uint64_t h = 14695981039346656037ull ^ n;
	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		h = (h ^ w) * 0x9E3779B97F4A7C15ull;
		h ^= h >> 29;
	}
	for (; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
	return h ^ (h >> 32);
}

void intern_init(struct intern *in, struct pool *pool)
{
	in->slots = NULL;
	in->cap = in->len = 0;
	in->pool = pool;
}

void intern_release(struct intern *in)
{
	free(in->slots);
	in->slots = NULL;
	in->cap = in->len = 0;
}

static int intern_grow(struct intern *in)
{
	size_t cap = in->cap ? in->cap * 2 : 1024;
	const char **slots = calloc(cap, sizeof *slots);
	if (!slots)
		return -1;
	for (size_t i = 0; i < in->cap; i++) {
		const char *s = in->slots[i];
		if (!s)
			continue;
		size_t j = (size_t)fnv1a(s) & (cap - 1);
		while (slots[j])
			j = (j + 1) & (cap - 1);
		slots[j] = s;
	}
	free(in->slots);
	in->slots = slots;
	in->cap = cap;
	return 0;
}

const char *intern_str(struct intern *in, const char *s)
{
	if (!s[0])
		return "";
	if ((in->len + 1) * 2 > in->cap && intern_grow(in))
		return NULL;
	size_t j = (size_t)fnv1a(s) & (in->cap - 1);
	while (in->slots[j]) {
		if (strcmp(in->slots[j], s) == 0)
			return in->slots[j];
		j = (j + 1) & (in->cap - 1);
	}
	const char *copy = pool_strdup(in->pool, s);
	if (copy) {
		in->slots[j] = copy;
		in->len++;
	}
	return copy;
}
