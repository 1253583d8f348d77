/*
 * snapshot.c - the immutable in-memory image of the store that every query runs
 * on: states and their names, treaty definitions, current acts, and what the
 * engine derives from them. Built once by reading the store; after that, queries
 * never touch SQL. Exports inforce_snapshot_*, inforce_treaty_*, snapshot_load_db.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "text.h"

static const char *col_text(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	return t ? (const char *)t : "";
}

static int prep(sqlite3 *db, const char *sql, sqlite3_stmt **st, inforce_error *err)
{
	if (sqlite3_prepare_v2(db, sql, -1, st, NULL) == SQLITE_OK)
		return 0;
	return ifc_fail(err, INFORCE_ERUNTIME, sqlite3_db_filename(db, "main"), 0, NULL,
			"cannot read the store: %s", sqlite3_errmsg(db));
}

static int step_done(sqlite3 *db, int rc, inforce_error *err)
{
	if (rc == SQLITE_DONE)
		return 0;
	return ifc_fail(err, INFORCE_ERUNTIME, sqlite3_db_filename(db, "main"), 0, NULL,
			"cannot read the store: %s", sqlite3_errmsg(db));
}

/* Steps a `SELECT count(*)` statement and finalizes it: the count in *n, or -1 with
 * err when it cannot be read (out of memory, I/O). A count taken for 0 would make a
 * part of the snapshot silently empty. */
static int count_rows(sqlite3 *db, sqlite3_stmt *st, size_t *n, inforce_error *err)
{
	int rc = sqlite3_step(st);
	*n = rc == SQLITE_ROW ? (size_t)sqlite3_column_int64(st, 0) : 0;
	if (rc != SQLITE_ROW)
		ifc_fail(err, INFORCE_ERUNTIME, sqlite3_db_filename(db, "main"), 0, NULL,
			 "cannot read the store: %s", sqlite3_errmsg(db));
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : -1;
}

static int read_states(inforce_snapshot *s, sqlite3 *db, inforce_error *err)
{
	sqlite3_stmt *st;
	int rc;
	if (prep(db, "SELECT iso3, name, kind, source FROM state", &st, err))
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (states_add(&s->states, col_text(st, 0), col_text(st, 1), col_text(st, 2), NULL,
			       col_text(st, 3), "store", 0, err)) {
			sqlite3_finalize(st);
			return -1;
		}
	sqlite3_finalize(st);
	if (step_done(db, rc, err) || prep(db, "SELECT iso3, name FROM state_name", &st, err))
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (states_add_variant(&s->states, col_text(st, 0), col_text(st, 1))) {
			sqlite3_finalize(st);
			return ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
		}
	sqlite3_finalize(st);
	if (step_done(db, rc, err))
		return -1;
	return states_finish(&s->states, "store", err);
}

