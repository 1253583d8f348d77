/*
 * json.c - the JSON shapes of inforce's answers, built from the library's types with
 * jansson: one standing, a treaty's status, a treaty, an event, an explanation. The
 * CLI (--format json) and the HTTP API both call these, so the shapes are the same
 * everywhere (docs/json.md). Every function returns a new reference the caller owns.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "view.h"

const char *view_lower(const char *s, char *buf, size_t size)
{
	size_t i = 0;
	for (; s[i] && i + 1 < size; i++)
		buf[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
	buf[i] = '\0';
	return buf;
}

static json_t *day_json(inforce_day d)
{
	char buf[INFORCE_DATE_BUFSZ];
	return d == INFORCE_DAY_NONE ? json_null() : json_string(inforce_date_format(d, buf));
}

/* "https://treaties.un.org/doc/Publication/CN/2025/CN.360.2025-Eng.pdf" for
 * "C.N.360.2025.TREATIES-XXVI-5": where the UN publishes its notifications. "" when
 * the reference is not of that form. */
const char *view_cn_url(const char *cn, char *buf, size_t size)
{
	unsigned num, year;
	int used = 0;
	buf[0] = '\0';
	if (!cn || sscanf(cn, "C.N.%u.%4u%n", &num, &year, &used) != 2 || used < 10 || year < 1946 ||
	    year > 9999)
		return buf;
	snprintf(buf, size, "https://treaties.un.org/doc/Publication/CN/%u/CN.%u.%u-Eng.pdf", year,
		 num, year);
	return buf;
}

/* "entry_into_force_basis": where the treaty's date of entry into force comes from:
 * "published" (the depositary's date, which differs from the computed one or stands
 * where none can be computed), "computed" (from the acts and the rule, agreeing with
 * any published date), or null when the treaty is not in force on the data held. */
void view_eif_basis_json(json_t *o, const inforce_treaty *t)
{
	const inforce_eif *e = inforce_treaty_eif(t);
	json_object_set_new(o, "entry_into_force_basis",
			    e->date == INFORCE_DAY_NONE ? json_null()
			    : e->published_basis       ? json_string("published")
						       : json_string("computed"));
}

void view_currency_json(json_t *o, const inforce_treaty *t, inforce_day on)
{
	inforce_day asof = inforce_treaty_data_as_of(t);
	json_object_set_new(o, "data_as_of", day_json(asof));
	json_object_set_new(o, "coverage", json_string(inforce_treaty_has_data(t) ? "held" : "none"));
	if (on != INFORCE_DAY_NONE && asof != INFORCE_DAY_NONE && on > asof)
		json_object_set_new(o, "later_acts_not_held", json_true());
}

static json_t *act_json(const inforce_act *a)
{
	char cnurl[128];
	json_t *ao = json_object();
	json_object_set_new(ao, "id", json_integer(a->id));
	json_object_set_new(ao, "kind", json_string(inforce_act_kind_name(a->kind)));
	json_object_set_new(ao, "date", day_json(a->date));
	json_object_set_new(ao, "source", json_string(a->source));
	if (a->depositary && a->depositary[0])
		json_object_set_new(ao, "depositary", json_string(a->depositary));
	if (a->cn && a->cn[0]) {
		json_object_set_new(ao, "cn", json_string(a->cn));
		if (view_cn_url(a->cn, cnurl, sizeof cnurl)[0])
			json_object_set_new(ao, "cn_url", json_string(cnurl));
	}
	if (a->disputed && a->disputed[0])
		json_object_set_new(ao, "disputed", json_string(a->disputed));
	if (a->also_count) {
		json_t *also = json_array();
		for (size_t k = 0; k < a->also_count; k++)
			json_array_append_new(also, json_string(a->also[k]));
		json_object_set_new(ao, "also_recorded_by", also);
	}
	if (a->listed_count) {
		json_t *by = json_array();
		for (size_t k = 0; k < a->listed_count; k++) {
			const inforce_record *r = a->listed_by[k];
			json_t *ro = json_object();
			json_object_set_new(ro, "record", json_string(r->reference));
			json_object_set_new(ro, "format", json_string(r->format));
			json_object_set_new(ro, "as_at", day_json(r->as_at));
			json_array_append_new(by, ro);
		}
		json_object_set_new(ao, "listed_by", by);
	}
	return ao;
}

