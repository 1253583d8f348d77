/*
 * untc_html.c - the reader of the UN Treaty Collection's status pages as
 * treaties.un.org serves them today (ViewDetails.aspx?src=TREATY&mtdsg_no=REF, UTF-8
 * HTML; see data/untc-html-2026-02-03/README.md): the page's own quirks. Legends and
 * cells (untc_common.c) and the sentences of end notes (untc_notes.c) are shared with
 * the XML reader. Exports untc_parse_html (untc.h).
 *
 * libxml2's HTML parser reads the page with network access off
 * (HTML_PARSE_NONET), errors and warnings silenced (an ASP.NET page is not valid
 * HTML) and a size cap checked first (UNTC_MAX_BYTES; the largest page, the ICCPR's,
 * is 3.1 MB). Everything the page says is found by the ids the site gives its
 * elements ("ctl00_ctl00_ContentPlaceHolder1_ContentPlaceHolderInnerPage_" + a
 * name; repeated rows number their middle "ctlNN"):
 *
 *   div3                     "STATUS AS AT : 03-02-2026 10:16:18 EDT" (required)
 *   the form's action        "./ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-9&..."
 *                            (the MTDSG reference; required)
 *   rptTreaty_ctlNN_tcTreaty "9. Treaty on the Prohibition of Nuclear Weapons" (the
 *                            number "9." or "11. b" is the section's, dropped)
 *   rptTreaty_ctlNN_tcText   the conclusion: "New York, 7 July 2017"
 *   rptEIF_ctlNN_tcText      "22 January 2021, in accordance with article 15."
 *   rptRegistration_..._tcText "22 January 2021, No. 56487"
 *   rptStatus_ctlNN_tcText   "Signatories : 95. Parties : 74" (either may be absent)
 *   rptText_, rptNotes_      the treaty's text references and notes: kept as notes
 *   tblgrid                  the participants table: a header row (class thead-one)
 *                            whose cells are the column legends, then one row per
 *                            participant; a name may carry footnote links
 *                            (<sup><a>3</a></sup>) and a link to its declarations
 *   Repeater1_/Table1        a special table (the CCW's Protocols I-III, ticked "x"):
 *                            each non-empty cell kept as a note under its header
 *   dgDec, dgObj,            declarations and reservations, objections, declarations
 *   dgDecUnderArticle,       under an article, notifications: one row per
 *   dgNotifications          participant (divParticipant, divText or
 *                            divNotificationText), each kept as a note
 *   tblDec                   territorial applications: Participant | Date of receipt
 *                            | Territories
 *   dgNotesAll               the end notes: each divNotesAll starts with its number
 *                            (<a name='3'>3</a>); paragraphs are separated by blank
 *                            lines (<br><br>), and a note may hold a table
 *
 * A page without a participants table and without "STATUS AS AT" is not a status
 * page (the site's search or error pages, a maintenance page) and is refused; so is
 * a participants table whose first column is not "Participant" or whose rows do not
 * have the header's number of cells. Dates in the table read "31 Oct 2014 a", with
 * no-break spaces and tabs around them; "[ 1 Jul 2005 a]" is an act that no longer
 * stands.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "untc_int.h"

#define HTML_OPTIONS (HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING)
#define ID_PREFIX "ContentPlaceHolderInnerPage_"

/* ------------------------------------------------------------------ the tree */

static int is_tag(const xmlNode *n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && ifc_strcasecmp((const char *)n->name, name) == 0;
}

static const char *attr(const xmlNode *n, const char *name)
{
	for (const xmlAttr *a = n->properties; a; a = a->next)
		if (ifc_strcasecmp((const char *)a->name, name) == 0 && a->children &&
		    a->children->type == XML_TEXT_NODE)
			return (const char *)a->children->content;
	return NULL;
}

/* The next node of a depth-first walk of root's subtree, or NULL past its end. */
static xmlNode *next_node(xmlNode *n, const xmlNode *root, int descend)
{
	if (descend && n->children && n->type == XML_ELEMENT_NODE)
		return n->children;
	while (n && n != root) {
		if (n->next)
			return n->next;
		n = n->parent;
	}
	return NULL;
}

/* An element's id with the site's prefix and row numbers read: "dgDec_ctl05_divText"
 * -> "dgDec_ctl_divText"; NULL when it has none of the page's ids. Written into buf. */
