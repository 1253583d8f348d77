/*
 * test_date.c - civil-date arithmetic, checked exhaustively for every day from
 * 1800-01-01 to 2200-12-31 against an independent method: a calendar walked one
 * day at a time with its own month-length table and leap-year rule.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "inforce/inforce.h"

/* The independent calendar: nothing shared with date.c. */
static int walk_leap(int y)
{
	if (y % 400 == 0)
		return 1;
	if (y % 100 == 0)
		return 0;
	return y % 4 == 0;
}

static int walk_len(int y, int m)
{
	switch (m) {
	case 4: case 6: case 9: case 11: return 30;
	case 2: return walk_leap(y) ? 29 : 28;
	default: return 31;
	}
}

static void walk_next(int *y, int *m, int *d)
{
	if (++*d > walk_len(*y, *m)) {
		*d = 1;
		if (++*m > 12) {
			*m = 1;
			++*y;
		}
	}
}

/* Day number of 1800-01-01 from 1970-01-01, counted by walking. */
static int32_t walk_epoch(void)
{
	int y = 1800, m = 1, d = 1;
	int32_t n = 0;
	while (!(y == 1970 && m == 1 && d == 1)) {
		walk_next(&y, &m, &d);
		n++;
	}
	return -n;
}

static void exhaustive_1800_2200(void **state)
{
	(void)state;
	int y = 1800, m = 1, d = 1;
	int32_t day = walk_epoch();
	long checked = 0;
	while (y <= 2200) {
		char expect[32], got[INFORCE_DATE_BUFSZ];
		snprintf(expect, sizeof expect, "%04d-%02d-%02d", y, m, d);
		assert_int_equal(inforce_date_from_ymd(y, m, d), day);
		int yy, mm, dd;
		inforce_date_to_ymd(day, &yy, &mm, &dd);
		assert_int_equal(yy, y);
		assert_int_equal(mm, m);
		assert_int_equal(dd, d);
		assert_string_equal(inforce_date_format(day, got), expect);
		inforce_day parsed;
		assert_int_equal(inforce_date_parse(expect, 10, &parsed), 0);
		assert_int_equal(parsed, day);
		assert_true(inforce_date_valid(y, m, d));
		/* the day after the last of the month is invalid */
		if (d == walk_len(y, m))
			assert_false(inforce_date_valid(y, m, d + 1));
		/* add_months against the definition: same day, clamped to the month's end */
		for (int n = -25; n <= 25; n += 5) {
			int total = y * 12 + (m - 1) + n, ty = total / 12, tm = total % 12 + 1;
			int td = d > walk_len(ty, tm) ? walk_len(ty, tm) : d;
			assert_int_equal(inforce_date_add_months(day, n),
					 inforce_date_from_ymd(ty, tm, td));
			if (n > 0)
				assert_int_equal(inforce_date_first_of_month_after(day, n),
						 inforce_date_from_ymd(ty, tm, 1));
		}
		walk_next(&y, &m, &d);
		day++;
		checked++;
	}
	assert_int_equal(checked, 146097 + 365); /* one 400-year cycle, then 2200 */
}

static void epoch_and_known_days(void **state)
{
	(void)state;
	assert_int_equal(inforce_date_from_ymd(1970, 1, 1), 0);
	assert_int_equal(inforce_date_from_ymd(2000, 3, 1), 11017);
	assert_int_equal(inforce_date_from_ymd(1969, 12, 31), -1);
}

static void parse_rejects(void **state)
{
	(void)state;
	static const char *const bad[] = {
		"2023-02-30", "2023-02-29", "1900-02-29", "2023-13-01", "2023-00-10",
		"2023-01-00", "2023-1-01",  "2023/01/01", "20230101",   " 2023-01-01",
		"2023-01-01 ", "0000-01-01", "abcd-ef-gh", "",          "2023-04-31",
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		inforce_day d = 12345;
		assert_int_equal(inforce_date_parse(bad[i], strlen(bad[i]), &d), -1);
		assert_int_equal(d, 12345); /* untouched on failure */
	}
	inforce_day d;
	assert_int_equal(inforce_date_parse("2000-02-29", 10, &d), 0);
	assert_int_equal(inforce_date_parse("2024-02-29", 10, &d), 0);
	assert_int_equal(inforce_date_parse("9999-12-31", 10, &d), 0);
}