json_t *view_drop_json(const inforce_drop *d)
{
	json_t *o = json_object();
	json_object_set_new(o, "act", act_json(d->act));
	json_object_set_new(o, "iso3", json_string(d->act->iso3));
	json_object_set_new(o, "reason", json_string(inforce_drop_reason_name(d->reason)));
	json_object_set_new(o, "last_listed_as_at", day_json(d->last_listed->as_at));
	json_object_set_new(o, "last_listed_by", json_string(d->last_listed->file));
	json_object_set_new(o, "dropped_as_at", day_json(d->dropped_by->as_at));
	json_object_set_new(o, "dropped_by", json_string(d->dropped_by->file));
	json_object_set_new(o, "explained_by", d->explained_by ? act_json(d->explained_by)
							       : json_null());
	return o;
}

json_t *view_standing_json(const inforce_standing *s)
{
	json_t *o = json_object();
	if (!o)
		return NULL;
	json_object_set_new(o, "iso3", json_string(s->iso3));
	json_object_set_new(o, "name", json_string(s->name ? s->name : s->iso3));
	json_object_set_new(o, "status", json_string(inforce_status_name(s->status)));
	json_object_set_new(o, "signature", day_json(s->signature));
	if (s->consent != INFORCE_DAY_NONE) {
		json_t *c = json_object(), *deps = json_array();
		json_object_set_new(c, "kind", json_string(inforce_act_kind_name(s->consent_kind)));
		json_object_set_new(c, "date", day_json(s->consent));
		/* every deposit of the instrument: one with each depositary that received it */
		for (size_t i = 0; i < s->act_count; i++) {
			const inforce_act *a = s->acts[i];
			if (a->kind != s->consent_kind || a->date < s->consent)
				continue;
			json_t *x = json_object();
			json_object_set_new(x, "depositary", a->depositary[0] ? json_string(a->depositary)
									      : json_null());
			json_object_set_new(x, "date", day_json(a->date));
			json_object_set_new(x, "act_id", json_integer(a->id));
			json_array_append_new(deps, x);
		}
		json_object_set_new(c, "deposits", deps);
		json_object_set_new(o, "consent", c);
	} else {
		json_object_set_new(o, "consent", json_null());
	}
	json_object_set_new(o, "entry_into_force", day_json(s->entry_into_force));
	if (s->eif_unknown)
		json_object_set_new(o, "entry_into_force_unknown", json_true());
	if (s->withdrawal_notified != INFORCE_DAY_NONE) {
		json_t *w = json_object();
		json_object_set_new(w, "notified", day_json(s->withdrawal_notified));
		json_object_set_new(w, "effective", day_json(s->withdrawal_effective));
		json_object_set_new(w, "pending", json_boolean(s->withdrawal_pending));
		if (s->withdrawal_disputed)
			json_object_set_new(w, "disputed", json_string(s->withdrawal_disputed));
		json_object_set_new(o, "withdrawal", w);
	} else {
		json_object_set_new(o, "withdrawal", json_null());
	}
	if (s->provisional != INFORCE_DAY_NONE)
		json_object_set_new(o, "provisional_application", day_json(s->provisional));
	if (s->suspension != INFORCE_DAY_NONE)
		json_object_set_new(o, "suspension_declared", day_json(s->suspension));
	if (s->ratification_withdrawn != INFORCE_DAY_NONE)
		json_object_set_new(o, "ratification_withdrawn", day_json(s->ratification_withdrawn));
	if (s->ceased != INFORCE_DAY_NONE)
		json_object_set_new(o, "ceased", day_json(s->ceased));
	if (s->non_party_intention != INFORCE_DAY_NONE)
		json_object_set_new(o, "declared_not_to_become_party", day_json(s->non_party_intention));
	if (s->uncertain)
		json_object_set_new(o, "uncertain", view_drop_json(s->uncertain));
	json_t *acts = json_array();
	for (size_t i = 0; i < s->act_count; i++)
		json_array_append_new(acts, act_json(s->acts[i]));
	json_object_set_new(o, "acts", acts);
	json_t *src = json_array();
	for (size_t i = 0; i < s->act_count; i++) {
		const char *u = s->acts[i]->source;
		int seen = 0;
		for (size_t j = 0; j < i && !seen; j++)
			seen = strcmp(s->acts[j]->source, u) == 0;
		if (!seen)
			json_array_append_new(src, json_string(u));
	}
	json_object_set_new(o, "sources", src);
	return o;
}


