/*
 * explain.c - how every date of a (treaty, state) was reached, step by step: the
 * deposits and the clause behind the treaty's entry into force, the state's own,
 * the effect of a withdrawal (and the armed-conflict record that delays it), the
 * status on the date, and the obligation deadlines. So a lawyer can check each
 * step against the treaty text and the cited source.
 * Exports inforce_explain, inforce_deadlines.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static const inforce_rule_text *rule(const struct treatydef *td, const char *what)
{
	for (size_t i = 0; i < td->rules.len; i++) {
		const inforce_rule_text *r = VEC_AT(&td->rules, inforce_rule_text, i);
		if (strcmp(r->what, what) == 0)
			return r;
	}
	return NULL;
}

/* What the obligation records say of one (state, obligation): whether it applies,
 * the latest extension, a completion. */
static void read_records(const struct facts *f, const char *treaty, const char *iso3,
			 const struct obligation *o, inforce_deadline *d)
{
	const inforce_obligation_record *yes = NULL, *no = NULL;
	for (size_t k = 0; f && k < f->obligation_record_count; k++) {
		const inforce_obligation_record *x = &f->obligation_records[k];
		if (x->treaty != treaty || strcmp(x->iso3, iso3) != 0 ||
		    strcmp(x->obligation, o->name) != 0)
			continue;
		switch (x->kind) {
		case INFORCE_OBL_APPLIES: yes = x; break;
		case INFORCE_OBL_NOT_APPLICABLE: no = x; break;
		case INFORCE_OBL_COMPLETED:
			d->completion = x;
			if (!yes)
				yes = x;
			break;
		case INFORCE_OBL_EXTENDED:
			if (x->deadline != INFORCE_DAY_NONE &&
			    (!d->extension || x->deadline > d->extension->deadline))
				d->extension = x;
			if (!yes)
				yes = x;
			break;
		}
	}
	if (!o->condition)
		d->applies = INFORCE_APPLIES_ALL;
	else if (yes)
		d->applies = INFORCE_APPLIES_RECORDED, d->applies_by = yes;
	else if (no)
		d->applies = INFORCE_APPLIES_NOT, d->applies_by = no;
	else
		d->applies = INFORCE_APPLIES_UNKNOWN;
}

inforce_deadline *inforce_deadlines(const inforce_treaty *t, const inforce_standing *s, size_t *n)
{
	const struct treatydef *td = &t->def;
	*n = 0;
	if (td->obligations.len == 0 || s->consent == INFORCE_DAY_NONE ||
	    s->status == INFORCE_ST_WITHDRAWN)
		return NULL;
	inforce_deadline *out = calloc(td->obligations.len, sizeof *out);
	if (!out)
		return NULL;
	for (size_t i = 0; i < td->obligations.len; i++) {
		const struct obligation *o = VEC_AT(&td->obligations, struct obligation, i);
		inforce_day base = o->from == OBL_FROM_TREATY_EIF ? t->derived.eif.date
								  : s->entry_into_force;
		if (base == INFORCE_DAY_NONE)
			continue; /* not in force for it, or the date is unknown */
		inforce_deadline *d = &out[(*n)++];
		d->name = o->name;
		d->article = o->article;
		d->text = o->text;
		d->condition = o->condition;
		d->base = base;
		d->original = d->date = offset_apply(o->period, base);
		read_records(t->facts, td->id, s->iso3, o, d);
		if (d->extension && d->extension->deadline > d->date)
			d->date = d->extension->deadline;
	}
	return out;
}

int inforce_deadline_due(const inforce_deadline *d)
{
	if (d->applies != INFORCE_APPLIES_ALL && d->applies != INFORCE_APPLIES_RECORDED)
		return 0;
	if (d->date == INFORCE_DAY_NONE)
		return 0;
	/* completed before it fell due, or on a day the source does not give */
	return !d->completion || (d->completion->date != INFORCE_DAY_NONE &&
				  d->completion->date > d->date);
}

struct steps {
	inforce_step *v;
	size_t n, cap;
	int oom;
};

static inforce_step *step(struct steps *s, const char *topic, const char *article,
			  const inforce_act *act, const char *fmt, ...) IFC_PRINTF(5, 6);

