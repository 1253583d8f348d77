/*
 * text.c - text helpers shared by the readers and the library (see text.h):
 * searching, a growable string, white-space cleaning and long dates.
 */
#include <stdlib.h>
#include <string.h>

#include "text.h"

const char *txt_find_mem(const char *hay, size_t n, const char *needle, int icase)
{
	size_t k = strlen(needle);
	if (k == 0 || k > n)
		return NULL;
	for (size_t i = 0; i + k <= n; i++) {
		size_t j = 0;
		if (icase)
			while (j < k && txt_to_lower((unsigned char)hay[i + j]) ==
					txt_to_lower((unsigned char)needle[j]))
				j++;
		else
			while (j < k && hay[i + j] == needle[j])
				j++;
		if (j == k)
			return hay + i;
	}
	return NULL;
}

const char *txt_find_ci(const char *s, const char *needle)
{
	return txt_find_mem(s, strlen(s), needle, 1);
}

int txt_starts_with_ci(const char *s, const char *prefix)
{
	while (*prefix && txt_to_lower((unsigned char)*s) == txt_to_lower((unsigned char)*prefix))
		s++, prefix++;
	return *prefix == '\0';
}

long txt_line_at(const char *buf, const char *p)
{
	long line = 1;
	for (const char *q = buf; q < p; q++)
		if (*q == '\n')
			line++;
	return line;
}