const char *view_event_text(const inforce_event *e, char *buf, size_t size)
{
	static const char *const what[INFORCE_EV_COUNT] = {
		[INFORCE_EV_TREATY_IN_FORCE] = "the treaty enters into force",
		[INFORCE_EV_SIGNATURE] = "signature",
		[INFORCE_EV_CONSENT] = "instrument deposited",
		[INFORCE_EV_IN_FORCE] = "enters into force for it",
		[INFORCE_EV_PROVISIONAL] = "provisional application declared",
		[INFORCE_EV_WITHDRAWAL_NOTIFIED] = "withdrawal notified",
		[INFORCE_EV_WITHDRAWAL_EFFECTIVE] = "withdrawal takes effect",
		[INFORCE_EV_RATIFICATION_WITHDRAWN] = "instrument of ratification withdrawn",
		[INFORCE_EV_SUSPENSION] = "suspension declared",
		[INFORCE_EV_DEADLINE] = "treaty deadline",
		[INFORCE_EV_CEASED] = "ceased to exist",
	};
	char id[32];
	if (e->kind == INFORCE_EV_DEADLINE)
		snprintf(buf, size, "%s: %s: %s (%s)", view_lower(inforce_treaty_id(e->treaty), id, sizeof id),
			 e->name, what[e->kind], e->detail ? e->detail : "");
	else if (e->kind == INFORCE_EV_CONSENT && e->act)
		snprintf(buf, size, "%s: %s: %s deposited", view_lower(inforce_treaty_id(e->treaty), id, sizeof id),
			 e->name, inforce_act_kind_name(e->act->kind));
	else
		snprintf(buf, size, "%s: %s%s%s", view_lower(inforce_treaty_id(e->treaty), id, sizeof id),
			 e->name ? e->name : "", e->name ? ": " : "", what[e->kind]);
	return buf;
}


json_t *view_event_json(const inforce_event *e)
{
	char d[INFORCE_DATE_BUFSZ], id[32];
	json_t *o = json_object();
	json_object_set_new(o, "date", json_string(inforce_date_format(e->date, d)));
	json_object_set_new(o, "treaty", json_string(view_lower(inforce_treaty_id(e->treaty), id, sizeof id)));
	json_object_set_new(o, "event", json_string(inforce_event_name(e->kind)));
	json_object_set_new(o, "iso3", e->iso3 ? json_string(e->iso3) : json_null());
	json_object_set_new(o, "name", e->name ? json_string(e->name) : json_null());
	if (e->iso3) {
		json_object_set_new(o, "status_before", json_string(inforce_status_name(e->before)));
		json_object_set_new(o, "status_after", json_string(inforce_status_name(e->after)));
	}
	if (e->detail)
		json_object_set_new(o, "obligation", json_string(e->detail));
	json_object_set_new(o, "article", e->article ? json_string(e->article) : json_null());
	if (e->act) {
		json_object_set_new(o, "act_id", json_integer(e->act->id));
		json_object_set_new(o, "act", json_string(inforce_act_kind_name(e->act->kind)));
		json_object_set_new(o, "act_date", json_string(inforce_date_format(e->act->date, d)));
	}
	const char *src = inforce_event_source(e);
	json_object_set_new(o, "source", src ? json_string(src) : json_null());
	return o;
}


