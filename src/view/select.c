/*
 * select.c - gathers the events of several treaties into one ordered list (upcoming
 * dates, changes between two dates) and picks a timeline's default start; shared by
 * the CLI and the HTTP API (see select.h). Moved here from src/cli/cmd_upcoming.c,
 * cmd_diff.c and cmd_timeline.c so that both front ends choose the same events.
 */
#include <stdlib.h>
#include <string.h>

#include "select.h"

/* Kinds worth a reminder: what takes effect or falls due. */
static int ahead(const inforce_event *e)
{
	return e->kind == INFORCE_EV_TREATY_IN_FORCE || e->kind == INFORCE_EV_IN_FORCE ||
	       e->kind == INFORCE_EV_WITHDRAWAL_EFFECTIVE || e->kind == INFORCE_EV_DEADLINE;
}

static int keep_all(const inforce_event *e)
{
	(void)e;
	return 1;
}

/* By date, treaty, state, then kind. */
static int cmp_ev(const void *pa, const void *pb)
{
	const inforce_event *a = pa, *b = pb;
	if (a->date != b->date)
		return a->date < b->date ? -1 : 1;
	int t = strcmp(inforce_treaty_id(a->treaty), inforce_treaty_id(b->treaty));
	if (t)
		return t;
	t = strcmp(a->iso3 ? a->iso3 : "", b->iso3 ? b->iso3 : "");
	return t ? t : (int)a->kind - (int)b->kind;
}

static int gather(const inforce_snapshot *snap, const inforce_treaty *only, inforce_day from,
		  inforce_day to, int deadlines, int (*keep)(const inforce_event *),
		  inforce_event **out, size_t *n)
{
	inforce_event *sel = NULL;
	size_t k = 0, cap = 0;
	*out = NULL;
	*n = 0;
	for (size_t i = 0; i < inforce_snapshot_treaty_count(snap); i++) {
		const inforce_treaty *t = inforce_snapshot_treaty_at(snap, i);
		if (only && t != only)
			continue;
		size_t m;
		inforce_event *ev = inforce_events(t, from, to, deadlines, &m);
		for (size_t j = 0; j < m; j++) {
			if (!keep(&ev[j]))
				continue;
			if (k == cap) {
				size_t ncap = cap ? cap * 2 : 64;
				inforce_event *grown = realloc(sel, ncap * sizeof *sel);
				if (!grown) {
					free(ev);
					free(sel);
					return -1;
				}
				sel = grown;
				cap = ncap;
			}
			sel[k++] = ev[j];
		}
		free(ev);
	}
	if (k > 1)
		qsort(sel, k, sizeof *sel, cmp_ev);
	*out = sel;
	*n = k;
	return 0;
}

int view_upcoming_events(const inforce_snapshot *snap, const inforce_treaty *only,
			 inforce_day from, inforce_day to, inforce_event **out, size_t *n)
{
	return gather(snap, only, from, to, 1, ahead, out, n);
}

int view_diff_events(const inforce_snapshot *snap, const inforce_treaty *only, inforce_day after,
		     inforce_day to, inforce_event **out, size_t *n)
{
	return gather(snap, only, after + 1, to, 0, keep_all, out, n);
}

inforce_day view_timeline_start(const inforce_treaty *t, inforce_day to)
{
	inforce_day from;
	const char *o = inforce_treaty_meta(t, "opened_for_signature");
	if (o && inforce_date_parse(o, strlen(o), &from) == 0)
		return from;
	size_t ne;
	inforce_event *ev = inforce_events(t, INFORCE_DAY_NONE, INFORCE_DAY_NONE, 0, &ne);
	from = ne ? ev[0].date : to;
	free(ev);
	return from;
}
