/*
 * engine.c - the one generic evaluator of the rule vocabulary. From a treaty's
 * definition and its acts it derives:
 *   - the treaty's own entry into force: the date of the N-th counted instrument
 *     (and of the last named state that must join), moved by the rule's offset and
 *     floor; ties on the trigger day are all "original" instruments;
 *   - for each state, its participation episodes (join ... leave, rejoin), each
 *     with its own entry into force and the effect of a withdrawal;
 *   - the status of a state on any date from those episodes.
 * Nothing here is specific to one treaty: the clauses come from the treatydef.
 * Exports engine_derive, engine_release, engine_standing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define NONE INFORCE_DAY_NONE
#define INFORCE_DAY_MAX_SEEN INT32_MAX /* a day after every act: "today", for what stands */

static inforce_day max_day(inforce_day a, inforce_day b)
{
	if (a == NONE)
		return b;
	if (b == NONE)
		return a;
	return a > b ? a : b;
}

int engine_cmp_acts(const void *pa, const void *pb)
{
	const inforce_act *a = *(const inforce_act *const *)pa, *b = *(const inforce_act *const *)pb;
	int c = strcmp(a->iso3, b->iso3);
	if (c)
		return c;
	if (a->date != b->date)
		return a->date < b->date ? -1 : 1;
	if (a->kind != b->kind)
		return ifc_day_rank(a->kind) < ifc_day_rank(b->kind) ? -1 : 1;
	return a->id < b->id ? -1 : a->id > b->id;
}

static int cmp_by_date(const void *pa, const void *pb)
{
	const inforce_act *a = *(const inforce_act *const *)pa, *b = *(const inforce_act *const *)pb;
	if (a->date != b->date)
		return a->date < b->date ? -1 : 1;
	return strcmp(a->iso3, b->iso3);
}

/* Errors about one act name where it came from: a file line or a store row. */
static int act_fail(inforce_error *err, const inforce_act *a, const char *fmt, const char *x,
		    const char *y)
{
	char where[64] = "action";
	if (a->id > 0)
		snprintf(where, sizeof where, "action id %lld", (long long)a->id);
	return ifc_fail(err, INFORCE_EINPUT, a->file ? a->file : "store", a->line, where, fmt, x, y);
}

/* Whether `iso3` continues `predecessor` (the Russian Federation the USSR): the
 * depositaries record the predecessor's instruments under the continuing state. */
static int continues(const struct facts *facts, const char *iso3, const char *predecessor)
{
	for (size_t i = 0; facts && i < facts->succession_count; i++) {
		const struct succession *x = &facts->successions[i];
		if (x->kind == SUCC_CONTINUATION && strcmp(x->iso3, iso3) == 0 &&
		    strcmp(x->predecessor, predecessor) == 0)
			return 1;
	}
	return 0;
}

/* The date of the succession of States from which `iso3` is a successor, or NONE. */
static inforce_day succession_date(const struct facts *facts, const char *iso3)
{
	for (size_t i = 0; facts && i < facts->succession_count; i++) {
		const struct succession *x = &facts->successions[i];
		if (x->kind == SUCC_SUCCESSOR && strcmp(x->iso3, iso3) == 0)
			return x->date;
	}
	return NONE;
}

/* The day a former State ceased to exist (data/successions.csv), or NONE. */
inforce_day engine_ceased_on(const struct facts *facts, const char *iso3)
{
	for (size_t i = 0; facts && i < facts->succession_count; i++) {
		const struct succession *x = &facts->successions[i];
		if (x->kind == SUCC_FORMER && strcmp(x->iso3, iso3) == 0)
			return x->date;
	}
	return NONE;
}

/* Whether counted instrument i stands on day `on`: deposited by then, and not
 * withdrawn by then (revoked: NULL when no instrument of the treaty was withdrawn). */
static int stands(const inforce_act *const *counted, const inforce_day *revoked, size_t i,
		  inforce_day on)
{
	return counted[i]->date <= on && (!revoked || revoked[i] == NONE || revoked[i] > on);
}

/* Whether the required state `iso3` has an instrument standing on `on` (its own, or
 * that of the state it continues). */