json_t *view_status_json(const inforce_treaty *t, inforce_day on, inforce_day as_recorded,
			   const inforce_standing *st, size_t n, const inforce_counts *k)
{
	char d[INFORCE_DATE_BUFSZ], id[32];
	const inforce_eif *eif = inforce_treaty_eif(t);
	json_t *o = json_object(), *counts = json_object(), *states = json_array();
	json_object_set_new(o, "treaty", json_string(view_lower(inforce_treaty_id(t), id, sizeof id)));
	json_object_set_new(o, "on", json_string(inforce_date_format(on, d)));
	if (as_recorded != INFORCE_DAY_NONE)
		json_object_set_new(o, "as_recorded", json_string(inforce_date_format(as_recorded, d)));
	json_object_set_new(o, "entry_into_force",
			    eif->date == INFORCE_DAY_NONE
				    ? json_null()
				    : json_string(inforce_date_format(eif->date, d)));
	view_eif_basis_json(o, t);
	view_currency_json(o, t, on);
	if (!inforce_treaty_has_data(t)) { /* "no data held", never "0 parties" */
		json_decref(counts);
		json_object_set_new(o, "counts", json_null());
		json_object_set_new(o, "states", states);
		return o;
	}
	json_object_set_new(counts, "parties", json_integer(k->parties));
	json_object_set_new(counts, "withdrawal_pending", json_integer(k->withdrawal_pending));
	json_object_set_new(counts, "contracting", json_integer(k->contracting));
	json_object_set_new(counts, "signatories", json_integer(k->signatories));
	json_object_set_new(counts, "withdrawn", json_integer(k->withdrawn));
	json_object_set_new(counts, "deposited", json_integer(k->deposited));
	json_object_set_new(counts, "disputed", json_integer(k->disputed));
	json_object_set_new(o, "counts", counts);
	for (size_t i = 0; i < n; i++)
		json_array_append_new(states, view_standing_json(&st[i]));
	json_object_set_new(o, "states", states);
	return o;
}