static const char *page_id(const xmlNode *n, char *buf, size_t size)
{
	const char *id = attr(n, "id");
	const char *p = id ? strstr(id, ID_PREFIX) : NULL;
	if (!p)
		return NULL;
	p += sizeof ID_PREFIX - 1;
	size_t o = 0;
	while (*p && o + 1 < size) {
		if (strncmp(p, "ctl", 3) == 0 && txt_is_digit((unsigned char)p[3])) {
			memcpy(buf + o, "ctl", 3 < size - o - 1 ? 3 : size - o - 1);
			o += 3 < size - o - 1 ? 3 : size - o - 1;
			p += 3;
			while (txt_is_digit((unsigned char)*p))
				p++;
			continue;
		}
		buf[o++] = *p++;
	}
	buf[o] = '\0';
	return buf;
}

/* The first element under root (root included) whose page id is `want`. */
static xmlNode *by_id(xmlNode *root, const char *want)
{
	char buf[128];
	for (xmlNode *n = root; n; n = next_node(n, root, 1)) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		const char *id = page_id(n, buf, sizeof buf);
		if (id && strcmp(id, want) == 0)
			return n;
	}
	return NULL;
}

static long node_line(const xmlNode *n)
{
	return xmlGetLineNo(n);
}

/* Appends the text of n's descendants as a reader sees it: <br> and the end of a
 * <p> or <div> are line breaks; <sup> is written "<superscript>...</superscript>"
 * (the XML's form, so that one function moves footnote markers out); scripts,
 * styles and elements of class "invisible" (the pages repeat a participant's name
 * in one) are left out. */
static void text_of(const xmlNode *n, struct sbuf *b)
{
	for (const xmlNode *c = n->children; c; c = c->next) {
		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
			if (c->content)
				sb_str(b, (const char *)c->content);
			continue;
		}
		if (c->type != XML_ELEMENT_NODE || is_tag(c, "script") || is_tag(c, "style"))
			continue;
		const char *cls = attr(c, "class");
		if (cls && strcmp(cls, "invisible") == 0)
			continue;
		if (is_tag(c, "br")) {
			sb_str(b, "\n");
			continue;
		}
		int sup = is_tag(c, "sup"), block = is_tag(c, "p") || is_tag(c, "div");
		if (sup)
			sb_str(b, "<superscript>");
		text_of(c, b);
		if (sup)
			sb_str(b, "</superscript>");
		if (block)
			sb_str(b, "\n");
	}
}

/* The text of n with white space (no-break spaces too) collapsed and trimmed, in
 * the pool; "" for NULL. */
static const char *node_clean(struct untc_reader *rd, const xmlNode *n)
{
	if (!n)
		return "";
	sb_reset(&rd->sb);
	text_of(n, &rd->sb);
	if (rd->sb.oom)
		return NULL;
	return pool_clean(&rd->f->pool, sb_cstr(&rd->sb), rd->sb.len);
}

/* The text of n as paragraphs: each line's white space (no-break spaces, the pages'
 * indentation) collapsed and trimmed, blank lines dropped, lines joined by "\n"; in
 * the pool. */
static const char *node_text(struct untc_reader *rd, const xmlNode *n)
{
	if (!n)
		return "";
	sb_reset(&rd->sb);
	text_of(n, &rd->sb);
	if (rd->sb.oom)
		return NULL;
	const char *s = sb_cstr(&rd->sb);
	struct sbuf out = {0};
	while (*s) {
		const char *e = strchr(s, '\n');
		size_t len = e ? (size_t)(e - s) : strlen(s);
		const char *line = pool_clean(&rd->f->pool, s, len);
		if (!line) {
			free(out.s);
			return NULL;
		}
		if (*line) {
			if (out.len)
				sb_str(&out, "\n");
			sb_str(&out, line);
		}
		s += len;
		if (*s == '\n')
			s++;
	}
	const char *r = out.oom ? NULL : pool_strdup(&rd->f->pool, sb_cstr(&out));
	free(out.s);
	return r;
}

/* A name cell or legend: clean text and footnote markers into the pool. */
static int name_cell(struct untc_reader *rd, const xmlNode *n, const char **name,
		     const char **foot)
{
	sb_reset(&rd->sb);
	text_of(n, &rd->sb);
	const char *raw = rd->sb.oom ? NULL : pool_strdup(&rd->f->pool, sb_cstr(&rd->sb));
	return untc_name_text(rd, raw, name, foot);
}