static int required_stands(const struct facts *facts, const inforce_act *const *counted,
			   const inforce_day *revoked, size_t held, const char *iso3, inforce_day on)
{
	for (size_t i = 0; i < held; i++)
		if (stands(counted, revoked, i, on) &&
		    (strcmp(counted[i]->iso3, iso3) == 0 || continues(facts, counted[i]->iso3, iso3)))
			return 1;
	return 0;
}

/* The first day the rule's condition is met by the instruments standing that day:
 * the N-th counted instrument, and every required state's. NONE when not met. */
static inforce_day find_trigger(const struct treatydef *td, const struct facts *facts,
				const inforce_act *const *counted, const inforce_day *revoked,
				size_t held)
{
	if (!revoked) { /* nothing withdrawn: the N-th deposit, and the last required one */
		inforce_day trigger = NONE;
		if (td->eif_instruments > 0) {
			if (held < (size_t)td->eif_instruments)
				return NONE;
			trigger = counted[td->eif_instruments - 1]->date;
		}
		for (size_t r = 0; r < td->eif_required.len; r++) {
			const char *iso3 = *VEC_AT(&td->eif_required, const char *, r);
			inforce_day first = NONE;
			for (size_t i = 0; i < held && first == NONE; i++)
				if (strcmp(counted[i]->iso3, iso3) == 0 ||
				    continues(facts, counted[i]->iso3, iso3))
					first = counted[i]->date;
			if (first == NONE)
				return NONE;
			trigger = max_day(trigger, first);
		}
		return trigger;
	}
	for (size_t c = 0; c < held; c++) {
		inforce_day on = counted[c]->date;
		if (c + 1 < held && counted[c + 1]->date == on)
			continue; /* the day's last deposit: all of that day count */
		size_t standing = 0;
		for (size_t i = 0; i <= c; i++)
			standing += stands(counted, revoked, i, on);
		if (td->eif_instruments > 0 && standing < (size_t)td->eif_instruments)
			continue;
		int all = 1;
		for (size_t r = 0; r < td->eif_required.len && all; r++)
			all = required_stands(facts, counted, revoked, held,
					      *VEC_AT(&td->eif_required, const char *, r), on);
		if (all)
			return on;
	}
	return NONE;
}

/* The depositary's date of entry into force, as the definition records it. */
static inforce_day published_eif(const struct treatydef *td)
{
	const char *p = treatydef_meta(td, "published_entry_into_force");
	inforce_day day;
	return p && inforce_date_parse(p, strlen(p), &day) == 0 ? day : NONE;
}

