/*
 * test_engine.c - the rule evaluator on small made-up treaties: thresholds and
 * ties, later joiners, floors and named states, withdrawals, rejoining,
 * withdrawn ratifications, successions, and the contradictions it refuses.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "internal.h"

#define MAXACTS 32

struct fixture {
	struct treatydef td;
	inforce_act acts[MAXACTS];
	const inforce_act *ptrs[MAXACTS];
	size_t n;
	struct derived d;
};

static inforce_day D(const char *s)
{
	inforce_day d = INFORCE_DAY_NONE;
	assert_int_equal(inforce_date_parse(s, strlen(s), &d), 0);
	return d;
}

static const char *fmt(inforce_day d)
{
	static char buf[4][INFORCE_DATE_BUFSZ]; /* test-only scratch, cycled */
	static int k;
	k = (k + 1) % 4;
	return inforce_date_format(d, buf[k]);
}

static void define(struct fixture *f, const char *rules)
{
	char text[4096];
	snprintf(text, sizeof text,
		 "[treaty]\nid: T\nshort_name: T\ntitle: T\ndepositary: D\nsource: S\n"
		 "opened_for_signature: 2000-01-01\n%s",
		 rules);
	inforce_error err = {0};
	treatydef_init(&f->td);
	if (treatydef_parse(&f->td, text, strlen(text), "t.treaty", &err))
		fail_msg("definition: %s", err.msg);
	f->n = 0;
}

static void act(struct fixture *f, const char *iso3, const char *kind, const char *date)
{
	inforce_act *a = &f->acts[f->n];
	memset(a, 0, sizeof *a);
	a->id = (int64_t)f->n + 1;
	a->treaty = "T";
	a->iso3 = iso3;
	a->state_name = iso3;
	assert_int_equal(inforce_act_kind_parse(kind, &a->kind), 0);
	a->date = D(date);
	a->stated_effective = INFORCE_DAY_NONE;
	a->source = "test";
	a->file = "acts.csv";
	a->line = (long)f->n + 2;
	f->ptrs[f->n] = a;
	f->n++;
}

static int derive_with(struct fixture *f, const struct facts *facts, inforce_error *err)
{
	return engine_derive(&f->d, &f->td, f->ptrs, f->n, facts, err);
}

static int derive(struct fixture *f, inforce_error *err)
{
	return derive_with(f, NULL, err);
}

static inforce_standing on(struct fixture *f, const char *iso3, const char *date)
{
	for (size_t i = 0; i < f->d.part_count; i++)
		if (strcmp(f->d.parts[i].iso3, iso3) == 0) {
			inforce_standing s;
			engine_standing(&f->d.parts[i], D(date), &s);
			return s;
		}
	fail_msg("no participant %s", iso3);
	inforce_standing none = {0};
	return none;
}

static void release(struct fixture *f)
{
	engine_release(&f->d);
	treatydef_release(&f->td);
}

static const char ccm_like[] =
	"[entry_into_force]\narticle: 1\ninstruments: 3\ncounts: ratification accession\n"
	"date: first-of-month +6\ntext: t\n"
	"[late_joiner]\narticle: 2\napplies: after-threshold\ndate: first-of-month +6\ntext: t\n"
	"[withdrawal]\narticle: 3\nnotice: +6 months\narmed_conflict: delays\ntext: t\n";

/* AAA, BBB and CCC ratify in 2000: under ccm_like, in force on 2000-09-01 for them. */
static void three_ratifications(struct fixture *f)
{
	act(f, "AAA", "ratification", "2000-01-10");
	act(f, "BBB", "ratification", "2000-02-05");
	act(f, "CCC", "ratification", "2000-03-15");
}