/* The cells (<td>, <th>) of a row, up to max; their count. */
static size_t row_cells(xmlNode *tr, xmlNode **cells, size_t max)
{
	size_t n = 0;
	for (xmlNode *c = tr->children; c; c = c->next)
		if (is_tag(c, "td") || is_tag(c, "th")) {
			if (n < max)
				cells[n] = c;
			n++;
		}
	return n;
}

/* The rows of a table, whether or not the parser put them in a <tbody>. */
static xmlNode *first_row(const xmlNode *table)
{
	for (xmlNode *c = table ? table->children : NULL; c; c = c->next) {
		if (is_tag(c, "tr"))
			return c;
		if (is_tag(c, "tbody") || is_tag(c, "thead"))
			for (xmlNode *r = c->children; r; r = r->next)
				if (is_tag(r, "tr"))
					return r;
	}
	return NULL;
}

static xmlNode *next_row(xmlNode *tr)
{
	for (xmlNode *r = tr->next; r; r = r->next)
		if (is_tag(r, "tr"))
			return r;
	/* from the last row of a <thead> or <tbody> to the first of the next one */
	const xmlNode *grp = tr->parent;
	if (is_tag(grp, "tbody") || is_tag(grp, "thead"))
		for (xmlNode *g = grp->next; g; g = g->next)
			if (is_tag(g, "tbody"))
				for (xmlNode *r = g->children; r; r = r->next)
					if (is_tag(r, "tr"))
						return r;
	return NULL;
}

/* ------------------------------------------------------------------ the header */

/* "STATUS AS AT : 03-02-2026 10:16:18 EDT" */
static int status_as_at(struct untc_reader *rd, xmlNode *root)
{
	xmlNode *n = by_id(root, "div3");
	const char *s = n ? node_clean(rd, n) : "";
	if (!s)
		return untc_oom(rd);
	const char *p = txt_find_ci(s, "STATUS AS AT");
	if (!p)
		return 0;
	p += 12;
	while (*p == ' ' || *p == ':')
		p++;
	int d = 0, m = 0, y = 0, k = 0;
	for (; k < 10 && p[k]; k++) {
		int c = (unsigned char)p[k];
		if (k == 2 || k == 5) {
			if (c != '-')
				break;
		} else if (!txt_is_digit(c)) {
			break;
		}
	}
	if (k == 10) {
		d = (p[0] - '0') * 10 + (p[1] - '0');
		m = (p[3] - '0') * 10 + (p[4] - '0');
		y = ((p[6] - '0') * 10 + (p[7] - '0')) * 100 + (p[8] - '0') * 10 + (p[9] - '0');
	}
	if (k != 10 || !inforce_date_valid(y, m, d))
		return ifc_fail(rd->err, INFORCE_EINPUT, rd->file, node_line(n), "STATUS AS AT",
				"'%s' is not a date in the form DD-MM-YYYY", s);
	rd->f->status_as_at = inforce_date_from_ymd(y, m, d);
	return 0;
}

/* The MTDSG reference from the form's action URL ("...&mtdsg_no=XXVI-9&..."). */
static int reference(struct untc_reader *rd, xmlNode *root)
{
	for (xmlNode *n = root; n; n = next_node(n, root, 1)) {
		if (!is_tag(n, "form"))
			continue;
		const char *action = attr(n, "action");
		const char *p = action ? txt_find_ci(action, "mtdsg_no=") : NULL;
		if (!p)
			continue;
		p += 9;
		size_t k = 0;
		while (p[k] && (txt_is_alnum((unsigned char)p[k]) || p[k] == '-'))
			k++;
		if (k == 0 || k > 31)
			return ifc_fail(rd->err, INFORCE_EINPUT, rd->file, node_line(n), "mtdsg_no",
					"the page's MTDSG reference is not of the form XXVI-9");
		rd->f->reference = pool_strndup(&rd->f->pool, p, k);
		return rd->f->reference ? 0 : untc_oom(rd);
	}
	return 0;
}

/* "11. b Optional Protocol ..." -> "Optional Protocol ...": the section's number
 * and letter, as the page prints them before the title. */
