/*
 * select.h - the lists of events that the front ends show across treaties (what
 * lies ahead, what changed between two dates) and the default start of a
 * timeline, chosen and ordered the same way for the CLI and the HTTP API. The
 * events themselves come from libinforce (inforce_events); this only gathers,
 * filters and sorts them.
 */
#ifndef INFORCE_VIEW_SELECT_H
#define INFORCE_VIEW_SELECT_H

#include "inforce/inforce.h"

/* What takes effect or falls due in [from, to] (the treaty's or a state's entry
 * into force, withdrawals taking effect, obligation deadlines), over `only` or
 * every treaty (only = NULL), by date, treaty, state and kind. Returns 0 with *out
 * a heap array of *n events the caller frees (NULL when there are none), or -1
 * when out of memory. */
int view_upcoming_events(const inforce_snapshot *snap, const inforce_treaty *only,
			 inforce_day from, inforce_day to, inforce_event **out, size_t *n);

/* Every change after `after` up to and including `to` (deadlines left out), over
 * `only` or every treaty, in the same order. 0 or -1 as above. */
int view_diff_events(const inforce_snapshot *snap, const inforce_treaty *only, inforce_day after,
		     inforce_day to, inforce_event **out, size_t *n);

/* Where a timeline of t starts when no start is given: the opening for signature,
 * else the treaty's first event, else `to`. */
inforce_day view_timeline_start(const inforce_treaty *t, inforce_day to);

#endif
