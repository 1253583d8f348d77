/*
 * untc.c - the parser for the UN Treaty Collection's MTDSG status files (one XML file
 * per treaty, ISO-8859-1, as published; see data/untc-mtdsg-2018/README.md).
 * Exports untc_parse, untc_release, untc_to_utf8 and untc_note_kind_name (untc.h).
 *
 * The steps, in order:
 *   1. untc_to_utf8: refuse what is not an MTDSG file before any XML parsing (size,
 *      the maintenance page, UTF-16, a missing or other encoding declaration, a DOCTYPE
 *      with entities or an external DTD), then write the bytes as UTF-8 (ISO-8859-1 is
 *      one byte per code point), repairing the seven known defects and nothing else:
 *        0x1C 0x1D -> U+201C U+201D    0x18 0x19 -> U+2018 U+2019
 *        0x13      -> U+2013           0x02      -> U+2002
 *        '&' that starts no entity or character reference -> U+2026 (the published
 *        text reads "& consistent with ... &": the ellipsis lost its high byte).
 *      The declaration is rewritten to say UTF-8, so lines keep their numbers.
 *   2. libxml2 on a parser context of our own (no global handler state), with
 *      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES
 *      (never NOENT, DTDLOAD or HUGE: libxml2 keeps its own limits too). Its message
 *      and line are reported as they are. Then the tree is checked for depth.
 *   3. The tree walk: header, Participants tables (acts), SpecialTables and League of
 *      Nations tables, declarations and other notes, end notes.
 *   4. The end notes are read for withdrawals, denunciations, successions and
 *      territorial exclusions (see "End notes" below).
 *
 * Column legends. A legend is a list of items, each a phrase and an optional mark:
 * "Ratification, Acceptance(A), Approval(AA), Accession(a)". A cell "9 Apr 2013 a"
 * takes the item marked "a"; a cell without a mark takes the unmarked item; in a
 * legend of one marked item ("Acceptance(A)", "Signature ad referendum (s)") an
 * unmarked cell takes that item. Items are found by longest match against the table
 * below, which holds every item met in the 407 files of the 2018 snapshot. An item
 * not in it, or a mark the legend does not define, is an error naming file, line and
 * text. Where several items share a mark, or several are unmarked ("Definitive
 * signature of the Protocol, Acceptance of the Protocol", VI-11), the cell cannot
 * say which: the act gets the first item's kind, `ambiguous` and all their labels.
 *
 *   legend item                                           kind
 *   Signature                                             signature
 *   Signature ad referendum                               signature
 *   Succession to signature                               signature (a successor
 *                                                           becomes a signatory)
 *   Confirmation of signature ad referendum               not an act: kept as a note
 *                                                           (XIV-7: it confirms the
 *                                                           signature already dated;
 *                                                           a second signature would
 *                                                           be a contradiction)
 *   Signature by non-regional members under Section ...   signature
 *   Ratification, Ratification of the Convention ...      ratification
 *   Definitive signature, Definitive signature of the     ratification: consent to
 *     Protocol, Definitive signature or acceptance of       be bound without another
 *     the Protocol, Definitive signature or participation   instrument. inforce.h has
 *     in ..., Confirmation of signature (XIV-7-a),          no kind of its own for it;
 *     Consent to be bound, Simplified procedure             `label` says which it was
 *     (XXI-6-a, art. 5), Participation, Participation       so the integrator can
 *     under/by virtue of/in ... (X-2-b, X-4, X-7,           relabel
 *     X-7-b, VI-18, XXV-2-a, XVIII-2)
 *   Acceptance, Acceptance of the Protocol, Definitive    acceptance
 *     acceptance, Acceptance ipso facto by virtue of ...
 *   Approval                                              approval
 *   Accession, Accession to the Convention/Agreement ...  accession
 *   Succession, Succession to the Convention/Protocol/    succession
 *     Agreement ..., Notification in respect of the
 *     Agreement as amended (VI-3, marked "d")
 *   Formal confirmation                                   formal_confirmation
 *   Provisional application, ... under article 23, ...    provisional_application
 *     of the Agreement as amended and extended, ... by
 *     virtue of signature/of a notification, Undertaking
 *     of provisional application ..., Provisional
 *     acceptance, Provisional acceptance/accession
 *   Application (III-2-x: applying the Convention to a    not an act: each cell is
 *     specialized agency), Extension (II-1), Notification   kept as a UNTC_NOTE_OTHER
 *     under article 25, Notification under article    note with the legend as
 *     21 (1) (XIV-7), Notification of non-provisional       its column, and counted
 *     application under article 7 (1) (b) (XXI-6-a)         in other_cells
 *
 * SpecialTables (notifications, contributions, the CCW's protocols ticked "x", the
 * 1925 Opium Convention's schedule in "May 5, 1944" form...) have free headers and
 * free cells: each non-empty cell is kept as a UNTC_NOTE_OTHER note with its header,
 * and the rows count in `rows`. The League of Nations tables (LON) likewise, one note
 * per element, with the state it follows.
 *
 * End notes. Each is kept whole as a UNTC_NOTE_ENDNOTE. Then each sentence of it is
 * read for:
 *   withdrawal: "decided to withdraw from", "decision to withdraw from", "notifying
 *     its withdrawal from", "withdraws/withdrew from the", "notification(s) of
 *     withdrawal", "of its withdrawal from", "decided/decision to denounce",
 *     "denounced the", "denouncing the/this", "notification/instrument(s) of
 *     denunciation", "its denunciation of" - and not about a reservation,
 *     declaration, objection or suspension. The act is a WITHDRAWAL, labelled
 *     "withdrawal" or "denunciation";
 *   rescission: "withdraw(ew) its notification of withdrawal/denunciation",
 *     "suspend the withdrawal", "rescind", "revoke": flags the withdrawal it names by
 *     date (else the participant's latest in the note) `rescinded`;
 *   succession: "of its succession to the", "succeeded to the Convention/Protocol/
 *     Agreement" - not "not to succeed", "not having", nor about a reservation or
 *     declaration;
 *   territorial exclusion: "territorial exclusion", "shall/should not apply to",
 *     "shall not extend to", "will not extend the", "does not until further notice
 *     apply" - not about a reservation, and (but for the first phrase) not about an
 *     article or provision. It becomes a UNTC_NOTE_TERRITORIAL note with the
 *     participant, the note's index and its whole text, unless the same note says
 *     the exclusion was withdrawn (Denmark, IV-11-c note 3).
 * A withdrawal or succession takes the first date in its sentence (the day the
 * notification was received or made; "On 26 May 1998, ... with effect from 26 August
 * 1998" gives 26 May 1998). The participant is the one row that cites the note, if
 * the sentence names it (in full, or as "Bolivia", "United Kingdom") or names no
 * Government, Republic or Kingdom at all ("the Government notified..."); when no row
 * or several cite the note, it is the one participant of the tables (among those
 * citing it) the sentence names. A note that announces withdrawals and carries a
 * table ("Participant: | Date of notification: | Date of effect:") gives one
 * withdrawal per row, at its notification date, named as the table names it. The
 * same act stated in two notes is recorded once. A sentence in one of these forms
 * whose participant or date cannot be told is counted in note_unresolved and stays
 * in the note's text only ("the Republic of Viet-Nam succeeded..." in a note that
 * Cambodia cites; a convention other than this one).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "untc.h"

#define PARSE_OPTIONS \
	(XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES)
#define MAX_ITEMS 12  /* items in one legend; the most met is 7 */
#define K_NOT_ACT (-1)

/* ------------------------------------------------------------------ small text helpers */

static int is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_alnum(int c)
{
	return is_digit(c) || is_alpha(c);
}

static int is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int to_lower(int c)
{
	return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
}

/* First occurrence of needle in hay[0..n), case-sensitive or ASCII-case-insensitive. */
static const char *find_mem(const char *hay, size_t n, const char *needle, int icase)
{
	size_t k = strlen(needle);
	if (k == 0 || k > n)
		return NULL;
	for (size_t i = 0; i + k <= n; i++) {
		size_t j = 0;
		if (icase)
			while (j < k && to_lower((unsigned char)hay[i + j]) ==
					to_lower((unsigned char)needle[j]))
				j++;
		else
			while (j < k && hay[i + j] == needle[j])
				j++;
		if (j == k)
			return hay + i;
	}
	return NULL;
}

static const char *find_ci(const char *s, const char *needle)
{
	return find_mem(s, strlen(s), needle, 1);
}

static int starts_with_ci(const char *s, const char *prefix)
{
	while (*prefix && to_lower((unsigned char)*s) == to_lower((unsigned char)*prefix))
		s++, prefix++;
	return *prefix == '\0';
}

static long line_at(const char *buf, const char *p)
{
	long line = 1;
	for (const char *q = buf; q < p; q++)
		if (*q == '\n')
			line++;
	return line;
}

/* A growable NUL-terminated string; `oom` sticks once an allocation failed. */
struct sbuf {
	char *s;
	size_t len, cap;
	int oom;
};

static void sb_add(struct sbuf *b, const char *s, size_t n)
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

static void sb_str(struct sbuf *b, const char *s)
{
	sb_add(b, s, strlen(s));
}

static void sb_reset(struct sbuf *b)
{
	b->len = 0;
	if (b->s)
		b->s[0] = '\0';
}

static const char *sb_cstr(const struct sbuf *b)
{
	return b->s ? b->s : "";
}

/* Width in bytes of a whitespace character at s (ASCII space, U+00A0, U+2002), or 0. */
static size_t space_width(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	if (is_space(u[0]))
		return 1;
	if (u[0] == 0xC2 && u[1] == 0xA0)
		return 2;
	if (u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x82)
		return 3;
	return 0;
}

