/*
 * update.c - a snapshot of the store as it is now, made from the one before: a write
 * adds acts to one treaty, so that treaty is read and derived again and the others
 * are shared (snapshot.c's parts and composites). Exports inforce_snapshot_update
 * and store_mark_read.
 *
 * What changed is found in the store, not taken from the writer: the store's tables
 * are only ever added to (triggers refuse updates and deletions), so rows past the
 * previous snapshot's mark are the change. Rows of acts, further sources, records,
 * listings and notes belong to one treaty each; a row anywhere else (a state, a
 * treaty definition, a conflict, a group, an obligation or succession record) may
 * change every treaty's answers, and the whole store is read again.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "text.h"

/* More parts than this and the next update reads the whole store (and starts over):
 * a composite's cost grows with its parts, a whole read's does not. */
#define MAX_PARTS 64

/* The tables every treaty's answers read. Two figures each in store_mark.shared. */
static const char *const shared_tables[] = {
	"state", "state_name", "treaty", "armed_conflict", "deadline_extension", "group_member",
	"obligation_record", "succession",
};

int store_mark_read(sqlite3 *db, struct store_mark *m, inforce_error *err)
{
	char sql[2048];
	size_t o = (size_t)snprintf(sql, sizeof sql,
		"SELECT (SELECT coalesce(max(id), 0) FROM action),"
		" (SELECT coalesce(max(id), 0) FROM act_source),"
		" (SELECT coalesce(max(id), 0) FROM record),"
		" (SELECT coalesce(max(id), 0) FROM note),"
		" (SELECT coalesce(max(id), 0) FROM import),"
		" (SELECT recorded_at FROM import ORDER BY id DESC LIMIT 1)");
	size_t nt = sizeof shared_tables / sizeof *shared_tables;
	_Static_assert(sizeof shared_tables / sizeof *shared_tables * 2 <=
			       sizeof ((struct store_mark *)0)->shared / sizeof(int64_t),
		       "store_mark.shared holds two figures a table");
	for (size_t i = 0; i < nt; i++)
		o += (size_t)snprintf(sql + o, sizeof sql - o,
				      ", (SELECT count(*) FROM %s), (SELECT coalesce(max(rowid), 0) FROM %s)",
				      shared_tables[i], shared_tables[i]);
	sqlite3_stmt *st;
	memset(m, 0, sizeof *m);
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return ifc_fail(err, INFORCE_ERUNTIME, "store", 0, NULL, "cannot read the store: %s",
				sqlite3_errmsg(db));
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		m->action = sqlite3_column_int64(st, 0);
		m->act_source = sqlite3_column_int64(st, 1);
		m->record = sqlite3_column_int64(st, 2);
		m->note = sqlite3_column_int64(st, 3);
		m->import = sqlite3_column_int64(st, 4);
		const unsigned char *at = sqlite3_column_text(st, 5);
		snprintf(m->import_at, sizeof m->import_at, "%s", at ? (const char *)at : "");
		for (size_t i = 0; i < 2 * nt; i++)
			m->shared[i] = sqlite3_column_int64(st, 6 + (int)i);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return ifc_fail(err, rc == SQLITE_NOMEM ? INFORCE_ERUNTIME : INFORCE_EINPUT, "store", 0,
				NULL, "cannot read the store: %s", sqlite3_errmsg(db));
	return 0;
}

/* Whether `now` is the store `was` was read from, grown only by rows of single
 * treaties: its newest import then is still there, as it was. */
static int only_treaties_grew(sqlite3 *db, const struct store_mark *was,
			      const struct store_mark *now)
{
	if (was->import == 0 || now->import < was->import || now->action < was->action ||
	    now->act_source < was->act_source || now->record < was->record ||
	    now->note < was->note || memcmp(was->shared, now->shared, sizeof was->shared) != 0)
		return 0;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, "SELECT recorded_at FROM import WHERE id = ?1", -1, &st, NULL) !=
	    SQLITE_OK)
		return 0;
	sqlite3_bind_int64(st, 1, was->import);
	int same = sqlite3_step(st) == SQLITE_ROW &&
		   strcmp((const char *)sqlite3_column_text(st, 0), was->import_at) == 0;
	sqlite3_finalize(st);
	return same;
}

/* The stored ids of the treaties rows past `was` belong to, into ids (const char *,
 * strings from the pool). */