static inforce_step *step(struct steps *s, const char *topic, const char *article,
			  const inforce_act *act, const char *fmt, ...)
{
	if (s->n == s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 16;
		inforce_step *v = realloc(s->v, cap * sizeof *v);
		if (!v) {
			s->oom = 1;
			return NULL;
		}
		s->v = v;
		s->cap = cap;
	}
	inforce_step *st = &s->v[s->n++];
	memset(st, 0, sizeof *st);
	st->topic = topic;
	st->article = article;
	st->act = act;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(st->text, sizeof st->text, fmt, ap);
	va_end(ap);
	return st;
}

static const inforce_act *find_act(const inforce_standing *s, enum act_class cls, inforce_day date)
{
	for (size_t i = 0; i < s->act_count; i++)
		if (ifc_act_class(s->acts[i]->kind) == cls && s->acts[i]->date == date)
			return s->acts[i];
	return NULL;
}

static void explain_treaty(struct steps *out, const inforce_treaty *t)
{
	const struct treatydef *td = &t->def;
	const inforce_eif *e = &t->derived.eif;
	const inforce_rule_text *r = rule(td, "entry_into_force");
	char d1[INFORCE_DATE_BUFSZ], d2[INFORCE_DATE_BUFSZ], off[96], who[256] = "";
	if (!td->has_eif_rule) {
		step(out, "treaty", NULL, NULL,
		     "No entry-into-force rule is recorded for %s: a deposit is counted as "
		     "making the state a party (the UN's deposit-based count), and each state's "
		     "own date of entry into force is unknown.%s%s%s",
		     td->id, e->published != INFORCE_DAY_NONE ? " The depositary publishes its entry into force: " : "",
		     e->published != INFORCE_DAY_NONE ? inforce_date_format(e->published, d1) : "",
		     e->published != INFORCE_DAY_NONE ? "." : "");
		return;
	}
	if (e->published_basis) {
		if (e->computed == INFORCE_DAY_NONE)
			snprintf(who, sizeof who, "the acts held do not meet the condition (%d of %d "
				 "instruments)", e->instruments_held, e->instruments_needed);
		else
			snprintf(who, sizeof who, "computed from the acts held: %s (the condition met "
				 "on %s with %d counted instruments); the difference means an "
				 "instrument the depositary counted is missing from the data, or one "
				 "held was counted otherwise",
				 inforce_date_format(e->computed, d2),
				 inforce_date_format(e->trigger_date, off), e->instruments_by_trigger);
		step(out, "treaty", r ? r->article : NULL, NULL,
		     "The depositary publishes %s as the date of entry into force, and the "
		     "depositary decides: answers use it (entry_into_force_basis: published); %s.",
		     inforce_date_format(e->date, d1), who);
		return;
	}
	if (e->date == INFORCE_DAY_NONE) {
		size_t used = 0;
		for (size_t i = 0; i < e->missing_count && used + 5 < sizeof who; i++)
			used += (size_t)snprintf(who + used, sizeof who - used, "%s%s", i ? " " : "",
						 e->missing[i]);
		if (e->instruments_needed > 0)
			step(out, "treaty", r ? r->article : NULL, NULL,
			     "%s is not in force on the data held: %d instrument(s) of %d "
			     "needed%s%s.",
			     td->id, e->instruments_held, e->instruments_needed,
			     e->missing_count ? "; named states still missing: " : "", who);
		else /* the CTBT: no number, every State its annex names */
			step(out, "treaty", r ? r->article : NULL, NULL,
			     "%s is not in force on the data held: %d instrument(s) held, and the "
			     "rule names States that must all deposit%s%s.",
			     td->id, e->instruments_held,
			     e->missing_count ? "; still missing: " : "", who);
		return;
	}
	size_t used = 0;
	for (size_t i = 0; i < e->trigger_count && used + 5 < sizeof who; i++)
		used += (size_t)snprintf(who + used, sizeof who - used, "%s%s", i ? ", " : "",
					 e->trigger_states[i]);
	step(out, "treaty", r ? r->article : NULL, NULL,
	     "The condition of entry into force was met on %s (%d counted instruments by that "
	     "day; deposited that day: %s); %s %s gives %s.",
	     inforce_date_format(e->trigger_date, d1), e->instruments_by_trigger, who,
	     offset_describe(td->eif_offset, off, sizeof off), d1,
	     inforce_date_format(offset_apply(td->eif_offset, e->trigger_date), d2));
	if (td->eif_floor_date != INFORCE_DAY_NONE)
		step(out, "treaty", r ? r->article : NULL, NULL,
		     "Not earlier than %s, the day its rule names (see its text): the treaty "
		     "entered into force on %s.",
		     inforce_date_format(td->eif_floor_date, d2), inforce_date_format(e->date, d1));
	if (td->eif_floor.unit != OFF_NONE)
		step(out, "treaty", r ? r->article : NULL, NULL,
		     "Not earlier than %s the opening for signature (%s): the treaty entered "
		     "into force on %s.",
		     offset_describe(td->eif_floor, off, sizeof off),
		     treatydef_meta(td, "opened_for_signature"), inforce_date_format(e->date, d1));
}