/* Every treaty, or with `only` (a stored treaty id) that one. */
static int read_treaties(inforce_snapshot *s, sqlite3 *db, const char *only, inforce_error *err)
{
	sqlite3_stmt *st;
	int rc;
	if (prep(db, only ? "SELECT count(*) FROM treaty WHERE id = ?1" : "SELECT count(*) FROM treaty",
		 &st, err))
		return -1;
	if (only)
		sqlite3_bind_text(st, 1, only, -1, SQLITE_STATIC);
	size_t n;
	if (count_rows(db, st, &n, err))
		return -1;
	s->treaties = calloc(n + 1, sizeof *s->treaties);
	s->tlist = calloc(n + 1, sizeof *s->tlist);
	if (!s->treaties || !s->tlist)
		return ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
	if (prep(db,
		 only ? "SELECT t.definition, i.file FROM treaty t JOIN import i ON i.id = t.import_id"
			" WHERE t.id = ?1"
		      : "SELECT t.definition, i.file FROM treaty t JOIN import i ON i.id = t.import_id"
			" ORDER BY t.id COLLATE NOCASE",
		 &st, err))
		return -1;
	if (only)
		sqlite3_bind_text(st, 1, only, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && s->treaty_count < n) {
		struct inforce_treaty *t = &s->treaties[s->treaty_count];
		const char *def = col_text(st, 0);
		t->file = pool_strdup(&s->pool, col_text(st, 1));
		treatydef_init(&t->def);
		if (!t->file || treatydef_parse(&t->def, def, strlen(def), t->file, err)) {
			treatydef_release(&t->def);
			sqlite3_finalize(st);
			return -1;
		}
		s->tlist[s->treaty_count++] = t;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : step_done(db, rc, err);
}

/* The snapshot's act order: by treaty (case-insensitive id, as the treaties), state,
 * date, kind, row id. */
static int cmp_act(const void *pa, const void *pb)
{
	const inforce_act *a = pa, *b = pb;
	/* treaty ids and ISO3 codes are shared strings: equal pointers, equal text */
	int c = a->treaty == b->treaty ? 0 : ifc_strcasecmp(a->treaty, b->treaty);
	if (c)
		return c;
	if (a->iso3 != b->iso3 && (c = strcmp(a->iso3, b->iso3)))
		return c;
	if (a->date != b->date)
		return a->date < b->date ? -1 : 1;
	if (a->kind != b->kind) /* as the engine orders a day's acts */
		return ifc_day_rank(a->kind) < ifc_day_rank(b->kind) ? -1 : 1;
	return a->id < b->id ? -1 : a->id > b->id;
}

/* When a row became part of the record: its `known` date; else, for a correction,
 * the day it was recorded; else the act's own date. */
#define KNOWN_SQL(a)                                                                      \
	"coalesce(" a ".known, CASE WHEN " a ".supersedes IS NOT NULL THEN substr(" a         \
	".recorded_at, 1, 10) ELSE " a ".date END)"

/* The file of every import, by import id (files[id], nfiles of them). */
static int read_files(inforce_snapshot *s, sqlite3 *db, const char ***files, size_t *nfiles,
		      inforce_error *err)
{
	sqlite3_stmt *fs;
	*nfiles = 0;
	if (prep(db, "SELECT coalesce(max(id), 0) FROM import", &fs, err))
		return -1;
	if (sqlite3_step(fs) == SQLITE_ROW)
		*nfiles = (size_t)sqlite3_column_int64(fs, 0) + 1;
	sqlite3_finalize(fs);
	const char **f = *files = pool_alloc(&s->pool, sizeof *f * (*nfiles + 1));
	if (!f)
		return ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
	if (prep(db, "SELECT id, file FROM import", &fs, err))
		return -1;
	while (sqlite3_step(fs) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(fs, 0);
		if (id > 0 && (size_t)id < *nfiles)
			f[id] = pool_strdup(&s->pool, col_text(fs, 1));
	}
	sqlite3_finalize(fs);
	return 0;
}

/* The acts of the record: the current ones, or (as_recorded set) those known by that
 * day, each corrected only by corrections known by then. */
static int read_acts(inforce_snapshot *s, sqlite3 *db, inforce_day as_recorded,
		     const char *only, inforce_error *err)
{
	sqlite3_stmt *st;
	int rc;
	char day[INFORCE_DATE_BUFSZ];
	/* NOT IN over an uncorrelated subquery: built once, not probed per row */
	static const char *const where_current =
		" FROM action a WHERE a.id NOT IN"
		" (SELECT supersedes FROM action WHERE supersedes IS NOT NULL)";
	static const char *const where_as_of =
		" FROM action a WHERE " KNOWN_SQL("a") " <= ?1 AND NOT EXISTS (SELECT 1 FROM"
		" action b WHERE b.supersedes = a.id AND " KNOWN_SQL("b") " <= ?1)";
	const char *where = as_recorded == INFORCE_DAY_NONE ? where_current : where_as_of;
	char sql[1024];
	/* an upper bound, cheap: the highest row id (a count would walk the table) */
	if (prep(db,
		 only ? "SELECT count(*) FROM action WHERE treaty = ?1"
		      : "SELECT coalesce(max(id), 0) FROM action",
		 &st, err))
		return -1;
	if (only)
		sqlite3_bind_text(st, 1, only, -1, SQLITE_STATIC);
	size_t n;
	if (count_rows(db, st, &n, err))
		return -1;
	s->acts = calloc(n + 1, sizeof *s->acts);
	if (!s->acts)
		return ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
	snprintf(sql, sizeof sql,
		 "SELECT a.id, a.treaty, a.iso3, a.state_name, a.kind, a.date,"
		 " a.stated_effective, a.source, a.notes, a.supersedes,"
		 " a.import_id, a.line, a.recorded_at, a.known, a.depositary, a.cn,"
		 " a.disputed%s%s%s",
		 /* one treaty's: each act's file by the import's key; all: every file read
		  * once below, the acts many times as many */
		 only ? ", (SELECT file FROM import WHERE id = a.import_id)" : "", where,
		 only ? " AND a.treaty = ?2" : "");
	if (prep(db, sql, &st, err))
		return -1;
	if (as_recorded != INFORCE_DAY_NONE)
		sqlite3_bind_text(st, 1, inforce_date_format(as_recorded, day), -1, SQLITE_STATIC);
	if (only)
		sqlite3_bind_text(st, 2, only, -1, SQLITE_STATIC);
	/* the files acts came from, by import id, read once (a whole read) */
	const char **files = NULL;
	size_t nfiles = 0;
	if (!only && read_files(s, db, &files, &nfiles, err)) {
		sqlite3_finalize(st);
		return -1;
	}
	struct intern strings; /* names, sources and notes repeat: one copy each */
	intern_init(&strings, &s->pool);
	const struct inforce_treaty *t = NULL; /* consecutive acts share a treaty: cache it */
	const struct state_rec *sr = NULL;
	const char *recorded = NULL;           /* ... and a recording time */
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && s->act_count < n) {
		inforce_act *a = &s->acts[s->act_count];
		if (!t || strcmp(t->def.id, col_text(st, 1)) != 0)
			t = (const struct inforce_treaty *)inforce_snapshot_treaty(s, col_text(st, 1));
		if (!sr || strcmp(sr->iso3, col_text(st, 2)) != 0) /* ... and often a state */
			sr = states_by_iso3(&s->states, col_text(st, 2));
		const char *date = col_text(st, 5), *eff = col_text(st, 6);
		a->id = sqlite3_column_int64(st, 0);
		if (!t || !sr || inforce_act_kind_parse(col_text(st, 4), &a->kind) ||
		    inforce_date_parse(date, strlen(date), &a->date)) {
			sqlite3_finalize(st);
			intern_release(&strings);
			return ifc_fail(err, INFORCE_EINPUT, "store", 0, "action",
					"row %lld is not consistent (treaty, state, kind or date)",
					(long long)a->id);
		}
		a->stated_effective = INFORCE_DAY_NONE;
		if (eff[0])
			inforce_date_parse(eff, strlen(eff), &a->stated_effective);
		a->treaty = t->def.id;
		a->iso3 = sr->iso3;
		a->state_name = intern_str(&strings, col_text(st, 3));
		a->source = intern_str(&strings, col_text(st, 7));
		a->notes = intern_str(&strings, col_text(st, 8));
		a->supersedes = sqlite3_column_int64(st, 9);
		int64_t imp = sqlite3_column_int64(st, 10);
		if (only)
			a->file = intern_str(&strings, col_text(st, 17));
		else
			a->file = imp > 0 && (size_t)imp < nfiles ? files[imp] : "?";
		a->line = (long)sqlite3_column_int64(st, 11);
		if (!recorded || strcmp(recorded, col_text(st, 12)) != 0)
			recorded = pool_strdup(&s->pool, col_text(st, 12));
		a->recorded_at = recorded;
		const char *known = col_text(st, 13);
		a->known = INFORCE_DAY_NONE;
		if (known[0])
			inforce_date_parse(known, strlen(known), &a->known);
		a->depositary = intern_str(&strings, col_text(st, 14));
		a->cn = intern_str(&strings, col_text(st, 15));
		a->disputed = intern_str(&strings, col_text(st, 16));
		if (!a->state_name || !a->source || !a->notes || !a->file || !a->recorded_at ||
		    !a->depositary || !a->cn || !a->disputed) {
			sqlite3_finalize(st);
			intern_release(&strings);
			return ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
		}
		s->act_count++;
	}
	intern_release(&strings);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && step_done(db, rc, err))
		return -1;
	/* rows come in the order they were stored, which is often the snapshot's */
	size_t i = 1;
	while (i < s->act_count && cmp_act(&s->acts[i - 1], &s->acts[i]) < 0)
		i++;
	if (i < s->act_count)
		qsort(s->acts, s->act_count, sizeof *s->acts, cmp_act);
	return 0;
}

struct also_row {
	int64_t action_id;
	const char *source;
};

static int cmp_also(const void *a, const void *b)
{
	const struct also_row *x = a, *y = b;
	return x->action_id < y->action_id ? -1 : x->action_id > y->action_id;
}

static int cmp_act_id(const void *a, const void *b)
{
	const inforce_act *x = *(const inforce_act *const *)a, *y = *(const inforce_act *const *)b;
	return x->id < y->id ? -1 : x->id > y->id;
}

/* The snapshot's acts by row id: an array indexed by id when the ids are dense (a
 * whole read: row ids run from 1 with few gaps), else sorted by id for a binary
 * search (a treaty's acts are scattered over the store's ids). */
struct act_ids {
	inforce_act **slot;
	int64_t min;
	size_t n;
	int dense;
};

static int act_ids_build(struct act_ids *ix, inforce_snapshot *s)
{
	int64_t min = INT64_MAX, max = 0;
	for (size_t i = 0; i < s->act_count; i++) {
		min = s->acts[i].id < min ? s->acts[i].id : min;
		max = s->acts[i].id > max ? s->acts[i].id : max;
	}
	memset(ix, 0, sizeof *ix);
	if (s->act_count == 0)
		return 0;
	ix->min = min;
	ix->dense = (uint64_t)(max - min) < 2 * (uint64_t)s->act_count + 64;
	ix->n = ix->dense ? (size_t)(max - min) + 1 : s->act_count;
	if (!(ix->slot = calloc(ix->n, sizeof *ix->slot)))
		return -1;
	for (size_t i = 0; i < s->act_count; i++)
		ix->slot[ix->dense ? (size_t)(s->acts[i].id - min) : i] = &s->acts[i];
	if (!ix->dense)
		qsort(ix->slot, ix->n, sizeof *ix->slot, cmp_act_id);
	return 0;
}

