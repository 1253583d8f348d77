/*
 * date.c - civil-date arithmetic in the proleptic Gregorian calendar.
 *
 * Exports inforce_date_*. Days are counted from 1970-01-01 (day 0). The
 * conversion between y-m-d and day numbers follows Howard Hinnant's
 * "chrono-Compatible Low-Level Date Algorithms" (days_from_civil /
 * civil_from_days), which shift the year to start in March so that the leap day
 * falls at the end and every era of 400 years has exactly 146097 days.
 *
 * Month arithmetic: see inforce.h for the month-end rule (clamp to the last day).
 */
#include <string.h>

#include "inforce/inforce.h"

static int is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(int y, int m)
{
	static const int len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return m == 2 && is_leap(y) ? 29 : len[m - 1];
}

int inforce_date_valid(int y, int m, int d)
{
	return y >= INFORCE_YEAR_MIN && y <= INFORCE_YEAR_MAX && m >= 1 && m <= 12 &&
	       d >= 1 && d <= month_days(y, m);
}

inforce_day inforce_date_from_ymd(int y, int m, int d)
{
	y -= m <= 2;
	int era = (y >= 0 ? y : y - 399) / 400;
	int yoe = y - era * 400;                                   /* [0, 399] */
	int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;  /* [0, 365] */
	int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;           /* [0, 146096] */
	return era * 146097 + doe - 719468;
}

void inforce_date_to_ymd(inforce_day day, int *y, int *m, int *d)
{
	int z = day + 719468;
	int era = (z >= 0 ? z : z - 146096) / 146097;
	int doe = z - era * 146097;
	int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

static int digits(const char *s, int n, int *out)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

int inforce_date_parse(const char *s, size_t len, inforce_day *out)
{
	int y, m, d;
	if (!s || len != 10 || s[4] != '-' || s[7] != '-' || digits(s, 4, &y) ||
	    digits(s + 5, 2, &m) || digits(s + 8, 2, &d) || !inforce_date_valid(y, m, d))
		return -1;
	*out = inforce_date_from_ymd(y, m, d);
	return 0;
}

static void put_digits(char *p, int v, int n)
{
	for (int i = n - 1; i >= 0; i--, v /= 10)
		p[i] = (char)('0' + v % 10);
}

const char *inforce_date_format(inforce_day day, char buf[INFORCE_DATE_BUFSZ])
{
	static const char unknown[] = "unknown";
	int y, m, d;
	if (day == INFORCE_DAY_NONE) {
		for (size_t i = 0; i < sizeof unknown; i++)
			buf[i] = unknown[i];
		return buf;
	}
	inforce_date_to_ymd(day, &y, &m, &d);
	if (y > 9999 || y < 1) {
		/* a computed date outside the calendar inforce reads (an accession on
		 * 9999-12-31 plus six months): said so, never a wrapped year */
		static const char beyond[] = "after 9999", before[] = "before 1";
		const char *w = y > 9999 ? beyond : before;
		for (size_t i = 0; i <= strlen(w); i++)
			buf[i] = w[i];
		return buf;
	}
	put_digits(buf, y, 4);
	buf[4] = '-';
	put_digits(buf + 5, m, 2);
	buf[7] = '-';
	put_digits(buf + 8, d, 2);
	buf[10] = '\0';
	return buf;
}

inforce_day inforce_date_add_days(inforce_day day, int32_t n)
{
	return day + n;
}

/* Months since year 0, to do month arithmetic without loops. */
static void split_months(int32_t months, int *y, int *m)
{
	int32_t yy = months >= 0 ? months / 12 : -((-months + 11) / 12);
	*y = (int)yy;
	*m = (int)(months - yy * 12) + 1;
}

inforce_day inforce_date_add_months(inforce_day day, int32_t n)
{
	int y, m, d;
	inforce_date_to_ymd(day, &y, &m, &d);
	split_months((int32_t)y * 12 + (m - 1) + n, &y, &m);
	int last = month_days(y, m);
	return inforce_date_from_ymd(y, m, d > last ? last : d);
}

inforce_day inforce_date_add_years(inforce_day day, int32_t n)
{
	return inforce_date_add_months(day, n * 12);
}

inforce_day inforce_date_first_of_month_after(inforce_day day, int32_t n)
{
	int y, m, d;
	inforce_date_to_ymd(day, &y, &m, &d);
	split_months((int32_t)y * 12 + (m - 1) + n, &y, &m);
	return inforce_date_from_ymd(y, m, 1);
}
