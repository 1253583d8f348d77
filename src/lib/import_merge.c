/*
 * import_merge.c - how a record read from a depositary's or a database's listing
 * (the UN Treaty Collection, the UNODA database, a party list) is merged with what
 * the store holds, shared by import_untc.c and import_unoda.c:
 *   - the same act (treaty, state, kind, date; and depositary, when both sources
 *     name one) already stored stays one act: the record lists it and, when it came
 *     from another source, gains the record as a further source (act_source);
 *   - an act that an earlier record of the same series listed with another date or
 *     kind is that source's correction: stored as the record says, the earlier kept
 *     (records.c answers from the newest record and shows the other as replaced);
 *   - the same act from another source with another date or kind is a disagreement:
 *     both kept, flagged, the stored act stays in force (the depositary's record
 *     wins over a secondary list);
 *   - acts the engine refuses as contradictory are kept as flags with their text.
 * Then the record, its listings, the new acts, further sources and flags are written
 * by the store. Exports the merge_* functions of import.h.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import.h"

void merge_init(struct merge *m, const char *series)
{
	memset(m, 0, sizeof *m);
	m->series = series;
	pool_init(&m->pool);
	vec_init(&m->acts, sizeof(inforce_act));
	vec_init(&m->corrects, sizeof(const inforce_act *));
	vec_init(&m->listed, sizeof(struct merge_listed));
	vec_init(&m->sources, sizeof(struct merge_source));
	vec_init(&m->flags, sizeof(struct merge_flag));
}

void merge_release(struct merge *m)
{
	vec_release(&m->acts);
	vec_release(&m->corrects);
	vec_release(&m->listed);
	vec_release(&m->sources);
	vec_release(&m->flags);
	pool_release(&m->pool);
}

static int oom(inforce_error *err, const char *file)
{
	return ifc_fail(err, INFORCE_ERUNTIME, file, 0, NULL, "out of memory");
}

int merge_flag(struct merge *m, const char *file, const char *iso3, const struct merge_in *in,
	       const char *kind, const char *message, const char *source,
	       const inforce_act *stored, int has_kind, inforce_error *err)
{
	struct merge_flag *f = vec_push(&m->flags);
	if (!f)
		return oom(err, file);
	f->iso3 = iso3;
	f->participant = in && in->participant ? in->participant : "";
	f->kind = kind;
	f->message = pool_strdup(&m->pool, message);
	f->source = source;
	f->line = in ? in->line : 0;
	f->stored = stored;
	f->date = in && has_kind ? in->date : INFORCE_DAY_NONE;
	f->has_kind = in && has_kind;
	f->act_kind = in ? in->kind : INFORCE_ACT_SIGNATURE;
	return f->message ? 0 : oom(err, file);
}

static int add_listed(struct merge *m, int64_t action_id, size_t index, const struct merge_in *in,
		      const char *file, inforce_error *err)
{
	for (size_t i = 0; i < m->listed.len; i++) {
		const struct merge_listed *l = VEC_AT(&m->listed, struct merge_listed, i);
		if (action_id ? l->action_id == action_id : (!l->action_id && l->index == index))
			return 0; /* a row in two tables, or a note telling a table's act */
	}
	struct merge_listed *l = vec_push(&m->listed);
	if (!l)
		return oom(err, file);
	l->action_id = action_id;
	l->index = index;
	l->name = in->participant;
	l->cell = in->cell ? in->cell : "";
	l->cn = in->cn ? in->cn : "";
	l->bracketed = in->bracketed;
	l->line = in->line;
	return 0;
}

static int listed_by_series(const inforce_act *a, const char *series)
{
	for (size_t i = 0; i < a->listed_count; i++)
		if (strcmp(a->listed_by[i]->series, series) == 0)
			return 1;
	return 0;
}

/* Same depositary, or one of the two does not say. */
static int same_depositary(const char *a, const char *b)
{
	return !a || !b || !a[0] || !b[0] || strcmp(a, b) == 0;
}