/* The act with row id `id`, or NULL (superseded, or not known on the day read). */
static inforce_act *act_ids_find(const struct act_ids *ix, int64_t id)
{
	if (ix->dense)
		return id >= ix->min && (uint64_t)(id - ix->min) < ix->n ? ix->slot[id - ix->min]
									 : NULL;
	inforce_act key = {.id = id}, *kp = &key;
	inforce_act **hit = ix->n ? bsearch(&kp, ix->slot, ix->n, sizeof *ix->slot, cmp_act_id)
				  : NULL;
	return hit ? *hit : NULL;
}

/* The further sources of acts (act_source), attached to each act (found in ix). */
static int read_also(inforce_snapshot *s, sqlite3 *db, const char *only,
		     const struct act_ids *ix, inforce_error *err)
{
	sqlite3_stmt *st;
	struct vec rows;
	int rc = 0;
	vec_init(&rows, sizeof(struct also_row));
	if (prep(db,
		 only ? "SELECT x.action_id, x.source FROM action a"
			" JOIN act_source x ON x.action_id = a.id WHERE a.treaty = ?1"
		      : "SELECT action_id, source FROM act_source",
		 &st, err))
		return -1;
	if (only)
		sqlite3_bind_text(st, 1, only, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct also_row *r = vec_push(&rows);
		if (!r || !(r->source = pool_strdup(&s->pool, col_text(st, 1)))) {
			rc = ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
			break;
		}
		r->action_id = sqlite3_column_int64(st, 0);
	}
	sqlite3_finalize(st);
	if (rc == 0 && rows.len) {
		qsort(rows.items, rows.len, sizeof(struct also_row), cmp_also);
		const char **list = pool_alloc(&s->pool, sizeof *list * rows.len);
		if (!list)
			rc = ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
		for (size_t i = 0; rc == 0 && i < rows.len;) {
			const struct also_row *r = VEC_AT(&rows, struct also_row, i);
			size_t j = i;
			while (j < rows.len && VEC_AT(&rows, struct also_row, j)->action_id == r->action_id) {
				list[j] = VEC_AT(&rows, struct also_row, j)->source;
				j++;
			}
			inforce_act *a = act_ids_find(ix, r->action_id);
			if (a) { /* absent when the act was superseded: its sources stay stored */
				a->also = list + i;
				a->also_count = j - i;
			}
			i = j;
		}
	}
	vec_release(&rows);
	return rc;
}

/* The records known on the snapshot's day (all, for the current record), by treaty,
 * as_at and id; with `only`, that treaty's. */
