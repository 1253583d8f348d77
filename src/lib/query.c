/*
 * query.c - questions over time, on the snapshot: the events of a treaty (acts and
 * the dates that follow from them), from which diffs, upcoming dates and "firsts"
 * are made; and timelines of counts. Exports inforce_events, inforce_event_name,
 * inforce_timeline, inforce_firsts, inforce_act_name_known.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

const char *inforce_event_name(enum inforce_event_kind k)
{
	static const char *const names[INFORCE_EV_COUNT] = {
		[INFORCE_EV_TREATY_IN_FORCE] = "treaty_entry_into_force",
		[INFORCE_EV_SIGNATURE] = "signature",
		[INFORCE_EV_CONSENT] = "consent",
		[INFORCE_EV_IN_FORCE] = "entry_into_force",
		[INFORCE_EV_PROVISIONAL] = "provisional_application",
		[INFORCE_EV_WITHDRAWAL_NOTIFIED] = "withdrawal_notified",
		[INFORCE_EV_WITHDRAWAL_EFFECTIVE] = "withdrawal_effective",
		[INFORCE_EV_RATIFICATION_WITHDRAWN] = "ratification_withdrawn",
		[INFORCE_EV_SUSPENSION] = "suspension_declared",
		[INFORCE_EV_DEADLINE] = "deadline",
		[INFORCE_EV_CEASED] = "ceased",
	};
	return (unsigned)k < INFORCE_EV_COUNT ? names[k] : "?";
}

struct evlist {
	inforce_event *v;
	size_t n, cap;
	int oom;
	inforce_day from, to;
};

static const char *article_of(const struct treatydef *td, const char *what)
{
	for (size_t i = 0; i < td->rules.len; i++) {
		const inforce_rule_text *r = VEC_AT(&td->rules, inforce_rule_text, i);
		if (strcmp(r->what, what) == 0)
			return r->article;
	}
	return NULL;
}

static inforce_event *add(struct evlist *l, inforce_day date, enum inforce_event_kind kind,
			  const inforce_treaty *t, const struct participant *p,
			  const inforce_act *act)
{
	if (date == INFORCE_DAY_NONE || (l->from != INFORCE_DAY_NONE && date < l->from) ||
	    (l->to != INFORCE_DAY_NONE && date > l->to))
		return NULL;
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 64;
		inforce_event *v = realloc(l->v, cap * sizeof *v);
		if (!v) {
			l->oom = 1;
			return NULL;
		}
		l->v = v;
		l->cap = cap;
	}
	inforce_event *e = &l->v[l->n++];
	memset(e, 0, sizeof *e);
	e->date = date;
	e->kind = kind;
	e->treaty = t;
	e->act = act;
	e->before = e->after = INFORCE_ST_NONE;
	if (p) {
		inforce_standing s;
		e->iso3 = p->iso3;
		e->name = p->name;
		engine_standing(p, date - 1, &s);
		e->before = s.status;
		engine_standing(p, date, &s);
		e->after = s.status;
	}
	return e;
}

static const inforce_act *act_of(const struct participant *p, const struct episode *ep,
				 enum act_class cls, inforce_day date)
{
	for (size_t i = 0; i < ep->act_count; i++) {
		const inforce_act *a = p->acts[ep->first_act + i];
		if (ifc_act_class(a->kind) == cls && a->date == date)
			return a;
	}
	return NULL;
}

static int cmp_event(const void *pa, const void *pb)
{
	const inforce_event *a = pa, *b = pb;
	if (a->date != b->date)
		return a->date < b->date ? -1 : 1;
	int c = strcmp(a->iso3 ? a->iso3 : "", b->iso3 ? b->iso3 : "");
	if (c)
		return c;
	return (int)a->kind - (int)b->kind;
}

static void participant_events(struct evlist *l, const inforce_treaty *t,
			       const struct participant *p, int deadlines)
{
	const struct treatydef *td = &t->def;
	for (size_t k = 0; k < p->episode_count; k++) {
		const struct episode *ep = &p->episodes[k];
		const inforce_act *consent = act_of(p, ep, ACT_CLASS_CONSENT, ep->consent);
		const inforce_act *wd = act_of(p, ep, ACT_CLASS_WITHDRAWAL, ep->wd_notified);
		inforce_event *e;
		add(l, ep->signature, INFORCE_EV_SIGNATURE, t, p,
		    act_of(p, ep, ACT_CLASS_SIGNATURE, ep->signature));
		add(l, ep->consent, INFORCE_EV_CONSENT, t, p, consent);
		if ((e = add(l, ep->eif, INFORCE_EV_IN_FORCE, t, p, consent)))
			e->article = (t->derived.eif.published_basis
					      ? ep->eif == t->derived.eif.date
					      : ep->consent <= t->derived.eif.trigger_date)
					     ? article_of(td, "entry_into_force")
					     : article_of(td, "late_joiner");
		add(l, ep->provisional, INFORCE_EV_PROVISIONAL, t, p,
		    act_of(p, ep, ACT_CLASS_PROVISIONAL, ep->provisional));
		add(l, ep->wd_notified, INFORCE_EV_WITHDRAWAL_NOTIFIED, t, p, wd);
		if ((e = add(l, ep->wd_effective, INFORCE_EV_WITHDRAWAL_EFFECTIVE, t, p, wd)))
			e->article = article_of(td, "withdrawal");
		add(l, ep->ratwd, INFORCE_EV_RATIFICATION_WITHDRAWN, t, p,
		    act_of(p, ep, ACT_CLASS_RATIFICATION_WITHDRAWAL, ep->ratwd));
		add(l, ep->suspension, INFORCE_EV_SUSPENSION, t, p,
		    act_of(p, ep, ACT_CLASS_SUSPENSION, ep->suspension));
		if (!deadlines || k + 1 != p->episode_count)
			continue;
		/* deadlines of the current episode, while not withdrawn */
		inforce_standing s;
		engine_standing(p, ep->eif != INFORCE_DAY_NONE ? ep->eif : ep->start, &s);
		size_t nd;
		inforce_deadline *dl = inforce_deadlines(t, &s, &nd);
		for (size_t i = 0; i < nd; i++) {
			if (!inforce_deadline_due(&dl[i]) ||
			    (ep->wd_effective != INFORCE_DAY_NONE && dl[i].date >= ep->wd_effective) ||
			    (p->ceased != INFORCE_DAY_NONE && dl[i].date >= p->ceased))
				continue;
			if ((e = add(l, dl[i].date, INFORCE_EV_DEADLINE, t, p, consent))) {
				e->article = dl[i].article;
				e->detail = dl[i].name;
				e->record = dl[i].extension ? dl[i].extension : dl[i].applies_by;
			}
		}
		free(dl);
	}
	/* a former State leaves every treaty it was in on the day it ceased to exist */
	if (p->ceased != INFORCE_DAY_NONE && p->episode_count && p->episodes[0].start < p->ceased)
		add(l, p->ceased, INFORCE_EV_CEASED, t, p, NULL);
}