int merge_act(struct merge *m, const struct inforce_treaty *t, const char *treaty_id,
	      const struct state_rec *sr, const struct merge_in *in, const char *source,
	      const char *file, inforce_error *err)
{
	/* already pending from this record (a row in two tables): one act */
	for (size_t i = 0; i < m->acts.len; i++) {
		const inforce_act *q = VEC_AT(&m->acts, inforce_act, i);
		if (q->iso3 == sr->iso3 && q->kind == in->kind && q->date == in->date &&
		    strcmp(q->depositary, in->depositary ? in->depositary : "") == 0 &&
		    strcmp(q->treaty, treaty_id) == 0)
			return add_listed(m, 0, i, in, file, err);
	}
	const inforce_act *mine[128];
	size_t n = 0;
	for (size_t i = 0; t && i < t->all_count && n < 128; i++)
		if (t->all[i]->iso3 == sr->iso3)
			mine[n++] = t->all[i];
	for (size_t i = 0; i < n; i++)
		if (mine[i]->kind == in->kind && mine[i]->date == in->date &&
		    same_depositary(mine[i]->depositary, in->depositary)) {
			if (!listed_by_series(mine[i], m->series)) { /* another source: a further one */
				struct merge_source *r = vec_push(&m->sources);
				if (!r)
					return oom(err, file);
				r->action_id = mine[i]->id;
				r->source = source;
				r->line = in->line;
			}
			return add_listed(m, mine[i]->id, 0, in, file, err);
		}
	/* Same kind on another date (at the same depositary), or another consent on the
	 * same date. From an earlier record of this series: its correction. From another
	 * source, when each holds one such act for the state: a disagreement. */
	size_t same_class = 0;
	const inforce_act *other = NULL;
	for (size_t i = 0; i < n; i++)
		if (ifc_act_class(mine[i]->kind) == ifc_act_class(in->kind) && !mine[i]->supersedes &&
		    same_depositary(mine[i]->depositary, in->depositary)) {
			same_class++;
			other = mine[i];
		}
	const inforce_act *corrects = NULL;
	if (same_class == 1 && (other->kind == in->kind || other->date == in->date)) {
		if (listed_by_series(other, m->series) && !m->secondary) {
			corrects = other;
		} else {
			char msg[512], d1[INFORCE_DATE_BUFSZ], d2[INFORCE_DATE_BUFSZ];
			snprintf(msg, sizeof msg,
				 "sources disagree: stored %s %s (action %lld, %s:%ld); this %s says "
				 "%s %s%s",
				 inforce_act_kind_name(other->kind),
				 inforce_date_format(other->date, d1), (long long)other->id,
				 other->file ? other->file : "?", other->line,
				 m->secondary ? "secondary list" : "file",
				 inforce_act_kind_name(in->kind), inforce_date_format(in->date, d2),
				 m->secondary ? " (the stored act stands: the depositary's record wins "
						"over a secondary list)"
					      : "");
			return merge_flag(m, file, sr->iso3, in, "disagreement", msg, source, other,
					  1, err);
		}
	}
	inforce_act *na = vec_push(&m->acts);
	const inforce_act **cp = vec_push(&m->corrects);
	if (!na || !cp)
		return oom(err, file);
	*cp = corrects;
	na->treaty = treaty_id;
	na->iso3 = sr->iso3;
	na->state_name = in->participant;
	na->kind = in->kind;
	na->date = in->date;
	na->stated_effective = in->effective;
	na->known = INFORCE_DAY_NONE;
	na->source = source;
	na->notes = in->notes ? in->notes : "";
	na->depositary = in->depositary ? in->depositary : "";
	na->cn = in->cn ? in->cn : "";
	na->disputed = "";
	na->file = file;
	na->line = in->line;
	return add_listed(m, 0, m->acts.len - 1, in, file, err);
}