/* `counted`: room for n acts, for the time of the call. */
static int derive_eif(struct derived *d, const struct treatydef *td, const inforce_act *const *sorted,
		      size_t n, const struct facts *facts, const inforce_act **counted,
		      inforce_error *err)
{
	inforce_eif *e = &d->eif;
	/* Each state's first counted instrument: one instrument deposited with several
	 * depositaries (London, Moscow, Washington) counts once, from its first deposit. */
	size_t held = 0;
	int any_revoked = 0;
	for (size_t i = 0; i < n; i++) {
		any_revoked |= sorted[i]->kind == INFORCE_ACT_RATIFICATION_WITHDRAWAL;
		if (!(td->eif_kinds & (1u << sorted[i]->kind)))
			continue;
		if (held && strcmp(counted[held - 1]->iso3, sorted[i]->iso3) == 0)
			continue;
		counted[held++] = sorted[i];
	}
	qsort(counted, held, sizeof *counted, cmp_by_date);
	/* An instrument later withdrawn (Russia's CTBT ratification, revoked in 2023)
	 * stops counting from that day. That of a State that later ceased to exist
	 * still counts, as the depositary counts it: the Second Optional Protocol to
	 * the ICCPR entered into force on 11 July 1991 with the German Democratic
	 * Republic's ratification of 16 August 1990 among its ten. */
	inforce_day *revoked = any_revoked ? pool_alloc(&d->pool, sizeof *revoked * (held + 1)) : NULL;
	if (any_revoked && !revoked)
		return ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
	size_t standing_now = held;
	for (size_t i = 0; revoked && i < held; i++) {
		revoked[i] = NONE;
		for (size_t k = 0; k < n; k++)
			if (sorted[k]->kind == INFORCE_ACT_RATIFICATION_WITHDRAWAL &&
			    sorted[k]->iso3 == counted[i]->iso3 && sorted[k]->date >= counted[i]->date &&
			    (revoked[i] == NONE || sorted[k]->date < revoked[i]))
				revoked[i] = sorted[k]->date;
		standing_now -= revoked[i] != NONE;
	}
	e->date = e->trigger_date = e->computed = NONE;
	e->published = published_eif(td);
	e->published_basis = e->published != NONE;
	e->date = e->published;
	e->instruments_needed = td->eif_instruments;
	e->instruments_held = (int)standing_now;
	e->has_rule = td->has_eif_rule;
	for (size_t i = 0; i < n; i++)
		e->consents += ifc_act_class(sorted[i]->kind) == ACT_CLASS_CONSENT;
	if (!td->has_eif_rule)
		return 0;
	/* Named states that must all have deposited (CTBT annex 2, NPT depositaries): those
	 * whose instrument does not stand today are missing. */
	const char **missing = pool_alloc(&d->pool, sizeof(char *) * (td->eif_required.len + 1));
	if (!missing)
		return ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
	for (size_t r = 0; r < td->eif_required.len; r++) {
		const char *iso3 = *VEC_AT(&td->eif_required, const char *, r);
		if (!required_stands(facts, counted, revoked, held, iso3, INFORCE_DAY_MAX_SEEN))
			missing[e->missing_count++] = iso3;
	}
	e->missing = missing;
	inforce_day trigger = find_trigger(td, facts, counted, revoked, held);
	if (trigger == NONE)
		return 0;
	e->trigger_date = trigger;
	size_t on_day = 0, upto = 0;
	for (size_t i = 0; i < held; i++) {
		if (stands(counted, revoked, i, trigger))
			upto++;
		if (counted[i]->date == trigger)
			on_day++;
	}
	const char **who = pool_alloc(&d->pool, sizeof(char *) * (on_day + 1));
	if (!who)
		return ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
	for (size_t i = 0; i < held; i++)
		if (counted[i]->date == trigger)
			who[e->trigger_count++] = counted[i]->iso3;
	e->trigger_states = who;
	e->instruments_by_trigger = (int)upto;
	inforce_day date = offset_apply(td->eif_offset, trigger);
	if (td->eif_floor_date != NONE)
		date = max_day(date, td->eif_floor_date);
	if (td->eif_floor.unit != OFF_NONE) {
		const char *opened = treatydef_meta(td, "opened_for_signature");
		inforce_day o;
		if (opened && inforce_date_parse(opened, strlen(opened), &o) == 0)
			date = max_day(date, offset_apply(td->eif_floor, o));
	}
	e->computed = date;
	if (e->published == NONE || e->published == date) {
		e->date = date;
		e->published_basis = 0;
	}
	return 0;
}

/* Entry into force for a state whose consent is dated `d`. */
static void state_eif(const struct treatydef *td, const inforce_eif *e, const inforce_act *a,
		      const struct facts *facts, struct episode *ep)
{
	inforce_day d = a->date;
	ep->eif = NONE;
	ep->eif_unknown = 0;
	ep->party_from = NONE;
	if (!td->has_eif_rule) { /* deposit-based, as the UN's "Parties" count */
		ep->eif_unknown = 1;
		ep->party_from = d;
		return;
	}
	if (e->date == NONE)
		return; /* not in force: contracting */
	if (e->published_basis && d < e->date && !(a->kind == INFORCE_ACT_SUCCESSION)) {
		/* The depositary's date stands in for the computed one, so the computed
		 * trigger does not tell the original parties: an instrument whose own
		 * late-joiner date is not later than the published date is an original
		 * one (deposited by the real trigger, the offset being the same). */
		ep->eif = td->has_late_rule && td->late_from != LATE_AFTER_EIF
				  ? max_day(e->date, offset_apply(td->late_offset, d))
				  : e->date;
	} else if (!e->published_basis &&
		   (d <= e->trigger_date ||
		    (td->has_late_rule && td->late_from == LATE_AFTER_EIF && d < e->date))) {
		ep->eif = e->date;
	} else if (a->kind == INFORCE_ACT_SUCCESSION && d >= e->date) {
		/* A successor is bound from the date of the succession of States (its
		 * independence, the dissolution of its predecessor), which precedes its
		 * notification: known when a succession record gives it, and never before
		 * the treaty's own entry into force. */
		inforce_day from = succession_date(facts, a->iso3);
		if (from == NONE || from > d) {
			ep->eif_unknown = 1;
			ep->party_from = d;
			return;
		}
		ep->eif = max_day(from, e->date);
	} else if (td->has_late_rule) {
		ep->eif = max_day(e->date, offset_apply(td->late_offset, d));
	} else {
		ep->eif_unknown = 1;
		ep->party_from = max_day(d, e->date);
		return;
	}
	ep->party_from = ep->eif;
}