static void threshold_ties_and_late_joiners(void **state)
{
	(void)state;
	struct fixture f;
	inforce_error err = {0};
	define(&f, ccm_like);
	act(&f, "AAA", "signature", "1999-12-01");
	three_ratifications(&f);
	act(&f, "DDD", "accession", "2000-03-15"); /* tie with the 3rd instrument */
	act(&f, "EEE", "accession", "2000-05-20"); /* after the 3rd, before entry into force */
	act(&f, "FFF", "signature", "2000-01-02");
	assert_int_equal(derive(&f, &err), 0);
	const inforce_eif *e = &f.d.eif;
	assert_string_equal(fmt(e->trigger_date), "2000-03-15");
	assert_string_equal(fmt(e->date), "2000-09-01");
	assert_int_equal(e->trigger_count, 2);
	assert_int_equal(e->instruments_by_trigger, 4);
	assert_int_equal(e->instruments_held, 5);
	assert_string_equal(fmt(on(&f, "DDD", "2001-01-01").entry_into_force), "2000-09-01");
	assert_string_equal(fmt(on(&f, "EEE", "2001-01-01").entry_into_force), "2000-11-01");
	assert_int_equal(on(&f, "EEE", "2000-10-31").status, INFORCE_ST_CONTRACTING);
	assert_int_equal(on(&f, "EEE", "2000-11-01").status, INFORCE_ST_PARTY);
	assert_int_equal(on(&f, "AAA", "2000-08-31").status, INFORCE_ST_CONTRACTING);
	assert_int_equal(on(&f, "AAA", "2000-09-01").status, INFORCE_ST_PARTY);
	assert_int_equal(on(&f, "AAA", "1999-12-31").status, INFORCE_ST_SIGNATORY);
	assert_int_equal(on(&f, "AAA", "1999-11-30").status, INFORCE_ST_NONE);
	assert_int_equal(on(&f, "FFF", "2010-01-01").status, INFORCE_ST_SIGNATORY);
	release(&f);
}

static void late_joiner_after_entry_into_force(void **state)
{
	(void)state;
	struct fixture f;
	inforce_error err = {0};
	define(&f, "[entry_into_force]\ninstruments: 2\ncounts: ratification\ndate: +90 days\n"
		   "not_before: +2 years\ntext: t\n"
		   "[late_joiner]\napplies: after-entry-into-force\ndate: +30 days\ntext: t\n");
	act(&f, "AAA", "ratification", "2000-03-01");
	act(&f, "BBB", "ratification", "2000-04-01");  /* 2nd: +90 days = 2000-06-30 */
	act(&f, "CCC", "ratification", "2001-06-01");  /* before the floor date */
	act(&f, "DDD", "ratification", "2002-02-01");  /* after: +30 days */
	assert_int_equal(derive(&f, &err), 0);
	/* the floor: not earlier than two years after opening (2000-01-01) */
	assert_string_equal(fmt(f.d.eif.date), "2002-01-01");
	assert_string_equal(fmt(on(&f, "CCC", "2003-01-01").entry_into_force), "2002-01-01");
	assert_string_equal(fmt(on(&f, "DDD", "2003-01-01").entry_into_force), "2002-03-03");
	release(&f);
}

static void named_states_missing(void **state)
{
	(void)state;
	struct fixture f;
	inforce_error err = {0};
	define(&f, "[entry_into_force]\ncounts: ratification\ndate: +180 days\n"
		   "requires: AAA BBB CCC\ntext: t\n");
	act(&f, "AAA", "ratification", "2000-03-01");
	act(&f, "CCC", "ratification", "2000-04-01");
	act(&f, "XXX", "ratification", "2000-05-01");
	assert_int_equal(derive(&f, &err), 0);
	assert_int_equal(f.d.eif.date, INFORCE_DAY_NONE);
	assert_int_equal(f.d.eif.missing_count, 1);
	assert_string_equal(f.d.eif.missing[0], "BBB");
	assert_int_equal(on(&f, "AAA", "2020-01-01").status, INFORCE_ST_CONTRACTING);
	release(&f);
	define(&f, "[entry_into_force]\ncounts: ratification\ndate: +180 days\n"
		   "requires: AAA BBB\ntext: t\n");
	act(&f, "AAA", "ratification", "2000-03-01");
	act(&f, "BBB", "ratification", "2000-06-01");
	assert_int_equal(derive(&f, &err), 0);
	assert_string_equal(fmt(f.d.eif.date), "2000-11-28");
	release(&f);
}

