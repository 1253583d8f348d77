/*
 * records.c - records in time (docs/DESIGN.md, invariant 7). Each import is a record
 * of what one source said of a treaty as at a date; a newer record of the same
 * source (series) is what answers come from, and what it no longer lists is not
 * deleted but shown as dropped:
 *
 *   - changed: the newer record lists the same state's act of the same class with
 *     another date or kind (the depositary corrected it). The newer act answers; the
 *     older is shown as replaced.
 *   - ended: a later act of the state explains why the record no longer shows it (an
 *     instrument withdrawn: the 2026 CTBT page lists the Russian Federation with its
 *     signature only, its 2000 ratification revoked in 2023; a withdrawal). The act
 *     keeps its place in history: an answer for 2020 still counts it.
 *   - unexplained: nothing explains the drop. The newer record is followed, the drop
 *     is flagged (inforce verify), and every answer about the state on a date
 *     between the two records says its status there is uncertain.
 *
 * Only records that list everything their source holds (`complete`: a UN status page
 * or file, not a curated file of a few acts) drop anything, and only acts their own
 * series listed. Exports records_classify, records_uncertain and the
 * inforce_treaty_* accessors of records and drops.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static int lists(const inforce_act *a, const inforce_record *r)
{
	for (size_t i = 0; i < a->listed_count; i++)
		if (a->listed_by[i] == r)
			return 1;
	return 0;
}

/* The newest record of `series` that lists a, or NULL. */
static const inforce_record *last_listing(const inforce_act *a, const char *series)
{
	const inforce_record *best = NULL;
	for (size_t i = 0; i < a->listed_count; i++) {
		const inforce_record *r = a->listed_by[i];
		if (r->complete && strcmp(r->series, series) == 0 &&
		    (!best || r->as_at > best->as_at || (r->as_at == best->as_at && r->id > best->id)))
			best = r;
	}
	return best;
}

/* The record of the same series as `r` that follows it (by as_at, then id), or NULL. */
static const inforce_record *next_record(const struct inforce_treaty *t, const inforce_record *r)
{
	const inforce_record *next = NULL;
	for (size_t i = 0; i < t->record_count; i++) {
		const inforce_record *q = t->records[i];
		int after = q->as_at > r->as_at || (q->as_at == r->as_at && q->id > r->id);
		if (q->complete && after && strcmp(q->series, r->series) == 0 &&
		    (!next || q->as_at < next->as_at || (q->as_at == next->as_at && q->id < next->id)))
			next = q;
	}
	return next;
}

/* Why a, which record `by` no longer lists, was dropped; *why_act the act that
 * explains it. */
static enum inforce_drop_reason reason(const struct inforce_treaty *t, const inforce_act *a,
				       const inforce_record *by, const inforce_act **why_act)
{
	enum act_class cls = ifc_act_class(a->kind);
	*why_act = NULL;
	for (size_t i = 0; i < t->all_count; i++) {
		const inforce_act *b = t->all[i];
		if (b == a || b->iso3 != a->iso3)
			continue;
		if (ifc_act_class(b->kind) == cls && lists(b, by) && !lists(a, by) &&
		    (b->date != a->date || b->kind != a->kind)) {
			*why_act = b;
			return INFORCE_DROP_CHANGED;
		}
	}
	if (cls == ACT_CLASS_CONSENT || cls == ACT_CLASS_PROVISIONAL) {
		for (size_t i = 0; i < t->all_count; i++) {
			const inforce_act *e = t->all[i];
			enum act_class ec = ifc_act_class(e->kind);
			if (e->iso3 == a->iso3 && e->date >= a->date && e->date <= by->as_at &&
			    (ec == ACT_CLASS_RATIFICATION_WITHDRAWAL || ec == ACT_CLASS_WITHDRAWAL)) {
				*why_act = e;
				return INFORCE_DROP_ENDED;
			}
		}
	}
	return INFORCE_DROP_UNEXPLAINED;
}