static void episode_init(struct episode *ep, inforce_day start, size_t first)
{
	*ep = (struct episode){
		.start = start,
		.signature = NONE,
		.consent = NONE,
		.eif = NONE,
		.party_from = NONE,
		.provisional = NONE,
		.wd_notified = NONE,
		.wd_notice_end = NONE,
		.wd_effective = NONE,
		.ratwd = NONE,
		.suspension = NONE,
		.non_party = NONE,
		.first_act = first,
	};
}

static int bound(const struct episode *ep)
{
	return ep->consent != NONE && ep->ratwd == NONE;
}

/* Builds the episodes of one state from its acts (date order). */
/* The recorded conflict of `iso3` that is going on on `day` and counts under the
 * treaty's clause, or NULL. */
static const inforce_conflict *conflict_on(const struct treatydef *td, const struct facts *facts,
					   const char *iso3, inforce_day day)
{
	for (size_t i = 0; facts && i < facts->conflict_count; i++) {
		const inforce_conflict *c = &facts->conflicts[i];
		int counts = strcmp(c->kind, "armed-conflict") == 0 ||
			     (td->withdrawal_conflict == CONFLICT_OCCUPATION &&
			      strcmp(c->kind, "occupation") == 0);
		if (counts && strcmp(c->iso3, iso3) == 0 && c->start <= day &&
		    (c->end == NONE || c->end >= day))
			return c;
	}
	return NULL;
}

/* When a withdrawal whose notice ends on `notice_end` takes effect. Under an
 * armed-conflict clause (CCM/APMBT art. 20(3), TPNW art. 17(3), CCW art. 9) a state
 * engaged in a recorded conflict when the notice ends stays bound until the end of
 * that conflict: the withdrawal takes effect the day after the recorded end, or
 * not at all while the record is open (NONE). *by names the record applied. */
static inforce_day delay_by_conflict(const struct treatydef *td, const struct facts *facts,
				     const char *iso3, inforce_day notice_end,
				     const inforce_conflict **by)
{
	inforce_day effective = notice_end;
	*by = NULL;
	if (td->withdrawal_conflict == CONFLICT_NONE)
		return effective;
	const inforce_conflict *c;
	while ((c = conflict_on(td, facts, iso3, effective)) != NULL) {
		*by = c;
		if (c->end == NONE)
			return NONE;
		effective = c->end + 1;
	}
	return effective;
}

/* Whether act a (of p's acts, in its episode ep) is one more deposit of an act of kind
 * `kind` already made in this episode with another depositary: a treaty with several
 * depositary governments receives the same instrument in each capital, often on
 * different days (the NPT, the BWC, the Outer Space Treaty). */
static int another_deposit(const struct participant *p, const struct episode *ep,
			   const inforce_act *a, enum inforce_act_kind kind)
{
	if (a->kind != kind || !a->depositary || !a->depositary[0])
		return 0;
	int earlier = 0;
	for (size_t k = ep->first_act; k < ep->first_act + ep->act_count && p->acts[k] != a; k++) {
		const inforce_act *b = p->acts[k];
		if (b->kind != kind)
			continue;
		if (!b->depositary || !b->depositary[0] || strcmp(b->depositary, a->depositary) == 0)
			return 0; /* the same depositary twice, or one unknown: not told apart */
		earlier = 1;
	}
	return earlier;
}