/* One obligation of the state: to whom it applies and on whose word, when it falls
 * due, and what was extended or declared completed, each with its source. */
static void explain_deadline(struct steps *out, const struct treatydef *td,
			     const inforce_deadline *d)
{
	char d1[INFORCE_DATE_BUFSZ], d2[INFORCE_DATE_BUFSZ], off[96] = "", cond[640] = "";
	const char *what = d->name;
	for (size_t k = 0; k < td->obligations.len; k++) {
		const struct obligation *o = VEC_AT(&td->obligations, struct obligation, k);
		if (strcmp(o->name, d->name) == 0) {
			offset_describe(o->period, off, sizeof off);
			what = o->text ? o->text : o->name;
		}
	}
	if (d->condition)
		snprintf(cond, sizeof cond, " It applies only to %s", d->condition);
	switch (d->applies) {
	case INFORCE_APPLIES_NOT:
		step(out, "obligation", d->article, NULL,
		     "%s (%s).%s; a record says it does not apply to this State (%s): no "
		     "deadline.",
		     what, d->name, cond, d->applies_by->source);
		return;
	case INFORCE_APPLIES_UNKNOWN:
		step(out, "obligation", d->article, NULL,
		     "%s (%s).%s; no record held says whether it applies to this State, so no "
		     "deadline is shown (were it to apply: %s %s, %s).",
		     what, d->name, cond, off, inforce_date_format(d->base, d1),
		     inforce_date_format(d->original, d2));
		return;
	case INFORCE_APPLIES_RECORDED:
		step(out, "obligation", d->article, NULL, "%s (%s).%s; it applies to this State (%s).",
		     what, d->name, cond, d->applies_by->source);
		break;
	case INFORCE_APPLIES_ALL:
		break;
	}
	if (d->extension && d->date != d->original) {
		char d3[INFORCE_DATE_BUFSZ];
		step(out, "obligation", d->article, NULL,
		     "%s: due %s %s: %s by the treaty; extended to %s (%s).", d->name, off,
		     inforce_date_format(d->base, d1), inforce_date_format(d->original, d2),
		     inforce_date_format(d->date, d3), d->extension->source);
	} else {
		step(out, "obligation", d->article, NULL,
		     "%s: due %s %s: %s (the treaty's own deadline; no extension is recorded).",
		     d->applies == INFORCE_APPLIES_ALL ? what : d->name, off,
		     inforce_date_format(d->base, d1), inforce_date_format(d->date, d2));
	}
	if (d->completion)
		step(out, "obligation", d->article, NULL,
		     "%s: completion declared%s%s (%s).", d->name,
		     d->completion->date != INFORCE_DAY_NONE ? " on " : ", date not given",
		     d->completion->date != INFORCE_DAY_NONE
			     ? inforce_date_format(d->completion->date, d1) : "",
		     d->completion->source);
}