/* s[0..n) with runs of whitespace made one space, and trimmed, into the pool. */
static char *pool_clean(struct pool *p, const char *s, size_t n)
{
	char *d = pool_alloc(p, n + 1);
	if (!d)
		return NULL;
	size_t o = 0;
	int pending = 0;
	for (size_t i = 0; i < n;) {
		size_t w = space_width(s + i);
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

/* s with leading and trailing ASCII whitespace removed, into the pool. */
static char *pool_trim(struct pool *p, const char *s)
{
	size_t n = strlen(s);
	while (n && is_space((unsigned char)s[n - 1]))
		n--;
	while (n && is_space((unsigned char)*s))
		s++, n--;
	return pool_strndup(p, s, n);
}

/* ------------------------------------------------------------------ 1. bytes to UTF-8 */

/* At p (an '&'), does a character or entity reference start? */
static int is_reference(const unsigned char *p, const unsigned char *end)
{
	const unsigned char *q = p + 1;
	if (q < end && *q == '#') {
		q++;
		int hex = q < end && *q == 'x';
		if (hex)
			q++;
		const unsigned char *start = q;
		while (q < end && (is_digit(*q) ||
				   (hex && ((*q >= 'a' && *q <= 'f') || (*q >= 'A' && *q <= 'F')))))
			q++;
		return q > start && q < end && *q == ';';
	}
	if (q >= end || !(is_alpha(*q) || *q == '_' || *q == ':' || *q >= 0x80))
		return 0;
	while (q < end && (is_alnum(*q) || *q == '_' || *q == ':' || *q == '.' || *q == '-' ||
			   *q >= 0x80))
		q++;
	return q < end && *q == ';';
}

static int check_declaration(const char *buf, size_t len, const char *file, size_t *decl_len,
			     inforce_error *err)
{
	if (len < 5 || memcmp(buf, "<?xml", 5) != 0)
		return ifc_fail(err, INFORCE_EINPUT, file, 1, NULL,
				"no XML declaration: an MTDSG file starts with "
				"<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>");
	const char *end = find_mem(buf, len, "?>", 0);
	if (!end)
		return ifc_fail(err, INFORCE_EINPUT, file, 1, NULL,
				"the XML declaration is not closed");
	size_t dlen = (size_t)(end - buf) + 2;
	const char *enc = find_mem(buf, dlen, "encoding", 0);
	if (!enc)
		return ifc_fail(err, INFORCE_EINPUT, file, 1, NULL,
				"the XML declaration names no encoding: MTDSG files are "
				"iso-8859-1 and say so");
	const char *p = enc + 8;
	while (p < end && (is_space((unsigned char)*p) || *p == '='))
		p++;
	char quote = p < end ? *p : '\0';
	const char *v = p + 1, *ve = v;
	if (quote == '"' || quote == '\'')
		while (ve < end && *ve != quote)
			ve++;
	if ((quote != '"' && quote != '\'') || ve >= end)
		return ifc_fail(err, INFORCE_EINPUT, file, 1, NULL,
				"malformed encoding in the XML declaration");
	size_t vlen = (size_t)(ve - v);
	if (!(vlen == 10 && find_mem(v, vlen, "iso-8859-1", 1) == v) &&
	    !(vlen == 6 && find_mem(v, vlen, "latin1", 1) == v))
		return ifc_fail(err, INFORCE_EINPUT, file, 1, NULL,
				"declares encoding '%.*s': MTDSG files are iso-8859-1",
				(int)(vlen > 40 ? 40 : vlen), v);
	*decl_len = dlen;
	return 0;
}

/* Refuses a DOCTYPE that declares entities or names an external DTD. */
static int check_doctype(const char *buf, size_t len, const char *file, inforce_error *err)
{
	const char *dt = find_mem(buf, len, "<!DOCTYPE", 0);
	if (!dt)
		return 0;
	long line = line_at(buf, dt);
	const char *ent = find_mem(buf, len, "<!ENTITY", 0);
	if (ent)
		return ifc_fail(err, INFORCE_EINPUT, file, line_at(buf, ent), NULL,
				"the DOCTYPE declares entities: refused (entity expansion and "
				"external entities; MTDSG files have none)");
	const char *p = dt + 9, *end = buf + len;
	while (p < end && is_space((unsigned char)*p))
		p++;
	while (p < end && !is_space((unsigned char)*p) && *p != '>' && *p != '[')
		p++;
	while (p < end && is_space((unsigned char)*p))
		p++;
	if ((size_t)(end - p) >= 6 && (memcmp(p, "SYSTEM", 6) == 0 || memcmp(p, "PUBLIC", 6) == 0))
		return ifc_fail(err, INFORCE_EINPUT, file, line, NULL,
				"the DOCTYPE names an external DTD: refused (MTDSG files have "
				"none)");
	return 0;
}

int untc_to_utf8(const char *buf, size_t len, const char *file, char **out, size_t *outlen,
		 struct untc_repairs *rep, inforce_error *err)
{
	static const char decl[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
	const unsigned char *u = (const unsigned char *)buf;
	*out = NULL;
	*outlen = 0;
	memset(rep, 0, sizeof *rep);
	if (len == 0)
		return ifc_fail(err, INFORCE_EINPUT, file, 0, NULL, "empty file");
	if (len > UNTC_MAX_BYTES)
		return ifc_fail(err, INFORCE_EINPUT, file, 0, NULL,
				"file of %zu bytes is larger than the limit of %zu", len,
				(size_t)UNTC_MAX_BYTES);
	if (find_mem(buf, len, "urgent maintenance", 1) &&
	    find_mem(buf, len, "currently unavailable", 1))
		return ifc_fail(err, INFORCE_EINPUT, file, 0, NULL,
				"this is the UN Treaty Collection's \"urgent maintenance\" page, "
				"not a status file: download it again");
	if (len >= 2 && ((u[0] == 0xFE && u[1] == 0xFF) || (u[0] == 0xFF && u[1] == 0xFE)))
		return ifc_fail(err, INFORCE_EINPUT, file, 1, NULL,
				"UTF-16 text (byte order mark): MTDSG files are ISO-8859-1");
	if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
		return ifc_fail(err, INFORCE_EINPUT, file, 1, NULL,
				"UTF-8 byte order mark: MTDSG files are ISO-8859-1");
	const char *nul = memchr(buf, '\0', len);
	if (nul)
		return ifc_fail(err, INFORCE_EINPUT, file, line_at(buf, nul), NULL,
				"NUL byte at offset %zu: not ISO-8859-1 text (UTF-16?)",
				(size_t)(nul - buf));
	size_t dlen = 0;
	if (check_declaration(buf, len, file, &dlen, err) || check_doctype(buf, len, file, err))
		return -1;

	/* Worst case: every byte becomes three. */
	char *o = malloc(sizeof decl + dlen + len * 3 + 1);
	if (!o)
		return ifc_fail(err, INFORCE_ERUNTIME, file, 0, NULL, "out of memory");
	size_t n = sizeof decl - 1;
	memcpy(o, decl, n);
	for (size_t i = 0; i < dlen; i++)
		if (buf[i] == '\n')
			o[n++] = '\n';
	const char *literal_end = NULL; /* inside a comment, CDATA section or PI */
	const unsigned char *end = u + len;
	for (const unsigned char *p = u + dlen; p < end; p++) {
		unsigned c = *p;
		if (literal_end) {
			size_t k = strlen(literal_end);
			if ((size_t)(end - p) >= k && memcmp(p, literal_end, k) == 0) {
				memcpy(o + n, p, k);
				n += k;
				p += k - 1;
				literal_end = NULL;
				continue;
			}
		} else if (c == '<') {
			size_t left = (size_t)(end - p);
			if (left >= 4 && memcmp(p, "<!--", 4) == 0)
				literal_end = "-->";
			else if (left >= 9 && memcmp(p, "<![CDATA[", 9) == 0)
				literal_end = "]]>";
			else if (left >= 2 && p[1] == '?')
				literal_end = "?>";
		}
		const char *rep3 = NULL;
		switch (c) {
		case 0x1C: rep3 = "\xE2\x80\x9C"; rep->quotes++; break;
		case 0x1D: rep3 = "\xE2\x80\x9D"; rep->quotes++; break;
		case 0x18: rep3 = "\xE2\x80\x98"; rep->single_quotes++; break;
		case 0x19: rep3 = "\xE2\x80\x99"; rep->single_quotes++; break;
		case 0x13: rep3 = "\xE2\x80\x93"; rep->dashes++; break;
		case 0x02: rep3 = "\xE2\x80\x82"; rep->spaces++; break;
		case '&':
			if (!literal_end && !is_reference(p, end)) {
				rep3 = "\xE2\x80\xA6";
				rep->ellipses++;
			}
			break;
		default:
			break;
		}
		if (rep3) {
			memcpy(o + n, rep3, 3);
			n += 3;
		} else if (c < 0x80) {
			o[n++] = (char)c;
		} else {
			o[n++] = (char)(0xC0 | (c >> 6));
			o[n++] = (char)(0x80 | (c & 0x3F));
		}
	}
	o[n] = '\0';
	*out = o;
	*outlen = n;
	return 0;
}

/* ------------------------------------------------------------------ dates */

static const char *const month_abbr[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
					   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
static const char *const month_full[12] = {"January", "February", "March", "April",
					   "May", "June", "July", "August", "September",
					   "October", "November", "December"};

/* Month name at s (full, or the three-letter form, or "Sept"), its length in *n. */
static int month_at(const char *s, size_t *n)
{
	size_t k = 0;
	while (is_alpha((unsigned char)s[k]))
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

/* "D Month YYYY" at s (the day not preceded by a digit is the caller's concern).
 * Fills y/m/d and returns the length matched, or 0. */
static size_t date_at(const char *s, int *y, int *m, int *d)
{
	size_t i = 0;
	int day = 0;
	while (is_digit((unsigned char)s[i]) && i < 2)
		day = day * 10 + (s[i++] - '0');
	if (i == 0 || is_digit((unsigned char)s[i]) || s[i] != ' ')
		return 0;
	while (s[i] == ' ')
		i++;
	size_t mlen;
	int mon = month_at(s + i, &mlen);
	if (!mon)
		return 0;
	i += mlen;
	if (s[i] == '.')
		i++;
	while (s[i] == ' ')
		i++;
	int year = 0;
	size_t ys = i;
	while (is_digit((unsigned char)s[i]) && i - ys < 4)
		year = year * 10 + (s[i++] - '0');
	if (i - ys != 4 || is_digit((unsigned char)s[i]))
		return 0;
	*y = year;
	*m = mon;
	*d = day;
	return i;
}

/* The first "D Month YYYY" in s[0..n), or NULL. */
static const char *first_date(const char *s, size_t n, int *y, int *m, int *d, size_t *mlen)
{
	for (size_t i = 0; i < n; i++) {
		if (!is_digit((unsigned char)s[i]) || (i > 0 && is_alnum((unsigned char)s[i - 1])))
			continue;
		size_t k = date_at(s + i, y, m, d);
		if (k && i + k <= n) {
			*mlen = k;
			return s + i;
		}
	}
	return NULL;
}

/* A table cell: "[ 9 Apr 2013 a ]". 0 ok; -1 if not that shape. */
static int cell_date(const char *s, int *y, int *m, int *d, char mark[4], int *bracketed)
{
	size_t i = 0;
	*bracketed = s[0] == '[';
	if (*bracketed)
		i++;
	while (s[i] == ' ')
		i++;
	int mon = 0, day = 0, year = 0;
	size_t k = 0;
	while (is_digit((unsigned char)s[i + k]) && k < 2)
		day = day * 10 + (s[i + k++] - '0');
	if (k == 0 || s[i + k] != ' ')
		return -1;
	i += k;
	while (s[i] == ' ')
		i++;
	for (int j = 0; j < 12; j++)
		if (strncmp(s + i, month_abbr[j], 3) == 0 && s[i + 3] == ' ')
			mon = j + 1;
	if (!mon)
		return -1;
	i += 3;
	while (s[i] == ' ')
		i++;
	for (k = 0; k < 4; k++) {
		if (!is_digit((unsigned char)s[i + k]))
			return -1;
		year = year * 10 + (s[i + k] - '0');
	}
	i += 4;
	if (s[i] != '\0' && s[i] != ' ' && s[i] != ']')
		return -1;
	while (s[i] == ' ')
		i++;
	k = 0;
	while (is_alpha((unsigned char)s[i]) && k < 3)
		mark[k++] = s[i++];
	mark[k] = '\0';
	if (is_alpha((unsigned char)s[i]))
		return -1;
	while (s[i] == ' ')
		i++;
	if (*bracketed) {
		if (s[i] != ']')
			return -1;
		i++;
		while (s[i] == ' ')
			i++;
	}
	if (s[i] != '\0')
		return -1;
	*y = year;
	*m = mon;
	*d = day;
	return 0;
}

/* ------------------------------------------------------------------ legends */

struct phrase {
	const char *text;
	int kind; /* enum inforce_act_kind, or K_NOT_ACT */
};

/* Every legend item met in the 2018 snapshot; the table at the top explains it. */
static const struct phrase phrases[] = {
	{"Signature", INFORCE_ACT_SIGNATURE},
	{"Signature ad referendum", INFORCE_ACT_SIGNATURE},
	{"Succession to signature", INFORCE_ACT_SIGNATURE},
	{"Confirmation of signature ad referendum", K_NOT_ACT},
	{"Signature by non-regional members under Section 3 (c) (i) of resolution 07-79",
	 INFORCE_ACT_SIGNATURE},
	{"Ratification", INFORCE_ACT_RATIFICATION},
	{"Ratification of the Convention as amended", INFORCE_ACT_RATIFICATION},
	{"Ratification of the Convention and the Protocol", INFORCE_ACT_RATIFICATION},
	{"Ratification of the Convention as amended by the Protocol", INFORCE_ACT_RATIFICATION},
	{"Ratification of the Agreement as amended by the Protocol", INFORCE_ACT_RATIFICATION},
	{"Definitive signature", INFORCE_ACT_RATIFICATION},
	{"Definitive signature of the Protocol", INFORCE_ACT_RATIFICATION},
	{"Definitive signature or acceptance of the Protocol", INFORCE_ACT_RATIFICATION},
	{"Definitive signature or participation in the Convention and the Protocol",
	 INFORCE_ACT_RATIFICATION},
	{"Confirmation of signature", INFORCE_ACT_RATIFICATION},
	{"Consent to be bound", INFORCE_ACT_RATIFICATION},
	{"Simplified procedure", INFORCE_ACT_RATIFICATION},
	{"Participation", INFORCE_ACT_RATIFICATION},
	{"Participation under articles 3 (2) and (3)", INFORCE_ACT_RATIFICATION},
	{"Participation by virtue of accession to the Protocol of 11 April 1980",
	 INFORCE_ACT_RATIFICATION},
	{"Participation under article XI of the Protocol of 11 April 1980",
	 INFORCE_ACT_RATIFICATION},
	{"Participation in the Convention by virtue of ratification, accession or succession "
	 "to the Protocol of 25 March 1972 or to the 1961 Convention after the entry into "
	 "force of the Protocol", INFORCE_ACT_RATIFICATION},
	{"Participation in the Agreement as amended under paragraph 4 of resolution 05-79 and "
	 "paragraph 1 of article 60 of the unamended Agreement", INFORCE_ACT_RATIFICATION},
	{"Acceptance", INFORCE_ACT_ACCEPTANCE},
	{"Acceptance of the Protocol", INFORCE_ACT_ACCEPTANCE},
	{"Definitive acceptance", INFORCE_ACT_ACCEPTANCE},
	{"Acceptance ipso facto by virtue of article 10 (1) of the Convention of 12 September "
	 "1923, as amended", INFORCE_ACT_ACCEPTANCE},
	{"Approval", INFORCE_ACT_APPROVAL},
	{"Accession", INFORCE_ACT_ACCESSION},
	{"Accession to the Convention as amended", INFORCE_ACT_ACCESSION},
	{"Accession to the Convention as amended by the Protocol", INFORCE_ACT_ACCESSION},
	{"Accession to the Agreement as amended by the Protocol", INFORCE_ACT_ACCESSION},
	{"Succession", INFORCE_ACT_SUCCESSION},
	{"Succession to the Convention as amended", INFORCE_ACT_SUCCESSION},
	{"Succession to the Convention and the Protocol", INFORCE_ACT_SUCCESSION},
	{"Succession to the Protocol", INFORCE_ACT_SUCCESSION},
	{"Succession to the Agreement and the Protocol", INFORCE_ACT_SUCCESSION},
	{"Succession to the Convention as amended by the Protocol", INFORCE_ACT_SUCCESSION},
	{"Succession to the Agreement as amended by the Protocol", INFORCE_ACT_SUCCESSION},
	{"Notification in respect of the Agreement as amended", INFORCE_ACT_SUCCESSION},
	{"Formal confirmation", INFORCE_ACT_FORMAL_CONFIRMATION},
	{"Provisional application", INFORCE_ACT_PROVISIONAL_APPLICATION},
	{"Provisional application under article 23", INFORCE_ACT_PROVISIONAL_APPLICATION},
	{"Provisional application of the Agreement as amended and extended",
	 INFORCE_ACT_PROVISIONAL_APPLICATION},
	{"Provisional application by virtue of signature, adoption of the Agreement or "
	 "accession thereto", INFORCE_ACT_PROVISIONAL_APPLICATION},
	{"Provisional application by virtue of a notification",
	 INFORCE_ACT_PROVISIONAL_APPLICATION},
	{"Undertaking of provisional application in accordance with article 31",
	 INFORCE_ACT_PROVISIONAL_APPLICATION},
	{"Provisional acceptance", INFORCE_ACT_PROVISIONAL_APPLICATION},
	{"Provisional acceptance/accession", INFORCE_ACT_PROVISIONAL_APPLICATION},
	{"Application", K_NOT_ACT},
	{"Extension", K_NOT_ACT},
	{"Notification under article 25", K_NOT_ACT},
	{"Notification under article 21 (1)", K_NOT_ACT},
	{"Notification of non-provisional application under article 7 (1) (b)", K_NOT_ACT},
};

struct item {
	const char *label;
	char mark[4];
	int kind;
};

/* What a cell with a given mark means in one column. */
struct meaning {
	char mark[4];
	int kind;            /* of the first item selected */
	int ambiguous;
	const char *label;   /* pool string */
};

struct colspec {
	const char *legend;  /* pool string, markers removed */
	int is_act;          /* some item is an act */
	int nitems, nmeanings;
	struct item items[MAX_ITEMS];
	struct meaning meanings[MAX_ITEMS + 1];
};

/* After a phrase at q: an optional " (m)" or "(m)" mark, then the end or ", ".
 * Returns where the next item starts (or the terminating NUL), NULL if neither. */
static const char *item_tail(const char *q, char mark[4])
{
	mark[0] = '\0';
	const char *r = q;
	if (r[0] == ' ' && r[1] == '(')
		r++;
	if (r[0] == '(') {
		size_t k = 0;
		r++;
		while (is_alpha((unsigned char)r[k]) && k < 3)
			k++;
		if (k == 0 || r[k] != ')')
			return NULL;
		memcpy(mark, r, k);
		mark[k] = '\0';
		q = r + k + 1;
	}
	if (*q == '\0')
		return q;
	if (q[0] == ',' && q[1] == ' ')
		return q + 2;
	return NULL;
}

static int legend_parse(struct colspec *cs, const char *legend, struct pool *pool,
			const char *file, long line, inforce_error *err)
{
	memset(cs, 0, sizeof *cs);
	cs->legend = legend;
	const char *p = legend;
	while (*p) {
		const struct phrase *best = NULL;
		const char *best_next = NULL;
		char best_mark[4] = "";
		for (size_t i = 0; i < IFC_ARRAY_LEN(phrases); i++) {
			size_t k = strlen(phrases[i].text);
			if (strncmp(p, phrases[i].text, k) != 0 ||
			    (best && k <= strlen(best->text)))
				continue;
			char mark[4];
			const char *next = item_tail(p + k, mark);
			if (next) {
				best = &phrases[i];
				best_next = next;
				snprintf(best_mark, sizeof best_mark, "%s", mark);
			}
		}
		if (!best)
			return ifc_fail(err, INFORCE_EINPUT, file, line, "legend",
					"unknown column legend '%s' (no known item at '%s')",
					legend, p);
		if (cs->nitems == MAX_ITEMS)
			return ifc_fail(err, INFORCE_EINPUT, file, line, "legend",
					"column legend '%s' has more than %d items", legend,
					MAX_ITEMS);
		struct item *it = &cs->items[cs->nitems++];
		it->label = best->text;
		it->kind = best->kind;
		snprintf(it->mark, sizeof it->mark, "%s", best_mark);
		if (best->kind != K_NOT_ACT)
			cs->is_act = 1;
		p = best_next;
	}
	if (cs->nitems == 0)
		return ifc_fail(err, INFORCE_EINPUT, file, line, "legend", "empty column legend");

	/* One meaning per distinct mark, and one for "no mark" when some item is unmarked
	 * or the legend has a single item. */
	for (int i = -1; i < cs->nitems; i++) {
		const char *mark = i < 0 ? "" : cs->items[i].mark;
		int seen = 0;
		for (int j = 0; j < cs->nmeanings; j++)
			seen |= strcmp(cs->meanings[j].mark, mark) == 0;
		if (seen)
			continue;
		struct sbuf lab = {0};
		struct meaning *mn = &cs->meanings[cs->nmeanings];
		int n = 0, acts = 0;
		for (int j = 0; j < cs->nitems; j++) {
			const struct item *it = &cs->items[j];
			int sel = strcmp(it->mark, mark) == 0 ||
				  (mark[0] == '\0' && cs->nitems == 1);
			if (!sel)
				continue;
			if (n == 0)
				mn->kind = it->kind;
			else if (it->kind != mn->kind)
				mn->ambiguous = 1;
			acts += it->kind != K_NOT_ACT;
			if (n++)
				sb_str(&lab, " / ");
			sb_str(&lab, it->label);
		}
		if (n == 0) {
			free(lab.s);
			continue;
		}
		if (acts && acts != n) {
			free(lab.s);
			return ifc_fail(err, INFORCE_EINPUT, file, line, "legend",
					"column legend '%s': mark '%s' names both acts and "
					"other notifications", legend, mark);
		}
		snprintf(mn->mark, sizeof mn->mark, "%s", mark);
		mn->label = lab.oom ? NULL : pool_strdup(pool, sb_cstr(&lab));
		free(lab.s);
		if (!mn->label)
			return ifc_fail(err, INFORCE_ERUNTIME, file, line, NULL, "out of memory");
		cs->nmeanings++;
	}
	return 0;
}

static const struct meaning *colspec_meaning(const struct colspec *cs, const char *mark)
{
	for (int i = 0; i < cs->nmeanings; i++)
		if (strcmp(cs->meanings[i].mark, mark) == 0)
			return &cs->meanings[i];
	return NULL;
}

/* ------------------------------------------------------------------ the tree walk */

struct part {
	const char *name, *footnotes;
};

struct parser {
	struct untc_file *f;
	const char *file;
	inforce_error *err;
	struct sbuf sb, fb;  /* scratch: text, footnotes */
	struct vec parts;    /* struct part: every participant row, for the end notes */
};

static int oom(struct parser *ps)
{
	return ifc_fail(ps->err, INFORCE_ERUNTIME, ps->file, 0, NULL, "out of memory");
}

static int is_elem(const xmlNode *n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

static xmlNode *first_child(const xmlNode *n, const char *name)
{
	for (xmlNode *c = n ? n->children : NULL; c; c = c->next)
		if (is_elem(c, name))
			return c;
	return NULL;
}

static xmlNode *next_sibling(const xmlNode *n, const char *name)
{
	for (xmlNode *c = n->next; c; c = c->next)
		if (is_elem(c, name))
			return c;
	return NULL;
}

#define EACH_CHILD(var, parent, name) \
	for (xmlNode *var = first_child(parent, name); var; var = next_sibling(var, name))

static long node_line(const xmlNode *n)
{
	return xmlGetLineNo(n);
}

/* Appends the text of n's descendants; a <superscript> element is written in the
 * escaped form the files use, so both forms are handled alike. */
static void text_of(const xmlNode *n, struct sbuf *b)
{
	for (const xmlNode *c = n->children; c; c = c->next) {
		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
			if (c->content)
				sb_str(b, (const char *)c->content);
		} else if (c->type == XML_ELEMENT_NODE) {
			int sup = strcmp((const char *)c->name, "superscript") == 0;
			if (sup)
				sb_str(b, "<superscript>");
			text_of(c, b);
			if (sup)
				sb_str(b, "</superscript>");
		}
	}
}

/* The text of n, trimmed, in the pool ("" for NULL). */
static const char *node_str(struct parser *ps, const xmlNode *n)
{
	if (!n)
		return "";
	sb_reset(&ps->sb);
	text_of(n, &ps->sb);
	if (ps->sb.oom)
		return NULL;
	return pool_trim(&ps->f->pool, sb_cstr(&ps->sb));
}

/* The text of n with whitespace runs made single spaces (NULL on out of memory). */
static const char *node_clean(struct parser *ps, const xmlNode *n)
{
	if (!n)
		return "";
	sb_reset(&ps->sb);
	text_of(n, &ps->sb);
	if (ps->sb.oom)
		return NULL;
	return pool_clean(&ps->f->pool, sb_cstr(&ps->sb), ps->sb.len);
}

/* Moves the footnote markers "<superscript>1,4</superscript>" out of s: the clean text
 * (whitespace collapsed, trailing commas and spaces removed) into *clean, the markers
 * ("1,4") appended to ps->fb. Superscripts that are not numbers stay in the text. */
static int strip_markers(struct parser *ps, const char *s, const char **clean)
{
	static const char open[] = "<superscript>", close[] = "</superscript>";
	struct sbuf *b = &ps->sb;
	sb_reset(b);
	while (*s) {
		const char *o = strstr(s, open);
		if (!o) {
			sb_str(b, s);
			break;
		}
		const char *in = o + sizeof open - 1;
		const char *c = strstr(in, close);
		int numeric = c != NULL && c > in;
		for (const char *q = in; numeric && q < c; q++)
			numeric = is_digit((unsigned char)*q) || *q == ',' || *q == ' ';
		if (!numeric) {
			sb_add(b, s, (size_t)(in - s));
			s = in;
			continue;
		}
		sb_add(b, s, (size_t)(o - s));
		for (const char *q = in; q < c;) {
			while (q < c && (*q == ' ' || *q == ','))
				q++;
			const char *t = q;
			while (q < c && is_digit((unsigned char)*q))
				q++;
			if (q == t)
				continue;
			if (ps->fb.len)
				sb_add(&ps->fb, ",", 1);
			sb_add(&ps->fb, t, (size_t)(q - t));
		}
		s = c + sizeof close - 1;
	}
	if (b->oom || ps->fb.oom)
		return -1;
	size_t n = b->len;
	while (n && (is_space((unsigned char)b->s[n - 1]) || b->s[n - 1] == ','))
		n--;
	*clean = pool_clean(&ps->f->pool, sb_cstr(b), n);
	return *clean ? 0 : -1;
}

static int add_note(struct parser *ps, enum untc_note_kind kind, const char *participant,
		    const char *index, const char *text, const char *column, long line)
{
	struct untc_note *nt = vec_push(&ps->f->notes);
	if (!nt)
		return oom(ps);
	nt->kind = kind;
	nt->participant = participant;
	nt->index = index ? index : "";
	nt->text = text;
	nt->column = column ? column : "";
	nt->line = line;
	return 0;
}

static int add_part(struct parser *ps, const char *name, const char *footnotes)
{
	struct part *pt = vec_push(&ps->parts);
	if (!pt)
		return oom(ps);
	pt->name = name;
	pt->footnotes = footnotes;
	return 0;
}

/* A participant name cell: clean name and footnotes into the pool. */
static int name_cell(struct parser *ps, const xmlNode *n, const char **name, const char **foot)
{
	const char *raw = node_str(ps, n);
	if (!raw)
		return oom(ps);
	sb_reset(&ps->fb);
	if (strip_markers(ps, raw, name))
		return oom(ps);
	*foot = pool_strdup(&ps->f->pool, sb_cstr(&ps->fb));
	return *foot ? 0 : oom(ps);
}

static int add_legend(struct parser *ps, const char *legend)
{
	struct vec *v = &ps->f->legends;
	for (size_t i = 0; i < v->len; i++)
		if (strcmp(*VEC_AT(v, const char *, i), legend) == 0)
			return 0;
	const char **slot = vec_push(v);
	if (!slot)
		return oom(ps);
	*slot = legend;
	return 0;
}

/* One non-empty cell of a Participants table. */
static int act_cell(struct parser *ps, const struct colspec *cs, const char *participant,
		    const char *name_foot, const xmlNode *cell, const char *raw)
{
	struct untc_file *f = ps->f;
	long line = node_line(cell);
	f->cells++;
	if (!cs->is_act) {
		f->other_cells++;
		return add_note(ps, UNTC_NOTE_OTHER, participant, "", raw, cs->legend, line);
	}
	const char *clean;
	sb_reset(&ps->fb);
	sb_str(&ps->fb, name_foot);
	if (strip_markers(ps, raw, &clean))
		return oom(ps);
	int y, m, d, bracketed;
	char mark[4];
	if (cell_date(clean, &y, &m, &d, mark, &bracketed))
		return ifc_fail(ps->err, INFORCE_EINPUT, ps->file, line, "date",
				"'%s' (column '%s') is not a date in the form "
				"'9 Apr 2013', with an optional mark", raw, cs->legend);
	if (!inforce_date_valid(y, m, d))
		return ifc_fail(ps->err, INFORCE_EINPUT, ps->file, line, "date",
				"'%s' is not a real date", raw);
	const struct meaning *mn = colspec_meaning(cs, mark);
	if (!mn)
		return ifc_fail(ps->err, INFORCE_EINPUT, ps->file, line, "mark",
				"'%s': the column legend '%s' defines no %s%s%s", raw,
				cs->legend, mark[0] ? "mark '" : "unmarked item", mark,
				mark[0] ? "'" : "");
	if (mn->kind == K_NOT_ACT) {
		f->other_cells++;
		return add_note(ps, UNTC_NOTE_OTHER, participant, "", raw, cs->legend, line);
	}
	struct untc_act *a = vec_push(&f->acts);
	if (!a)
		return oom(ps);
	a->participant = participant;
	a->footnotes = pool_strdup(&f->pool, sb_cstr(&ps->fb));
	a->kind = (enum inforce_act_kind)mn->kind;
	a->date = inforce_date_from_ymd(y, m, d);
	a->bracketed = bracketed;
	a->column = cs->legend;
	a->label = mn->label;
	a->mark = pool_strdup(&f->pool, mark);
	a->ambiguous = mn->ambiguous;
	a->raw = raw;
	a->line = line;
	a->effective = INFORCE_DAY_NONE;
	return a->footnotes && a->mark ? 0 : oom(ps);
}

static int participants_table(struct parser *ps, const xmlNode *table)
{
	struct untc_file *f = ps->f;
	EACH_CHILD(t, table, "Title") {
		const char *s = node_str(ps, t);
		if (!s)
			return oom(ps);
		if (*s && add_note(ps, UNTC_NOTE_OTHER, NULL, "", s, "Participants/Title",
				   node_line(t)))
			return -1;
	}
	EACH_CHILD(tg, table, "TGroup") {
		xmlNode *hrow = first_child(first_child(tg, "Thead"), "Row");
		if (!hrow)
			return ifc_fail(ps->err, INFORCE_EINPUT, ps->file, node_line(tg), "Thead",
					"participant table without a header row");
		int ncols = 0;
		EACH_CHILD(e, hrow, "Entry")
			ncols++;
		struct colspec *cols = calloc((size_t)ncols, sizeof *cols);
		if (!cols)
			return oom(ps);
		int rc = 0, i = 0;
		EACH_CHILD(e, hrow, "Entry") {
			const char *legend, *foot;
			if ((rc = name_cell(ps, e, &legend, &foot)))
				break;
			if (i == 0) {
				if (strcmp(legend, "Participant") != 0) {
					rc = ifc_fail(ps->err, INFORCE_EINPUT, ps->file,
						      node_line(e), "legend",
						      "first column is '%s', not 'Participant'",
						      legend);
					break;
				}
			} else if ((rc = legend_parse(&cols[i], legend, &f->pool, ps->file,
						      node_line(e), ps->err)) ||
				   (rc = add_legend(ps, legend))) {
				break;
			}
			i++;
		}
		xmlNode *rows = first_child(first_child(tg, "Tbody"), "Rows");
		for (xmlNode *row = rows ? rows->children : NULL; !rc && row; row = row->next) {
			if (row->type != XML_ELEMENT_NODE)
				continue;
			if (!is_elem(row, "Row")) {
				rc = ifc_fail(ps->err, INFORCE_EINPUT, ps->file, node_line(row),
					      NULL, "unexpected <%s> among the rows",
					      (const char *)row->name);
				break;
			}
			int n = 0;
			EACH_CHILD(e, row, "Entry")
				n++;
			if (n != ncols) {
				rc = ifc_fail(ps->err, INFORCE_EINPUT, ps->file, node_line(row),
					      NULL, "row of %d cells under a header of %d", n,
					      ncols);
				break;
			}
			xmlNode *e = first_child(row, "Entry");
			const char *name, *foot;
			if ((rc = name_cell(ps, e, &name, &foot)))
				break;
			if (!*name) {
				rc = ifc_fail(ps->err, INFORCE_EINPUT, ps->file, node_line(e),
					      "participant", "row without a participant name");
				break;
			}
			f->rows++;
			if ((rc = add_part(ps, name, foot)))
				break;
			for (i = 1, e = next_sibling(e, "Entry"); !rc && e;
			     i++, e = next_sibling(e, "Entry")) {
				const char *raw = node_str(ps, e);
				if (!raw)
					rc = oom(ps);
				else if (*raw)
					rc = act_cell(ps, &cols[i], name, foot, e, raw);
			}
		}
		free(cols);
		if (rc)
			return rc;
	}
	return 0;
}

/* Titles joined by "\n" (NULL on out of memory, "" when none). */
static const char *joined_children(struct parser *ps, const xmlNode *parent, const char *name)
{
	struct sbuf all = {0};
	EACH_CHILD(t, parent, name) {
		const char *s = node_str(ps, t);
		if (!s) {
			free(all.s);
			return NULL;
		}
		if (!*s)
			continue;
		if (all.len)
			sb_add(&all, "\n", 1);
		sb_str(&all, s);
	}
	const char *r = all.oom ? NULL : pool_strdup(&ps->f->pool, sb_cstr(&all));
	free(all.s);
	return r;
}

static int special_tables(struct parser *ps, const xmlNode *st)
{
	struct untc_file *f = ps->f;
	EACH_CHILD(table, st, "Table") {
		const char *title = joined_children(ps, table, "Title");
		if (!title)
			return oom(ps);
		if (*title && add_note(ps, UNTC_NOTE_OTHER, NULL, "", title, "SpecialTables/Title",
				       node_line(table)))
			return -1;
		const xmlNode *hdr = first_child(table, "TableHeader");
		EACH_CHILD(row, first_child(table, "Rows"), "Row") {
			xmlNode *c = first_child(row, "Column");
			const char *name, *foot;
			if (!c)
				continue;
			if (name_cell(ps, c, &name, &foot))
				return -1;
			f->rows++;
			if (add_part(ps, name, foot))
				return -1;
			xmlNode *h = first_child(hdr, "Title");
			for (c = next_sibling(c, "Column"); c; c = next_sibling(c, "Column")) {
				h = h ? next_sibling(h, "Title") : NULL;
				const char *raw = node_str(ps, c);
				const char *head = h ? node_clean(ps, h) : "";
				if (!raw || !head)
					return oom(ps);
				if (!*raw)
					continue;
				f->cells++;
				f->other_cells++;
				if (add_note(ps, UNTC_NOTE_OTHER, *name ? name : NULL, "", raw,
					     head, node_line(c)))
					return -1;
			}
		}
	}
	return 0;
}

/* League of Nations tables: a flat run of State.no.link, Ratification.date, Para... */
static int lon_tables(struct parser *ps, const xmlNode *lon)
{
	EACH_CHILD(table, lon, "Table") {
		for (xmlNode *blk = table->children; blk; blk = blk->next) {
			if (blk->type != XML_ELEMENT_NODE)
				continue;
			const char *state = NULL;
			int leaf = blk->children == NULL ||
				   (blk->children->next == NULL && blk->children->type != XML_ELEMENT_NODE);
			for (xmlNode *c = leaf ? blk : blk->children; c; c = leaf ? NULL : c->next) {
				if (c->type != XML_ELEMENT_NODE)
					continue;
				const char *s = node_str(ps, c);
				if (!s)
					return oom(ps);
				if (!*s)
					continue;
				if (strcmp((const char *)c->name, "State.no.link") == 0) {
					const char *foot;
					if (name_cell(ps, c, &state, &foot))
						return -1;
				}
				sb_reset(&ps->sb);
				sb_str(&ps->sb, "LON/");
				sb_str(&ps->sb, (const char *)blk->name);
				if (!leaf) {
					sb_str(&ps->sb, "/");
					sb_str(&ps->sb, (const char *)c->name);
				}
				const char *col = ps->sb.oom ? NULL
						: pool_strdup(&ps->f->pool, sb_cstr(&ps->sb));
				if (!col)
					return oom(ps);
				if (add_note(ps, UNTC_NOTE_OTHER, state, "", s, col, node_line(c)))
					return -1;
			}
		}
	}
	return 0;
}

/* Declarations, Objections, Notifications...: <X><Participant/><text/>...</X>. */
static int participant_notes(struct parser *ps, const xmlNode *sect, const char *elem,
			     enum untc_note_kind kind, const char *column)
{
	EACH_CHILD(d, sect, elem) {
		const char *name = NULL, *foot;
		xmlNode *p = first_child(d, "Participant");
		if (p && name_cell(ps, p, &name, &foot))
			return -1;
		const char *text = joined_children(ps, d, "text");
		if (!text)
			return oom(ps);
		if (add_note(ps, kind, name && *name ? name : NULL, "", text, column,
			     node_line(d)))
			return -1;
	}
	return 0;
}

static int territorial_applications(struct parser *ps, const xmlNode *sect)
{
	EACH_CHILD(a, sect, "Application") {
		const char *name = NULL, *foot;
		xmlNode *p = first_child(a, "Participant");
		if (p && name_cell(ps, p, &name, &foot))
			return -1;
		const char *date = node_clean(ps, first_child(a, "DateNotification"));
		const char *terr = date ? node_str(ps, first_child(a, "Territories")) : NULL;
		if (!terr)
			return oom(ps);
		sb_reset(&ps->sb);
		sb_str(&ps->sb, date);
		sb_str(&ps->sb, ": ");
		sb_str(&ps->sb, terr);
		const char *text = ps->sb.oom ? NULL : pool_strdup(&ps->f->pool, sb_cstr(&ps->sb));
		if (!text)
			return oom(ps);
		if (add_note(ps, UNTC_NOTE_TERRITORIAL, name && *name ? name : NULL, "", text,
			     "TerritorialApplications", node_line(a)))
			return -1;
	}
	return 0;
}

/* An end note's text: its <text> paragraphs and <table> rows, in document order. */
static const char *endnote_text(struct parser *ps, const xmlNode *note)
{
	struct sbuf all = {0};
	for (const xmlNode *c = note->children; c; c = c->next) {
		if (is_elem(c, "text")) {
			const char *s = node_str(ps, c);
			if (!s)
				goto fail;
			if (!*s)
				continue;
			if (all.len)
				sb_add(&all, "\n", 1);
			sb_str(&all, s);
		} else if (is_elem(c, "table")) {
			EACH_CHILD(row, c, "row") {
				if (all.len)
					sb_add(&all, "\n", 1);
				int k = 0;
				EACH_CHILD(col, row, "col") {
					const char *s = node_clean(ps, col);
					if (!s)
						goto fail;
					if (k++)
						sb_str(&all, " | ");
					sb_str(&all, s);
				}
			}
		}
	}
	const char *r = all.oom ? NULL : pool_strdup(&ps->f->pool, sb_cstr(&all));
	free(all.s);
	return r;
fail:
	free(all.s);
	return NULL;
}

/* ------------------------------------------------------------------ end notes */

enum cue {
	CUE_NONE, CUE_WITHDRAWAL, CUE_DENUNCIATION, CUE_RESCISSION, CUE_SUCCESSION,
	CUE_REACCESSION,
	CUE_TERRITORIAL, CUE_EXCLUSION_WITHDRAWN
};

static int has_any(const char *s, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (find_ci(s, list[i]))
			return 1;
	return 0;
}

static enum cue sentence_cue(const char *s)
{
	static const char *const withdraw[] = {
		"decided to withdraw from", "decision to withdraw from",
		"notifying its withdrawal from", "withdraws from the", "withdrew from the",
		"notification of withdrawal", "notifications of withdrawal",
		"of its withdrawal from"};
	static const char *const denounce[] = {
		"decided to denounce", "decision to denounce", "denounced the ",
		"denouncing the ", "denouncing this ", "notification of denunciation",
		"instrument of denunciation", "instruments of denunciation",
		"its denunciation of"};
	static const char *const not_treaty[] = {
		"reservation", "declaration", "objection", "suspend", "purport"};
	static const char *const succeed[] = {
		"of its succession to the", "succeeded to the convention",
		"succeeded to the protocol", "succeeded to the agreement"};
	static const char *const not_succeed[] = {
		"not to succeed", "not having", "reservation", "declaration"};
	static const char *const exclude[] = {
		"shall not apply to", "should not apply to", "shall not extend to",
		"will not extend the", "does not until further notice apply"};
	static const char *const not_exclusion[] = {"withdraw", "reservation"};
	static const char *const not_territory[] = {"article", "provision"};
	static const char *const rescind[] = {
		"withdraw its notification of withdrawal", "withdrew its notification of withdrawal",
		"withdraw its notification of denunciation",
		"withdrew its notification of denunciation", "suspend the withdrawal",
		"suspend the denunciation", "rescind", "revoke"};

	if (has_any(s, rescind, IFC_ARRAY_LEN(rescind)))
		return CUE_RESCISSION;
	if (find_ci(s, "withdraw") &&
	    (find_ci(s, "territorial exclusion") || has_any(s, exclude, IFC_ARRAY_LEN(exclude))))
		return CUE_EXCLUSION_WITHDRAWN;
	if (!has_any(s, not_treaty, IFC_ARRAY_LEN(not_treaty))) {
		if (has_any(s, withdraw, IFC_ARRAY_LEN(withdraw)))
			return CUE_WITHDRAWAL;
		if (has_any(s, denounce, IFC_ARRAY_LEN(denounce)))
			return CUE_DENUNCIATION;
	}
	if (has_any(s, succeed, IFC_ARRAY_LEN(succeed)) &&
	    !has_any(s, not_succeed, IFC_ARRAY_LEN(not_succeed)))
		return CUE_SUCCESSION;
	/* "On 26 August 1998, the Government of Trinidad and Tobago re-acceded to the
	 * Optional Protocol", "The Government of Guyana had initially acceded to the
	 * Optional Protocol on 10 May 1993", "Bolivia originally deposited its instrument
	 * of accession to the Convention on 23 September 1976": accessions told only in
	 * the notes, around a denunciation */
	if ((find_ci(s, "re-acceded to the") || find_ci(s, "initially acceded to the") ||
	     find_ci(s, "originally deposited its instrument of accession")) &&
	    !find_ci(s, "objection"))
		return CUE_REACCESSION;
	if (!has_any(s, not_exclusion, IFC_ARRAY_LEN(not_exclusion))) {
		if (find_ci(s, "territorial exclusion"))
			return CUE_TERRITORIAL;
		if (has_any(s, exclude, IFC_ARRAY_LEN(exclude)) &&
		    !has_any(s, not_territory, IFC_ARRAY_LEN(not_territory)))
			return CUE_TERRITORIAL;
	}
	return CUE_NONE;
}

/* Does the comma-separated list contain index? */
static int list_has(const char *list, const char *index)
{
	size_t k = strlen(index);
	for (const char *p = list; k && *p;) {
		const char *e = strchr(p, ',');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		if (n == k && memcmp(p, index, k) == 0)
			return 1;
		if (!e)
			break;
		p = e + 1;
	}
	return 0;
}

/* name occurs in s as whole words. */
static int names_in(const char *s, const char *name)
{
	size_t k = strlen(name);
	for (const char *p = s; k && (p = strstr(p, name)); p++) {
		int before = p == s || !is_alnum((unsigned char)p[-1]);
		int after = !is_alnum((unsigned char)p[k]);
		if (before && after)
			return 1;
	}
	return 0;
}

/* The short form a sentence may use: "Bolivia" for "Bolivia (Plurinational State of)",
 * "United Kingdom" for "United Kingdom of Great Britain and Northern Ireland"; not
 * "Republic" for "Republic of Korea". Written into buf; "" when there is none. */
static const char *short_name(const char *name, char *buf, size_t size)
{
	const char *cut = strstr(name, " (");
	if (!cut) {
		cut = strstr(name, " of ");
		if (cut && (!memchr(name, ' ', (size_t)(cut - name)) ||
			    ((size_t)(cut - name) >= 8 && memcmp(cut - 8, "Republic", 8) == 0)))
			cut = NULL;
	}
	if (!cut || (size_t)(cut - name) >= size)
		return "";
	memcpy(buf, name, (size_t)(cut - name));
	buf[cut - name] = '\0';
	return buf;
}

static int named_in(const char *s, const char *name)
{
	char buf[128];
	const char *sh = short_name(name, buf, sizeof buf);
	return names_in(s, name) || (*sh && names_in(s, sh));
}

#define MAX_CAND 8

static void add_cand(const char **c, int *n, const char *name)
{
	for (int i = 0; i < *n; i++)
		if (strcmp(c[i], name) == 0)
			return;
	if (*n < MAX_CAND)
		c[(*n)++] = name;
	else
		(*n)++; /* counted, so that too many means "cannot tell" */
}

/* The participant an end-note sentence is about, or NULL when it cannot be told. */
static const char *note_participant(struct parser *ps, const char *index, const char *sentence)
{
	const char *refs[MAX_CAND], *named[MAX_CAND];
	int nrefs = 0, nnamed = 0;
	for (size_t i = 0; i < ps->parts.len; i++) {
		const struct part *pt = VEC_AT(&ps->parts, struct part, i);
		if (list_has(pt->footnotes, index))
			add_cand(refs, &nrefs, pt->name);
		if (sentence && named_in(sentence, pt->name))
			add_cand(named, &nnamed, pt->name);
	}
	if (nrefs > MAX_CAND || nnamed > MAX_CAND)
		return NULL;
	/* Drop a name found only inside a longer one found ("Guinea" in "Papua New
	 * Guinea"). */
	int kept = 0;
	for (int i = 0; i < nnamed; i++) {
		int inner = 0;
		for (int j = 0; j < nnamed; j++)
			inner |= j != i && strstr(named[j], named[i]) != NULL;
		if (!inner)
			named[kept++] = named[i];
	}
	nnamed = kept;
	if (nrefs == 1) {
		static const char *const someone[] = {"Government of ", "Republic of ",
						      "Kingdom of "};
		for (int i = 0; i < nnamed; i++)
			if (strcmp(named[i], refs[0]) == 0)
				return refs[0];
		/* "the Government notified...": the citing row; "the Republic of Viet-Nam
		 * succeeded..." in a note Cambodia cites: someone else. */
		if (nnamed == 0 && !has_any(sentence, someone, IFC_ARRAY_LEN(someone)))
			return refs[0];
		return NULL;
	}
	const char *found = NULL;
	int nfound = 0;
	for (int i = 0; i < nnamed; i++) {
		int ok = nrefs == 0;
		for (int j = 0; j < nrefs; j++)
			ok |= strcmp(named[i], refs[j]) == 0;
		if (ok)
			found = named[i], nfound++;
	}
	return nfound == 1 ? found : NULL;
}

static int add_note_act(struct parser *ps, const char *participant,
			enum inforce_act_kind kind, const char *label, inforce_day date,
			const char *raw, long line, const char *index, const char *note_text)
{
	struct untc_file *f = ps->f;
	for (size_t i = 0; i < f->note_acts.len; i++) {
		const struct untc_note_act *na = VEC_AT(&f->note_acts, struct untc_note_act, i);
		if (na->act.kind == kind && na->act.date == date &&
		    strcmp(na->act.participant, participant) == 0)
			return 0;
	}
	struct untc_note_act *na = vec_push(&f->note_acts);
	if (!na)
		return oom(ps);
	na->act.participant = participant;
	na->act.footnotes = "";
	na->act.kind = kind;
	na->act.date = date;
	na->act.column = "";
	na->act.label = label;
	na->act.mark = "";
	na->act.raw = pool_strdup(&f->pool, raw);
	na->act.line = line;
	na->act.effective = INFORCE_DAY_NONE;
	na->note_index = index;
	na->note_text = note_text;
	return na->act.raw ? 0 : oom(ps);
}

/* Is '.' at s[i] the end of a sentence? Not after "No", "vol", "p", "U.S"... Returns
 * how far the sentence goes (past closing quotes), 0 if it does not end there. */
static size_t sentence_end(const char *s, size_t i)
{
	size_t j = i + 1;
	while (s[j] == '"' || s[j] == '\'' || s[j] == ')' || s[j] == ']' ||
	       (unsigned char)s[j] == 0xE2) { /* closing quotes U+201D, U+2019 */
		if ((unsigned char)s[j] == 0xE2)
			j += 3;
		else
			j++;
	}
	if (s[j] != '\0' && !is_space((unsigned char)s[j]))
		return 0;
	size_t w = i;
	while (w > 0 && !is_space((unsigned char)s[w - 1]))
		w--;
	size_t wlen = i - w;
	if (wlen <= 2 && !(wlen > 0 && is_digit((unsigned char)s[i - 1])))
		return 0;
	if (memchr(s + w, '.', wlen))
		return 0;
	static const char *const abbr[] = {"vol", "Vol", "Nos", "para", "paras", "art", "Art"};
	for (size_t k = 0; k < IFC_ARRAY_LEN(abbr); k++)
		if (strlen(abbr[k]) == wlen && memcmp(s + w, abbr[k], wlen) == 0)
			return 0;
	return j;
}

struct note_ctx {
	const char *index, *text;
	long line;
	size_t first_act;   /* note_acts of this note start here (for duplicates) */
	size_t first_terr;  /* its territorial notes start here */
	int withdrawal_cue; /* a sentence announces withdrawals (for a table) */
	int scan;           /* first pass: only look for a withdrawn exclusion */
	int exclusion_withdrawn;
};

/* Whether a date after the first one in s (the first is when the sentence's own
 * communication came) is `day`: "on 9 May 2002 ... withdraw its notification of
 * withdrawal of 15 May 2001". */
static int later_date_is(const char *s, inforce_day day)
{
	size_t n = strlen(s), dl;
	int y, m, d, k = 0;
	for (const char *p = s; (p = first_date(p, n - (size_t)(p - s), &y, &m, &d, &dl));
	     p += dl)
		if (k++ && inforce_date_valid(y, m, d) && inforce_date_from_ymd(y, m, d) == day)
			return 1;
	return 0;
}

/* A sentence withdraws (or suspends) an earlier notification of withdrawal: flags
 * the one it names by date, else the participant's latest one in this note. */
static int rescind(struct parser *ps, struct note_ctx *nc, const char *s)
{
	struct untc_file *f = ps->f;
	const char *who = note_participant(ps, nc->index, s);
	struct untc_note_act *hit = NULL;
	for (size_t i = 0; who && i < f->note_acts.len; i++) {
		struct untc_note_act *na = VEC_AT(&f->note_acts, struct untc_note_act, i);
		if (na->act.kind != INFORCE_ACT_WITHDRAWAL || strcmp(na->act.participant, who))
			continue;
		if (later_date_is(s, na->act.date)) {
			hit = na;
			break;
		}
		if (i >= nc->first_act)
			hit = na;
	}
	if (!hit) {
		f->note_unresolved++;
		return 0;
	}
	hit->rescinded = 1;
	return 0;
}

static int note_sentence(struct parser *ps, struct note_ctx *nc, const char *s)
{
	struct untc_file *f = ps->f;
	enum cue cue = sentence_cue(s);
	if (nc->scan) {
		nc->exclusion_withdrawn |= cue == CUE_EXCLUSION_WITHDRAWN;
		return 0;
	}
	if (cue == CUE_NONE || cue == CUE_EXCLUSION_WITHDRAWN)
		return 0;
	if (cue == CUE_RESCISSION)
		return rescind(ps, nc, s);
	if (cue == CUE_TERRITORIAL) {
		if (nc->exclusion_withdrawn)
			return 0; /* the same note says it was withdrawn */
		const char *who = note_participant(ps, nc->index, s);
		if (!who) {
			f->note_unresolved++;
			return 0;
		}
		for (size_t i = nc->first_terr; i < f->notes.len; i++) {
			const struct untc_note *nt = VEC_AT(&f->notes, struct untc_note, i);
			if (nt->kind == UNTC_NOTE_TERRITORIAL && nt->participant &&
			    strcmp(nt->participant, who) == 0)
				return 0;
		}
		return add_note(ps, UNTC_NOTE_TERRITORIAL, who, nc->index, nc->text, "EndNotes",
				nc->line);
	}
	int y, m, d;
	size_t dl;
	if (cue != CUE_SUCCESSION && cue != CUE_REACCESSION)
		nc->withdrawal_cue = 1;
	if (!first_date(s, strlen(s), &y, &m, &d, &dl))
		return 0; /* announces a table, or says no date: nothing to record */
	const char *who = note_participant(ps, nc->index, s);
	if (!who || !inforce_date_valid(y, m, d)) {
		f->note_unresolved++;
		return 0;
	}
	enum inforce_act_kind kind = cue == CUE_SUCCESSION    ? INFORCE_ACT_SUCCESSION
				     : cue == CUE_REACCESSION ? INFORCE_ACT_ACCESSION
							      : INFORCE_ACT_WITHDRAWAL;
	const char *label = cue == CUE_SUCCESSION    ? "succession"
			    : cue == CUE_REACCESSION  ? (find_ci(s, "re-acceded") ? "re-accession"
									   : "accession")
			    : cue == CUE_DENUNCIATION ? "denunciation"
						      : "withdrawal";
	return add_note_act(ps, who, kind, label, inforce_date_from_ymd(y, m, d),
			    s, nc->line, nc->index, nc->text);
}

/* Splits a paragraph into sentences and reads each. */
static int note_paragraph(struct parser *ps, struct note_ctx *nc, const char *para)
{
	struct sbuf sent = {0};
	int rc = 0;
	size_t start = 0;
	for (size_t i = 0;; i++) {
		size_t stop = para[i] == '.' ? sentence_end(para, i) : 0;
		if (!stop && para[i] != '\0' && para[i] != '\n')
			continue;
		if (!stop)
			stop = i;
		else
			i = stop - 1;
		sb_reset(&sent);
		sb_add(&sent, para + start, stop - start);
		if (sent.oom) {
			rc = oom(ps);
			break;
		}
		const char *s = sb_cstr(&sent);
		while (is_space((unsigned char)*s))
			s++;
		if (*s && (rc = note_sentence(ps, nc, s)))
			break;
		if (para[i] == '\0' || para[i + 1] == '\0')
			break;
		start = i + 1;
	}
	free(sent.s);
	return rc;
}

/* A table of withdrawals in a note that announced them: "Participant: | Date of
 * notification: | ...". */
static int note_table(struct parser *ps, struct note_ctx *nc, const xmlNode *table)
{
	struct untc_file *f = ps->f;
	xmlNode *hdr = first_child(table, "row");
	if (!hdr)
		return 0;
	xmlNode *h0 = first_child(hdr, "col");
	const char *first = node_clean(ps, h0);
	if (!first)
		return oom(ps);
	if (!starts_with_ci(first, "Participant") && !starts_with_ci(first, "States"))
		return 0;
	/* the date of notification, and the date of effect when the table has one
	 * ("Date of effect:", "Effective date:") */
	int datecol = 1, effcol = -1, k = 0, found = 0;
	EACH_CHILD(h, hdr, "col") {
		const char *s = node_clean(ps, h);
		if (!s)
			return oom(ps);
		if (k > 0 && !found && find_ci(s, "notification")) {
			datecol = k;
			found = 1;
		} else if (k > 0 && effcol < 0 &&
			   (find_ci(s, "date of effect") || find_ci(s, "effective date"))) {
			effcol = k;
		}
		k++;
	}
	for (xmlNode *row = next_sibling(hdr, "row"); row; row = next_sibling(row, "row")) {
		const char *name = NULL, *date = NULL, *eff = NULL, *foot;
		k = 0;
		sb_reset(&ps->fb);
		EACH_CHILD(c, row, "col") {
			if (k == 0 && name_cell(ps, c, &name, &foot))
				return -1;
			if (k == datecol && !(date = node_clean(ps, c)))
				return oom(ps);
			if (k == effcol && !(eff = node_clean(ps, c)))
				return oom(ps);
			k++;
		}
		if (!name || !date)
			continue;
		size_t n = strlen(name);
		while (n && (name[n - 1] == '*' || name[n - 1] == ' '))
			n--;
		const char *who = pool_strndup(&f->pool, name, n);
		if (!who)
			return oom(ps);
		int y, m, d;
		size_t dl = date_at(date, &y, &m, &d);
		if (!*who || !dl || !inforce_date_valid(y, m, d)) {
			f->note_unresolved++;
			continue;
		}
		sb_reset(&ps->sb);
		sb_str(&ps->sb, who);
		sb_str(&ps->sb, " | ");
		sb_str(&ps->sb, date);
		if (eff) {
			sb_str(&ps->sb, " | ");
			sb_str(&ps->sb, eff);
		}
		if (ps->sb.oom)
			return oom(ps);
		size_t before = f->note_acts.len;
		if (add_note_act(ps, who, INFORCE_ACT_WITHDRAWAL,
				 find_ci(nc->text, "denunciation") ? "denunciation" : "withdrawal",
				 inforce_date_from_ymd(y, m, d), sb_cstr(&ps->sb), node_line(row),
				 nc->index, nc->text))
			return -1;
		int ey, em, ed;
		if (eff && f->note_acts.len > before && date_at(eff, &ey, &em, &ed) &&
		    inforce_date_valid(ey, em, ed))
			VEC_AT(&f->note_acts, struct untc_note_act, before)->act.effective =
				inforce_date_from_ymd(ey, em, ed);
	}
	return 0;
}

/* Phrases after which an end note gives a withdrawal's date of effect, each
 * followed by the date: "the denunciation took effect on 2 April 1966", "with
 * effect from 3 February 2001", "... one year after receipt, that is to say, on
 * 24 December 1982". "become(s)/became effective [for X] on D" is read apart. */
static const char *const effect_phrases[] = {
	"with effect from on ", "with effect as from ", "with effect from ", "took effect on ",
	"take effect on ", "that is to say, on ", "that is to say on ", "i.e., on ", "i.e. on ",
	"date of effect being "};

/* The first date of effect stated in s[0..n) that is on or after `notified`: its
 * day, or NONE. Runs of white space (the files break lines inside sentences, and
 * put no-break spaces, U+00A0, inside dates) are read as one space. */
static inforce_day effect_in(const char *text, size_t len, inforce_day notified)
{
	char *s = malloc(len + 1);
	size_t n = 0;
	inforce_day found = INFORCE_DAY_NONE;
	if (!s)
		return found; /* out of memory: the date stays unknown */
	for (size_t i = 0; i < len; i++) {
		int nbsp = (unsigned char)text[i] == 0xC2 && (unsigned char)text[i + 1] == 0xA0;
		if (!nbsp && !is_space((unsigned char)text[i]))
			s[n++] = text[i];
		else if (n && s[n - 1] != ' ')
			s[n++] = ' ';
		i += nbsp;
	}
	s[n] = '\0';
	int y, m, d;
	for (size_t i = 0; i < n && found == INFORCE_DAY_NONE; i++) {
		const char *at = NULL;
		for (size_t k = 0; k < IFC_ARRAY_LEN(effect_phrases) && !at; k++)
			if (starts_with_ci(s + i, effect_phrases[k]))
				at = s + i + strlen(effect_phrases[k]);
		if (!at && (starts_with_ci(s + i, "become effective") ||
			    starts_with_ci(s + i, "becomes effective") ||
			    starts_with_ci(s + i, "became effective"))) {
			const char *on = find_mem(s + i, n - i < 80 ? n - i : 80, " on ", 0);
			at = on ? on + 4 : NULL;
		}
		if (at && date_at(at, &y, &m, &d) && inforce_date_valid(y, m, d) &&
		    inforce_date_from_ymd(y, m, d) >= notified)
			found = inforce_date_from_ymd(y, m, d);
	}
	free(s);
	return found;
}

/* Where the sentence `raw` starts in the note's text, or NULL. */
static const char *sentence_in(const char *text, const char *raw)
{
	char head[48];
	size_t n = strlen(raw);
	if (n > sizeof head - 1)
		n = sizeof head - 1;
	memcpy(head, raw, n);
	head[n] = '\0';
	return n ? strstr(text, head) : NULL;
}

/* Reads the date of effect of each withdrawal a note's sentences stated: in the
 * text from the withdrawal's sentence up to the next withdrawal's (the date is
 * often in the next sentence: "... In accordance with article 50 (2), the
 * denunciation will take effect on 22 December 2009."). */
static void note_effects(struct parser *ps, const struct note_ctx *nc)
{
	struct vec *acts = &ps->f->note_acts;
	for (size_t i = nc->first_act; i < acts->len; i++) {
		struct untc_note_act *na = VEC_AT(acts, struct untc_note_act, i);
		if (na->act.kind != INFORCE_ACT_WITHDRAWAL || na->act.effective != INFORCE_DAY_NONE)
			continue;
		const char *from = sentence_in(nc->text, na->act.raw), *to = NULL;
		if (!from)
			continue;
		for (size_t j = i + 1; j < acts->len && !to; j++) {
			const struct untc_note_act *next = VEC_AT(acts, struct untc_note_act, j);
			const char *at = next->act.kind == INFORCE_ACT_WITHDRAWAL
						 ? sentence_in(nc->text, next->act.raw)
						 : NULL;
			if (at > from)
				to = at;
		}
		size_t n = to ? (size_t)(to - from) : strlen(from);
		na->act.effective = effect_in(from, n, na->act.date);
	}
}

static int end_notes(struct parser *ps, const xmlNode *sect)
{
	struct vec *notes = &ps->f->notes;
	size_t first = notes->len;
	EACH_CHILD(note, sect, "Note") {
		const char *index = node_clean(ps, first_child(note, "index"));
		const char *text = index ? endnote_text(ps, note) : NULL;
		if (!text)
			return oom(ps);
		if (add_note(ps, UNTC_NOTE_ENDNOTE, NULL, index, text, "", node_line(note)))
			return -1;
	}
	/* Read them once every participant row is known. The territorial notes found
	 * are appended after them, so their positions hold. */
	size_t k = first;
	EACH_CHILD(note, sect, "Note") {
		const struct untc_note *en = VEC_AT(notes, struct untc_note, k++);
		struct note_ctx nc = {0};
		nc.index = en->index;
		nc.text = en->text;
		nc.line = en->line;
		nc.first_act = ps->f->note_acts.len;
		nc.first_terr = notes->len;
		nc.scan = 1;
		for (const xmlNode *c = note->children; c; c = c->next) {
			const char *s = is_elem(c, "text") ? node_str(ps, c) : "";
			if (!s)
				return oom(ps);
			if (*s && note_paragraph(ps, &nc, s))
				return -1;
		}
		nc.scan = 0;
		for (const xmlNode *c = note->children; c; c = c->next) {
			if (is_elem(c, "text")) {
				const char *s = node_str(ps, c);
				if (!s)
					return oom(ps);
				if (note_paragraph(ps, &nc, s))
					return -1;
			} else if (is_elem(c, "table") && nc.withdrawal_cue) {
				if (note_table(ps, &nc, c))
					return -1;
			}
		}
		note_effects(ps, &nc);
	}
	return 0;
}

/* ------------------------------------------------------------------ header */

static int parse_count(struct parser *ps, const xmlNode *n, int *out)
{
	*out = -1;
	if (!n)
		return 0;
	const char *s = node_clean(ps, n);
	if (!s)
		return oom(ps);
	if (!*s)
		return 0;
	long v = 0;
	for (const char *p = s; *p; p++) {
		if (!is_digit((unsigned char)*p) || v > 100000)
			return ifc_fail(ps->err, INFORCE_EINPUT, ps->file, node_line(n),
					(const char *)n->name, "'%s' is not a count", s);
		v = v * 10 + (*p - '0');
	}
	*out = (int)v;
	return 0;
}

/* Header notes kept as OTHER: <parent>/<child>/<leaf>... */
static int header_notes(struct parser *ps, const xmlNode *parent, const char *elem,
			const char *column)
{
	EACH_CHILD(e, parent, elem) {
		const char *s = node_str(ps, e);
		if (!s)
			return oom(ps);
		if (*s && add_note(ps, UNTC_NOTE_OTHER, NULL, "", s, column, node_line(e)))
			return -1;
	}
	return 0;
}

static int header(struct parser *ps, const xmlNode *hdr)
{
	struct untc_file *f = ps->f;
	const xmlNode *ed = first_child(hdr, "ExternalData");
	const xmlNode *chap = first_child(first_child(hdr, "Chapter"), "Header");
	const xmlNode *num = first_child(ed, "Numsect");
	if (!chap || !num)
		return ifc_fail(ps->err, INFORCE_EINPUT, ps->file, node_line(hdr), "Header",
				"not an MTDSG status file: no chapter or section number");
	const char *ch, *foot;
	if (name_cell(ps, chap, &ch, &foot))
		return -1;
	if (starts_with_ci(ch, "CHAPTER "))
		ch += 8;
	const char *sub = node_clean(ps, first_child(first_child(hdr, "SubChapter"), "Header"));
	const char *ns = node_clean(ps, num);
	const char *subn = node_clean(ps, first_child(ed, "Subnumsect"));
	if (!sub || !ns || !subn)
		return oom(ps);
	/* "XXVI" [-"A"] -"6" [-"b"]: chapter, subchapter, section, subsection. */
	const char *parts[] = {ch, sub, ns, subn};
	sb_reset(&ps->sb);
	for (size_t i = 0; i < IFC_ARRAY_LEN(parts); i++) {
		if (!*parts[i])
			continue;
		if (i)
			sb_str(&ps->sb, "-");
		sb_str(&ps->sb, parts[i]);
	}
	if (ps->sb.oom || !(f->reference = pool_strdup(&f->pool, sb_cstr(&ps->sb))))
		return oom(ps);

	const xmlNode *t = first_child(ed, "Titlesect");
	if (!t)
		t = first_child(ed, "Subtitlesect");
	if (t && name_cell(ps, t, &f->title, &foot))
		return -1;
	const xmlNode *eif = first_child(ed, "EIF");
	const xmlNode *concl = first_child(ed, "Conclusion"), *eift = first_child(eif, "Labeltext");
	if ((concl && name_cell(ps, concl, &f->conclusion_text, &foot)) ||
	    (eift && name_cell(ps, eift, &f->eif_text, &foot)))
		return -1;
	int y, m, d;
	if (is_digit((unsigned char)f->eif_text[0]) && date_at(f->eif_text, &y, &m, &d) &&
	    inforce_date_valid(y, m, d))
		f->published_eif = inforce_date_from_ymd(y, m, d);
	const xmlNode *status = first_child(ed, "Status");
	if (parse_count(ps, first_child(status, "Signatories"), &f->published_signatories) ||
	    parse_count(ps, first_child(status, "Parties"), &f->published_parties))
		return -1;

	const xmlNode *reg = first_child(ed, "Registration");
	if (header_notes(ps, first_child(eif, "Notes"), "Note", "EIF/Notes") ||
	    header_notes(ps, reg, "Labeltext", "Registration") ||
	    header_notes(ps, first_child(reg, "Notes"), "Note", "Registration/Notes") ||
	    header_notes(ps, status, "CustomText", "Status/CustomText") ||
	    header_notes(ps, first_child(status, "Notes"), "Note", "Status/Notes") ||
	    header_notes(ps, first_child(ed, "TreatyText"), "Text", "TreatyText") ||
	    header_notes(ps, first_child(ed, "TreatyNote"), "Text", "TreatyNote") ||
	    header_notes(ps, first_child(ed, "Termination"), "Labeltext", "Termination") ||
	    header_notes(ps, first_child(ed, "Expiration"), "Labeltext", "Expiration"))
		return -1;
	return 0;
}

/* ------------------------------------------------------------------ the document */

/* Deepest element nesting, refused past UNTC_MAX_DEPTH (walked without recursion). */
static int check_depth(struct parser *ps, xmlNode *root)
{
	int depth = 1;
	xmlNode *n = root;
	while (n) {
		if (n->type == XML_ELEMENT_NODE && depth > UNTC_MAX_DEPTH)
			return ifc_fail(ps->err, INFORCE_EINPUT, ps->file, node_line(n), NULL,
					"elements nested deeper than %d", UNTC_MAX_DEPTH);
		if (n->children && n->type == XML_ELEMENT_NODE) {
			n = n->children;
			depth++;
			continue;
		}
		while (n && !n->next && n != root) {
			n = n->parent;
			depth--;
		}
		if (!n || n == root)
			break;
		n = n->next;
	}
	return 0;
}

static int walk(struct parser *ps, xmlDoc *doc)
{
	xmlNode *root = xmlDocGetRootElement(doc);
	if (!root)
		return ifc_fail(ps->err, INFORCE_EINPUT, ps->file, 0, NULL, "no root element");
	if (doc->extSubset || (doc->intSubset && doc->intSubset->entities))
		return ifc_fail(ps->err, INFORCE_EINPUT, ps->file, 0, NULL,
				"the document declares entities or an external DTD: refused");
	if (check_depth(ps, root))
		return -1;
	xmlNode *treaty = first_child(root, "Treaty");
	if (!is_elem(root, "Document") || !treaty)
		return ifc_fail(ps->err, INFORCE_EINPUT, ps->file, node_line(root), NULL,
				"not an MTDSG status file: root <%s> is not "
				"<Document><Treaty>", (const char *)root->name);
	xmlNode *hdr = first_child(treaty, "Header");
	if (!hdr)
		return ifc_fail(ps->err, INFORCE_EINPUT, ps->file, node_line(treaty), NULL,
				"not an MTDSG status file: no <Header>");
	if (header(ps, hdr))
		return -1;
	xmlNode *endnotes = NULL;
	for (xmlNode *c = treaty->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		const char *name = (const char *)c->name;
		int rc = 0;
		if (!strcmp(name, "Header") || !strcmp(name, "Template") || !strcmp(name, "Footer"))
			continue;
		if (!strcmp(name, "Participants")) {
			EACH_CHILD(table, c, "Table")
				if ((rc = participants_table(ps, table)))
					break;
		} else if (!strcmp(name, "SpecialTables")) {
			rc = special_tables(ps, c);
		} else if (!strcmp(name, "LON")) {
			rc = lon_tables(ps, c);
		} else if (!strcmp(name, "Declarations")) {
			rc = participant_notes(ps, c, "Declaration", UNTC_NOTE_DECLARATION, "");
		} else if (!strcmp(name, "DeclarationsUnderArticle")) {
			rc = participant_notes(ps, c, "Declaration", UNTC_NOTE_DECLARATION,
					       "DeclarationsUnderArticle");
		} else if (!strcmp(name, "Objections")) {
			rc = participant_notes(ps, c, "Objection", UNTC_NOTE_OBJECTION, "");
		} else if (!strcmp(name, "Notifications")) {
			rc = participant_notes(ps, c, "Notification", UNTC_NOTE_NOTIFICATION, "");
		} else if (!strcmp(name, "TerritorialApplications")) {
			rc = territorial_applications(ps, c);
		} else if (!strcmp(name, "EndNotes")) {
			endnotes = c;
		} else {
			/* Not met in the 2018 files: kept whole rather than dropped. */
			const char *s = node_str(ps, c);
			if (!s)
				return oom(ps);
			if (*s)
				rc = add_note(ps, UNTC_NOTE_OTHER, NULL, "", s, name, node_line(c));
		}
		if (rc)
			return rc;
	}
	return endnotes ? end_notes(ps, endnotes) : 0;
}

static void file_init(struct untc_file *f)
{
	memset(f, 0, sizeof *f);
	pool_init(&f->pool);
	vec_init(&f->acts, sizeof(struct untc_act));
	vec_init(&f->note_acts, sizeof(struct untc_note_act));
	vec_init(&f->notes, sizeof(struct untc_note));
	vec_init(&f->legends, sizeof(const char *));
	f->reference = f->title = f->conclusion_text = f->eif_text = "";
	f->published_eif = INFORCE_DAY_NONE;
	f->published_signatories = f->published_parties = -1;
}

void untc_release(struct untc_file *f)
{
	if (!f)
		return;
	pool_release(&f->pool);
	vec_release(&f->acts);
	vec_release(&f->note_acts);
	vec_release(&f->notes);
	vec_release(&f->legends);
	memset(f, 0, sizeof *f);
}

/* libxml2's first error on this context: its structured-error hook, which finds our
 * record through the context's _private pointer (no global handler). */
struct xml_first {
	int set;
	long line;
	char msg[300];
};

#if LIBXML_VERSION >= 21200
static void on_xml_error(void *data, const xmlError *e)
#else
static void on_xml_error(void *data, xmlErrorPtr e)
#endif
{
	xmlParserCtxt *ctxt = data;
	struct xml_first *first = ctxt ? ctxt->_private : NULL;
	if (!first || first->set || !e || e->level < XML_ERR_ERROR)
		return;
	first->set = 1;
	first->line = e->line;
	snprintf(first->msg, sizeof first->msg, "%s", e->message ? e->message : "not well-formed");
	size_t n = strlen(first->msg);
	while (n && is_space((unsigned char)first->msg[n - 1]))
		first->msg[--n] = '\0';
}

/* The refusal of a document libxml2 found not well-formed. */
static int xml_failure(struct parser *ps, const struct xml_first *first, const char *buf,
		       size_t len)
{
	size_t n = len;
	while (n && is_space((unsigned char)buf[n - 1]))
		n--;
	int truncated = n < 11 || memcmp(buf + n - 11, "</Document>", 11) != 0;
	return ifc_fail(ps->err, INFORCE_EINPUT, ps->file, first->set ? first->line : 0, NULL,
			"%s%s", truncated ? "truncated file (it does not end with </Document>): " : "",
			first->set ? first->msg : "not well-formed");
}

static int parse_utf8(struct parser *ps, const char *utf8, size_t n, const char *buf,
		      size_t len)
{
	struct xml_first first = {0};
	xmlInitParser(); /* once is enough, again is harmless; never cleaned up here */
	xmlParserCtxt *ctxt = xmlNewParserCtxt();
	if (!ctxt)
		return oom(ps);
	ctxt->_private = &first;
	ctxt->sax->serror = on_xml_error;
	int rc;
	xmlDoc *doc = xmlCtxtReadMemory(ctxt, utf8, (int)n, NULL, "UTF-8", PARSE_OPTIONS);
	if (!doc || !ctxt->wellFormed)
		rc = xml_failure(ps, &first, buf, len);
	else
		rc = walk(ps, doc);
	xmlFreeDoc(doc);
	xmlFreeParserCtxt(ctxt);
	return rc;
}

int untc_parse(struct untc_file *out, const char *buf, size_t len, const char *file,
	       inforce_error *err)
{
	struct parser ps = {0};
	char *utf8 = NULL;
	size_t n = 0;
	int rc;
	file_init(out);
	ps.f = out;
	ps.file = file;
	ps.err = err;
	vec_init(&ps.parts, sizeof(struct part));
	if (!(out->file = pool_strdup(&out->pool, file ? file : "")))
		rc = oom(&ps);
	else if (!(rc = untc_to_utf8(buf, len, file, &utf8, &n, &out->repairs, err)))
		rc = parse_utf8(&ps, utf8, n, buf, len);
	free(utf8);
	free(ps.sb.s);
	free(ps.fb.s);
	vec_release(&ps.parts);
	if (rc)
		untc_release(out);
	return rc;
}

const char *untc_note_kind_name(enum untc_note_kind kind)
{
	switch (kind) {
	case UNTC_NOTE_ENDNOTE: return "endnote";
	case UNTC_NOTE_DECLARATION: return "declaration";
	case UNTC_NOTE_OBJECTION: return "objection";
	case UNTC_NOTE_NOTIFICATION: return "notification";
	case UNTC_NOTE_TERRITORIAL: return "territorial";
	case UNTC_NOTE_OTHER: return "other";
	}
	return "other";
}