const char *inforce_event_source(const inforce_event *e)
{
	return e->record ? e->record->source : e->act ? e->act->source : NULL;
}

inforce_event *inforce_events(const inforce_treaty *t, inforce_day from, inforce_day to,
			      int deadlines, size_t *n)
{
	struct evlist l = {.from = from, .to = to};
	inforce_event *e = add(&l, t->derived.eif.date, INFORCE_EV_TREATY_IN_FORCE, t, NULL, NULL);
	if (e)
		e->article = article_of(&t->def, "entry_into_force");
	for (size_t i = 0; i < t->derived.part_count; i++)
		participant_events(&l, t, &t->derived.parts[i], deadlines);
	if (l.oom) {
		free(l.v);
		*n = 0;
		return NULL;
	}
	if (l.n)
		qsort(l.v, l.n, sizeof *l.v, cmp_event);
	*n = l.n;
	return l.v;
}

static inforce_day next(inforce_day d, inforce_day origin, size_t i,
			enum inforce_step_unit step)
{
	switch (step) {
	case INFORCE_STEP_DAY: return d + 1;
	case INFORCE_STEP_MONTH: return inforce_date_add_months(origin, (int32_t)i);
	case INFORCE_STEP_YEAR: return inforce_date_add_years(origin, (int32_t)i);
	}
	return d + 1;
}

