/*
 * untc_common.c - what the two readers of the UN Treaty Collection's status records
 * share (untc_int.h): the reader's state, participants' names and footnote markers,
 * column legends and the cells of participants tables, and the parsed file itself.
 * Exports untc_parse (which tells XML from HTML), untc_release, untc_note_kind_name
 * and the untc_* helpers of untc_int.h.
 *
 * Column legends. A legend is a list of items, each a phrase and an optional mark:
 * "Ratification, Acceptance(A), Approval(AA), Accession(a)". A cell "9 Apr 2013 a"
 * takes the item marked "a"; a cell without a mark takes the unmarked item; in a
 * legend of one marked item ("Acceptance(A)", "Signature ad referendum (s)") an
 * unmarked cell takes that item. Items are found by longest match against the table
 * below, which holds every item met in the 407 XML files of 2018 and the 30 pages of
 * 2026. An item not in it, or a mark the legend does not define, is an error naming
 * file, line and text. Where several items share a mark, or several are unmarked
 * ("Definitive signature of the Protocol, Acceptance of the Protocol", VI-11), the
 * cell cannot say which: the act gets the first item's kind, `ambiguous` and all
 * their labels.
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
 */
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "untc_int.h"

/* ------------------------------------------------------------------ the reader */

#if LIBXML_VERSION >= 21200
static void on_watched_error(void *data, const xmlError *e)
#else
static void on_watched_error(void *data, xmlErrorPtr e)
#endif
{
	struct untc_watch *w = data;
	if (!e || (e->code != XML_ERR_NO_MEMORY && e->domain != XML_FROM_MEMORY))
		return;
	w->oom = 1;
	if (w->ctxt)
		xmlStopParser(w->ctxt);
}

void untc_watch_begin(struct untc_watch *w)
{
	memset(w, 0, sizeof *w);
	xmlInitParser(); /* once is enough, again is harmless; never cleaned up here */
	w->prev_ctx = xmlStructuredErrorContext;
	w->prev_fn = xmlStructuredError;
	xmlSetStructuredErrorFunc(w, on_watched_error);
}

void untc_watch_end(struct untc_watch *w)
{
	xmlSetStructuredErrorFunc(w->prev_ctx, w->prev_fn);
}

int untc_oom(struct untc_reader *rd)
{
	return ifc_fail(rd->err, INFORCE_ERUNTIME, rd->file, 0, NULL, "out of memory");
}

void untc_reader_init(struct untc_reader *rd, struct untc_file *f, const char *file,
		      inforce_error *err)
{
	memset(rd, 0, sizeof *rd);
	rd->f = f;
	rd->file = file;
	rd->err = err;
	vec_init(&rd->parts, sizeof(struct untc_part));
}

void untc_reader_release(struct untc_reader *rd)
{
	free(rd->sb.s);
	free(rd->fb.s);
	vec_release(&rd->parts);
}

/* ------------------------------------------------------------------ cells */

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
	while (txt_is_digit((unsigned char)s[i + k]) && k < 2)
		day = day * 10 + (s[i + k++] - '0');
	if (k == 0 || s[i + k] != ' ')
		return -1;
	i += k;
	while (s[i] == ' ')
		i++;
	size_t ml;
	mon = txt_month_at(s + i, &ml);
	if (!mon || ml != 3 || s[i + 3] != ' ')
		return -1;
	i += 3;
	while (s[i] == ' ')
		i++;
	for (k = 0; k < 4; k++) {
		if (!txt_is_digit((unsigned char)s[i + k]))
			return -1;
		year = year * 10 + (s[i + k] - '0');
	}
	i += 4;
	if (s[i] != '\0' && s[i] != ' ' && s[i] != ']')
		return -1;
	while (s[i] == ' ')
		i++;
	k = 0;
	while (txt_is_alpha((unsigned char)s[i]) && k < 3)
		mark[k++] = s[i++];
	mark[k] = '\0';
	if (txt_is_alpha((unsigned char)s[i]))
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
	int kind; /* enum inforce_act_kind, or UNTC_NOT_ACT */
};

