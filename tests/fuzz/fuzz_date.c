/*
 * fuzz_date.c - libFuzzer target for the civil-date functions (src/lib/date.c).
 *
 * The input is read twice:
 *   - as text for inforce_date_parse: what it accepts must be a real date that
 *     formats back to exactly the same ten bytes;
 *   - as three little-endian 32-bit numbers (a day, a count, a y-m-d packed in the
 *     third) for the arithmetic, checked against an independent calendar written
 *     here from the Gregorian rules (ordinal day count, month lengths): round trips
 *     day -> y-m-d -> day and day -> text -> day, the successor of a day, and the
 *     month-end rule of add_months / add_years / first_of_month_after.
 * Only the documented domain is exercised: dates in years 1 to 9999 and results
 * that stay in it (inforce.h: "Supported range: years 1 to 9999").
 */
#include <stdio.h>
#include <string.h>

#include "fuzz.h"
#include "inforce/inforce.h"

/* ---- the independent calendar */

static int leap(long y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int dim(long y, int m)
{
	static const int len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return m == 2 && leap(y) ? 29 : len[m - 1];
}

/* Days from 0001-01-01 to y-m-d. */
static long ordinal(long y, int m, int d)
{
	long n = 365 * (y - 1) + (y - 1) / 4 - (y - 1) / 100 + (y - 1) / 400;
	for (int k = 1; k < m; k++)
		n += dim(y, k);
	return n + d - 1;
}

#define EPOCH_ORDINAL 719162L /* ordinal(1970, 1, 1) */

static long day_of(long y, int m, int d)
{
	return ordinal(y, m, d) - EPOCH_ORDINAL;
}

static uint32_t u32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void check_day(inforce_day x)
{
	int y, m, d;
	char buf[INFORCE_DATE_BUFSZ];
	inforce_date_to_ymd(x, &y, &m, &d);
	FUZZ_CHECK(inforce_date_valid(y, m, d));
	FUZZ_CHECK(day_of(y, m, d) == (long)x);
	FUZZ_CHECK(inforce_date_from_ymd(y, m, d) == x);
	inforce_day back;
	FUZZ_CHECK(inforce_date_format(x, buf) == buf && strlen(buf) == 10);
	FUZZ_CHECK(inforce_date_parse(buf, 10, &back) == 0 && back == x);
}

/* The expected result of moving y-m by n months: 0 when it leaves years 1..9999. */
static int months_later(long y, int m, long n, long *oy, int *om)
{
	long idx = y * 12 + (m - 1) + n;
	if (idx < 12 || idx > 9999L * 12 + 11)
		return 0;
	*oy = idx / 12;
	*om = (int)(idx % 12) + 1;
	return 1;
}

static void check_months(inforce_day x, long n)
{
	int y, m, d, ry, rm, rd;
	long ey;
	int em;
	inforce_date_to_ymd(x, &y, &m, &d);
	if (!months_later(y, m, n, &ey, &em))
		return;
	inforce_date_to_ymd(inforce_date_add_months(x, (int32_t)n), &ry, &rm, &rd);
	int last = dim(ey, em);
	FUZZ_CHECK(ry == ey && rm == em && rd == (d > last ? last : d));
	inforce_date_to_ymd(inforce_date_first_of_month_after(x, (int32_t)n), &ry, &rm, &rd);
	FUZZ_CHECK(ry == ey && rm == em && rd == 1);
	if (n % 12 == 0)
		FUZZ_CHECK(inforce_date_add_years(x, (int32_t)(n / 12)) ==
			   inforce_date_add_months(x, (int32_t)n));
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	return 0;
}

void fuzz_cleanup(void)
{
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const long dmin = day_of(1, 1, 1), dmax = day_of(9999, 12, 31);
	inforce_day x;

	/* As text. */
	if (inforce_date_parse((const char *)data, size, &x) == 0) {
		char buf[INFORCE_DATE_BUFSZ];
		FUZZ_CHECK(size == 10);
		FUZZ_CHECK(x >= dmin && x <= dmax);
		FUZZ_CHECK(memcmp(inforce_date_format(x, buf), data, 10) == 0);
		check_day(x);
	}
	if (size < 12)
		return 0;

	/* As numbers. */
	uint32_t a = u32(data), b = u32(data + 4), c = u32(data + 8);
	x = (inforce_day)(dmin + (long)(a % (uint32_t)(dmax - dmin + 1)));
	check_day(x);
	if (x < dmax) { /* the successor, by the calendar's rules */
		int y, m, d, ny, nm, nd;
		inforce_date_to_ymd(x, &y, &m, &d);
		inforce_date_to_ymd(inforce_date_add_days(x, 1), &ny, &nm, &nd);
		if (d < dim(y, m))
			FUZZ_CHECK(ny == y && nm == m && nd == d + 1);
		else if (m < 12)
			FUZZ_CHECK(ny == y && nm == m + 1 && nd == 1);
		else
			FUZZ_CHECK(ny == y + 1 && nm == 1 && nd == 1);
	}
	/* A count of days, months or years within the range's span. */
	long n = (long)(int32_t)b;
	long days = n % (dmax - dmin + 1);
	if (x + days >= dmin && x + days <= dmax) {
		inforce_day z = inforce_date_add_days(x, (int32_t)days);
		FUZZ_CHECK(z == x + days);
		check_day(z);
		FUZZ_CHECK(inforce_date_add_days(z, (int32_t)-days) == x);
	}
	check_months(x, n % (12L * 10000));
	check_months(x, (n % 10000) * 12);
	check_months(x, n % 241); /* the short periods treaties use, often */

	/* inforce_date_valid against the rules, on any y-m-d. */
	int y = (int)(c >> 16) - 100, m = (int)((c >> 8) & 0xff) - 64, d = (int)(c & 0xff) - 64;
	int valid = y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= dim(y, m);
	FUZZ_CHECK(inforce_date_valid(y, m, d) == valid);
	if (valid) {
		FUZZ_CHECK(inforce_date_from_ymd(y, m, d) == day_of(y, m, d));
		char text[32];
		snprintf(text, sizeof text, "%04d-%02d-%02d", y, m, d);
		FUZZ_CHECK(inforce_date_parse(text, 10, &x) == 0 && x == day_of(y, m, d));
	}
	return 0;
}