int records_classify(struct inforce_treaty *t, struct pool *pool, inforce_error *err)
{
	/* most treaties keep every act and drop none: then t->acts is t->all, and the
	 * arrays are made only when an act is left out or dropped */
	struct vec drops;
	vec_init(&drops, sizeof(inforce_drop));
	t->acts = t->all;
	t->act_count = t->drop_count = 0;
	t->drops = NULL;
	t->data_as_of = INFORCE_DAY_NONE;
	for (size_t i = 0; i < t->record_count; i++)
		if (t->data_as_of == INFORCE_DAY_NONE || t->records[i]->as_at > t->data_as_of)
			t->data_as_of = t->records[i]->as_at;
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < t->all_count; i++) {
		const inforce_act *a = t->all[i];
		int keep = 1;
		if (a->listed_count == 0 && a->recorded_at && a->recorded_at[0]) {
			/* an act no record lists (a store from before records): the day it
			 * was recorded */
			inforce_day d;
			if (inforce_date_parse(a->recorded_at, 10, &d) == 0 &&
			    (t->data_as_of == INFORCE_DAY_NONE || d > t->data_as_of))
				t->data_as_of = d;
		}
		/* each series whose records listed it: is it in the newest? */
		for (size_t k = 0; keep && k < a->listed_count; k++) {
			int seen = 0; /* each series once */
			for (size_t j = 0; j < k && !seen; j++)
				seen = strcmp(a->listed_by[j]->series, a->listed_by[k]->series) == 0;
			if (seen)
				continue;
			const inforce_record *last = last_listing(a, a->listed_by[k]->series);
			const inforce_record *by = last ? next_record(t, last) : NULL;
			if (!by)
				continue;
			inforce_drop *d = vec_push(&drops);
			if (!d) {
				rc = -1;
				break;
			}
			d->act = a;
			d->last_listed = last;
			d->dropped_by = by;
			d->reason = reason(t, a, by, &d->explained_by);
			keep = d->reason == INFORCE_DROP_ENDED;
		}
		if (rc == 0 && !keep && t->acts == t->all) { /* the first act left out */
			const inforce_act **kept = pool_alloc(pool, sizeof *kept * (t->all_count + 1));
			if (kept)
				memcpy(kept, t->all, sizeof *kept * t->act_count);
			else
				rc = -1;
			t->acts = kept;
		}
		if (rc == 0 && keep) {
			if (t->acts != t->all)
				t->acts[t->act_count] = a;
			t->act_count++;
		}
	}
	if (rc == 0 && drops.len) {
		if ((t->drops = pool_alloc(pool, sizeof *t->drops * drops.len)))
			memcpy(t->drops, drops.items, sizeof *t->drops * drops.len);
		else
			rc = -1;
		t->drop_count = drops.len;
	}
	vec_release(&drops);
	if (rc) {
		t->drop_count = 0;
		return ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
	}
	return 0;
}

const inforce_drop *records_uncertain(const struct inforce_treaty *t, const char *iso3,
				      inforce_day on)
{
	for (size_t i = 0; i < t->drop_count; i++) {
		const inforce_drop *d = &t->drops[i];
		if (d->reason == INFORCE_DROP_UNEXPLAINED && strcmp(d->act->iso3, iso3) == 0 &&
		    on >= d->last_listed->as_at && on < d->dropped_by->as_at)
			return d;
	}
	return NULL;
}

inforce_day inforce_treaty_data_as_of(const inforce_treaty *t)
{
	return t->all_count ? t->data_as_of : INFORCE_DAY_NONE;
}

int inforce_treaty_has_data(const inforce_treaty *t)
{
	return t->all_count > 0;
}

size_t inforce_treaty_act_count(const inforce_treaty *t)
{
	return t->act_count;
}

size_t inforce_treaty_record_count(const inforce_treaty *t)
{
	return t->record_count;
}

const inforce_record *inforce_treaty_record_at(const inforce_treaty *t, size_t i)
{
	return i < t->record_count ? t->records[i] : NULL;
}

size_t inforce_treaty_drop_count(const inforce_treaty *t)
{
	return t->drop_count;
}

const inforce_drop *inforce_treaty_drop_at(const inforce_treaty *t, size_t i)
{
	return i < t->drop_count ? &t->drops[i] : NULL;
}

const char *inforce_drop_reason_name(enum inforce_drop_reason r)
{
	switch (r) {
	case INFORCE_DROP_CHANGED: return "changed";
	case INFORCE_DROP_ENDED: return "ended";
	case INFORCE_DROP_UNEXPLAINED: return "unexplained";
	}
	return "?";
}

/* ------------------------------------------------------------ changes between records */