/* Every legend item met in the 2018 snapshot; the table at the top explains it. */
static const struct phrase phrases[] = {
	{"Signature", INFORCE_ACT_SIGNATURE},
	{"Signature ad referendum", INFORCE_ACT_SIGNATURE},
	{"Succession to signature", INFORCE_ACT_SIGNATURE},
	{"Confirmation of signature ad referendum", UNTC_NOT_ACT},
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
	{"Application", UNTC_NOT_ACT},
	{"Extension", UNTC_NOT_ACT},
	{"Notification under article 25", UNTC_NOT_ACT},
	{"Notification under article 21 (1)", UNTC_NOT_ACT},
	{"Notification of non-provisional application under article 7 (1) (b)", UNTC_NOT_ACT},
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
		while (txt_is_alpha((unsigned char)r[k]) && k < 3)
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

int untc_colspec_parse(struct untc_colspec *cs, const char *legend, struct pool *pool,
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
		if (cs->nitems == UNTC_MAX_ITEMS)
			return ifc_fail(err, INFORCE_EINPUT, file, line, "legend",
					"column legend '%s' has more than %d items", legend,
					UNTC_MAX_ITEMS);
		struct untc_item *it = &cs->items[cs->nitems++];
		it->label = best->text;
		it->kind = best->kind;
		snprintf(it->mark, sizeof it->mark, "%s", best_mark);
		if (best->kind != UNTC_NOT_ACT)
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
		struct untc_meaning *mn = &cs->meanings[cs->nmeanings];
		int n = 0, acts = 0;
		for (int j = 0; j < cs->nitems; j++) {
			const struct untc_item *it = &cs->items[j];
			int sel = strcmp(it->mark, mark) == 0 ||
				  (mark[0] == '\0' && cs->nitems == 1);
			if (!sel)
				continue;
			if (n == 0)
				mn->kind = it->kind;
			else if (it->kind != mn->kind)
				mn->ambiguous = 1;
			acts += it->kind != UNTC_NOT_ACT;
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

static const struct untc_meaning *colspec_meaning(const struct untc_colspec *cs, const char *mark)
{
	for (int i = 0; i < cs->nmeanings; i++)
		if (strcmp(cs->meanings[i].mark, mark) == 0)
			return &cs->meanings[i];
	return NULL;
}

/* ------------------------------------------------------------------ names, notes */

int untc_strip_markers(struct untc_reader *rd, const char *s, const char **clean)
{
	static const char open[] = "<superscript>", close[] = "</superscript>";
	struct sbuf *b = &rd->sb;
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
			numeric = txt_is_digit((unsigned char)*q) || *q == ',' || *q == ' ';
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
			while (q < c && txt_is_digit((unsigned char)*q))
				q++;
			if (q == t)
				continue;
			if (rd->fb.len)
				sb_add(&rd->fb, ",", 1);
			sb_add(&rd->fb, t, (size_t)(q - t));
		}
		s = c + sizeof close - 1;
	}
	if (b->oom || rd->fb.oom)
		return -1;
	size_t n = b->len;
	while (n && (txt_is_space((unsigned char)b->s[n - 1]) || b->s[n - 1] == ','))
		n--;
	*clean = pool_clean(&rd->f->pool, sb_cstr(b), n);
	return *clean ? 0 : -1;
}

int untc_add_note(struct untc_reader *rd, enum untc_note_kind kind, const char *participant,
		  const char *index, const char *text, const char *column, long line)
{
	struct untc_note *nt = vec_push(&rd->f->notes);
	if (!nt)
		return untc_oom(rd);
	nt->kind = kind;
	nt->participant = participant;
	nt->index = index ? index : "";
	nt->text = text;
	nt->column = column ? column : "";
	nt->line = line;
	return 0;
}

int untc_add_part(struct untc_reader *rd, const char *name, const char *footnotes)
{
	struct untc_part *pt = vec_push(&rd->parts);
	if (!pt)
		return untc_oom(rd);
	pt->name = name;
	pt->footnotes = footnotes;
	return 0;
}

int untc_name_text(struct untc_reader *rd, const char *raw, const char **name,
		   const char **foot)
{
	if (!raw)
		return untc_oom(rd);
	sb_reset(&rd->fb);
	if (untc_strip_markers(rd, raw, name))
		return untc_oom(rd);
	*foot = pool_strdup(&rd->f->pool, sb_cstr(&rd->fb));
	return *foot ? 0 : untc_oom(rd);
}

int untc_add_legend(struct untc_reader *rd, const char *legend)
{
	struct vec *v = &rd->f->legends;
	for (size_t i = 0; i < v->len; i++)
		if (strcmp(*VEC_AT(v, const char *, i), legend) == 0)
			return 0;
	const char **slot = vec_push(v);
	if (!slot)
		return untc_oom(rd);
	*slot = legend;
	return 0;
}

int untc_act_cell(struct untc_reader *rd, const struct untc_colspec *cs, const char *participant,
		  const char *name_foot, const char *raw, long line)
{
	struct untc_file *f = rd->f;
	f->cells++;
	if (!cs->is_act) {
		f->other_cells++;
		return untc_add_note(rd, UNTC_NOTE_OTHER, participant, "", raw, cs->legend, line);
	}
	const char *clean;
	sb_reset(&rd->fb);
	sb_str(&rd->fb, name_foot);
	if (untc_strip_markers(rd, raw, &clean))
		return untc_oom(rd);
	int y, m, d, bracketed;
	char mark[4];
	if (cell_date(clean, &y, &m, &d, mark, &bracketed))
		return ifc_fail(rd->err, INFORCE_EINPUT, rd->file, line, "date",
				"'%s' (column '%s') is not a date in the form "
				"'9 Apr 2013', with an optional mark", raw, cs->legend);
	if (!inforce_date_valid(y, m, d))
		return ifc_fail(rd->err, INFORCE_EINPUT, rd->file, line, "date",
				"'%s' is not a real date", raw);
	const struct untc_meaning *mn = colspec_meaning(cs, mark);
	if (!mn)
		return ifc_fail(rd->err, INFORCE_EINPUT, rd->file, line, "mark",
				"'%s': the column legend '%s' defines no %s%s%s", raw,
				cs->legend, mark[0] ? "mark '" : "unmarked item", mark,
				mark[0] ? "'" : "");
	if (mn->kind == UNTC_NOT_ACT) {
		f->other_cells++;
		return untc_add_note(rd, UNTC_NOTE_OTHER, participant, "", raw, cs->legend, line);
	}
	struct untc_act *a = vec_push(&f->acts);
	if (!a)
		return untc_oom(rd);
	a->participant = participant;
	a->footnotes = pool_strdup(&f->pool, sb_cstr(&rd->fb));
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
	a->cn = "";
	return a->footnotes && a->mark ? 0 : untc_oom(rd);
}

/* ------------------------------------------------------------------ the file */

void untc_file_init(struct untc_file *f)
{
	memset(f, 0, sizeof *f);
	pool_init(&f->pool);
	vec_init(&f->acts, sizeof(struct untc_act));
	vec_init(&f->note_acts, sizeof(struct untc_note_act));
	vec_init(&f->notes, sizeof(struct untc_note));
	vec_init(&f->legends, sizeof(const char *));
	f->reference = f->title = f->conclusion_text = f->eif_text = f->registration = "";
	f->published_eif = f->status_as_at = INFORCE_DAY_NONE;
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

/* XML starts with its declaration (or a comment, or a root element); the HTML page
 * with a DOCTYPE or <html>, after any white space or byte order mark. */
int untc_parse(struct untc_file *out, const char *buf, size_t len, const char *file,
	       inforce_error *err)
{
	size_t i = 0;
	if (len >= 3 && (unsigned char)buf[0] == 0xEF && (unsigned char)buf[1] == 0xBB &&
	    (unsigned char)buf[2] == 0xBF)
		i = 3;
	while (i < len && txt_is_space((unsigned char)buf[i]))
		i++;
	size_t left = len - i;
	const char *p = buf + i;
	int html = (left >= 9 && txt_starts_with_ci(p, "<!DOCTYPE") &&
		    txt_find_mem(p, left < 64 ? left : 64, "html", 1)) ||
		   (left >= 5 && txt_starts_with_ci(p, "<html"));
	return html ? untc_parse_html(out, buf, len, file, err)
		    : untc_parse_xml(out, buf, len, file, err);
}

int untc_cites(const char *list, const char *index)
{
	size_t k = strlen(index);
	for (const char *p = list; k && p && *p;) {
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