json_t *view_treaty_json(const inforce_snapshot *snap, const inforce_treaty *t)
{
	char d[INFORCE_DATE_BUFSZ], id[32];
	static const char *const keys[] = {"untc", "short_name", "title", "adopted",
					   "adopted_place", "opened_for_signature", "depositary",
					   "tags", "published_entry_into_force", "source", "notes"};
	json_t *o = json_object(), *rules = json_array(), *eif = json_object();
	json_object_set_new(o, "id", json_string(view_lower(inforce_treaty_id(t), id, sizeof id)));
	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		const char *v = inforce_treaty_meta(t, keys[i]);
		json_object_set_new(o, keys[i], v ? json_string(v) : json_null());
	}
	const inforce_eif *e = inforce_treaty_eif(t);
	json_object_set_new(eif, "date", e->date == INFORCE_DAY_NONE
						 ? json_null()
						 : json_string(inforce_date_format(e->date, d)));
	json_object_set_new(eif, "basis", e->date == INFORCE_DAY_NONE ? json_null()
					  : e->published_basis       ? json_string("published")
								     : json_string("computed"));
	json_object_set_new(eif, "computed", day_json(e->computed));
	json_object_set_new(eif, "published", day_json(e->published));
	json_object_set_new(eif, "trigger_date",
			    e->trigger_date == INFORCE_DAY_NONE
				    ? json_null()
				    : json_string(inforce_date_format(e->trigger_date, d)));
	json_t *who = json_array();
	for (size_t i = 0; i < e->trigger_count; i++)
		json_array_append_new(who, json_string(e->trigger_states[i]));
	json_object_set_new(eif, "trigger_states", who);
	json_object_set_new(eif, "instruments_needed", json_integer(e->instruments_needed));
	json_object_set_new(eif, "instruments_by_trigger", json_integer(e->instruments_by_trigger));
	json_object_set_new(eif, "instruments_held", json_integer(e->instruments_held));
	json_t *missing = json_array();
	for (size_t i = 0; i < e->missing_count; i++)
		json_array_append_new(missing, json_string(e->missing[i]));
	json_object_set_new(eif, "missing_states", missing);
	json_object_set_new(o, "entry_into_force", eif);
	for (size_t i = 0; i < inforce_treaty_rule_count(t); i++) {
		const inforce_rule_text *r = inforce_treaty_rule_at(t, i);
		json_t *ro = json_object();
		json_object_set_new(ro, "rule", json_string(r->what));
		if (r->name)
			json_object_set_new(ro, "name", json_string(r->name));
		json_object_set_new(ro, "article", r->article ? json_string(r->article) : json_null());
		json_object_set_new(ro, "text", json_string(r->text));
		json_array_append_new(rules, ro);
	}
	json_object_set_new(o, "rules", rules);
	view_currency_json(o, t, INFORCE_DAY_NONE);
	json_t *recs = json_array();
	for (size_t i = 0; i < inforce_treaty_record_count(t); i++) {
		const inforce_record *r = inforce_treaty_record_at(t, i);
		json_t *ro = json_object();
		json_object_set_new(ro, "series", json_string(r->series));
		json_object_set_new(ro, "format", json_string(r->format));
		json_object_set_new(ro, "reference", json_string(r->reference));
		json_object_set_new(ro, "file", json_string(r->file));
		json_object_set_new(ro, "as_at", day_json(r->as_at));
		json_object_set_new(ro, "published_signatories",
				    r->published_signatories < 0 ? json_null()
								 : json_integer(r->published_signatories));
		json_object_set_new(ro, "published_parties",
				    r->published_parties < 0 ? json_null()
							     : json_integer(r->published_parties));
		json_object_set_new(ro, "published_entry_into_force", day_json(r->published_eif));
		if (r->url[0])
			json_object_set_new(ro, "url", json_string(r->url));
		json_array_append_new(recs, ro);
	}
	json_object_set_new(o, "records", recs);
	json_t *drops = json_array();
	for (size_t i = 0; i < inforce_treaty_drop_count(t); i++)
		json_array_append_new(drops, view_drop_json(inforce_treaty_drop_at(t, i)));
	json_object_set_new(o, "dropped", drops);
	json_t *nc = json_object();
	for (size_t i = 0; i < inforce_treaty_note_count(t); i++) {
		const char *k = inforce_treaty_note_at(t, i)->kind;
		json_t *v = json_object_get(nc, k);
		json_object_set_new(nc, k, json_integer(v ? json_integer_value(v) + 1 : 1));
	}
	json_object_set_new(o, "note_counts", nc); /* "notes" is the definition's text */
	(void)snap;
	return o;
}

json_t *view_notes_json(const inforce_treaty *t, const char *iso3, const char *kind)
{
	char id[32];
	json_t *o = json_object(), *arr = json_array();
	json_object_set_new(o, "treaty", json_string(view_lower(inforce_treaty_id(t), id, sizeof id)));
	const inforce_record *rec = NULL;
	for (size_t i = 0; i < inforce_treaty_note_count(t); i++) {
		const inforce_note *n = inforce_treaty_note_at(t, i);
		rec = n->record;
		if ((iso3 && (!n->iso3 || strcmp(n->iso3, iso3) != 0)) ||
		    (kind && strcmp(n->kind, kind) != 0))
			continue;
		json_t *x = json_object();
		json_object_set_new(x, "kind", json_string(n->kind));
		json_object_set_new(x, "iso3", n->iso3 ? json_string(n->iso3) : json_null());
		json_object_set_new(x, "participant", n->participant ? json_string(n->participant)
								     : json_null());
		if (n->index[0])
			json_object_set_new(x, "index", json_string(n->index));
		json_object_set_new(x, "text", json_string(n->text));
		json_array_append_new(arr, x);
	}
	json_object_set_new(o, "record", rec ? json_string(rec->file) : json_null());
	json_object_set_new(o, "as_at", rec ? day_json(rec->as_at) : json_null());
	json_object_set_new(o, "notes", arr);
	return o;
}