static void explain_withdrawal(struct steps *out, const inforce_treaty *t,
			       const inforce_standing *s, inforce_day on)
{
	const struct treatydef *td = &t->def;
	const inforce_rule_text *r = rule(td, "withdrawal");
	const char *art = r ? r->article : NULL;
	char d1[INFORCE_DATE_BUFSZ], d2[INFORCE_DATE_BUFSZ], off[96];
	const inforce_act *a = find_act(s, ACT_CLASS_WITHDRAWAL, s->withdrawal_notified);
	if (!td->has_withdrawal_rule && s->withdrawal_effective != INFORCE_DAY_NONE) {
		step(out, "withdrawal", art, a,
		     "Withdrawal notified on %s. No withdrawal rule is recorded, so its effect "
		     "is the date the source states: %s.",
		     inforce_date_format(s->withdrawal_notified, d1),
		     inforce_date_format(s->withdrawal_effective, d2));
		return;
	}
	if (!td->has_withdrawal_rule || !td->withdrawal_allowed) {
		step(out, "withdrawal", art, a,
		     "Withdrawal notified on %s, but %s; its effect is not computed.",
		     inforce_date_format(s->withdrawal_notified, d1),
		     td->has_withdrawal_rule ? "the treaty has no withdrawal clause"
					     : "no withdrawal rule is recorded");
		return;
	}
	inforce_day minimum = offset_apply(td->withdrawal_notice, s->withdrawal_notified);
	if (td->withdrawal_notice_minimum && s->withdrawal_notice_end != minimum) {
		char d3[INFORCE_DATE_BUFSZ];
		step(out, "withdrawal", art, a,
		     "Withdrawal notified on %s; the clause sets a notice of at least %s that "
		     "date (%s), and the source states the later date the instrument names: "
		     "%s.",
		     inforce_date_format(s->withdrawal_notified, d1),
		     offset_describe(td->withdrawal_notice, off, sizeof off),
		     inforce_date_format(minimum, d3),
		     inforce_date_format(s->withdrawal_notice_end, d2));
	} else {
		step(out, "withdrawal", art, a,
		     "Withdrawal notified to the depositary on %s; the notice runs %s that date: "
		     "%s.",
		     inforce_date_format(s->withdrawal_notified, d1),
		     offset_describe(td->withdrawal_notice, off, sizeof off),
		     inforce_date_format(s->withdrawal_notice_end, d2));
	}
	if (td->withdrawal_conflict == CONFLICT_NONE)
		return;
	const inforce_conflict *c = s->withdrawal_delayed_by;
	/* The armed-conflict step only where the store holds a conflict record for the
	 * state: for any other, the clause has nothing to act on. */
	int recorded = 0;
	for (size_t i = 0; t->facts && i < t->facts->conflict_count && !recorded; i++)
		recorded = strcmp(t->facts->conflicts[i].iso3, s->iso3) == 0;
	if (!c && !recorded)
		return;
	if (!c) {
		step(out, "conflict", art, NULL,
		     "The clause delays the effect while the state is engaged in an armed "
		     "conflict%s: no armed-conflict record for %s covers %s, so the withdrawal "
		     "takes effect on %s.",
		     td->withdrawal_conflict == CONFLICT_OCCUPATION ? " or occupation" : "", s->iso3,
		     inforce_date_format(s->withdrawal_notice_end, d1),
		     inforce_date_format(s->withdrawal_effective, d2));
		return;
	}
	inforce_step *st;
	if (c->end == INFORCE_DAY_NONE)
		st = step(out, "conflict", art, NULL,
			  "Armed-conflict record #%lld (%s from %s, open; source: %s) covers the "
			  "end of the notice: the withdrawal is not in effect%s while that "
			  "record stays open.",
			  (long long)c->id, c->kind, c->start_text, c->source,
			  s->withdrawal_notice_end <= on ? ", although the notice period has elapsed,"
							: "");
	else
		st = step(out, "conflict", art, NULL,
			  "Armed-conflict record #%lld (%s from %s to %s; source: %s) covers the "
			  "end of the notice: the state stays bound until the end of the conflict, "
			  "so the withdrawal takes effect on %s.",
			  (long long)c->id, c->kind, c->start_text, c->end_text, c->source,
			  inforce_date_format(s->withdrawal_effective, d1));
	if (st)
		st->conflict = c;
}