static const char *drop_section_number(const char *t)
{
	const char *p = t;
	while (txt_is_digit((unsigned char)*p))
		p++;
	if (p == t || *p != '.')
		return t;
	p++;
	while (*p == ' ')
		p++;
	if (txt_is_alpha((unsigned char)p[0]) && (p[1] == ' ' || (p[1] == '.' && p[2] == ' ')) &&
	    p[0] >= 'a' && p[0] <= 'z')
		p += p[1] == '.' ? 3 : 2;
	while (*p == ' ')
		p++;
	return p;
}

/* "Signatories : 95. Parties : 74" (either may be missing, footnotes may follow). */
static void status_counts(const char *s, int *sig, int *parties)
{
	static const char *const labels[] = {"Signatories", "Parties"};
	int *out[] = {sig, parties};
	for (int i = 0; i < 2; i++) {
		const char *p = txt_find_ci(s, labels[i]);
		if (!p)
			continue;
		p += strlen(labels[i]);
		while (*p == ' ' || *p == ':')
			p++;
		long v = 0;
		int digits = 0;
		while (txt_is_digit((unsigned char)*p) && v <= 100000)
			v = v * 10 + (*p++ - '0'), digits++;
		if (digits && v <= 100000)
			*out[i] = (int)v;
	}
}

static int header_note(struct untc_reader *rd, xmlNode *root, const char *id, const char *column)
{
	xmlNode *n = by_id(root, id);
	const char *s = n ? node_text(rd, n) : "";
	if (!s)
		return untc_oom(rd);
	return *s ? untc_add_note(rd, UNTC_NOTE_OTHER, NULL, "", s, column, node_line(n)) : 0;
}

static int header(struct untc_reader *rd, xmlNode *root)
{
	struct untc_file *f = rd->f;
	const char *foot;
	if (status_as_at(rd, root) || reference(rd, root))
		return -1;
	xmlNode *t = by_id(root, "rptTreaty_ctl_tcTreaty");
	xmlNode *c = by_id(root, "rptTreaty_ctl_tcText");
	xmlNode *e = by_id(root, "rptEIF_ctl_tcText");
	xmlNode *r = by_id(root, "rptRegistration_ctl_tcText");
	xmlNode *s = by_id(root, "rptStatus_ctl_tcText");
	const char *title = "";
	if ((t && name_cell(rd, t, &title, &foot)) ||
	    (c && name_cell(rd, c, &f->conclusion_text, &foot)) ||
	    (e && name_cell(rd, e, &f->eif_text, &foot)) ||
	    (r && name_cell(rd, r, &f->registration, &foot)))
		return -1;
	f->title = drop_section_number(title);
	int y, m, d;
	if (txt_is_digit((unsigned char)f->eif_text[0]) && txt_date_at(f->eif_text, &y, &m, &d) &&
	    inforce_date_valid(y, m, d))
		f->published_eif = inforce_date_from_ymd(y, m, d);
	const char *st = s ? node_clean(rd, s) : "";
	if (!st)
		return untc_oom(rd);
	status_counts(st, &f->published_signatories, &f->published_parties);
	if (*f->registration &&
	    untc_add_note(rd, UNTC_NOTE_OTHER, NULL, "", f->registration, "Registration",
			  node_line(r)))
		return -1;
	return header_note(rd, root, "rptText_ctl_tcText", "TreatyText") ||
	       header_note(rd, root, "rptNotes_ctl_tcText", "TreatyNote") ||
	       header_note(rd, root, "rpt_Ptitle_ctl_tcText", "Participants/Title");
}

/* ------------------------------------------------------------------ tables */

#define MAX_COLS 16