json_t *view_explain_json(const inforce_treaty *t, const char *iso3, inforce_day on,
			  const inforce_step *st, size_t n)
{
	char d[INFORCE_DATE_BUFSZ], id[32];
	json_t *o = json_object(), *arr = json_array();
	json_object_set_new(o, "treaty", json_string(view_lower(inforce_treaty_id(t), id, sizeof id)));
	json_object_set_new(o, "iso3", json_string(iso3));
	json_object_set_new(o, "on", json_string(inforce_date_format(on, d)));
	view_currency_json(o, t, on);
	for (size_t i = 0; i < n; i++) {
		json_t *s = json_object();
		json_object_set_new(s, "topic", json_string(st[i].topic));
		json_object_set_new(s, "article", st[i].article ? json_string(st[i].article) : json_null());
		json_object_set_new(s, "text", json_string(st[i].text));
		if (st[i].act) {
			json_t *a = json_object();
			json_object_set_new(a, "id", json_integer(st[i].act->id));
			json_object_set_new(a, "kind", json_string(inforce_act_kind_name(st[i].act->kind)));
			json_object_set_new(a, "date", json_string(inforce_date_format(st[i].act->date, d)));
			json_object_set_new(a, "source", json_string(st[i].act->source));
			json_object_set_new(s, "act", a);
		}
		if (st[i].conflict) {
			json_t *c = json_object();
			json_object_set_new(c, "id", json_integer(st[i].conflict->id));
			json_object_set_new(c, "source", json_string(st[i].conflict->source));
			json_object_set_new(s, "conflict_record", c);
		}
		json_array_append_new(arr, s);
	}
	json_object_set_new(o, "steps", arr);
	return o;
}


json_t *view_timeline_json(const inforce_treaty *t, const char *step, const inforce_point *pts,
			   size_t n)
{
	char d[INFORCE_DATE_BUFSZ], id[32];
	json_t *o = json_object(), *arr = json_array();
	json_object_set_new(o, "treaty", json_string(view_lower(inforce_treaty_id(t), id, sizeof id)));
	json_object_set_new(o, "step", json_string(step));
	view_currency_json(o, t, n ? pts[n - 1].date : INFORCE_DAY_NONE);
	for (size_t i = 0; i < n; i++) {
		const inforce_counts *k = &pts[i].counts;
		json_t *p = json_object();
		json_object_set_new(p, "date", json_string(inforce_date_format(pts[i].date, d)));
		json_object_set_new(p, "parties", json_integer(k->parties));
		json_object_set_new(p, "withdrawal_pending", json_integer(k->withdrawal_pending));
		json_object_set_new(p, "contracting", json_integer(k->contracting));
		json_object_set_new(p, "signatories", json_integer(k->signatories));
		json_object_set_new(p, "withdrawn", json_integer(k->withdrawn));
		json_object_set_new(p, "deposited", json_integer(k->deposited));
		json_array_append_new(arr, p);
	}
	json_object_set_new(o, "points", arr);
	return o;
}

json_t *view_events_json(const char *from_key, inforce_day from, const char *to_key,
			 inforce_day to, const inforce_event *ev, size_t n)
{
	char d[INFORCE_DATE_BUFSZ];
	json_t *o = json_object(), *arr = json_array();
	json_object_set_new(o, from_key, json_string(inforce_date_format(from, d)));
	json_object_set_new(o, to_key, json_string(inforce_date_format(to, d)));
	for (size_t i = 0; i < n; i++)
		json_array_append_new(arr, view_event_json(&ev[i]));
	json_object_set_new(o, "events", arr);
	return o;
}

json_t *view_state_json(const inforce_snapshot *snap, const char *iso3, inforce_day on)
{
	return view_state_json_only(snap, iso3, on, NULL);
}