static int read_record_rows(inforce_snapshot *s, sqlite3 *db, const char *only,
			    inforce_error *err)
{
	sqlite3_stmt *st;
	int rc;
	char day[INFORCE_DATE_BUFSZ];
	const char *asof = s->as_recorded == INFORCE_DAY_NONE
				   ? "9999-12-31"
				   : inforce_date_format(s->as_recorded, day);
	if (prep(db,
		 only ? "SELECT count(*) FROM record WHERE as_at <= ?1 AND treaty = ?2"
		      : "SELECT count(*) FROM record WHERE as_at <= ?1",
		 &st, err))
		return -1;
	sqlite3_bind_text(st, 1, asof, -1, SQLITE_STATIC);
	if (only)
		sqlite3_bind_text(st, 2, only, -1, SQLITE_STATIC);
	size_t n;
	if (count_rows(db, st, &n, err))
		return -1;
	s->records = pool_alloc(&s->pool, sizeof *s->records * (n + 1));
	if (!s->records)
		return ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
	if (prep(db,
		 only ? "SELECT r.id, r.treaty, r.series, r.complete, r.format, r.reference, i.file,"
			" r.as_at, r.published_signatories, r.published_parties, r.published_eif,"
			" r.eif_text, r.url FROM record r JOIN import i ON i.id = r.import_id"
			" WHERE r.as_at <= ?1 AND r.treaty = ?2"
			" ORDER BY r.treaty COLLATE NOCASE, r.as_at, r.id"
		      : "SELECT r.id, r.treaty, r.series, r.complete, r.format, r.reference, i.file,"
			" r.as_at, r.published_signatories, r.published_parties, r.published_eif,"
			" r.eif_text, r.url FROM record r JOIN import i ON i.id = r.import_id"
			" WHERE r.as_at <= ?1 ORDER BY r.treaty COLLATE NOCASE, r.as_at, r.id",
		 &st, err))
		return -1;
	sqlite3_bind_text(st, 1, asof, -1, SQLITE_STATIC);
	if (only)
		sqlite3_bind_text(st, 2, only, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && s->record_count < n) {
		const struct inforce_treaty *t =
			(const struct inforce_treaty *)inforce_snapshot_treaty(s, col_text(st, 1));
		if (!t)
			continue;
		inforce_record *r = &s->records[s->record_count++];
		const char *at = col_text(st, 7), *pe = col_text(st, 10);
		r->id = sqlite3_column_int64(st, 0);
		r->treaty = t->def.id;
		r->series = pool_strdup(&s->pool, col_text(st, 2));
		r->complete = sqlite3_column_int(st, 3);
		r->format = pool_strdup(&s->pool, col_text(st, 4));
		r->reference = pool_strdup(&s->pool, col_text(st, 5));
		r->file = pool_strdup(&s->pool, col_text(st, 6));
		r->as_at = r->published_eif = INFORCE_DAY_NONE;
		inforce_date_parse(at, strlen(at), &r->as_at);
		if (pe[0])
			inforce_date_parse(pe, strlen(pe), &r->published_eif);
		r->published_signatories = sqlite3_column_type(st, 8) == SQLITE_NULL
						   ? -1 : sqlite3_column_int(st, 8);
		r->published_parties = sqlite3_column_type(st, 9) == SQLITE_NULL
					       ? -1 : sqlite3_column_int(st, 9);
		r->eif_text = pool_strdup(&s->pool, col_text(st, 11));
		r->url = pool_strdup(&s->pool, col_text(st, 12));
		if (!r->series || !r->format || !r->reference || !r->file || !r->eif_text ||
		    !r->url) {
			sqlite3_finalize(st);
			return ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
		}
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : step_done(db, rc, err);
}

static int cmp_record_id(const void *a, const void *b)
{
	const inforce_record *x = *(const inforce_record *const *)a,
			     *y = *(const inforce_record *const *)b;
	return x->id < y->id ? -1 : x->id > y->id;
}

struct listing_row {
	int64_t action_id;
	const inforce_record *record;
	const char *cn, *name;
};

static int cmp_listing(const void *a, const void *b)
{
	const struct listing_row *x = a, *y = b;
	if (x->action_id != y->action_id)
		return x->action_id < y->action_id ? -1 : 1;
	return x->record->as_at < y->record->as_at ? -1 : x->record->as_at > y->record->as_at;
}

/* Which records list which acts (found in ix): each act's listed_by (oldest first),
 * and the depositary notification a record cites for an act that does not carry one. */
static int read_listings(inforce_snapshot *s, sqlite3 *db, const char *only,
			 const struct act_ids *ix, inforce_error *err)
{
	if (s->record_count == 0)
		return 0;
	sqlite3_stmt *st;
	struct vec rows;
	int rc = 0;
	const inforce_record **recs = malloc(sizeof *recs * s->record_count);
	vec_init(&rows, sizeof(struct listing_row));
	if (!recs)
		return ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
	for (size_t i = 0; i < s->record_count; i++)
		recs[i] = &s->records[i];
	qsort(recs, s->record_count, sizeof *recs, cmp_record_id);
	if (prep(db,
		 only ? "SELECT l.action_id, l.record_id, l.cn, l.name FROM listing l JOIN record r"
			" ON r.id = l.record_id WHERE r.treaty = ?1"
		      : "SELECT action_id, record_id, cn, name FROM listing",
		 &st, err)) {
		free(recs);
		return -1;
	}
	if (only)
		sqlite3_bind_text(st, 1, only, -1, SQLITE_STATIC);
	struct intern names;
	intern_init(&names, &s->pool);
	while (rc == 0 && sqlite3_step(st) == SQLITE_ROW) {
		inforce_record key = {.id = sqlite3_column_int64(st, 1)}, *kp = &key;
		const inforce_record **hit = bsearch(&kp, recs, s->record_count, sizeof *recs,
						     cmp_record_id);
		if (!hit)
			continue; /* a record after the day asked about */
		struct listing_row *r = vec_push(&rows);
		const char *cn = col_text(st, 2);
		if (!r || !(r->cn = cn[0] ? pool_strdup(&s->pool, cn) : "") ||
		    !(r->name = intern_str(&names, col_text(st, 3)))) {
			rc = ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
			break;
		}
		r->action_id = sqlite3_column_int64(st, 0);
		r->record = *hit;
	}
	sqlite3_finalize(st);
	intern_release(&names);
	if (rows.len)
		qsort(rows.items, rows.len, sizeof(struct listing_row), cmp_listing);
	const inforce_record **list = rows.len ? pool_alloc(&s->pool, sizeof *list * rows.len) : NULL;
	const char **lnames = rows.len ? pool_alloc(&s->pool, sizeof *lnames * rows.len) : NULL;
	if (rc == 0 && rows.len && (!list || !lnames))
		rc = ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
	for (size_t i = 0; rc == 0 && i < rows.len;) {
		const struct listing_row *r = VEC_AT(&rows, struct listing_row, i);
		size_t j = i;
		const char *cn = "";
		while (j < rows.len && VEC_AT(&rows, struct listing_row, j)->action_id == r->action_id) {
			const struct listing_row *q = VEC_AT(&rows, struct listing_row, j);
			list[j] = q->record;
			lnames[j] = q->name;
			if (q->cn[0])
				cn = q->cn;
			j++;
		}
		inforce_act *a = act_ids_find(ix, r->action_id);
		if (a) { /* absent when superseded or not known yet */
			a->listed_by = list + i;
			a->listed_names = lnames + i;
			a->listed_count = j - i;
			if (!a->cn[0])
				a->cn = cn;
		}
		i = j;
	}
	free(recs);
	vec_release(&rows);
	return rc;
}

/* The records (`only`: that treaty's), then what ties acts to sources: further
 * sources and listings, each act found through one index by row id. */
static int read_sources(inforce_snapshot *s, sqlite3 *db, const char *only, inforce_error *err)
{
	struct act_ids ix;
	if (read_record_rows(s, db, only, err))
		return -1;
	if (act_ids_build(&ix, s))
		return ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
	int rc = read_also(s, db, only, &ix, err) || read_listings(s, db, only, &ix, err) ? -1 : 0;
	free(ix.slot);
	return rc;
}

/* The notes of each treaty's newest UN record known on the snapshot's day
 * (declarations, objections, notifications, territorial applications, end notes). */
static int read_notes(inforce_snapshot *s, sqlite3 *db, const char *only, inforce_error *err)
{
	sqlite3_stmt *st;
	int rc;
	char day[INFORCE_DATE_BUFSZ];
	const char *asof = s->as_recorded == INFORCE_DAY_NONE
				   ? "9999-12-31"
				   : inforce_date_format(s->as_recorded, day);
	/* the newest UN record of each treaty, known by then */
	static const char *const newest =
		" FROM note n JOIN record r ON r.import_id = n.import_id"
		" WHERE n.kind <> 'other' AND r.id = (SELECT q.id FROM record q"
		" WHERE q.treaty = r.treaty AND q.series = 'untc' AND q.as_at <= ?1"
		" ORDER BY q.as_at DESC, q.id DESC LIMIT 1)";
	char sql[1024];
	/* one treaty's: its notes by the index on note(treaty), not a walk over all of
	 * them (an import is one file of one treaty: its notes are that treaty's) */
	const char *one = " AND r.treaty = ?2 AND n.treaty = ?2";
	snprintf(sql, sizeof sql, "SELECT count(*)%s%s", newest, only ? one : "");
	if (prep(db, sql, &st, err))
		return -1;
	sqlite3_bind_text(st, 1, asof, -1, SQLITE_STATIC);
	if (only)
		sqlite3_bind_text(st, 2, only, -1, SQLITE_STATIC);
	size_t n;
	if (count_rows(db, st, &n, err))
		return -1;
	s->notes = pool_alloc(&s->pool, sizeof *s->notes * (n + 1));
	if (!s->notes)
		return ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
	snprintf(sql, sizeof sql,
		 "SELECT r.id, n.kind, n.iso3, n.participant, n.idx, n.text, n.treaty%s%s"
		 " ORDER BY n.treaty COLLATE NOCASE, n.id",
		 newest, only ? one : "");
	if (prep(db, sql, &st, err))
		return -1;
	sqlite3_bind_text(st, 1, asof, -1, SQLITE_STATIC);
	if (only)
		sqlite3_bind_text(st, 2, only, -1, SQLITE_STATIC);
	struct intern strings;
	intern_init(&strings, &s->pool);
	size_t r = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && s->note_count < n) {
		int64_t rid = sqlite3_column_int64(st, 0);
		while (r < s->record_count && s->records[r].id != rid)
			r++; /* records and notes come in the same treaty order */
		if (r == s->record_count) {
			for (r = 0; r < s->record_count && s->records[r].id != rid; r++)
				;
			if (r == s->record_count) {
				r = 0;
				continue;
			}
		}
		inforce_note *nt = &s->notes[s->note_count++];
		const char *iso3 = col_text(st, 2);
		const struct state_rec *sr = iso3[0] ? states_by_iso3(&s->states, iso3) : NULL;
		nt->record = &s->records[r];
		nt->kind = intern_str(&strings, col_text(st, 1));
		nt->iso3 = sr ? sr->iso3 : NULL;
		nt->participant = sqlite3_column_type(st, 3) == SQLITE_NULL
					  ? NULL
					  : intern_str(&strings, col_text(st, 3));
		nt->index = intern_str(&strings, col_text(st, 4));
		nt->column = "";
		nt->text = pool_strdup(&s->pool, col_text(st, 5));
		if (!nt->kind || !nt->index || !nt->text ||
		    (sqlite3_column_type(st, 3) != SQLITE_NULL && !nt->participant)) {
			sqlite3_finalize(st);
			intern_release(&strings);
			return ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
		}
	}
	intern_release(&strings);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : step_done(db, rc, err);
}