static int participants(struct untc_reader *rd, xmlNode *table)
{
	struct untc_file *f = rd->f;
	xmlNode *hrow = first_row(table), *cells[MAX_COLS];
	if (!hrow)
		return 0;
	size_t ncols = row_cells(hrow, cells, MAX_COLS);
	if (ncols > MAX_COLS)
		return ifc_fail(rd->err, INFORCE_EINPUT, rd->file, node_line(hrow), "legend",
				"participants table of %zu columns (at most %d)", ncols, MAX_COLS);
	struct untc_colspec *cols = calloc(ncols + 1, sizeof *cols);
	if (!cols)
		return untc_oom(rd);
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < ncols; i++) {
		const char *legend, *foot;
		if ((rc = name_cell(rd, cells[i], &legend, &foot)))
			break;
		if (i == 0) {
			if (strcmp(legend, "Participant") != 0)
				rc = ifc_fail(rd->err, INFORCE_EINPUT, rd->file, node_line(cells[i]),
					      "legend", "first column is '%s', not 'Participant'",
					      legend);
		} else if (!(rc = untc_colspec_parse(&cols[i], legend, &f->pool, rd->file,
						       node_line(cells[i]), rd->err))) {
			rc = untc_add_legend(rd, legend);
		}
	}
	for (xmlNode *row = next_row(hrow); rc == 0 && row; row = next_row(row)) {
		size_t n = row_cells(row, cells, MAX_COLS);
		if (n != ncols) {
			rc = ifc_fail(rd->err, INFORCE_EINPUT, rd->file, node_line(row), NULL,
				      "row of %zu cells under a header of %zu", n, ncols);
			break;
		}
		const char *name, *foot;
		if ((rc = name_cell(rd, cells[0], &name, &foot)))
			break;
		if (!*name) {
			rc = ifc_fail(rd->err, INFORCE_EINPUT, rd->file, node_line(cells[0]),
				      "participant", "row without a participant name");
			break;
		}
		f->rows++;
		if ((rc = untc_add_part(rd, name, foot)))
			break;
		for (size_t i = 1; rc == 0 && i < ncols; i++) {
			const char *raw = node_clean(rd, cells[i]);
			if (!raw)
				rc = untc_oom(rd);
			else if (*raw)
				rc = untc_act_cell(rd, &cols[i], name, foot, raw, node_line(cells[i]));
		}
	}
	free(cols);
	return rc;
}

/* The special table (the CCW's Protocols I-III ticked "x"): every non-empty cell a
 * note under its column's header, every row a participant. */
static int special_table(struct untc_reader *rd, xmlNode *root)
{
	struct untc_file *f = rd->f;
	xmlNode *title = by_id(root, "Repeater1_ctl_tcText");
	xmlNode *table = by_id(root, "Table1");
	const char *s = title ? node_text(rd, title) : "";
	if (!s)
		return untc_oom(rd);
	if (*s && untc_add_note(rd, UNTC_NOTE_OTHER, NULL, "", s, "SpecialTables/Title",
				node_line(title)))
		return -1;
	xmlNode *hrow = first_row(table), *head[MAX_COLS], *cells[MAX_COLS];
	if (!hrow)
		return 0;
	size_t nh = row_cells(hrow, head, MAX_COLS);
	for (xmlNode *row = next_row(hrow); row; row = next_row(row)) {
		size_t n = row_cells(row, cells, MAX_COLS);
		if (n == 0)
			continue;
		const char *name, *foot;
		if (name_cell(rd, cells[0], &name, &foot))
			return -1;
		f->rows++;
		if (untc_add_part(rd, name, foot))
			return -1;
		for (size_t i = 1; i < n && i < MAX_COLS; i++) {
			const char *raw = node_clean(rd, cells[i]);
			const char *hd = i < nh && i < MAX_COLS ? node_clean(rd, head[i]) : "";
			if (!raw || !hd)
				return untc_oom(rd);
			if (!*raw)
				continue;
			f->cells++;
			f->other_cells++;
			if (untc_add_note(rd, UNTC_NOTE_OTHER, *name ? name : NULL, "", raw, hd,
					  node_line(cells[i])))
				return -1;
		}
	}
	return 0;
}

/* Declarations, objections, notifications: a grid of rows, each with a participant
 * (divParticipant) and a text (`textid`). Kept as notes of `kind`. */
static int participant_notes(struct untc_reader *rd, xmlNode *root, const char *grid,
			     const char *textid, enum untc_note_kind kind, const char *column)
{
	xmlNode *g = by_id(root, grid);
	if (!g)
		return 0;
	char want_p[96], want_t[96], buf[128];
	snprintf(want_p, sizeof want_p, "%s_ctl_divParticipant", grid);
	snprintf(want_t, sizeof want_t, "%s_ctl_%s", grid, textid);
	const char *who = NULL;
	for (xmlNode *n = g; n; n = next_node(n, g, 1)) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		const char *id = page_id(n, buf, sizeof buf);
		if (!id)
			continue;
		if (strcmp(id, want_p) == 0) {
			const char *foot;
			if (name_cell(rd, n, &who, &foot))
				return -1;
		} else if (strcmp(id, want_t) == 0) {
			const char *text = node_text(rd, n);
			if (!text)
				return untc_oom(rd);
			if (*text && untc_add_note(rd, kind, who && *who ? who : NULL, "", text,
						   column, node_line(n)))
				return -1;
			who = NULL;
		}
	}
	return 0;
}

