/*
 * view.h - presentation shared by the front ends (CLI and HTTP server): the JSON
 * shapes of every answer, the iCalendar and Atom feeds, and small text helpers. No
 * logic lives here: everything is computed by libinforce; this only writes it out.
 * JSON builders return a new jansson reference the caller owns (json_decref).
 */
#ifndef INFORCE_VIEW_H
#define INFORCE_VIEW_H

#include <jansson.h>
#include <stdio.h>

#include "inforce/inforce.h"

/* Lowercase copy of an id for machine output ("ccm"). */
const char *view_lower(const char *s, char *buf, size_t size);

json_t *view_standing_json(const inforce_standing *s);
/* How current an answer about t is: "data_as_of" (null: no data held), "coverage"
 * ("held" or "none"), and "later_acts_not_held": true when `on` is after data_as_of. */
void view_currency_json(json_t *o, const inforce_treaty *t, inforce_day on);
/* Adds "entry_into_force_basis": "published", "computed" or null (not in force). */
void view_eif_basis_json(json_t *o, const inforce_treaty *t);
/* An act a newer record no longer lists: the act, both records, why. */
json_t *view_drop_json(const inforce_drop *d);
/* The newest UN record's notes of a treaty (declarations, objections ...), those of
 * iso3 and of kind only when given. */
json_t *view_notes_json(const inforce_treaty *t, const char *iso3, const char *kind);
/* The URL of a UN depositary notification ("C.N.360.2025.TREATIES-XXVI-5"), or "". */
const char *view_cn_url(const char *cn, char *buf, size_t size);
json_t *view_status_json(const inforce_treaty *t, inforce_day on, inforce_day as_recorded,
			 const inforce_standing *st, size_t n, const inforce_counts *k);
json_t *view_treaty_json(const inforce_snapshot *snap, const inforce_treaty *t);
json_t *view_event_json(const inforce_event *e);
json_t *view_explain_json(const inforce_treaty *t, const char *iso3, inforce_day on,
			  const inforce_step *st, size_t n);
/* "ccm: Lithuania: withdrawal takes effect" */
const char *view_event_text(const inforce_event *e, char *buf, size_t size);

json_t *view_timeline_json(const inforce_treaty *t, const char *step, const inforce_point *pts,
			   size_t n);
/* {from_key: from, to_key: to, "events": [...]} */
json_t *view_events_json(const char *from_key, inforce_day from, const char *to_key,
			 inforce_day to, const inforce_event *ev, size_t n);
/* A state's standing in every treaty held on `on`. */
json_t *view_state_json(const inforce_snapshot *snap, const char *iso3, inforce_day on);
/* The same for one treaty only (NULL: all). */
json_t *view_state_json_only(const inforce_snapshot *snap, const char *iso3, inforce_day on,
			     const inforce_treaty *only);
/* "In" a treaty: an instrument deposited and not withdrawn (party or contracting). */
int view_is_in(const inforce_standing *s);
json_t *view_group_json(const inforce_snapshot *snap, const char *group, const inforce_treaty *t,
			inforce_day on);
/* The date a first act took effect: a withdrawal's effect, a consent's entry into force. */
inforce_day view_first_effective(const inforce_event *ev);
json_t *view_firsts_json(const char *action, const char *tag, const char *group, size_t treaties,
			 const inforce_event *sel, size_t n);

/* Every state's status changes over the whole record, for pages that move through
 * time without asking again: {"treaty", "entry_into_force", "states": {ISO3: {"name",
 * "changes": [{"date", "status", "withdrawal_pending"}]}}}. The status on a date is
 * the last change on or before it (none before the first). */
json_t *view_changes_json(const inforce_treaty *t);

/* The lists of the API: {"treaties": [...]}, {"states": [...]}, {"groups": [...]}. */
json_t *view_treaties_json(const inforce_snapshot *snap);
json_t *view_states_json(const inforce_snapshot *snap);
json_t *view_groups_json(const inforce_snapshot *snap, inforce_day on);

void view_ics(FILE *out, const inforce_event *ev, size_t n, inforce_day today);
void view_atom(FILE *out, const inforce_event *ev, size_t n, inforce_day today);

#endif