static void withdrawal_rejoin_and_ratification_withdrawn(void **state)
{
	(void)state;
	struct fixture f;
	inforce_error err = {0};
	define(&f, ccm_like);
	act(&f, "AAA", "ratification", "2000-01-10");
	act(&f, "BBB", "signature", "2000-01-05");
	act(&f, "BBB", "ratification", "2000-02-05");
	act(&f, "CCC", "ratification", "2000-03-15");
	act(&f, "AAA", "withdrawal_notification", "2001-08-31");
	act(&f, "AAA", "accession", "2003-01-15");
	act(&f, "BBB", "ratification_withdrawal", "2004-01-01");
	act(&f, "CCC", "suspension_notification", "2005-01-01");
	assert_int_equal(derive(&f, &err), 0);
	inforce_standing s = on(&f, "AAA", "2002-02-27");
	assert_int_equal(s.status, INFORCE_ST_PARTY);
	assert_true(s.withdrawal_pending);
	assert_string_equal(fmt(s.withdrawal_effective), "2002-02-28"); /* month-end rule */
	s = on(&f, "AAA", "2002-02-28");
	assert_int_equal(s.status, INFORCE_ST_WITHDRAWN);
	assert_false(s.withdrawal_pending);
	s = on(&f, "AAA", "2003-06-30");
	assert_int_equal(s.status, INFORCE_ST_CONTRACTING); /* second episode */
	assert_int_equal(s.withdrawal_notified, INFORCE_DAY_NONE);
	assert_int_equal(on(&f, "AAA", "2003-07-01").status, INFORCE_ST_PARTY);
	assert_int_equal(on(&f, "BBB", "2003-12-31").status, INFORCE_ST_PARTY);
	assert_int_equal(on(&f, "BBB", "2004-01-01").status, INFORCE_ST_SIGNATORY);
	s = on(&f, "CCC", "2006-01-01");
	assert_int_equal(s.status, INFORCE_ST_PARTY); /* a suspension does not end it */
	assert_string_equal(fmt(s.suspension), "2005-01-01");
	/* the withdrawal is not visible before it was notified */
	assert_int_equal(on(&f, "AAA", "2001-08-30").withdrawal_notified, INFORCE_DAY_NONE);
	release(&f);
}

/* A consent deposited while a withdrawal is pending starts the next participation,
 * which takes over when the withdrawal takes effect: the state stays a party
 * throughout (UNTC IV-5: Guyana denounced and re-acceded on the same day). On the
 * same day, the withdrawal comes first. Without a pending withdrawal, a second
 * consent is still a contradiction (see contradictions below). */
static void reaccession_during_notice(void **state)
{
	(void)state;
	struct fixture f;
	inforce_error err = {0};
	define(&f, ccm_like);
	three_ratifications(&f);
	act(&f, "AAA", "accession", "2003-01-15"); /* listed first, the same day */
	act(&f, "AAA", "withdrawal_notification", "2003-01-15");
	assert_int_equal(derive(&f, &err), 0);
	inforce_standing s = on(&f, "AAA", "2003-03-01");
	assert_int_equal(s.status, INFORCE_ST_PARTY); /* the first participation, ending */
	assert_true(s.withdrawal_pending);
	assert_string_equal(fmt(s.withdrawal_effective), "2003-07-15");
	assert_string_equal(fmt(s.consent), "2000-01-10");
	s = on(&f, "AAA", "2003-07-15");
	assert_int_equal(s.status, INFORCE_ST_PARTY); /* the next one: in force 2003-07-01 */
	assert_false(s.withdrawal_pending);
	assert_string_equal(fmt(s.consent), "2003-01-15");
	assert_string_equal(fmt(s.entry_into_force), "2003-07-01");
	release(&f);
}

static void succession_has_unknown_date(void **state)
{
	(void)state;
	struct fixture f;
	inforce_error err = {0};
	define(&f, ccm_like);
	three_ratifications(&f);
	act(&f, "SSS", "succession", "2006-10-23");
	assert_int_equal(derive(&f, &err), 0);
	inforce_standing s = on(&f, "SSS", "2006-10-23");
	assert_int_equal(s.status, INFORCE_ST_PARTY);
	assert_true(s.eif_unknown);
	assert_int_equal(s.entry_into_force, INFORCE_DAY_NONE);
	assert_int_equal(f.d.eif.instruments_held, 3); /* successions are not counted here */
	release(&f);
}

static void expect_contradiction(const char *kind1, const char *d1, const char *kind2,
				 const char *d2, const char *msg_part)
{
	struct fixture f;
	inforce_error err = {0};
	define(&f, ccm_like);
	act(&f, "AAA", "ratification", "2000-01-10");
	act(&f, "ZZZ", kind1, d1);
	if (kind2)
		act(&f, "ZZZ", kind2, d2);
	assert_int_equal(derive(&f, &err), -1);
	assert_string_equal(err.file, "acts.csv");
	assert_int_equal(err.line, kind2 ? 4 : 3);
	if (!strstr(err.msg, msg_part))
		fail_msg("message '%s' lacks '%s'", err.msg, msg_part);
	treatydef_release(&f.td);
}