json_t *view_state_json_only(const inforce_snapshot *snap, const char *iso3, inforce_day on,
			     const inforce_treaty *only)
{
	char d[INFORCE_DATE_BUFSZ], id[32];
	json_t *o = json_object(), *arr = json_array();
	json_object_set_new(o, "iso3", json_string(iso3));
	json_object_set_new(o, "name", json_string(inforce_snapshot_state_name(snap, iso3)));
	json_object_set_new(o, "on", json_string(inforce_date_format(on, d)));
	for (size_t i = 0; i < inforce_snapshot_treaty_count(snap); i++) {
		const inforce_treaty *t = inforce_snapshot_treaty_at(snap, i);
		inforce_standing s;
		if (only && t != only)
			continue;
		inforce_status_one(t, iso3, on, &s);
		if (s.status == INFORCE_ST_NONE)
			continue;
		json_t *e = json_object(), *st = view_standing_json(&s);
		int rank;
		json_object_set_new(e, "treaty", json_string(view_lower(inforce_treaty_id(t), id, sizeof id)));
		json_object_set_new(e, "subject", json_string(inforce_treaty_subject(t, &rank)));
		json_object_set_new(e, "subject_rank", json_integer(rank));
		json_object_update(e, st);
		json_decref(st);
		view_currency_json(e, t, on);
		/* its declarations, reservations, objections and end notes in the newest UN
		 * record */
		json_t *notes = NULL;
		for (size_t k = 0; k < inforce_treaty_note_count(t); k++) {
			const inforce_note *nt = inforce_treaty_note_at(t, k);
			if (!nt->iso3 || strcmp(nt->iso3, iso3) != 0)
				continue;
			if (!notes)
				notes = json_array();
			json_t *x = json_object();
			json_object_set_new(x, "kind", json_string(nt->kind));
			if (nt->index[0])
				json_object_set_new(x, "index", json_string(nt->index));
			json_object_set_new(x, "text", json_string(nt->text));
			json_object_set_new(x, "record", json_string(nt->record->file));
			json_object_set_new(x, "as_at", day_json(nt->record->as_at));
			json_array_append_new(notes, x);
		}
		if (notes)
			json_object_set_new(e, "notes", notes);
		json_array_append_new(arr, e);
	}
	json_object_set_new(o, "treaties", arr);
	return o;
}

int view_is_in(const inforce_standing *s)
{
	return s->status == INFORCE_ST_PARTY || s->status == INFORCE_ST_CONTRACTING;
}

json_t *view_group_json(const inforce_snapshot *snap, const char *group, const inforce_treaty *t,
			inforce_day on)
{
	char d[INFORCE_DATE_BUFSZ], id[32];
	size_t n, in = 0;
	const inforce_member **m = inforce_group_members(snap, group, on, &n);
	json_t *o = json_object(), *arr = json_array();
	for (size_t i = 0; m && i < n; i++) {
		inforce_standing s;
		inforce_status_one(t, m[i]->iso3, on, &s);
		json_t *e = view_standing_json(&s);
		json_object_set_new(e, "name", json_string(m[i]->name));
		json_object_set_new(e, "in", json_boolean(view_is_in(&s)));
		json_object_set_new(e, "membership_source", json_string(m[i]->source));
		json_array_append_new(arr, e);
		in += view_is_in(&s);
	}
	free(m);
	json_object_set_new(o, "group", json_string(group));
	json_object_set_new(o, "treaty", json_string(view_lower(inforce_treaty_id(t), id, sizeof id)));
	json_object_set_new(o, "on", json_string(inforce_date_format(on, d)));
	view_currency_json(o, t, on);
	json_object_set_new(o, "members", json_integer((json_int_t)n));
	json_object_set_new(o, "in", json_integer((json_int_t)in));
	json_object_set_new(o, "out", json_integer((json_int_t)(n - in)));
	json_object_set_new(o, "states", arr);
	return o;
}

inforce_day view_first_effective(const inforce_event *ev)
{
	inforce_standing s;
	inforce_status_one(ev->treaty, ev->iso3, ev->date, &s);
	return ev->kind == INFORCE_EV_WITHDRAWAL_NOTIFIED ? s.withdrawal_effective
	       : ev->kind == INFORCE_EV_CONSENT           ? s.entry_into_force
							  : INFORCE_DAY_NONE;
}

