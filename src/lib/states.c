/*
 * states.c - the table of states (ISO 3166-1 alpha-3 codes) and every name a
 * depositary or a user may call them by. Lookups fold ASCII case, typographic
 * apostrophes and runs of spaces, so "COTE D’IVOIRE" finds "Côte d'Ivoire" only if
 * that spelling (with its accent) is a listed variant: no fuzzy guessing.
 * Exports states_*.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

void states_init(struct states *st)
{
	pool_init(&st->pool);
	vec_init(&st->states, sizeof(struct state_rec));
	vec_init(&st->names, sizeof(struct name_rec));
}

void states_release(struct states *st)
{
	vec_release(&st->states);
	vec_release(&st->names);
	pool_release(&st->pool);
}

/* Folds a name into the key it is looked up by, written into out (at least
 * strlen(s) + 1 bytes; the key is never longer than the name). */
static void fold_into(char *out, const char *s)
{
	char *o = out;
	int space = 0;
	while (*s == ' ')
		s++;
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == ' ' || c == '\t') {
			space = 1;
			continue;
		}
		if (space) {
			*o++ = ' ';
			space = 0;
		}
		/* U+2018, U+2019 (E2 80 98/99) and U+02BC fold to an ASCII apostrophe. */
		if (c == 0xE2 && (unsigned char)s[1] == 0x80 &&
		    ((unsigned char)s[2] == 0x98 || (unsigned char)s[2] == 0x99)) {
			*o++ = '\'';
			s += 2;
			continue;
		}
		if (c == 0xCA && (unsigned char)s[1] == 0xBC) {
			*o++ = '\'';
			s += 1;
			continue;
		}
		*o++ = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
	}
	*o = '\0';
}

/* The same key as a pool string, or NULL when out of memory. */
static char *fold(struct pool *p, const char *s)
{
	char *out = pool_alloc(p, strlen(s) + 1);
	if (out)
		fold_into(out, s);
	return out;
}

static int add_name(struct states *st, const char *name, const char *iso3)
{
	struct name_rec *r = vec_push(&st->names);
	if (!r)
		return -1;
	r->key = fold(&st->pool, name);
	r->iso3 = iso3;
	r->name = pool_strdup(&st->pool, name);
	return r->key && r->name ? 0 : -1;
}

int states_add_variant(struct states *st, const char *iso3, const char *name)
{
	const char *code = pool_strdup(&st->pool, iso3);
	return code ? add_name(st, name, code) : -1;
}

static int valid_iso3(const char *s)
{
	if (strlen(s) != 3)
		return 0;
	for (int i = 0; i < 3; i++)
		if (s[i] < 'A' || s[i] > 'Z')
			return 0;
	return 1;
}

int states_add(struct states *st, const char *iso3, const char *name, const char *kind,
	       const char *variants, const char *source, const char *file, long line,
	       inforce_error *err)
{
	if (!valid_iso3(iso3))
		return ifc_fail(err, INFORCE_EINPUT, file, line, "iso3",
				"'%s' is not an ISO 3166 alpha-3 code (three capital letters)", iso3);
	if (!name[0])
		return ifc_fail(err, INFORCE_EINPUT, file, line, "name", "empty state name");
	struct state_rec *r = vec_push(&st->states);
	if (!r)
		return ifc_fail(err, INFORCE_ERUNTIME, file, line, NULL, "out of memory");
	r->iso3 = pool_strdup(&st->pool, iso3);
	r->name = pool_strdup(&st->pool, name);
	r->kind = pool_strdup(&st->pool, kind ? kind : "state");
	r->source = pool_strdup(&st->pool, source ? source : "");
	if (!r->iso3 || !r->name || !r->kind || !r->source || add_name(st, iso3, r->iso3) ||
	    add_name(st, name, r->iso3))
		return ifc_fail(err, INFORCE_ERUNTIME, file, line, NULL, "out of memory");
	for (const char *v = variants ? variants : ""; *v;) {
		const char *end = strchr(v, ';');
		size_t n = end ? (size_t)(end - v) : strlen(v);
		if (n > 0) {
			char *one = pool_strndup(&st->pool, v, n);
			if (!one || add_name(st, one, r->iso3))
				return ifc_fail(err, INFORCE_ERUNTIME, file, line, NULL,
						"out of memory");
		}
		v += n + (end ? 1 : 0);
	}
	return 0;
}