inforce_point *inforce_timeline(const inforce_treaty *t, inforce_day from, inforce_day to,
				enum inforce_step_unit step, size_t *n, inforce_error *err)
{
	size_t cap = 64, k = 0;
	*n = 0;
	if (to < from) {
		ifc_fail(err, INFORCE_EINPUT, NULL, 0, "to", "the end is before the start");
		return NULL;
	}
	if (step == INFORCE_STEP_DAY && to - from > 200000) {
		ifc_fail(err, INFORCE_EINPUT, NULL, 0, "step",
			 "more than 200000 days: use --step month or year");
		return NULL;
	}
	inforce_point *v = malloc(cap * sizeof *v);
	for (inforce_day d = from; v && d <= to; d = next(d, from, k, step)) {
		if (k == cap) {
			inforce_point *nv = realloc(v, (cap *= 2) * sizeof *v);
			if (!nv) {
				free(v);
				v = NULL;
				break;
			}
			v = nv;
		}
		inforce_counts c = {0};
		for (size_t i = 0; i < t->derived.part_count; i++) {
			/* the fields counts read: the status, a pending withdrawal, and
			 * whether it is disputed (the timeline does not count that) */
			inforce_standing s;
			s.status = engine_status(&t->derived.parts[i], d, &s.withdrawal_pending);
			s.withdrawal_disputed = NULL;
			ifc_counts_add(&c, &s);
		}
		v[k].date = d;
		v[k].counts = c;
		k++;
	}
	if (!v) {
		ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
		return NULL;
	}
	*n = k;
	return v;
}

/* ---- firsts */

/* Whether the space-separated tag list holds tag. */
static int has_tag(const char *tags, const char *tag)
{
	size_t n = strlen(tag);
	for (const char *p = tags ? tags : ""; *p;) {
		const char *sp = strchr(p, ' ');
		size_t len = sp ? (size_t)(sp - p) : strlen(p);
		if (len == n && strncmp(p, tag, n) == 0)
			return 1;
		p += len + (sp ? 1 : 0);
	}
	return 0;
}

/* Whether an event is the act asked for. */
static int matches(const inforce_event *e, const char *action)
{
	switch (e->kind) {
	case INFORCE_EV_WITHDRAWAL_NOTIFIED:
		return strcmp(action, "withdrawal") == 0 ||
		       strcmp(action, "withdrawal_notification") == 0;
	case INFORCE_EV_SIGNATURE: return strcmp(action, "signature") == 0;
	case INFORCE_EV_CONSENT:
		return strcmp(action, "consent") == 0 ||
		       (e->act && strcmp(action, inforce_act_kind_name(e->act->kind)) == 0);
	case INFORCE_EV_SUSPENSION:
		return strcmp(action, "suspension") == 0 ||
		       strcmp(action, "suspension_notification") == 0;
	case INFORCE_EV_RATIFICATION_WITHDRAWN:
		return strcmp(action, "ratification_withdrawal") == 0;
	case INFORCE_EV_PROVISIONAL: return strcmp(action, "provisional_application") == 0;
	default: return 0;
	}
}

static int cmp_first(const void *pa, const void *pb)
{
	const inforce_event *a = pa, *b = pb;
	if (a->date != b->date)
		return a->date < b->date ? -1 : 1;
	int t = strcmp(a->iso3, b->iso3);
	return t ? t : strcmp(inforce_treaty_id(a->treaty), inforce_treaty_id(b->treaty));
}


int inforce_act_name_known(const char *action)
{
	static const char *const actions[] = {
		"withdrawal", "withdrawal_notification", "signature", "consent", "ratification",
		"acceptance", "approval", "accession", "succession", "formal_confirmation",
		"suspension", "suspension_notification", "ratification_withdrawal",
		"provisional_application"};
	for (size_t i = 0; i < IFC_ARRAY_LEN(actions); i++)
		if (strcmp(actions[i], action) == 0)
			return 1;
	return 0;
}

inforce_event *inforce_firsts(const inforce_snapshot *snap, const char *action, const char *tag,
			      const char *group, const inforce_treaty *only, size_t *n,
			      size_t *treaties)
{
	inforce_event *sel = NULL;
	size_t cap = 0;
	*n = *treaties = 0;
	for (size_t i = 0; i < snap->treaty_count; i++) {
		const inforce_treaty *t = snap->tlist[i];
		if ((only && t != only) || (tag && !has_tag(treatydef_meta(&t->def, "tags"), tag)))
			continue;
		(*treaties)++;
		size_t m;
		inforce_event *ev = inforce_events(t, INFORCE_DAY_NONE, INFORCE_DAY_NONE, 0, &m);
		for (size_t j = 0; j < m; j++) {
			if (!matches(&ev[j], action) ||
			    (group && !inforce_group_member_on(snap, group, ev[j].iso3, ev[j].date)))
				continue;
			if (*n == cap) {
				cap = cap ? cap * 2 : 16;
				inforce_event *grown = realloc(sel, cap * sizeof *sel);
				if (!grown) {
					free(ev);
					free(sel);
					*n = 0;
					return NULL;
				}
				sel = grown;
			}
			sel[(*n)++] = ev[j];
		}
		free(ev);
	}
	if (*n > 1)
		qsort(sel, *n, sizeof *sel, cmp_first);
	return sel;
}