/* "YYYY-MM-DD" or "YYYY-MM" as stored; checked on import. */
static inforce_day record_day(const char *t, int last)
{
	inforce_day d;
	char full[11];
	if (strlen(t) == 10)
		return inforce_date_parse(t, 10, &d) ? INFORCE_DAY_NONE : d;
	if (strlen(t) != 7)
		return INFORCE_DAY_NONE;
	snprintf(full, sizeof full, "%s-01", t);
	if (inforce_date_parse(full, 10, &d))
		return INFORCE_DAY_NONE;
	return last ? inforce_date_add_days(inforce_date_add_months(d, 1), -1) : d;
}

static int read_records(inforce_snapshot *s, sqlite3 *db, inforce_error *err)
{
	sqlite3_stmt *st;
	int rc;
	if (prep(db, "SELECT count(*) FROM current_conflict", &st, err))
		return -1;
	size_t n;
	if (count_rows(db, st, &n, err))
		return -1;
	s->conflicts = pool_alloc(&s->pool, sizeof *s->conflicts * (n + 1));
	if (!s->conflicts ||
	    prep(db,
		 "SELECT c.id, c.iso3, c.kind, c.start_text, c.end_text, c.source, c.notes, i.file,"
		 " c.line FROM current_conflict c JOIN import i ON i.id = c.import_id"
		 " ORDER BY c.iso3, c.start_text, c.id",
		 &st, err))
		return s->conflicts ? -1 : ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && s->conflict_count < n) {
		inforce_conflict *c = &s->conflicts[s->conflict_count++];
		const struct state_rec *sr = states_by_iso3(&s->states, col_text(st, 1));
		c->id = sqlite3_column_int64(st, 0);
		c->iso3 = sr ? sr->iso3 : "?";
		c->kind = strcmp(col_text(st, 2), "occupation") == 0 ? "occupation" : "armed-conflict";
		c->start_text = pool_strdup(&s->pool, col_text(st, 3));
		c->end_text = pool_strdup(&s->pool, col_text(st, 4));
		c->source = pool_strdup(&s->pool, col_text(st, 5));
		c->notes = pool_strdup(&s->pool, col_text(st, 6));
		c->file = pool_strdup(&s->pool, col_text(st, 7));
		c->line = (long)sqlite3_column_int64(st, 8);
		c->start = record_day(col_text(st, 3), 0);
		c->end = col_text(st, 4)[0] ? record_day(col_text(st, 4), 1) : INFORCE_DAY_NONE;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && step_done(db, rc, err))
		return -1;
	/* obligation records, and the deadline extensions of stores made before them */
	if (prep(db, "SELECT (SELECT count(*) FROM deadline_extension) +"
		     " (SELECT count(*) FROM obligation_record)", &st, err))
		return -1;
	if (count_rows(db, st, &n, err))
		return -1;
	s->obligation_records = pool_alloc(&s->pool, sizeof *s->obligation_records * (n + 1));
	if (!s->obligation_records ||
	    prep(db,
		 "SELECT o.id, o.treaty, o.iso3, o.obligation, o.record, o.date, o.deadline,"
		 " o.source, o.notes, i.file, o.line FROM obligation_record o"
		 " JOIN import i ON i.id = o.import_id"
		 " UNION ALL SELECT e.id, e.treaty, e.iso3, e.obligation, 'extended', '', e.deadline,"
		 " e.source, e.notes, i.file, e.line FROM deadline_extension e"
		 " JOIN import i ON i.id = e.import_id ORDER BY 2, 3, 4, 1",
		 &st, err))
		return s->obligation_records ? -1
					     : ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL,
							"out of memory");
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && s->obligation_record_count < n) {
		inforce_obligation_record *x = &s->obligation_records[s->obligation_record_count++];
		const struct inforce_treaty *t =
			(const struct inforce_treaty *)inforce_snapshot_treaty(s, col_text(st, 1));
		const struct state_rec *sr = states_by_iso3(&s->states, col_text(st, 2));
		const char *k = col_text(st, 4);
		x->id = sqlite3_column_int64(st, 0);
		x->treaty = t ? t->def.id : "?";
		x->iso3 = sr ? sr->iso3 : "?";
		x->obligation = pool_strdup(&s->pool, col_text(st, 3));
		x->kind = strcmp(k, "applies") == 0	     ? INFORCE_OBL_APPLIES
			  : strcmp(k, "not_applicable") == 0 ? INFORCE_OBL_NOT_APPLICABLE
			  : strcmp(k, "completed") == 0      ? INFORCE_OBL_COMPLETED
							     : INFORCE_OBL_EXTENDED;
		x->date = col_text(st, 5)[0] ? record_day(col_text(st, 5), 0) : INFORCE_DAY_NONE;
		x->deadline = col_text(st, 6)[0] ? record_day(col_text(st, 6), 0) : INFORCE_DAY_NONE;
		x->source = pool_strdup(&s->pool, col_text(st, 7));
		x->notes = pool_strdup(&s->pool, col_text(st, 8));
		x->file = pool_strdup(&s->pool, col_text(st, 9));
		x->line = (long)sqlite3_column_int64(st, 10);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && step_done(db, rc, err))
		return -1;
	if (prep(db, "SELECT count(*) FROM succession", &st, err))
		return -1;
	if (count_rows(db, st, &n, err))
		return -1;
	s->successions = pool_alloc(&s->pool, sizeof *s->successions * (n + 1));
	if (!s->successions ||
	    prep(db, "SELECT iso3, kind, predecessor, date, source FROM succession ORDER BY iso3, id",
		 &st, err))
		return s->successions ? -1 : ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && s->succession_count < n) {
		struct succession *x = &s->successions[s->succession_count];
		const struct state_rec *sr = states_by_iso3(&s->states, col_text(st, 0));
		const struct state_rec *pr = states_by_iso3(&s->states, col_text(st, 2));
		const char *k = col_text(st, 1), *d = col_text(st, 3);
		if (!sr || inforce_date_parse(d, strlen(d), &x->date))
			continue; /* checked on import */
		x->iso3 = sr->iso3;
		x->predecessor = pr ? pr->iso3 : "";
		x->kind = strcmp(k, "former") == 0	     ? SUCC_FORMER
			  : strcmp(k, "continuation") == 0 ? SUCC_CONTINUATION
							    : SUCC_SUCCESSOR;
		if (!(x->source = pool_strdup(&s->pool, col_text(st, 4)))) {
			sqlite3_finalize(st);
			return ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
		}
		s->succession_count++;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && step_done(db, rc, err))
		return -1;
	s->facts.successions = s->successions;
	s->facts.succession_count = s->succession_count;
	s->facts.states = &s->states;
	s->facts.conflicts = s->conflicts;
	s->facts.conflict_count = s->conflict_count;
	s->facts.obligation_records = s->obligation_records;
	s->facts.obligation_record_count = s->obligation_record_count;
	return 0;
}