/* Derives p's episodes in `eps` (room for one an act), then keeps as many as there
 * are in the derived's pool: most participants have one episode and several acts. */
static int derive_participant(struct derived *d, struct participant *p, const struct treatydef *td,
			      const struct facts *facts, struct episode *eps, inforce_error *err)
{
	size_t ne = 0;
	struct episode *ep = NULL;
	for (size_t i = 0; i < p->act_count; i++) {
		const inforce_act *a = p->acts[i];
		enum act_class cls = ifc_act_class(a->kind);
		int rejoin = ep && ep->wd_effective != NONE && a->date >= ep->wd_effective;
		int reratify = ep && ep->ratwd != NONE && cls == ACT_CLASS_CONSENT;
		/* a consent deposited while a withdrawal is pending: the next participation,
		 * which takes over when the withdrawal takes effect (from the deposit when
		 * that date is not known) */
		int reaccede = ep && !rejoin && cls == ACT_CLASS_CONSENT && bound(ep) &&
			       ep->wd_notified != NONE;
		if (!ep || rejoin || reratify || reaccede) {
			inforce_day sig = reratify ? ep->signature : NONE;
			inforce_day start = reaccede && ep->wd_effective != NONE ? ep->wd_effective
										  : a->date;
			ep = &eps[ne++];
			episode_init(ep, start, i);
			ep->signature = sig;
		}
		ep->act_count = i + 1 - ep->first_act;
		char date[INFORCE_DATE_BUFSZ];
		switch (cls) {
		case ACT_CLASS_SIGNATURE:
			if (ep->signature == NONE)
				ep->signature = a->date;
			break;
		case ACT_CLASS_CONSENT:
			if (bound(ep) && another_deposit(p, ep, a, ep->consent_kind))
				break; /* the same instrument at another depositary */
			if (bound(ep))
				return act_fail(err, a,
						"%s: already bound by an instrument deposited on %s "
						"(a correction must supersede the earlier act)",
						p->iso3, inforce_date_format(ep->consent, date));
			ep->consent_kind = a->kind;
			ep->consent = a->date;
			state_eif(td, &d->eif, a, facts, ep);
			break;
		case ACT_CLASS_PROVISIONAL:
			if (ep->provisional == NONE)
				ep->provisional = a->date;
			break;
		case ACT_CLASS_WITHDRAWAL:
			if (!bound(ep))
				return act_fail(err, a,
						"%s: withdrawal by a state that is not bound by the "
						"treaty on %s (no instrument of consent before it)",
						p->iso3, inforce_date_format(a->date, date));
			if (ep->wd_notified != NONE &&
			    another_deposit(p, ep, a, INFORCE_ACT_WITHDRAWAL))
				break; /* the same notification to another depositary */
			if (ep->wd_notified != NONE)
				return act_fail(err, a,
						"%s: second withdrawal, already notified on %s",
						p->iso3, inforce_date_format(ep->wd_notified, date));
			ep->wd_notified = a->date;
			ep->wd_act = a;
			if (td->has_withdrawal_rule && td->withdrawal_allowed) {
				ep->wd_notice_end = offset_apply(td->withdrawal_notice, a->date);
				/* a minimum notice before the day the state names: that day, when
				 * the source states it and it is not earlier */
				if (td->withdrawal_notice_minimum &&
				    a->stated_effective != NONE && a->stated_effective > ep->wd_notice_end)
					ep->wd_notice_end = a->stated_effective;
				ep->wd_effective = delay_by_conflict(td, facts, p->iso3,
								     ep->wd_notice_end,
								     &ep->wd_delayed_by);
			} else {
				/* No rule to compute it from (none recorded, or the treaty has no
				 * withdrawal clause): the date of effect the depositary's record
				 * states, when it states one (explain says so); else none. */
				ep->wd_effective = a->stated_effective;
			}
			break;
		case ACT_CLASS_RATIFICATION_WITHDRAWAL:
			if (!bound(ep))
				return act_fail(err, a,
						"%s: withdrawal of an instrument by a state that has "
						"none deposited on %s",
						p->iso3, inforce_date_format(a->date, date));
			ep->ratwd = a->date;
			break;
		case ACT_CLASS_INTENTION:
			if (bound(ep))
				return act_fail(err, a,
						"%s: declares it will not become a party while bound "
						"by an instrument deposited on %s",
						p->iso3, inforce_date_format(ep->consent, date));
			if (ep->non_party == NONE)
				ep->non_party = a->date;
			break;
		case ACT_CLASS_SUSPENSION:
			if (!bound(ep))
				return act_fail(err, a,
						"%s: suspension declared by a state that is not bound "
						"on %s",
						p->iso3, inforce_date_format(a->date, date));
			if (ep->suspension == NONE)
				ep->suspension = a->date;
			break;
		}
	}
	if (!(p->episodes = pool_alloc(&d->pool, sizeof *eps * ne)))
		return ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
	memcpy(p->episodes, eps, sizeof *eps * ne);
	p->episode_count = ne;
	return 0;
}