static int touched_treaties(sqlite3 *db, const struct store_mark *was, struct pool *pool,
			    struct vec *ids, inforce_error *err)
{
	static const char sql[] =
		"SELECT treaty FROM action WHERE id > ?1"
		" UNION SELECT b.treaty FROM action a JOIN action b ON b.id = a.supersedes"
		"  WHERE a.id > ?1"
		" UNION SELECT a.treaty FROM act_source x JOIN action a ON a.id = x.action_id"
		"  WHERE x.id > ?2"
		" UNION SELECT treaty FROM record WHERE id > ?3"
		" UNION SELECT a.treaty FROM listing l JOIN action a ON a.id = l.action_id"
		"  WHERE l.record_id > ?3"
		" UNION SELECT treaty FROM note WHERE id > ?4";
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return ifc_fail(err, INFORCE_ERUNTIME, "store", 0, NULL, "cannot read the store: %s",
				sqlite3_errmsg(db));
	sqlite3_bind_int64(st, 1, was->action);
	sqlite3_bind_int64(st, 2, was->act_source);
	sqlite3_bind_int64(st, 3, was->record);
	sqlite3_bind_int64(st, 4, was->note);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char **slot = vec_push(ids);
		if (!slot || !(*slot = pool_strdup(pool, (const char *)sqlite3_column_text(st, 0)))) {
			sqlite3_finalize(st);
			return ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
		}
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return ifc_fail(err, INFORCE_ERUNTIME, "store", 0, NULL, "cannot read the store: %s",
				sqlite3_errmsg(db));
	return 0;
}

static int cmp_part(const void *a, const void *b)
{
	const inforce_snapshot *x = *(inforce_snapshot *const *)a, *y = *(inforce_snapshot *const *)b;
	return ifc_strcasecmp(x->tlist[0]->def.id, y->tlist[0]->def.id);
}

/* prev's parts but those of `ids`, and those read again: a composite over base; or
 * NULL with *whole set when there would be too many parts. */
static inforce_snapshot *recompose(sqlite3 *db, inforce_snapshot *base, const inforce_snapshot *prev,
				   const struct vec *ids, const struct store_mark *now, int *whole,
				   inforce_error *err)
{
	size_t had = prev->kind == SNAP_COMPOSITE ? prev->part_count : 0, n = 0;
	inforce_snapshot **parts = malloc(sizeof *parts * (had + ids->len + 1));
	inforce_snapshot *next = NULL;
	if (!parts) {
		ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
		return NULL;
	}
	for (size_t i = 0; i < had; i++) {
		const char *id = prev->parts[i]->tlist[0]->def.id;
		int again = 0;
		for (size_t j = 0; j < ids->len && !again; j++)
			again = ifc_strcasecmp(*VEC_AT(ids, const char *, j), id) == 0;
		if (!again)
			parts[n++] = snapshot_ref(prev->parts[i]);
	}
	int rc = 0;
	size_t loaded = 0;
	if (n + ids->len > MAX_PARTS)
		*whole = 1;
	for (size_t j = 0; !*whole && rc == 0 && j < ids->len; j++) {
		const char *id = *VEC_AT(ids, const char *, j);
		if (!inforce_snapshot_treaty(base, id))
			*whole = 1; /* a treaty the base does not hold: read it all */
		else if (!(parts[n] = snapshot_load_part(db, base, id, err)))
			rc = -1;
		else
			n++, loaded++;
	}
	if (rc == 0 && !*whole) {
		qsort(parts, n, sizeof *parts, cmp_part);
		next = snapshot_compose(base, parts, n, now, err);
		if (next) /* what this update read, not what earlier ones did */
			next->treaties_read = loaded;
	}
	for (size_t i = 0; i < n; i++)
		inforce_snapshot_free(parts[i]); /* the composite holds its own references */
	free(parts);
	return next;
}

inforce_snapshot *inforce_snapshot_update(inforce_store *store, const inforce_snapshot *prev,
					  inforce_error *err)
{
	if (!prev || prev->as_recorded != INFORCE_DAY_NONE)
		return inforce_snapshot_load(store, err);
	sqlite3 *db = store_db(store);
	/* the base is shared, never changed: the reference taken on it is its only
	 * mutation, and that is atomic */
	inforce_snapshot *base = prev->kind == SNAP_FULL ? (inforce_snapshot *)prev : prev->base;
	struct store_mark now;
	struct pool pool;
	struct vec ids;
	inforce_snapshot *next = NULL;
	int began = 0, whole = 0;
	pool_init(&pool);
	vec_init(&ids, sizeof(const char *));
	if (snapshot_read_begin(db, &began, err) == 0 && store_mark_read(db, &now, err) == 0) {
		if (!only_treaties_grew(db, &prev->mark, &now))
			whole = 1;
		else if (touched_treaties(db, &prev->mark, &pool, &ids, err) == 0)
			next = recompose(db, base, prev, &ids, &now, &whole, err);
		if (whole)
			next = snapshot_load_db(db, INFORCE_DAY_NONE, NULL, err);
	}
	snapshot_read_end(db, began);
	vec_release(&ids);
	pool_release(&pool);
	return next;
}
