/*
 * status.c - the status queries every front end calls: one treaty on a date, one
 * (treaty, state) on a date, every treaty and state on a date. Exports
 * inforce_status_*, inforce_cross_section.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

void ifc_counts_add(inforce_counts *c, const inforce_standing *s)
{
	switch (s->status) {
	case INFORCE_ST_PARTY:
		c->parties++;
		c->withdrawal_pending += s->withdrawal_pending;
		break;
	case INFORCE_ST_CONTRACTING: c->contracting++; break;
	case INFORCE_ST_SIGNATORY: c->signatories++; break;
	case INFORCE_ST_WITHDRAWN: c->withdrawn++; break;
	default: break;
	}
	c->deposited = c->parties + c->contracting;
	c->disputed += s->withdrawal_disputed != NULL &&
		       (s->status == INFORCE_ST_WITHDRAWN || s->withdrawal_pending);
}

inforce_standing *inforce_status_treaty(const inforce_treaty *t, inforce_day on, size_t *n,
					inforce_counts *counts, inforce_error *err)
{
	const struct derived *d = &t->derived;
	inforce_standing *out = malloc(sizeof *out * (d->part_count + 1));
	if (!out) {
		ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
		return NULL;
	}
	inforce_counts c = {0};
	size_t k = 0;
	for (size_t i = 0; i < d->part_count; i++) {
		engine_standing(&d->parts[i], on, &out[k]);
		if (t->drop_count)
			out[k].uncertain = records_uncertain(t, d->parts[i].iso3, on);
		if (out[k].status == INFORCE_ST_NONE || out[k].status == INFORCE_ST_CEASED)
			continue;
		ifc_counts_add(&c, &out[k]);
		k++;
	}
	*n = k;
	if (counts)
		*counts = c;
	return out;
}

int inforce_status_one(const inforce_treaty *t, const char *iso3, inforce_day on,
		       inforce_standing *out)
{
	const struct derived *d = &t->derived;
	size_t lo = 0, hi = d->part_count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(d->parts[mid].iso3, iso3);
		if (c == 0) {
			engine_standing(&d->parts[mid], on, out);
			if (t->drop_count)
				out->uncertain = records_uncertain(t, iso3, on);
			return 0;
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	memset(out, 0, sizeof *out);
	out->iso3 = iso3;
	out->status = INFORCE_ST_NONE;
	out->signature = out->consent = out->entry_into_force = INFORCE_DAY_NONE;
	out->withdrawal_notified = out->withdrawal_effective = INFORCE_DAY_NONE;
	out->withdrawal_notice_end = INFORCE_DAY_NONE;
	out->provisional = out->suspension = out->ratification_withdrawn = INFORCE_DAY_NONE;
	out->non_party_intention = INFORCE_DAY_NONE;
	out->ceased = INFORCE_DAY_NONE;
	out->uncertain = t->drop_count ? records_uncertain(t, iso3, on) : NULL;
	return 0;
}

inforce_cell *inforce_cross_section(const inforce_snapshot *snap, inforce_day on, size_t *n,
				    inforce_error *err)
{
	size_t cap = 1;
	for (size_t t = 0; t < snap->treaty_count; t++)
		cap += snap->tlist[t]->derived.part_count;
	inforce_cell *out = malloc(sizeof *out * cap);
	if (!out) {
		ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
		return NULL;
	}
	size_t k = 0;
	for (size_t t = 0; t < snap->treaty_count; t++) {
		const struct inforce_treaty *tr = snap->tlist[t];
		for (size_t i = 0; i < tr->derived.part_count; i++) {
			const struct participant *p = &tr->derived.parts[i];
			inforce_cell *c = &out[k];
			c->status = engine_status(p, on, &c->withdrawal_pending);
			if (c->status == INFORCE_ST_NONE || c->status == INFORCE_ST_CEASED)
				continue;
			c->treaty = tr->def.id;
			c->iso3 = p->iso3;
			k++;
		}
	}
	*n = k;
	return out;
}