int engine_derive(struct derived *out, const struct treatydef *td, const inforce_act *const *acts,
		  size_t n, const struct facts *facts, inforce_error *err)
{
	const struct states *st = facts ? facts->states : NULL;
	memset(out, 0, sizeof *out);
	pool_init(&out->pool);
	/* a snapshot hands its acts over in this order already: then they are used as
	 * they are, else sorted in a copy */
	int in_order = 1;
	for (size_t i = 1; i < n && in_order; i++)
		in_order = engine_cmp_acts(&acts[i - 1], &acts[i]) <= 0;
	const inforce_act *const *sorted = acts;
	if (!in_order) {
		const inforce_act **copy = pool_alloc(&out->pool, sizeof *copy * (n + 1));
		if (!copy) {
			engine_release(out);
			return ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
		}
		memcpy(copy, acts, sizeof *copy * n);
		qsort(copy, n, sizeof *copy, engine_cmp_acts);
		sorted = copy;
	}
	const inforce_act **counted = malloc(sizeof *counted * (n + 1));
	if (!counted) {
		engine_release(out);
		return ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
	}
	int rc = derive_eif(out, td, sorted, n, facts, counted, err);
	free(counted);
	if (rc) {
		engine_release(out);
		return -1;
	}
	size_t np = 0, most = 0, from = 0; /* participants, and the most acts of one */
	for (size_t i = 0; i < n; i++)
		if (i == 0 || strcmp(sorted[i]->iso3, sorted[i - 1]->iso3) != 0) {
			np++;
			from = i;
		} else if (i + 1 - from > most) {
			most = i + 1 - from;
		}
	out->parts = pool_alloc(&out->pool, sizeof *out->parts * (np + 1));
	struct episode *scratch = malloc(sizeof *scratch * (most + 2));
	if (!out->parts || !scratch) {
		free(scratch);
		engine_release(out);
		return ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
	}
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && strcmp(sorted[j]->iso3, sorted[i]->iso3) == 0)
			j++;
		struct participant *p = &out->parts[out->part_count++];
		p->iso3 = sorted[i]->iso3;
		const struct state_rec *s = st ? states_by_iso3(st, p->iso3) : NULL;
		p->name = s ? s->name : sorted[i]->state_name;
		p->acts = sorted + i;
		p->act_count = j - i;
		p->ceased = engine_ceased_on(facts, p->iso3);
		if (derive_participant(out, p, td, facts, scratch, err)) {
			free(scratch);
			engine_release(out);
			return -1;
		}
		i = j;
	}
	free(scratch);
	return 0;
}

void engine_release(struct derived *d)
{
	pool_release(&d->pool);
	memset(d, 0, sizeof *d);
}

/* The status alone (and whether a withdrawal is pending), without the dates and acts
 * a full standing carries: what counts and cross-sections need. Same rules as
 * engine_standing below. */