static int cmp_state(const void *a, const void *b)
{
	return strcmp(((const struct state_rec *)a)->iso3, ((const struct state_rec *)b)->iso3);
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(((const struct name_rec *)a)->key, ((const struct name_rec *)b)->key);
}

int states_finish(struct states *st, const char *file, inforce_error *err)
{
	if (st->states.len) /* qsort and bsearch want a real array, even when empty */
		qsort(st->states.items, st->states.len, sizeof(struct state_rec), cmp_state);
	if (st->names.len)
		qsort(st->names.items, st->names.len, sizeof(struct name_rec), cmp_name);
	for (size_t i = 1; i < st->states.len; i++) {
		const struct state_rec *a = VEC_AT(&st->states, struct state_rec, i - 1);
		if (strcmp(a->iso3, VEC_AT(&st->states, struct state_rec, i)->iso3) == 0)
			return ifc_fail(err, INFORCE_EINPUT, file, 0, "iso3",
					"%s is listed twice", a->iso3);
	}
	/* Drop exact repeats (a variant equal to the name), refuse ambiguity. */
	size_t w = 0;
	for (size_t i = 0; i < st->names.len; i++) {
		struct name_rec *r = VEC_AT(&st->names, struct name_rec, i);
		if (w > 0) {
			struct name_rec *prev = VEC_AT(&st->names, struct name_rec, w - 1);
			if (strcmp(prev->key, r->key) == 0) {
				if (strcmp(prev->iso3, r->iso3) != 0)
					return ifc_fail(err, INFORCE_EINPUT, file, 0, "variants",
							"name '%s' is given to both %s and %s",
							r->name, prev->iso3, r->iso3);
				continue;
			}
		}
		*VEC_AT(&st->names, struct name_rec, w++) = *r;
	}
	st->names.len = w;
	return 0;
}

const struct state_rec *states_by_iso3(const struct states *st, const char *iso3)
{
	struct state_rec key = {.iso3 = iso3};
	if (!st->states.len)
		return NULL;
	return bsearch(&key, st->states.items, st->states.len, sizeof key, cmp_state);
}

const struct state_rec *states_lookup(const struct states *st, const char *name)
{
	/* folded on the stack: a lookup must not fail for want of memory, or a known
	 * name would be reported unknown (bad input). No name is near this long. */
	char buf[1024];
	if (strlen(name) >= sizeof buf)
		return NULL;
	fold_into(buf, name);
	struct name_rec key = {.key = buf};
	const struct name_rec *r =
		st->names.len ? bsearch(&key, st->names.items, st->names.len, sizeof key, cmp_name)
			      : NULL;
	return r ? states_by_iso3(st, r->iso3) : NULL;
}

int states_parse_csv(struct states *st, const char *buf, size_t len, const char *file,
		     inforce_error *err)
{
	struct csvfile cf;
	if (csvfile_parse(&cf, buf, len, file, err))
		return -1;
	static const char *const cols[] = {"iso3", "name", "kind", "variants", "source"};
	int idx[5];
	for (size_t i = 0; i < 5; i++) {
		idx[i] = csvfile_column(&cf, cols[i]);
		if (idx[i] < 0) {
			csvfile_release(&cf);
			return ifc_fail(err, INFORCE_EINPUT, file, 1, cols[i], "missing column");
		}
	}
	const struct csv_row *h = VEC_AT(&cf.rows, struct csv_row, 0);
	for (size_t r = 1; r < cf.rows.len; r++) {
		const struct csv_row *row = VEC_AT(&cf.rows, struct csv_row, r);
		if (row->nfields != h->nfields) {
			ifc_fail(err, INFORCE_EINPUT, file, row->line, NULL,
				 "%zu fields where the header has %zu", row->nfields, h->nfields);
			csvfile_release(&cf); /* after the message: it reads the row */
			return -1;
		}
		char **f = row->fields;
		if (states_add(st, f[idx[0]], f[idx[1]], f[idx[2]], f[idx[3]], f[idx[4]], file,
			       row->line, err)) {
			csvfile_release(&cf);
			return -1;
		}
	}
	csvfile_release(&cf);
	return states_finish(st, file, err);
}