void sb_add(struct sbuf *b, const char *s, size_t n)
{
	if (b->oom)
		return;
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 256;
		while (cap < b->len + n + 1)
			cap *= 2;
		char *ns = realloc(b->s, cap);
		if (!ns) {
			b->oom = 1;
			return;
		}
		b->s = ns;
		b->cap = cap;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void sb_str(struct sbuf *b, const char *s)
{
	sb_add(b, s, strlen(s));
}

void sb_reset(struct sbuf *b)
{
	b->len = 0;
	if (b->s)
		b->s[0] = '\0';
}

const char *sb_cstr(const struct sbuf *b)
{
	return b->s ? b->s : "";
}

size_t txt_space_width(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	if (txt_is_space(u[0]))
		return 1;
	if (u[0] == 0xC2 && u[1] == 0xA0)
		return 2;
	if (u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x82)
		return 3;
	return 0;
}

char *pool_clean(struct pool *p, const char *s, size_t n)
{
	char *d = pool_alloc(p, n + 1);
	if (!d)
		return NULL;
	size_t o = 0;
	int pending = 0;
	for (size_t i = 0; i < n;) {
		size_t w = txt_space_width(s + i);
		if (w) {
			pending = o > 0;
			i += w;
			continue;
		}
		if (pending)
			d[o++] = ' ';
		pending = 0;
		d[o++] = s[i++];
	}
	d[o] = '\0';
	return d;
}

char *pool_trim(struct pool *p, const char *s)
{
	size_t n = strlen(s);
	while (n && txt_is_space((unsigned char)s[n - 1]))
		n--;
	while (n && txt_is_space((unsigned char)*s))
		s++, n--;
	return pool_strndup(p, s, n);
}

static const char *const month_abbr[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
					   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
static const char *const month_full[12] = {"January", "February", "March", "April",
					   "May", "June", "July", "August", "September",
					   "October", "November", "December"};

int txt_month_at(const char *s, size_t *n)
{
	size_t k = 0;
	while (txt_is_alpha((unsigned char)s[k]))
		k++;
	for (int m = 0; m < 12; m++) {
		if (strlen(month_full[m]) == k && memcmp(s, month_full[m], k) == 0)
			return *n = k, m + 1;
		if (k == 3 && memcmp(s, month_abbr[m], 3) == 0)
			return *n = k, m + 1;
	}
	if (k == 4 && memcmp(s, "Sept", 4) == 0)
		return *n = k, 9;
	return 0;
}

/* Skips the blanks at s[*i]; returns how many there were. */
static int skip_blanks(const char *s, size_t *i)
{
	int n = 0;
	for (size_t k; (k = txt_space_width(s + *i)); *i += k)
		n++;
	return n;
}

size_t txt_date_at(const char *s, int *y, int *m, int *d)
{
	size_t i = 0;
	int day = 0;
	while (txt_is_digit((unsigned char)s[i]) && i < 2)
		day = day * 10 + (s[i++] - '0');
	if (i == 0 || txt_is_digit((unsigned char)s[i]) || !skip_blanks(s, &i))
		return 0;
	size_t mlen;
	int mon = txt_month_at(s + i, &mlen);
	if (!mon)
		return 0;
	i += mlen;
	if (s[i] == '.')
		i++;
	skip_blanks(s, &i);
	int year = 0;
	size_t ys = i;
	while (txt_is_digit((unsigned char)s[i]) && i - ys < 4)
		year = year * 10 + (s[i++] - '0');
	if (i - ys != 4 || txt_is_digit((unsigned char)s[i]))
		return 0;
	*y = year;
	*m = mon;
	*d = day;
	return i;
}

const char *txt_first_date(const char *s, size_t n, int *y, int *m, int *d, size_t *len)
{
	for (size_t i = 0; i < n; i++) {
		if (!txt_is_digit((unsigned char)s[i]) ||
		    (i > 0 && txt_is_alnum((unsigned char)s[i - 1])))
			continue;
		size_t k = txt_date_at(s + i, y, m, d);
		if (k && i + k <= n) {
			*len = k;
			return s + i;
		}
	}
	return NULL;
}

int inforce_edit_distance(const char *a, const char *b, int cap)
{
	enum { MAXN = 64 };
	size_t n = strlen(a), m = strlen(b);
	if (n >= MAXN || m >= MAXN)
		return cap + 1;
	if ((n > m ? n - m : m - n) > (size_t)cap)
		return cap + 1;
	int d[MAXN][MAXN];
	for (size_t i = 0; i <= n; i++)
		d[i][0] = (int)i;
	for (size_t j = 0; j <= m; j++)
		d[0][j] = (int)j;
	for (size_t i = 1; i <= n; i++)
		for (size_t j = 1; j <= m; j++) {
			int ca = txt_to_lower((unsigned char)a[i - 1]);
			int cb = txt_to_lower((unsigned char)b[j - 1]);
			int best = d[i - 1][j - 1] + (ca != cb);
			if (d[i - 1][j] + 1 < best)
				best = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < best)
				best = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && ca == txt_to_lower((unsigned char)b[j - 2]) &&
			    txt_to_lower((unsigned char)a[i - 2]) == cb && d[i - 2][j - 2] + 1 < best)
				best = d[i - 2][j - 2] + 1;
			d[i][j] = best;
		}
	return d[n][m] > cap ? cap + 1 : d[n][m];
}

const char *inforce_text_problem(const char *s)
{
	static const char bad_utf8[] = "is not valid UTF-8", control[] = "holds a control character";
	const unsigned char *p = (const unsigned char *)s;
	while (*p) {
		unsigned c = *p;
		if (c < 0x80) {
			if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F)
				return control;
			p++;
			continue;
		}
		/* the lead byte says the length; C0, C1 and F5-FF never lead */
		size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
						  : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
		if (!len)
			return bad_utf8;
		unsigned cp = c & (0x7Fu >> len);
		for (size_t i = 1; i < len; i++) {
			if ((p[i] & 0xC0) != 0x80)
				return bad_utf8; /* also stops at the NUL */
			cp = cp << 6 | (p[i] & 0x3Fu);
		}
		if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
		    (cp >= 0xD800 && cp <= 0xDFFF))
			return bad_utf8;
		if (cp >= 0x80 && cp < 0xA0)
			return control;
		p += len;
	}
	return NULL;
}