static void contradictions(void **state)
{
	(void)state;
	expect_contradiction("withdrawal_notification", "2001-01-01", NULL, NULL,
			     "withdrawal by a state that is not bound");
	expect_contradiction("signature", "2000-01-01", "withdrawal_notification", "2001-01-01",
			     "withdrawal by a state that is not bound");
	expect_contradiction("ratification", "2000-01-01", "accession", "2001-01-01",
			     "already bound");
	expect_contradiction("suspension_notification", "2001-01-01", NULL, NULL, "not bound");
	expect_contradiction("ratification_withdrawal", "2001-01-01", NULL, NULL, "none deposited");
}

/* Art. 20(3)-style clauses: an open armed-conflict record covering the end of the
 * notice keeps the withdrawal from taking effect; without the record it takes
 * effect; with a closed record, the day after its end. */
static void armed_conflict_delays_withdrawal(void **state)
{
	(void)state;
	inforce_conflict open = {.id = 7, .iso3 = "AAA", .kind = "armed-conflict",
				 .start = D("2014-02-01"), .end = INFORCE_DAY_NONE,
				 .start_text = "2014-02", .end_text = "", .source = "record"};
	inforce_conflict closed = open, occupation = open;
	closed.end = D("2026-09-30");
	closed.end_text = "2026-09-30";
	occupation.kind = "occupation";
	const struct {
		const inforce_conflict *record;
		const char *rules;
		const char *effective; /* NULL: not in effect */
	} cases[] = {
		{NULL, ccm_like, "2026-07-15"},
		{&open, ccm_like, NULL},
		{&closed, ccm_like, "2026-10-01"},
		{&occupation, ccm_like, "2026-07-15"}, /* occupation does not count under "delays" */
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct fixture f;
		inforce_error err = {0};
		struct facts facts = {.conflicts = cases[i].record, .conflict_count = cases[i].record != NULL};
		define(&f, cases[i].rules);
		three_ratifications(&f);
		act(&f, "AAA", "withdrawal_notification", "2026-01-15");
		assert_int_equal(derive_with(&f, &facts, &err), 0);
		inforce_standing s = on(&f, "AAA", "2026-11-29");
		assert_string_equal(fmt(s.withdrawal_notice_end), "2026-07-15");
		if (cases[i].effective) {
			assert_string_equal(fmt(s.withdrawal_effective), cases[i].effective);
			assert_int_equal(s.status, strcmp(cases[i].effective, "2026-11-29") <= 0
							   ? INFORCE_ST_WITHDRAWN
							   : INFORCE_ST_PARTY);
		} else {
			assert_int_equal(s.withdrawal_effective, INFORCE_DAY_NONE);
			assert_int_equal(s.status, INFORCE_ST_PARTY);
			assert_true(s.withdrawal_pending);
			assert_ptr_equal(s.withdrawal_delayed_by, &open);
		}
		release(&f);
	}
	/* CCW art. 9: occupation counts too */
	struct fixture f;
	inforce_error err = {0};
	struct facts facts = {.conflicts = &occupation, .conflict_count = 1};
	define(&f, "[entry_into_force]\ninstruments: 1\ncounts: ratification\ndate: +6 months\n"
		   "text: t\n[withdrawal]\nnotice: +1 year\narmed_conflict: delays-or-occupation\n"
		   "text: t\n");
	act(&f, "AAA", "ratification", "2000-01-10");
	act(&f, "AAA", "withdrawal_notification", "2026-01-15");
	assert_int_equal(derive_with(&f, &facts, &err), 0);
	assert_int_equal(on(&f, "AAA", "2028-01-01").status, INFORCE_ST_PARTY);
	release(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(threshold_ties_and_late_joiners),
		cmocka_unit_test(late_joiner_after_entry_into_force),
		cmocka_unit_test(named_states_missing),
		cmocka_unit_test(withdrawal_rejoin_and_ratification_withdrawn),
		cmocka_unit_test(reaccession_during_notice),
		cmocka_unit_test(succession_has_unknown_date),
		cmocka_unit_test(contradictions),
		cmocka_unit_test(armed_conflict_delays_withdrawal),
	};
	return cmocka_run_group_tests_name("engine", tests, NULL, NULL);
}