static inforce_day D(const char *s)
{
	inforce_day d = INFORCE_DAY_NONE;
	assert_int_equal(inforce_date_parse(s, strlen(s), &d), 0);
	return d;
}

/* The month-end rule and the treaty offsets, case by case. */
/* A computed day past 9999-12-31 (an act of 9999-12-31 plus six months) is said
 * so, never printed with a wrapped year ("0000-06-30"); nor one before year 1. */
static void beyond_the_calendar(void **state)
{
	(void)state;
	char buf[INFORCE_DATE_BUFSZ];
	inforce_day last = inforce_date_from_ymd(9999, 12, 31);
	assert_string_equal(inforce_date_format(last, buf), "9999-12-31");
	assert_string_equal(inforce_date_format(inforce_date_add_months(last, 6), buf), "after 9999");
	assert_string_equal(inforce_date_format(last + 1, buf), "after 9999");
	inforce_day first = inforce_date_from_ymd(1, 1, 1);
	assert_string_equal(inforce_date_format(first, buf), "0001-01-01");
	assert_string_equal(inforce_date_format(first - 1, buf), "before 1");
}

static void month_ends(void **state)
{
	(void)state;
	static const struct {
		const char *from;
		int n;
		const char *to;
	} cases[] = {
		{"2023-08-31", 6, "2024-02-29"}, /* six months after 31 August, leap year */
		{"2024-08-31", 6, "2025-02-28"}, /* ... and in a common year */
		{"2024-09-06", 6, "2025-03-06"}, /* Lithuania, CCM art. 20 */
		{"2025-06-27", 6, "2025-12-27"}, /* Baltic States, APMBT art. 20 */
		{"2024-03-31", 1, "2024-04-30"},
		{"2024-01-31", 1, "2024-02-29"},
		{"2024-02-29", 12, "2025-02-28"},
		{"2024-12-31", -1, "2024-11-30"},
		{"2025-03-31", -13, "2024-02-29"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char buf[INFORCE_DATE_BUFSZ];
		assert_string_equal(
			inforce_date_format(inforce_date_add_months(D(cases[i].from), cases[i].n), buf),
			cases[i].to);
	}
	char buf[INFORCE_DATE_BUFSZ];
	/* CCM art. 17(1): 30th deposit 16 Feb 2010 -> 1 Aug 2010 */
	assert_string_equal(inforce_date_format(inforce_date_first_of_month_after(D("2010-02-16"), 6), buf),
			    "2010-08-01");
	/* APMBT art. 17(1): 40th deposit 16 Sep 1998 -> 1 Mar 1999 (across a year end) */
	assert_string_equal(inforce_date_format(inforce_date_first_of_month_after(D("1998-09-16"), 6), buf),
			    "1999-03-01");
	/* ATT art. 22(1): 90 days after 25 Sep 2014 -> 24 Dec 2014 */
	assert_string_equal(inforce_date_format(inforce_date_add_days(D("2014-09-25"), 90), buf),
			    "2014-12-24");
	assert_string_equal(inforce_date_format(inforce_date_add_years(D("2024-02-29"), 1), buf),
			    "2025-02-28");
	assert_string_equal(inforce_date_format(INFORCE_DAY_NONE, buf), "unknown");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(epoch_and_known_days),
		cmocka_unit_test(exhaustive_1800_2200),
		cmocka_unit_test(parse_rejects),
		cmocka_unit_test(month_ends),
		cmocka_unit_test(beyond_the_calendar),
	};
	return cmocka_run_group_tests_name("date", tests, NULL, NULL);
}