/* Drops pending act `bad` (its listing too; later indexes move down one). */
static void drop_pending(struct merge *m, size_t bad)
{
	memmove(VEC_AT(&m->acts, inforce_act, bad), VEC_AT(&m->acts, inforce_act, bad + 1),
		(m->acts.len - bad - 1) * sizeof(inforce_act));
	memmove(VEC_AT(&m->corrects, const inforce_act *, bad),
		VEC_AT(&m->corrects, const inforce_act *, bad + 1),
		(m->corrects.len - bad - 1) * sizeof(const inforce_act *));
	m->acts.len--;
	m->corrects.len--;
	size_t k = 0;
	for (size_t i = 0; i < m->listed.len; i++) {
		struct merge_listed l = *VEC_AT(&m->listed, struct merge_listed, i);
		if (!l.action_id && l.index == bad)
			continue;
		if (!l.action_id && l.index > bad)
			l.index--;
		*VEC_AT(&m->listed, struct merge_listed, k++) = l;
	}
	m->listed.len = k;
}

int merge_settle(struct merge *m, const struct treatydef *td, const struct inforce_treaty *t,
		 const struct facts *facts, const char *file, inforce_error *err)
{
	for (int round = 0; round < 1000; round++) {
		size_t n = (t ? t->act_count : 0) + m->acts.len, k = 0;
		const inforce_act **all = malloc(sizeof *all * (n + 1));
		if (!all)
			return oom(err, file);
		for (size_t i = 0; t && i < t->act_count; i++) {
			int corrected = 0;
			for (size_t j = 0; j < m->corrects.len && !corrected; j++)
				corrected = *VEC_AT(&m->corrects, const inforce_act *, j) == t->acts[i];
			if (!corrected)
				all[k++] = t->acts[i];
		}
		for (size_t i = 0; i < m->acts.len; i++)
			all[k++] = VEC_AT(&m->acts, inforce_act, i);
		struct derived d;
		inforce_error why = {0};
		int rc = engine_derive(&d, td, all, k, facts, &why);
		if (rc == 0)
			engine_release(&d); /* before the array it may borrow */
		free(all);
		if (rc == 0)
			return 0;
		if (why.kind != INFORCE_EINPUT)
			return ifc_fail(err, why.kind, why.file, why.line, why.field, "%s", why.msg);
		/* find the pending act the engine named (by file and line) */
		size_t bad = m->acts.len;
		for (size_t i = 0; i < m->acts.len; i++) {
			const inforce_act *q = VEC_AT(&m->acts, inforce_act, i);
			if (q->line == why.line && q->file && strcmp(q->file, why.file) == 0)
				bad = i;
		}
		if (bad == m->acts.len) /* a stored act: the store itself is contradictory */
			return ifc_fail(err, INFORCE_EINPUT, why.file, why.line, why.field, "%s",
					why.msg);
		inforce_act q = *VEC_AT(&m->acts, inforce_act, bad);
		struct merge_in in = {.participant = q.state_name, .kind = q.kind, .date = q.date,
				      .line = q.line};
		if (merge_flag(m, file, q.iso3, &in, "refused", why.msg, q.source, NULL, 1, err))
			return -1;
		drop_pending(m, bad);
	}
	return ifc_fail(err, INFORCE_EINPUT, file, 0, NULL, "too many contradictory acts");
}

static void bind_text_or_null(sqlite3_stmt *st, int col, const char *s)
{
	if (s)
		sqlite3_bind_text(st, col, s, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, col);
}