inforce_step *inforce_explain(const inforce_snapshot *snap, const inforce_treaty *t,
			      const char *iso3, inforce_day on, size_t *n, inforce_error *err)
{
	struct steps out = {0};
	const struct treatydef *td = &t->def;
	char d1[INFORCE_DATE_BUFSZ], d2[INFORCE_DATE_BUFSZ], off[96];
	inforce_standing s;
	(void)snap;
	explain_treaty(&out, t);
	inforce_status_one(t, iso3, on, &s);
	if (s.signature != INFORCE_DAY_NONE)
		step(&out, "signature", NULL, find_act(&s, ACT_CLASS_SIGNATURE, s.signature),
		     "Signed on %s.", inforce_date_format(s.signature, d1));
	if (s.consent != INFORCE_DAY_NONE) {
		const inforce_act *a = find_act(&s, ACT_CLASS_CONSENT, s.consent);
		step(&out, "consent", NULL, a, "Instrument of %s deposited on %s.",
		     inforce_act_kind_name(s.consent_kind), inforce_date_format(s.consent, d1));
		const inforce_eif *e = &t->derived.eif;
		const inforce_rule_text *late = rule(td, "late_joiner");
		if (s.eif_unknown)
			step(&out, "entry_into_force", NULL, a,
			     s.consent_kind == INFORCE_ACT_SUCCESSION
				     ? "A successor State is bound from the date of the succession of "
				       "States, which precedes its notification and is not in the "
				       "data: its date of entry into force is unknown; it is counted "
				       "as a party from the notification."
				     : "No rule for states that join later is recorded: the date of "
				       "entry into force for it is unknown; it is counted as a party "
				       "from its deposit.");
		else if (s.entry_into_force == INFORCE_DAY_NONE)
			step(&out, "entry_into_force", NULL, a,
			     "The treaty is not in force, so it is not in force for this state.");
		else if (e->published_basis && s.entry_into_force == e->date)
			step(&out, "entry_into_force", rule(td, "entry_into_force")
							  ? rule(td, "entry_into_force")->article
							  : NULL,
			     a,
			     "Deposited before the treaty's entry into force as the depositary "
			     "publishes it: bound from that date, %s.",
			     inforce_date_format(s.entry_into_force, d2));
		else if (!e->published_basis && s.consent <= e->trigger_date)
			step(&out, "entry_into_force", rule(td, "entry_into_force")
							  ? rule(td, "entry_into_force")->article
							  : NULL,
			     a,
			     "Deposited on or before the day the condition was met (%s): bound "
			     "from the treaty's own entry into force, %s.",
			     inforce_date_format(e->trigger_date, d1),
			     inforce_date_format(s.entry_into_force, d2));
		else if (td->late_from == LATE_AFTER_EIF && s.consent < e->date)
			step(&out, "entry_into_force", late ? late->article : NULL, a,
			     "Deposited before the treaty entered into force: bound from its entry "
			     "into force, %s.",
			     inforce_date_format(s.entry_into_force, d1));
		else
			step(&out, "entry_into_force", late ? late->article : NULL, a,
			     "A later deposit: in force for it %s %s, on %s%s.",
			     offset_describe(td->late_offset, off, sizeof off),
			     inforce_date_format(s.consent, d1),
			     inforce_date_format(s.entry_into_force, d2),
			     offset_apply(td->late_offset, s.consent) < e->date
				     ? " (not before the treaty's own entry into force)"
				     : "");
	}
	if (s.provisional != INFORCE_DAY_NONE)
		step(&out, "consent", NULL, find_act(&s, ACT_CLASS_PROVISIONAL, s.provisional),
		     "Provisional application declared on %s (recorded; it does not make the "
		     "state a party).",
		     inforce_date_format(s.provisional, d1));
	if (s.suspension != INFORCE_DAY_NONE)
		step(&out, "consent", NULL, find_act(&s, ACT_CLASS_SUSPENSION, s.suspension),
		     "Suspension of operation declared on %s (recorded and shown; it does not by "
		     "itself end party status).",
		     inforce_date_format(s.suspension, d1));
	if (s.ratification_withdrawn != INFORCE_DAY_NONE)
		step(&out, "consent", NULL,
		     find_act(&s, ACT_CLASS_RATIFICATION_WITHDRAWAL, s.ratification_withdrawn),
		     "Instrument of ratification withdrawn on %s: the state is again a "
		     "signatory (not a withdrawal from the treaty).",
		     inforce_date_format(s.ratification_withdrawn, d1));
	if (s.withdrawal_notified != INFORCE_DAY_NONE)
		explain_withdrawal(&out, t, &s, on);
	step(&out, "status", NULL, NULL, "Status on %s: %s%s.", inforce_date_format(on, d1),
	     inforce_status_name(s.status),
	     s.withdrawal_pending ? ", with its withdrawal pending" : "");
	size_t nd;
	inforce_deadline *dl = inforce_deadlines(t, &s, &nd);
	for (size_t i = 0; i < nd; i++)
		explain_deadline(&out, td, &dl[i]);
	free(dl);
	if (out.oom) {
		free(out.v);
		ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
		return NULL;
	}
	*n = out.n;
	return out.v;
}