enum inforce_status engine_status(const struct participant *p, inforce_day on, int *pending)
{
	const struct episode *ep = NULL;
	*pending = 0;
	for (size_t i = 0; i < p->episode_count && p->episodes[i].start <= on; i++)
		ep = &p->episodes[i];
	if (!ep)
		return INFORCE_ST_NONE;
	if (p->ceased != NONE && on >= p->ceased)
		return INFORCE_ST_CEASED;
	int notified = ep->wd_notified != INFORCE_DAY_NONE && ep->wd_notified <= on;
	int consented = ep->consent != INFORCE_DAY_NONE && ep->consent <= on;
	int ratwd = ep->ratwd != INFORCE_DAY_NONE && ep->ratwd <= on;
	enum inforce_status st;
	if (notified && ep->wd_effective != INFORCE_DAY_NONE && on >= ep->wd_effective)
		return INFORCE_ST_WITHDRAWN;
	if (ratwd)
		st = INFORCE_ST_SIGNATORY;
	else if (consented)
		st = ep->party_from != INFORCE_DAY_NONE && ep->party_from <= on ? INFORCE_ST_PARTY
										 : INFORCE_ST_CONTRACTING;
	else if (ep->signature != INFORCE_DAY_NONE && ep->signature <= on)
		st = INFORCE_ST_SIGNATORY;
	else
		return INFORCE_ST_NONE;
	*pending = notified && !ratwd;
	return st;
}

static inforce_day upto(inforce_day x, inforce_day on)
{
	return x != NONE && x <= on ? x : NONE;
}

void engine_standing(const struct participant *p, inforce_day on, inforce_standing *out)
{
	memset(out, 0, sizeof *out);
	out->iso3 = p->iso3;
	out->name = p->name;
	out->status = INFORCE_ST_NONE;
	out->signature = out->consent = out->entry_into_force = NONE;
	out->withdrawal_notified = out->withdrawal_effective = NONE;
	out->withdrawal_notice_end = NONE;
	out->provisional = out->suspension = out->ratification_withdrawn = NONE;
	out->non_party_intention = NONE;
	out->ceased = NONE;
	const struct episode *ep = NULL;
	for (size_t i = 0; i < p->episode_count && p->episodes[i].start <= on; i++)
		ep = &p->episodes[i];
	if (!ep)
		return;
	out->signature = upto(ep->signature, on);
	out->provisional = upto(ep->provisional, on);
	out->suspension = upto(ep->suspension, on);
	out->ratification_withdrawn = upto(ep->ratwd, on);
	out->non_party_intention = upto(ep->non_party, on);
	if (upto(ep->consent, on) != NONE) {
		out->consent = ep->consent;
		out->consent_kind = ep->consent_kind;
		out->entry_into_force = ep->eif;
		out->eif_unknown = ep->eif_unknown;
	}
	if (upto(ep->wd_notified, on) != NONE) {
		out->withdrawal_notified = ep->wd_notified;
		out->withdrawal_notice_end = ep->wd_notice_end;
		out->withdrawal_effective = ep->wd_effective;
		out->withdrawal_delayed_by = ep->wd_delayed_by;
		if (ep->wd_act && ep->wd_act->disputed && ep->wd_act->disputed[0])
			out->withdrawal_disputed = ep->wd_act->disputed;
	}
	size_t k = 0;
	while (k < ep->act_count && p->acts[ep->first_act + k]->date <= on)
		k++;
	out->acts = p->acts + ep->first_act;
	out->act_count = k;

	if (out->withdrawal_effective != NONE && on >= out->withdrawal_effective)
		out->status = INFORCE_ST_WITHDRAWN;
	else if (out->ratification_withdrawn != NONE)
		out->status = INFORCE_ST_SIGNATORY;
	else if (out->consent != NONE)
		out->status = upto(ep->party_from, on) != NONE ? INFORCE_ST_PARTY
							       : INFORCE_ST_CONTRACTING;
	else if (out->signature != NONE)
		out->status = INFORCE_ST_SIGNATORY;
	out->withdrawal_pending = out->withdrawal_notified != NONE &&
				  out->status != INFORCE_ST_WITHDRAWN &&
				  out->ratification_withdrawn == NONE;
	if (p->ceased != NONE && on >= p->ceased) {
		out->ceased = p->ceased;
		out->status = INFORCE_ST_CEASED;
		out->withdrawal_pending = 0;
	}
}