int64_t merge_write(inforce_store *s, struct merge *m, struct store_record *rec,
		    const char *import_kind, inforce_error *err)
{
	sqlite3 *db = store_db(s);
	const char *file = rec->file;
	int64_t import_id = store_add_import(s, file, import_kind, (int)m->acts.len, err);
	int64_t *ids = malloc(sizeof *ids * (m->acts.len + 1));
	if (!ids)
		return oom(err, file);
	if (import_id < 0 ||
	    store_insert_acts(s, m->acts.items, m->acts.len, import_id, ids, err)) {
		free(ids);
		return -1;
	}
	rec->import_id = import_id;
	int64_t rid = store_insert_record(s, rec, err);
	int rc = rid < 0 ? -1 : 0;
	struct store_listing *ls = rc == 0 ? malloc(sizeof *ls * (m->listed.len + 1)) : NULL;
	if (rc == 0 && !ls)
		rc = oom(err, file);
	for (size_t i = 0; rc == 0 && i < m->listed.len; i++) {
		const struct merge_listed *l = VEC_AT(&m->listed, struct merge_listed, i);
		ls[i] = (struct store_listing){.record_id = rid,
					       .action_id = l->action_id ? l->action_id
									 : ids[l->index],
					       .name = l->name, .cell = l->cell, .cn = l->cn,
					       .bracketed = l->bracketed, .line = l->line};
	}
	if (rc == 0)
		rc = store_insert_listings(s, ls, m->listed.len, file, err);
	free(ls);
	free(ids);
	sqlite3_stmt *src = NULL, *flg = NULL;
	if (rc == 0 &&
	    (sqlite3_prepare_v2(db, "INSERT INTO act_source (action_id, source, line, import_id)"
				    " VALUES (?,?,?,?)", -1, &src, NULL) != SQLITE_OK ||
	     sqlite3_prepare_v2(db, "INSERT INTO flag (treaty, iso3, participant, kind, action_id,"
				    " act_kind, date, message, source, line, import_id)"
				    " VALUES (?,?,?,?,?,?,?,?,?,?,?)", -1, &flg, NULL) != SQLITE_OK))
		rc = ifc_fail(err, INFORCE_ERUNTIME, file, 0, NULL, "cannot store: %s",
			      sqlite3_errmsg(db));
	for (size_t i = 0; rc == 0 && i < m->sources.len; i++) {
		const struct merge_source *r = VEC_AT(&m->sources, struct merge_source, i);
		sqlite3_bind_int64(src, 1, r->action_id);
		sqlite3_bind_text(src, 2, r->source, -1, SQLITE_STATIC);
		sqlite3_bind_int64(src, 3, r->line);
		sqlite3_bind_int64(src, 4, import_id);
		rc = store_step(db, src, file, r->line, err);
	}
	char d[INFORCE_DATE_BUFSZ];
	for (size_t i = 0; rc == 0 && i < m->flags.len; i++) {
		const struct merge_flag *f = VEC_AT(&m->flags, struct merge_flag, i);
		sqlite3_bind_text(flg, 1, rec->treaty, -1, SQLITE_STATIC);
		bind_text_or_null(flg, 2, f->iso3);
		sqlite3_bind_text(flg, 3, f->participant, -1, SQLITE_STATIC);
		sqlite3_bind_text(flg, 4, f->kind, -1, SQLITE_STATIC);
		if (f->stored)
			sqlite3_bind_int64(flg, 5, f->stored->id);
		else
			sqlite3_bind_null(flg, 5);
		bind_text_or_null(flg, 6, f->has_kind ? inforce_act_kind_name(f->act_kind) : NULL);
		if (f->date != INFORCE_DAY_NONE)
			sqlite3_bind_text(flg, 7, inforce_date_format(f->date, d), -1, SQLITE_STATIC);
		else
			sqlite3_bind_null(flg, 7);
		sqlite3_bind_text(flg, 8, f->message, -1, SQLITE_STATIC);
		sqlite3_bind_text(flg, 9, f->source ? f->source : file, -1, SQLITE_STATIC);
		sqlite3_bind_int64(flg, 10, f->line);
		sqlite3_bind_int64(flg, 11, import_id);
		rc = store_step(db, flg, file, f->line, err);
	}
	sqlite3_finalize(src);
	sqlite3_finalize(flg);
	return rc ? -1 : import_id;
}