json_t *view_firsts_json(const char *action, const char *tag, const char *group, size_t treaties,
			 const inforce_event *sel, size_t n)
{
	char d[INFORCE_DATE_BUFSZ], e[INFORCE_DATE_BUFSZ], id[32];
	json_t *o = json_object(), *arr = json_array();
	for (size_t i = 0; i < n; i++) {
		const inforce_event *ev = &sel[i];
		inforce_day eff = view_first_effective(ev);
		json_t *f = json_object();
		json_object_set_new(f, "rank", json_integer((json_int_t)i + 1));
		json_object_set_new(f, "date", json_string(inforce_date_format(ev->date, d)));
		json_object_set_new(f, "treaty", json_string(view_lower(inforce_treaty_id(ev->treaty), id, sizeof id)));
		json_object_set_new(f, "iso3", json_string(ev->iso3));
		json_object_set_new(f, "name", json_string(ev->name));
		json_object_set_new(f, "act", json_string(ev->act ? inforce_act_kind_name(ev->act->kind)
								  : inforce_event_name(ev->kind)));
		json_object_set_new(f, "effective", eff == INFORCE_DAY_NONE
							     ? json_null()
							     : json_string(inforce_date_format(eff, e)));
		json_object_set_new(f, "source", ev->act ? json_string(ev->act->source) : json_null());
		json_array_append_new(arr, f);
	}
	json_object_set_new(o, "action", json_string(action));
	json_object_set_new(o, "tag", tag ? json_string(tag) : json_null());
	json_object_set_new(o, "group", group ? json_string(group) : json_null());
	json_object_set_new(o, "treaties_considered", json_integer((json_int_t)treaties));
	json_object_set_new(o, "firsts", arr);
	return o;
}

json_t *view_changes_json(const inforce_treaty *t)
{
	char d[INFORCE_DATE_BUFSZ], id[32];
	size_t n;
	inforce_event *ev = inforce_events(t, INFORCE_DAY_NONE, INFORCE_DAY_NONE, 0, &n);
	json_t *o = json_object(), *states = json_object();
	const inforce_eif *e = inforce_treaty_eif(t);
	json_object_set_new(o, "treaty", json_string(view_lower(inforce_treaty_id(t), id, sizeof id)));
	json_object_set_new(o, "entry_into_force", e->date == INFORCE_DAY_NONE
							   ? json_null()
							   : json_string(inforce_date_format(e->date, d)));
	view_eif_basis_json(o, t);
	view_currency_json(o, t, INFORCE_DAY_NONE);
	for (size_t i = 0; i < n; i++) {
		if (!ev[i].iso3)
			continue;
		inforce_standing s;
		inforce_status_one(t, ev[i].iso3, ev[i].date, &s);
		json_t *st = json_object_get(states, ev[i].iso3);
		if (!st) {
			st = json_object();
			json_object_set_new(st, "name", json_string(ev[i].name));
			json_object_set_new(st, "changes", json_array());
			json_object_set_new(states, ev[i].iso3, st);
		}
		json_t *ch = json_object_get(st, "changes");
		json_t *last = json_array_size(ch) ? json_array_get(ch, json_array_size(ch) - 1) : NULL;
		const char *status = inforce_status_name(s.status);
		if (last && strcmp(json_string_value(json_object_get(last, "status")), status) == 0 &&
		    json_boolean_value(json_object_get(last, "withdrawal_pending")) == (s.withdrawal_pending != 0))
			continue;
		if (last && strcmp(json_string_value(json_object_get(last, "date")),
				   inforce_date_format(ev[i].date, d)) == 0)
			json_array_remove(ch, json_array_size(ch) - 1);
		json_t *c = json_object();
		json_object_set_new(c, "date", json_string(inforce_date_format(ev[i].date, d)));
		json_object_set_new(c, "status", json_string(status));
		json_object_set_new(c, "withdrawal_pending", json_boolean(s.withdrawal_pending));
		json_array_append_new(ch, c);
	}
	free(ev);
	json_object_set_new(o, "states", states);
	return o;
}