static int read_groups(inforce_snapshot *s, sqlite3 *db, inforce_error *err)
{
	sqlite3_stmt *st;
	int rc;
	if (prep(db, "SELECT count(*) FROM group_member", &st, err))
		return -1;
	size_t n;
	if (count_rows(db, st, &n, err))
		return -1;
	s->members = pool_alloc(&s->pool, sizeof *s->members * (n + 1));
	s->group_names = pool_alloc(&s->pool, sizeof *s->group_names * (n + 1));
	if (!s->members || !s->group_names)
		return ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
	if (prep(db,
		 "SELECT grp, iso3, joined, left_on, source FROM group_member"
		 " ORDER BY upper(grp), iso3, joined",
		 &st, err))
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && s->member_count < n) {
		inforce_member *m = &s->members[s->member_count++];
		const struct state_rec *sr = states_by_iso3(&s->states, col_text(st, 1));
		const char *g = col_text(st, 0);
		if (s->group_count == 0 || ifc_strcasecmp(s->group_names[s->group_count - 1], g))
			s->group_names[s->group_count++] = pool_strdup(&s->pool, g);
		m->group = s->group_names[s->group_count - 1];
		m->iso3 = sr ? sr->iso3 : "?";
		m->name = sr ? sr->name : "?";
		m->joined = record_day(col_text(st, 2), 0);
		m->left = record_day(col_text(st, 3), 0);
		m->source = pool_strdup(&s->pool, col_text(st, 4));
		if (!m->group || !m->source) {
			sqlite3_finalize(st);
			return ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
		}
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : step_done(db, rc, err);
}

int inforce_group_known(const inforce_snapshot *s, const char *group)
{
	for (size_t i = 0; i < s->group_count; i++)
		if (ifc_strcasecmp(s->group_names[i], group) == 0)
			return 1;
	return 0;
}

static int member_on(const inforce_member *m, inforce_day on)
{
	return (m->joined == INFORCE_DAY_NONE || m->joined <= on) &&
	       (m->left == INFORCE_DAY_NONE || on < m->left);
}

int inforce_group_member_on(const inforce_snapshot *s, const char *group, const char *iso3,
			    inforce_day on)
{
	for (size_t i = 0; i < s->member_count; i++) {
		const inforce_member *m = &s->members[i];
		if (strcmp(m->iso3, iso3) == 0 && ifc_strcasecmp(m->group, group) == 0 &&
		    member_on(m, on))
			return 1;
	}
	return 0;
}

const inforce_member **inforce_group_members(const inforce_snapshot *s, const char *group,
					     inforce_day on, size_t *n)
{
	const inforce_member **out = malloc(sizeof *out * (s->member_count + 1));
	*n = 0;
	if (!out)
		return NULL;
	for (size_t i = 0; i < s->member_count; i++) {
		const inforce_member *m = &s->members[i];
		if (ifc_strcasecmp(m->group, group) == 0 && member_on(m, on) &&
		    (*n == 0 || strcmp(out[*n - 1]->iso3, m->iso3) != 0))
			out[(*n)++] = m;
	}
	return out;
}

const char *const *inforce_group_names(const inforce_snapshot *s, size_t *n)
{
	*n = s->group_count;
	return s->group_names;
}

/* Hands each treaty its acts (contiguous: sorted by treaty) and derives it. */
static int derive_all(inforce_snapshot *s, inforce_error *err)
{
	const inforce_act **ptrs = pool_alloc(&s->pool, sizeof *ptrs * (s->act_count + 1));
	if (!ptrs)
		return ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
	for (size_t i = 0; i < s->act_count; i++)
		ptrs[i] = &s->acts[i];
	const inforce_record **rptrs = pool_alloc(&s->pool, sizeof *rptrs * (s->record_count + 1));
	if (!rptrs)
		return ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
	for (size_t k = 0; k < s->record_count; k++)
		rptrs[k] = &s->records[k];
	size_t i = 0, r = 0, nn = 0;
	for (size_t t = 0; t < s->treaty_count; t++) {
		struct inforce_treaty *tr = &s->treaties[t];
		while (i < s->act_count && ifc_strcasecmp(s->acts[i].treaty, tr->def.id) < 0)
			i++;
		size_t j = i;
		while (j < s->act_count && s->acts[j].treaty == tr->def.id)
			j++;
		tr->all = ptrs + i;
		tr->all_count = j - i;
		tr->facts = &s->facts;
		while (r < s->record_count && ifc_strcasecmp(s->records[r].treaty, tr->def.id) < 0)
			r++;
		size_t q = r;
		while (q < s->record_count && s->records[q].treaty == tr->def.id)
			q++;
		tr->records = rptrs + r;
		tr->record_count = q - r;
		while (nn < s->note_count && s->notes[nn].record->treaty != tr->def.id &&
		       ifc_strcasecmp(s->notes[nn].record->treaty, tr->def.id) < 0)
			nn++;
		size_t ne = nn;
		while (ne < s->note_count && s->notes[ne].record->treaty == tr->def.id)
			ne++;
		tr->notes = s->notes + nn;
		tr->note_count = ne - nn;
		nn = ne;
		if (records_classify(tr, &s->pool, err) ||
		    engine_derive(&tr->derived, &tr->def, tr->acts, tr->act_count, &s->facts, err))
			return -1;
		i = j;
		r = q;
	}
	return 0;
}

/* The index of the treaty with stored id `id` (case-insensitively: treaties are
 * sorted by id COLLATE NOCASE), or treaty_count. */