static const inforce_record *previous(const struct inforce_treaty *t, const inforce_record *r)
{
	const inforce_record *prev = NULL;
	for (size_t i = 0; i < t->record_count; i++) {
		const inforce_record *q = t->records[i];
		int before = q->as_at < r->as_at || (q->as_at == r->as_at && q->id < r->id);
		if (q != r && before && strcmp(q->series, r->series) == 0 &&
		    (!prev || q->as_at > prev->as_at || (q->as_at == prev->as_at && q->id > prev->id)))
			prev = q;
	}
	return prev;
}

/* The name under which record r lists a, or NULL. */
static const char *name_in(const inforce_act *a, const inforce_record *r)
{
	for (size_t i = 0; i < a->listed_count; i++)
		if (a->listed_by[i] == r)
			return a->listed_names[i];
	return NULL;
}

static int cmp_change(const void *pa, const void *pb)
{
	const inforce_record_change *a = pa, *b = pb;
	int c = strcmp(a->iso3, b->iso3);
	if (c)
		return c;
	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	inforce_day x = a->act ? a->act->date : 0, y = b->act ? b->act->date : 0;
	return x < y ? -1 : x > y;
}

inforce_record_change *inforce_record_changes(const inforce_treaty *t, const inforce_record *r,
					      const inforce_record **prev_out, size_t *n)
{
	const inforce_record *prev = previous(t, r);
	size_t cap = 3 * t->all_count + t->derived.part_count + 1, k = 0;
	inforce_record_change *out = malloc(sizeof *out * cap);
	*n = 0;
	if (prev_out)
		*prev_out = prev;
	if (!out)
		return NULL;
	for (size_t i = 0; i < t->all_count; i++) {
		const inforce_act *a = t->all[i];
		const char *now = name_in(a, r), *then = prev ? name_in(a, prev) : NULL;
		if (now && !then)
			out[k++] = (inforce_record_change){.kind = INFORCE_CHANGE_ADDED, .iso3 = a->iso3,
							   .act = a, .effective = INFORCE_DAY_NONE};
		if (now && then && strcmp(now, then) != 0) {
			int seen = 0; /* one rename a state */
			for (size_t j = 0; j < k && !seen; j++)
				seen = out[j].kind == INFORCE_CHANGE_RENAMED && out[j].iso3 == a->iso3;
			if (!seen)
				out[k++] = (inforce_record_change){
					.kind = INFORCE_CHANGE_RENAMED, .iso3 = a->iso3, .act = a,
					.old_name = then, .new_name = now,
					.effective = INFORCE_DAY_NONE};
		}
	}
	for (size_t i = 0; i < t->drop_count; i++)
		if (t->drops[i].dropped_by == r)
			out[k++] = (inforce_record_change){.kind = INFORCE_CHANGE_DROPPED,
							   .iso3 = t->drops[i].act->iso3,
							   .act = t->drops[i].act, .drop = &t->drops[i],
							   .effective = INFORCE_DAY_NONE};
	/* withdrawals that took effect after the previous record, by this one's day */
	for (size_t p = 0; prev && p < t->derived.part_count; p++) {
		const struct participant *part = &t->derived.parts[p];
		for (size_t e = 0; e < part->episode_count; e++) {
			const struct episode *ep = &part->episodes[e];
			if (ep->wd_effective == INFORCE_DAY_NONE || ep->wd_effective <= prev->as_at ||
			    ep->wd_effective > r->as_at || k == cap)
				continue;
			const inforce_act *w = NULL;
			for (size_t q = 0; q < ep->act_count; q++)
				if (part->acts[ep->first_act + q]->kind == INFORCE_ACT_WITHDRAWAL)
					w = part->acts[ep->first_act + q];
			out[k++] = (inforce_record_change){.kind = INFORCE_CHANGE_WITHDRAWAL_IN_EFFECT,
							   .iso3 = part->iso3, .act = w,
							   .effective = ep->wd_effective};
		}
	}
	if (k)
		qsort(out, k, sizeof *out, cmp_change);
	*n = k;
	if (!k) {
		free(out);
		return NULL;
	}
	return out;
}

const char *inforce_change_kind_name(enum inforce_change_kind k)
{
	switch (k) {
	case INFORCE_CHANGE_ADDED: return "added";
	case INFORCE_CHANGE_DROPPED: return "dropped";
	case INFORCE_CHANGE_RENAMED: return "renamed";
	case INFORCE_CHANGE_WITHDRAWAL_IN_EFFECT: return "withdrawal-in-effect";
	}
	return "?";
}
