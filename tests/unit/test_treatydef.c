/*
 * test_treatydef.c - the treaty definition format: a full definition parses into
 * the rules it states; each kind of mistake is refused with the line named.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "internal.h"

static const char good[] =
	"# a comment\n"
	"[treaty]\n"
	"id: TEST\n"
	"short_name: Test Treaty\n"
	"title: A treaty\n"
	"  with a title on two lines\n"
	"depositary: Nobody\n"
	"opened_for_signature: 1993-01-13\n"
	"source: test\n"
	"\n"
	"[entry_into_force]\n"
	"article: 1\n"
	"instruments: 65\n"
	"counts: ratification accession\n"
	"date: +180 days\n"
	"not_before: +2 years\n"
	"requires: USA GBR\n"
	"text: words\n"
	"[late_joiner]\n"
	"article: 2\n"
	"applies: after-entry-into-force\n"
	"date: +30 days\n"
	"text: words\n"
	"[withdrawal]\n"
	"article: 3\n"
	"notice: +90 days\n"
	"armed_conflict: delays-or-occupation\n"
	"text: words\n";

static void parses_everything(void **state)
{
	(void)state;
	struct treatydef td;
	inforce_error err = {0};
	treatydef_init(&td);
	assert_int_equal(treatydef_parse(&td, good, strlen(good), "t.treaty", &err), 0);
	assert_string_equal(td.id, "TEST");
	assert_string_equal(treatydef_meta(&td, "title"), "A treaty with a title on two lines");
	assert_int_equal(td.eif_instruments, 65);
	assert_int_equal(td.eif_kinds, (1u << INFORCE_ACT_RATIFICATION) | (1u << INFORCE_ACT_ACCESSION));
	assert_int_equal(td.eif_offset.unit, OFF_DAYS);
	assert_int_equal(td.eif_offset.n, 180);
	assert_int_equal(td.eif_floor.unit, OFF_YEARS);
	assert_int_equal(td.eif_required.len, 2);
	assert_int_equal(td.late_from, LATE_AFTER_EIF);
	assert_int_equal(td.late_offset.n, 30);
	assert_int_equal(td.withdrawal_notice.n, 90);
	assert_int_equal(td.withdrawal_conflict, CONFLICT_OCCUPATION);
	assert_int_equal(td.rules.len, 3);
	treatydef_release(&td);
}

/* Replaces the first occurrence of `from` in the good text and expects an error. */
static void expect_error(const char *from, const char *to, long line, const char *field,
			 const char *msg_part)
{
	char buf[4096];
	const char *at = strstr(good, from);
	assert_non_null(at);
	snprintf(buf, sizeof buf, "%.*s%s%s", (int)(at - good), good, to, at + strlen(from));
	struct treatydef td;
	inforce_error err = {0};
	treatydef_init(&td);
	assert_int_equal(treatydef_parse(&td, buf, strlen(buf), "t.treaty", &err), -1);
	assert_string_equal(err.file, "t.treaty");
	assert_int_equal(err.line, line);
	if (field)
		assert_string_equal(err.field, field);
	if (!strstr(err.msg, msg_part))
		fail_msg("message '%s' lacks '%s'", err.msg, msg_part);
	treatydef_release(&td);
}

static void refuses_mistakes(void **state)
{
	(void)state;
	expect_error("date: +180 days", "date: 180 days", 15, "date", "not an offset");
	expect_error("date: +180 days", "date: +180 fortnights", 15, "date", "not an offset");
	expect_error("instruments: 65", "instruments: many", 13, "instruments", "not a number");
	expect_error("counts: ratification accession", "counts: ratification signature", 14,
		     "counts", "'signature' is not a kind of consent");
	expect_error("opened_for_signature: 1993-01-13", "opened_for_signature: 1993-02-30", 8,
		     "opened_for_signature", "not a real date");
	expect_error("[late_joiner]", "[late_joiners]", 19, NULL, "unknown section");
	expect_error("applies: after-entry-into-force", "applies: later", 21, "applies", "use");
	expect_error("armed_conflict: delays-or-occupation", "armed_conflict: maybe", 27,
		     "armed_conflict", "use 'none'");
	expect_error("id: TEST\n", "id: TEST\nid: AGAIN\n", 4, "id", "given twice");
	expect_error("source: test\n", "", 0, "source", "missing");
	expect_error("article: 2\n", "colour: 2\n", 20, "colour", "unknown key");
	expect_error("# a comment\n", "stray line\n", 1, NULL, "expected 'key: value'");
	expect_error("# a comment\n", "  stray continuation\n", 1, NULL, "continuation");
	/* a rule section without its date: the error names the line where it ends */
	expect_error("date: +30 days\n", "", 23, "date", "missing");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(parses_everything),
		cmocka_unit_test(refuses_mistakes),
	};
	return cmocka_run_group_tests_name("treatydef", tests, NULL, NULL);
}