static size_t treaty_index(const inforce_snapshot *s, const char *id)
{
	size_t lo = 0, hi = s->treaty_count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (ifc_strcasecmp(s->tlist[mid]->def.id, id) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < s->treaty_count && ifc_strcasecmp(s->tlist[lo]->def.id, id) == 0
		       ? lo
		       : s->treaty_count;
}

static inforce_snapshot *snap_new(enum snap_kind kind, inforce_error *err)
{
	inforce_snapshot *s = calloc(1, sizeof *s);
	if (!s) {
		ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
		return NULL;
	}
	s->kind = kind;
	atomic_init(&s->refs, 1);
	pool_init(&s->pool);
	states_init(&s->states);
	s->as_recorded = INFORCE_DAY_NONE;
	return s;
}

inforce_snapshot *snapshot_ref(inforce_snapshot *s)
{
	atomic_fetch_add_explicit(&s->refs, 1, memory_order_relaxed);
	return s;
}

int snapshot_read_begin(sqlite3 *db, int *began, inforce_error *err)
{
	*began = 0;
	if (!sqlite3_get_autocommit(db))
		return 0; /* inside the caller's transaction (an import checking its acts) */
	if (sqlite3_exec(db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
		return ifc_fail(err, INFORCE_ERUNTIME, "store", 0, NULL, "cannot begin a read: %s",
				sqlite3_errmsg(db));
	*began = 1;
	return 0;
}

void snapshot_read_end(sqlite3 *db, int began)
{
	/* a read changed nothing: ending it cannot lose anything */
	if (began && sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
}

/* The snapshot of the store: every treaty, or with `only` (a stored treaty id) that
 * treaty alone, with the states, records and groups it is read with. Read in one
 * transaction: a write another process commits meanwhile is all in or all out. */
static inforce_snapshot *load(sqlite3 *db, inforce_day as_recorded, const char *only,
			      inforce_error *err)
{
	inforce_snapshot *s = snap_new(SNAP_FULL, err);
	int began = 0;
	if (!s)
		return NULL;
	s->as_recorded = as_recorded;
	int rc = snapshot_read_begin(db, &began, err) || store_mark_read(db, &s->mark, err) ||
		 read_states(s, db, err) || read_treaties(s, db, only, err) ||
		 read_acts(s, db, as_recorded, only, err) || read_sources(s, db, only, err) ||
		 read_notes(s, db, only, err) || read_records(s, db, err) ||
		 read_groups(s, db, err) || derive_all(s, err);
	snapshot_read_end(db, began);
	if (rc) {
		inforce_snapshot_free(s);
		return NULL;
	}
	s->treaties_read = s->treaty_count;
	return s;
}

/* Borrows what every treaty reads from `from`: states, facts, groups. */
static void share_facts(inforce_snapshot *s, const inforce_snapshot *from)
{
	s->states = from->states; /* the same tables: state pointers compare equal */
	s->conflicts = from->conflicts;
	s->conflict_count = from->conflict_count;
	s->obligation_records = from->obligation_records;
	s->obligation_record_count = from->obligation_record_count;
	s->successions = from->successions;
	s->succession_count = from->succession_count;
	s->facts = from->facts;
	s->members = from->members;
	s->member_count = from->member_count;
	s->group_names = from->group_names;
	s->group_count = from->group_count;
}

/* A part or a composite over base: its states, facts and groups borrowed. */
static inforce_snapshot *snap_over(enum snap_kind kind, inforce_snapshot *base,
				   inforce_error *err)
{
	inforce_snapshot *s = snap_new(kind, err);
	if (!s)
		return NULL;
	states_release(&s->states);
	s->base = snapshot_ref(base);
	share_facts(s, base);
	return s;
}

inforce_snapshot *snapshot_load_part(sqlite3 *db, inforce_snapshot *base, const char *id,
				     inforce_error *err)
{
	inforce_snapshot *s = snap_over(SNAP_PART, base, err);
	if (!s)
		return NULL;
	if (read_treaties(s, db, id, err) || read_acts(s, db, INFORCE_DAY_NONE, id, err) ||
	    read_sources(s, db, id, err) || read_notes(s, db, id, err) || derive_all(s, err)) {
		inforce_snapshot_free(s);
		return NULL;
	}
	if (s->treaty_count != 1) {
		ifc_fail(err, INFORCE_ERUNTIME, "store", 0, "treaty", "treaty %s is not in the store",
			 id);
		inforce_snapshot_free(s);
		return NULL;
	}
	s->treaties_read = 1;
	return s;
}

inforce_snapshot *snapshot_compose(inforce_snapshot *base, inforce_snapshot **parts, size_t n,
				   const struct store_mark *mark, inforce_error *err)
{
	inforce_snapshot *s = snap_over(SNAP_COMPOSITE, base, err);
	if (!s)
		return NULL;
	s->mark = *mark;
	s->treaty_count = base->treaty_count;
	s->tlist = malloc(sizeof *s->tlist * (base->treaty_count + 1));
	s->parts = malloc(sizeof *s->parts * (n + 1));
	if (!s->tlist || !s->parts) {
		inforce_snapshot_free(s);
		ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
		return NULL;
	}
	memcpy(s->tlist, base->tlist, sizeof *s->tlist * base->treaty_count);
	for (size_t i = 0; i < n; i++) {
		const struct inforce_treaty *t = parts[i]->tlist[0];
		size_t lo = treaty_index(base, t->def.id); /* its place among the base's */
		if (lo == base->treaty_count) {
			inforce_snapshot_free(s);
			ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "treaty %s is not in the base",
				 t->def.id);
			return NULL;
		}
		s->tlist[lo] = t;
		s->parts[s->part_count++] = snapshot_ref(parts[i]);
	}
	/* where each treaty's acts start in the snapshot's order (treaties by id, a
	 * treaty's acts in its order): an act by index without an array of them all,
	 * which would cost every write as many pointers as the store has acts */
	if (!(s->tstart = malloc(sizeof *s->tstart * (s->treaty_count + 1)))) {
		inforce_snapshot_free(s);
		ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
		return NULL;
	}
	for (size_t i = 0; i < s->treaty_count; i++) {
		s->tstart[i] = s->act_count;
		s->act_count += s->tlist[i]->all_count;
	}
	s->tstart[s->treaty_count] = s->act_count;
	return s;
}

inforce_snapshot *snapshot_load_db(sqlite3 *db, inforce_day as_recorded, const char *only,
				   inforce_error *err)
{
	return load(db, as_recorded, only, err);
}

inforce_snapshot *inforce_snapshot_load(inforce_store *store, inforce_error *err)
{
	return load(store_db(store), INFORCE_DAY_NONE, NULL, err);
}

inforce_snapshot *inforce_snapshot_load_as_recorded(inforce_store *store, inforce_day day,
						    inforce_error *err)
{
	return load(store_db(store), day, NULL, err);
}

inforce_snapshot *inforce_snapshot_load_treaty(inforce_store *store, const char *treaty,
					       inforce_day as_recorded, inforce_error *err)
{
	/* The stored id: the treaty's own (case-insensitive), else that of the UNTC file
	 * with this reference. Found neither way (a reference held only in a definition
	 * file, or no such treaty): the whole store, which answers the same. */
	sqlite3 *db = store_db(store);
	sqlite3_stmt *st;
	char id[128] = "";
	if (prep(db,
		 "SELECT id FROM treaty WHERE id = ?1 UNION ALL"
		 " SELECT treaty FROM record WHERE reference = ?1 COLLATE NOCASE LIMIT 1",
		 &st, err))
		return NULL;
	sqlite3_bind_text(st, 1, treaty, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		snprintf(id, sizeof id, "%s", col_text(st, 0));
	sqlite3_finalize(st);
	return load(db, as_recorded, id[0] ? id : NULL, err);
}

inforce_day inforce_snapshot_as_recorded(const inforce_snapshot *s)
{
	return s->as_recorded;
}

void inforce_snapshot_free(inforce_snapshot *s)
{
	if (!s || atomic_fetch_sub_explicit(&s->refs, 1, memory_order_acq_rel) != 1)
		return;
	for (size_t i = 0; s->treaties && i < s->treaty_count; i++) {
		engine_release(&s->treaties[i].derived);
		treatydef_release(&s->treaties[i].def);
	}
	free(s->treaties);
	free(s->tlist);
	free(s->tstart);
	free(s->acts);
	if (s->kind == SNAP_FULL)
		states_release(&s->states);
	pool_release(&s->pool);
	for (size_t i = 0; i < s->part_count; i++)
		inforce_snapshot_free(s->parts[i]);
	free(s->parts);
	inforce_snapshot_free(s->base);
	free(s);
}

void snapshot_bytes(const inforce_snapshot *s, struct snapshot_bytes *out)
{
	memset(out, 0, sizeof *out);
	if (s->kind == SNAP_COMPOSITE) {
		snapshot_bytes(s->base, out);
		for (size_t i = 0; i < s->part_count; i++) {
			struct snapshot_bytes p;
			snapshot_bytes(s->parts[i], &p);
			out->act_records += p.act_records;
			out->act_text += p.act_text;
			out->derived += p.derived;
			out->definitions += p.definitions;
		}
		out->act_text += sizeof *s->tstart * (s->treaty_count + 1);
		out->definitions += sizeof *s->tlist * s->treaty_count;
		return;
	}
	out->act_records = s->acts ? sizeof *s->acts * s->act_count : 0;
	out->act_text = pool_bytes(&s->pool);
	out->definitions = (sizeof *s->treaties + sizeof *s->tlist) * s->treaty_count;
	for (size_t i = 0; s->treaties && i < s->treaty_count; i++) {
		out->derived += pool_bytes(&s->treaties[i].derived.pool);
		out->definitions += pool_bytes(&s->treaties[i].def.pool);
	}
	if (s->kind == SNAP_FULL)
		out->states = pool_bytes(&s->states.pool) +
			      s->states.states.cap * s->states.states.elem +
			      s->states.names.cap * s->states.names.elem;
}

size_t inforce_snapshot_treaties_read(const inforce_snapshot *s)
{
	return s->treaties_read;
}

size_t inforce_treaty_note_count(const inforce_treaty *t)
{
	return t->note_count;
}

const inforce_note *inforce_treaty_note_at(const inforce_treaty *t, size_t i)
{
	return i < t->note_count ? &t->notes[i] : NULL;
}

size_t inforce_snapshot_treaty_count(const inforce_snapshot *s)
{
	return s->treaty_count;
}

const inforce_treaty *inforce_snapshot_treaty_at(const inforce_snapshot *s, size_t i)
{
	return i < s->treaty_count ? s->tlist[i] : NULL;
}

const inforce_treaty *inforce_snapshot_treaty(const inforce_snapshot *s, const char *id)
{
	size_t at = treaty_index(s, id);
	if (at < s->treaty_count)
		return s->tlist[at];
	for (size_t i = 0; i < s->treaty_count; i++) {
		const char *untc = treatydef_meta(&s->tlist[i]->def, "untc");
		if (untc && ifc_strcasecmp(untc, id) == 0)
			return s->tlist[i];
	}
	return NULL;
}

size_t inforce_snapshot_state_count(const inforce_snapshot *s)
{
	return s->states.states.len;
}

int inforce_snapshot_state_at(const inforce_snapshot *s, size_t i, const char **iso3,
			      const char **name, const char **kind)
{
	if (i >= s->states.states.len)
		return -1;
	const struct state_rec *r = VEC_AT(&s->states.states, struct state_rec, i);
	*iso3 = r->iso3;
	*name = r->name;
	*kind = r->kind;
	return 0;
}

size_t inforce_snapshot_act_count(const inforce_snapshot *s)
{
	return s->act_count;
}

const inforce_act *inforce_snapshot_act_at(const inforce_snapshot *s, size_t i)
{
	if (i >= s->act_count)
		return NULL;
	if (!s->tstart)
		return &s->acts[i];
	/* the treaty whose acts hold i: tstart[lo] <= i < tstart[hi], hi = lo + 1 */
	size_t lo = 0, hi = s->treaty_count;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (s->tstart[mid] <= i)
			lo = mid;
		else
			hi = mid;
	}
	return s->tlist[lo]->all[i - s->tstart[lo]];
}

const char *inforce_snapshot_state_iso3(const inforce_snapshot *s, const char *name)
{
	const struct state_rec *r = states_lookup(&s->states, name);
	return r ? r->iso3 : NULL;
}

/* How many edits a suggestion may be away: one for short names, two from six
 * characters on. */
static int near_enough(const char *name)
{
	return strlen(name) >= 6 ? 2 : 1;
}

const char *inforce_snapshot_suggest_treaty(const inforce_snapshot *s, const char *name)
{
	const char *best = NULL;
	int cap = near_enough(name), bd = cap + 1;
	for (size_t i = 0; i < s->treaty_count; i++) {
		const char *cand[] = {s->tlist[i]->def.id, treatydef_meta(&s->tlist[i]->def, "untc")};
		for (size_t k = 0; k < 2; k++) {
			int dd = cand[k] ? inforce_edit_distance(name, cand[k], cap) : cap + 1;
			if (dd < bd)
				bd = dd, best = cand[k];
		}
	}
	return best;
}

const char *inforce_snapshot_suggest_state(const inforce_snapshot *s, const char *name)
{
	const char *best = NULL;
	int cap = near_enough(name), bd = cap + 1;
	for (size_t i = 0; i < s->states.names.len; i++) {
		const struct name_rec *r = VEC_AT(&s->states.names, struct name_rec, i);
		int dd = inforce_edit_distance(name, r->name, cap);
		if (dd < bd)
			bd = dd, best = r->name;
	}
	return best;
}

const char *inforce_snapshot_state_name(const inforce_snapshot *s, const char *iso3)
{
	const struct state_rec *r = states_by_iso3(&s->states, iso3);
	return r ? r->name : NULL;
}

/* The chapters of the UN's Multilateral Treaties Deposited with the Secretary-General,
 * in its order (treaties.un.org, "Status of Treaties"). */
static const char *const mtdsg_chapters[] = {
	"I", "Charter of the United Nations and Statute of the International Court of Justice",
	"II", "Pacific Settlement of International Disputes",
	"III", "Privileges and Immunities, Diplomatic and Consular Relations, etc.",
	"IV", "Human Rights",
	"V", "Refugees and Stateless Persons",
	"VI", "Narcotic Drugs and Psychotropic Substances",
	"VII", "Traffic in Persons",
	"VIII", "Obscene Publications",
	"IX", "Health",
	"X", "International Trade and Development",
	"XI", "Transport and Communications",
	"XII", "Navigation",
	"XIII", "Economic Statistics",
	"XIV", "Educational and Cultural Matters",
	"XV", "Declaration of Death of Missing Persons",
	"XVI", "Status of Women",
	"XVII", "Freedom of Information",
	"XVIII", "Penal Matters",
	"XIX", "Commodities",
	"XX", "Maintenance Obligations",
	"XXI", "Law of the Sea",
	"XXII", "Commercial Arbitration and Mediation",
	"XXIII", "Law of Treaties",
	"XXIV", "Outer Space",
	"XXV", "Telecommunications",
	"XXVI", "Disarmament",
	"XXVII", "Environment",
	"XXVIII", "Fiscal Matters",
	"XXIX", "Miscellaneous",
};

const char *inforce_treaty_subject(const inforce_treaty *t, int *rank)
{
	const char *tags = treatydef_meta(&t->def, "tags");
	size_t n = strlen("arms-regulation");
	for (const char *p = tags; p && (p = strstr(p, "arms-regulation")); p += n)
		if ((p == tags || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0')) {
			*rank = 0;
			return "Arms regulation and disarmament";
		}
	const char *ref = treatydef_meta(&t->def, "untc");
	if (ref) {
		size_t k = strcspn(ref, "-");
		for (size_t i = 0; i < IFC_ARRAY_LEN(mtdsg_chapters); i += 2)
			if (strlen(mtdsg_chapters[i]) == k && strncmp(ref, mtdsg_chapters[i], k) == 0) {
				*rank = 1 + (int)(i / 2);
				return mtdsg_chapters[i + 1];
			}
	}
	*rank = 1 + (int)(IFC_ARRAY_LEN(mtdsg_chapters) / 2);
	return "Other treaties";
}

const char *inforce_treaty_id(const inforce_treaty *t)
{
	return t->def.id;
}

const char *inforce_treaty_meta(const inforce_treaty *t, const char *key)
{
	return treatydef_meta(&t->def, key);
}

size_t inforce_treaty_rule_count(const inforce_treaty *t)
{
	return t->def.rules.len;
}

const inforce_rule_text *inforce_treaty_rule_at(const inforce_treaty *t, size_t i)
{
	return i < t->def.rules.len ? VEC_AT(&t->def.rules, inforce_rule_text, i) : NULL;
}

const inforce_eif *inforce_treaty_eif(const inforce_treaty *t)
{
	return &t->derived.eif;
}