/* Territorial applications: Participant | Date of receipt of the notification |
 * Territories, kept as "date: territories" notes. */
static int territorial(struct untc_reader *rd, xmlNode *root)
{
	xmlNode *table = by_id(root, "tblDec"), *cells[4];
	xmlNode *hrow = first_row(table);
	if (!hrow)
		return 0;
	for (xmlNode *row = next_row(hrow); row; row = next_row(row)) {
		if (row_cells(row, cells, 4) < 3)
			continue;
		const char *name, *foot;
		if (name_cell(rd, cells[0], &name, &foot))
			return -1;
		const char *date = node_clean(rd, cells[1]);
		const char *terr = date ? node_text(rd, cells[2]) : NULL;
		if (!terr)
			return untc_oom(rd);
		sb_reset(&rd->sb);
		sb_str(&rd->sb, date);
		sb_str(&rd->sb, ": ");
		sb_str(&rd->sb, terr);
		const char *text = rd->sb.oom ? NULL : pool_strdup(&rd->f->pool, sb_cstr(&rd->sb));
		if (!text)
			return untc_oom(rd);
		if (untc_add_note(rd, UNTC_NOTE_TERRITORIAL, *name ? name : NULL, "", text,
				  "TerritorialApplications", node_line(row)))
			return -1;
	}
	return 0;
}

/* ------------------------------------------------------------------ end notes */

/* Building one end note: paragraphs (split at blank lines) and tables, in order. */
struct note_build {
	struct untc_reader *rd;
	struct sbuf para;     /* the paragraph being read */
	struct vec blocks;    /* struct untc_nblock */
	struct sbuf all;      /* the whole text */
	int skip_index;       /* the note's number anchor is still to be skipped */
};

static int flush_para(struct note_build *nb)
{
	struct untc_reader *rd = nb->rd;
	const char *s = sb_cstr(&nb->para);
	/* paragraphs are separated by blank lines: split there */
	while (*s) {
		const char *e = strstr(s, "\n\n");
		size_t n = e ? (size_t)(e - s) : strlen(s);
		char *p = pool_strndup(&rd->f->pool, s, n);
		const char *t = p ? pool_trim(&rd->f->pool, p) : NULL;
		if (!t)
			return untc_oom(rd);
		/* no-break padding ("&nbsp; &nbsp; See C.N....") */
		size_t w;
		while ((w = txt_space_width(t)))
			t += w;
		if (*t) {
			struct untc_nblock *b = vec_push(&nb->blocks);
			if (!b)
				return untc_oom(rd);
			b->para = t;
			if (nb->all.len)
				sb_str(&nb->all, "\n");
			sb_str(&nb->all, t);
		}
		s += n;
		while (*s == '\n')
			s++;
	}
	sb_reset(&nb->para);
	return nb->para.oom || nb->all.oom ? untc_oom(rd) : 0;
}

static int note_table(struct note_build *nb, xmlNode *table)
{
	struct untc_reader *rd = nb->rd;
	struct pool *pool = &rd->f->pool;
	size_t nr = 0;
	for (xmlNode *r = first_row(table); r; r = next_row(r))
		nr++;
	struct untc_nrow *rows = pool_alloc(pool, sizeof *rows * (nr + 1));
	struct untc_nblock *b = vec_push(&nb->blocks);
	if (!rows || !b)
		return untc_oom(rd);
	b->para = NULL;
	b->rows = rows;
	for (xmlNode *r = first_row(table); r; r = next_row(r)) {
		xmlNode *cells[MAX_COLS];
		size_t nc = row_cells(r, cells, MAX_COLS);
		if (nc > MAX_COLS)
			nc = MAX_COLS;
		const char **texts = pool_alloc(pool, sizeof *texts * (nc + 1));
		if (!texts)
			return untc_oom(rd);
		struct untc_nrow *row = &rows[b->nrows++];
		row->line = node_line(r);
		row->cells = texts;
		if (nb->all.len)
			sb_str(&nb->all, "\n");
		for (size_t i = 0; i < nc; i++) {
			sb_reset(&rd->sb);
			text_of(cells[i], &rd->sb);
			const char *raw = rd->sb.oom ? NULL : pool_strdup(pool, sb_cstr(&rd->sb));
			const char *clean = raw ? pool_clean(pool, raw, strlen(raw)) : NULL;
			if (!clean)
				return untc_oom(rd);
			texts[row->ncells++] = raw;
			if (i)
				sb_str(&nb->all, " | ");
			sb_str(&nb->all, clean);
		}
	}
	return 0;
}

