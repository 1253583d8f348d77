/*
 * text.h - text helpers shared by the readers of outside formats (src/lib/sources/)
 * and the library: ASCII character classes, case-insensitive search, a growable
 * string, whitespace cleaning into a pool, and the depositaries' long dates
 * ("3 December 2008", "3 Dec 2008", "3 Sept. 2008").
 *
 * Ownership: a struct sbuf owns its buffer (free(b->s) releases it); pool_* results
 * belong to the pool. Nothing here keeps state between calls.
 */
#ifndef INFORCE_TEXT_H
#define INFORCE_TEXT_H

#include <stddef.h>

#include "internal.h"

static inline int txt_is_digit(int c)
{
	return c >= '0' && c <= '9';
}
static inline int txt_is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
static inline int txt_is_upper(int c)
{
	return c >= 'A' && c <= 'Z';
}
static inline int txt_is_alnum(int c)
{
	return txt_is_digit(c) || txt_is_alpha(c);
}
static inline int txt_is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
static inline int txt_to_lower(int c)
{
	return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
}

/* First occurrence of needle in hay[0..n), exact or ASCII-case-insensitive; NULL if
 * none (or needle is empty). */
const char *txt_find_mem(const char *hay, size_t n, const char *needle, int icase);
/* The same over a NUL-terminated string, case-insensitively. */
const char *txt_find_ci(const char *s, const char *needle);
int txt_starts_with_ci(const char *s, const char *prefix);
/* The line (1-based) of p within buf. */
long txt_line_at(const char *buf, const char *p);

/* A growable NUL-terminated string; `oom` sticks once an allocation failed, and
 * later appends do nothing, so a caller checks once at the end. */
struct sbuf {
	char *s;
	size_t len, cap;
	int oom;
};
void sb_add(struct sbuf *b, const char *s, size_t n);
void sb_str(struct sbuf *b, const char *s);
void sb_reset(struct sbuf *b);
const char *sb_cstr(const struct sbuf *b);

/* Width in bytes of a white-space character at s (ASCII, U+00A0 or U+2002), or 0. */
size_t txt_space_width(const char *s);
/* s[0..n) with runs of white space made one space, and trimmed, into the pool. */
char *pool_clean(struct pool *p, const char *s, size_t n);
/* s with leading and trailing ASCII white space removed, into the pool. */
char *pool_trim(struct pool *p, const char *s);

/* A month's name at s: the full English name, its three-letter form, or "Sept";
 * returns 1-12 and its length in *n, or 0. Case-sensitive: depositaries capitalise. */
int txt_month_at(const char *s, size_t *n);
/* "D Month YYYY" at s (one or two digits, the month as txt_month_at reads it, an
 * optional '.', a four-digit year not followed by a digit). Fills y/m/d and returns
 * the length matched, or 0. The date is not checked for existence. */
size_t txt_date_at(const char *s, int *y, int *m, int *d);
/* The first "D Month YYYY" in s[0..n) not preceded by a letter or digit, or NULL;
 * *len receives its length. */
const char *txt_first_date(const char *s, size_t n, int *y, int *m, int *d, size_t *len);

#endif /* INFORCE_TEXT_H */