/* The note's content in document order: text into the paragraph, a table as a
 * block of its own. The number anchor (<a name='3'>3</a>) is not text. */
static int note_walk(struct note_build *nb, xmlNode *n)
{
	for (xmlNode *c = n->children; c; c = c->next) {
		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
			if (c->content)
				sb_str(&nb->para, (const char *)c->content);
			continue;
		}
		if (c->type != XML_ELEMENT_NODE || is_tag(c, "script") || is_tag(c, "style"))
			continue;
		if (nb->skip_index && is_tag(c, "a") && attr(c, "name")) {
			nb->skip_index = 0;
			continue;
		}
		if (is_tag(c, "table")) {
			if (flush_para(nb) || note_table(nb, c))
				return -1;
			continue;
		}
		if (is_tag(c, "br")) {
			sb_str(&nb->para, "\n");
			continue;
		}
		int sup = is_tag(c, "sup"), block = is_tag(c, "p") || is_tag(c, "div");
		if (sup)
			sb_str(&nb->para, "<superscript>");
		if (note_walk(nb, c))
			return -1;
		if (sup)
			sb_str(&nb->para, "</superscript>");
		if (block)
			sb_str(&nb->para, "\n");
	}
	return 0;
}

/* The number of a note: its first <a name='N'>. */
static const char *note_index(struct untc_reader *rd, xmlNode *div)
{
	for (xmlNode *n = div; n; n = next_node(n, div, 1))
		if (is_tag(n, "a") && attr(n, "name"))
			return node_clean(rd, n);
	return "";
}

static int end_notes(struct untc_reader *rd, xmlNode *root)
{
	xmlNode *grid = by_id(root, "dgNotesAll");
	if (!grid)
		return untc_read_endnotes(rd, NULL, 0);
	struct vec notes;
	char buf[128];
	vec_init(&notes, sizeof(struct untc_endnote));
	int rc = 0;
	for (xmlNode *n = grid; rc == 0 && n; n = next_node(n, grid, 1)) {
		const char *id = n->type == XML_ELEMENT_NODE ? page_id(n, buf, sizeof buf) : NULL;
		if (!id || strcmp(id, "dgNotesAll_ctl_divNotesAll") != 0)
			continue;
		struct untc_endnote *en = vec_push(&notes);
		struct note_build nb = {.rd = rd, .skip_index = 1};
		vec_init(&nb.blocks, sizeof(struct untc_nblock));
		if (!en || !(en->index = note_index(rd, n))) {
			rc = untc_oom(rd);
		} else {
			en->line = node_line(n);
			rc = note_walk(&nb, n);
			if (rc == 0)
				rc = flush_para(&nb);
			size_t sz = sizeof(struct untc_nblock) * (nb.blocks.len + 1);
			struct untc_nblock *blocks = rc == 0 ? pool_alloc(&rd->f->pool, sz) : NULL;
			en->text = rc == 0 ? pool_strdup(&rd->f->pool, sb_cstr(&nb.all)) : NULL;
			if (rc == 0 && (!blocks || !en->text))
				rc = untc_oom(rd);
			if (rc == 0) {
				if (nb.blocks.len)
					memcpy(blocks, nb.blocks.items,
					       sizeof(struct untc_nblock) * nb.blocks.len);
				en->blocks = blocks;
				en->nblocks = nb.blocks.len;
			}
		}
		free(nb.para.s);
		free(nb.all.s);
		vec_release(&nb.blocks);
	}
	if (rc == 0)
		rc = untc_read_endnotes(rd, notes.items, notes.len);
	vec_release(&notes);
	return rc;
}

/* ------------------------------------------------------------------ the page */

static int walk(struct untc_reader *rd, htmlDocPtr doc)
{
	xmlNode *root = xmlDocGetRootElement(doc);
	if (!root)
		return ifc_fail(rd->err, INFORCE_EINPUT, rd->file, 0, NULL, "an empty HTML page");
	xmlNode *grid = by_id(root, "tblgrid");
	if (header(rd, root))
		return -1;
	if (!grid && rd->f->status_as_at == INFORCE_DAY_NONE)
		return ifc_fail(rd->err, INFORCE_EINPUT, rd->file, 0, NULL,
				"not a UN Treaty Collection status page: no participants table "
				"and no \"STATUS AS AT\" (a search, error or maintenance page?)");
	if (rd->f->status_as_at == INFORCE_DAY_NONE)
		return ifc_fail(rd->err, INFORCE_EINPUT, rd->file, 0, "STATUS AS AT",
				"the page does not say when its status was current");
	if (!*rd->f->reference)
		return ifc_fail(rd->err, INFORCE_EINPUT, rd->file, 0, "mtdsg_no",
				"the page does not name its MTDSG reference");
	if ((grid && participants(rd, grid)) || special_table(rd, root) ||
	    participant_notes(rd, root, "dgDec", "divText", UNTC_NOTE_DECLARATION, "") ||
	    participant_notes(rd, root, "dgDecUnderArticle", "divText", UNTC_NOTE_DECLARATION,
			      "DeclarationsUnderArticle") ||
	    participant_notes(rd, root, "dgObj", "divText", UNTC_NOTE_OBJECTION, "") ||
	    participant_notes(rd, root, "dgNotifications", "divNotificationText",
			      UNTC_NOTE_NOTIFICATION, "") ||
	    territorial(rd, root))
		return -1;
	return end_notes(rd, root);
}

/* Refuses before parsing what cannot be a UTF-8 status page. */
static int check_bytes(const char *buf, size_t len, const char *file, inforce_error *err)
{
	if (len == 0)
		return ifc_fail(err, INFORCE_EINPUT, file, 0, NULL, "empty file");
	if (len > UNTC_MAX_BYTES)
		return ifc_fail(err, INFORCE_EINPUT, file, 0, NULL,
				"page of %zu bytes is larger than the limit of %zu", len,
				(size_t)UNTC_MAX_BYTES);
	const char *nul = memchr(buf, '\0', len);
	if (nul)
		return ifc_fail(err, INFORCE_EINPUT, file, txt_line_at(buf, nul), NULL,
				"NUL byte at offset %zu: not UTF-8 text", (size_t)(nul - buf));
	if (txt_find_mem(buf, len, "urgent maintenance", 1) &&
	    txt_find_mem(buf, len, "currently unavailable", 1))
		return ifc_fail(err, INFORCE_EINPUT, file, 0, NULL,
				"this is the UN Treaty Collection's \"urgent maintenance\" page, "
				"not a status page: download it again");
	return 0;
}

int untc_parse_html(struct untc_file *out, const char *buf, size_t len, const char *file,
		    inforce_error *err)
{
	struct untc_reader rd;
	untc_file_init(out);
	out->format = UNTC_FORMAT_HTML;
	untc_reader_init(&rd, out, file, err);
	int rc = check_bytes(buf, len, file, err);
	if (rc == 0 && !(out->file = pool_strdup(&out->pool, file ? file : "")))
		rc = untc_oom(&rd);
	if (rc == 0) {
		struct untc_watch watch;
		untc_watch_begin(&watch);
		htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
		watch.ctxt = ctxt;
		htmlDocPtr doc = ctxt && !watch.oom ? htmlCtxtReadMemory(ctxt, buf, (int)len, NULL,
									 "UTF-8", HTML_OPTIONS)
						    : NULL;
		untc_watch_end(&watch);
		/* out of memory, libxml2 may still hand back a tree with text or cells
		 * left out: never read one */
		if (!ctxt || watch.oom || ctxt->errNo == XML_ERR_NO_MEMORY)
			rc = untc_oom(&rd);
		else if (!doc)
			rc = ifc_fail(err, INFORCE_EINPUT, file, 0, NULL, "not HTML that can be read");
		else
			rc = walk(&rd, doc);
		xmlFreeDoc(doc);
		if (ctxt)
			htmlFreeParserCtxt(ctxt);
	}
	untc_reader_release(&rd);
	if (rc)
		untc_release(out);
	return rc;
}
