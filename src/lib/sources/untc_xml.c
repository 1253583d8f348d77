/*
 * untc_xml.c - the reader of the UN Treaty Collection's MTDSG status files (one XML
 * file per treaty, ISO-8859-1, as published; see data/untc-mtdsg-2018/README.md):
 * the XML's own quirks. Legends and cells (untc_common.c) and the sentences of end
 * notes (untc_notes.c) are shared with the HTML reader. Exports untc_parse_xml and
 * untc_to_utf8 (untc.h).
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
 * SpecialTables (notifications, contributions, the CCW's protocols ticked "x", the
 * 1925 Opium Convention's schedule in "May 5, 1944" form...) have free headers and
 * free cells: each non-empty cell is kept as a UNTC_NOTE_OTHER note with its header,
 * and the rows count in `rows`. The League of Nations tables (LON) likewise, one note
 * per element, with the state it follows.
 *
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "untc_int.h"

#define PARSE_OPTIONS \
	(XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES)


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
		while (q < end && (txt_is_digit(*q) ||
				   (hex && ((*q >= 'a' && *q <= 'f') || (*q >= 'A' && *q <= 'F')))))
			q++;
		return q > start && q < end && *q == ';';
	}
	if (q >= end || !(txt_is_alpha(*q) || *q == '_' || *q == ':' || *q >= 0x80))
		return 0;
	while (q < end && (txt_is_alnum(*q) || *q == '_' || *q == ':' || *q == '.' || *q == '-' ||
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
	const char *end = txt_find_mem(buf, len, "?>", 0);
	if (!end)
		return ifc_fail(err, INFORCE_EINPUT, file, 1, NULL,
				"the XML declaration is not closed");
	size_t dlen = (size_t)(end - buf) + 2;
	const char *enc = txt_find_mem(buf, dlen, "encoding", 0);
	if (!enc)
		return ifc_fail(err, INFORCE_EINPUT, file, 1, NULL,
				"the XML declaration names no encoding: MTDSG files are "
				"iso-8859-1 and say so");
	const char *p = enc + 8;
	while (p < end && (txt_is_space((unsigned char)*p) || *p == '='))
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
	if (!(vlen == 10 && txt_find_mem(v, vlen, "iso-8859-1", 1) == v) &&
	    !(vlen == 6 && txt_find_mem(v, vlen, "latin1", 1) == v))
		return ifc_fail(err, INFORCE_EINPUT, file, 1, NULL,
				"declares encoding '%.*s': MTDSG files are iso-8859-1",
				(int)(vlen > 40 ? 40 : vlen), v);
	*decl_len = dlen;
	return 0;
}

/* Refuses a DOCTYPE that declares entities or names an external DTD. */
static int check_doctype(const char *buf, size_t len, const char *file, inforce_error *err)
{
	const char *dt = txt_find_mem(buf, len, "<!DOCTYPE", 0);
	if (!dt)
		return 0;
	long line = txt_line_at(buf, dt);
	const char *ent = txt_find_mem(buf, len, "<!ENTITY", 0);
	if (ent)
		return ifc_fail(err, INFORCE_EINPUT, file, txt_line_at(buf, ent), NULL,
				"the DOCTYPE declares entities: refused (entity expansion and "
				"external entities; MTDSG files have none)");
	const char *p = dt + 9, *end = buf + len;
	while (p < end && txt_is_space((unsigned char)*p))
		p++;
	while (p < end && !txt_is_space((unsigned char)*p) && *p != '>' && *p != '[')
		p++;
	while (p < end && txt_is_space((unsigned char)*p))
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
	if (txt_find_mem(buf, len, "urgent maintenance", 1) &&
	    txt_find_mem(buf, len, "currently unavailable", 1))
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
		return ifc_fail(err, INFORCE_EINPUT, file, txt_line_at(buf, nul), NULL,
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

/* ------------------------------------------------------------------ the tree walk */

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
static const char *node_str(struct untc_reader *rd, const xmlNode *n)
{
	if (!n)
		return "";
	sb_reset(&rd->sb);
	text_of(n, &rd->sb);
	if (rd->sb.oom)
		return NULL;
	return pool_trim(&rd->f->pool, sb_cstr(&rd->sb));
}

/* The text of n with whitespace runs made single spaces (NULL on out of memory). */
static const char *node_clean(struct untc_reader *rd, const xmlNode *n);

/* A participant name element: clean name and footnotes into the pool. */
static int name_cell(struct untc_reader *rd, const xmlNode *n, const char **name, const char **foot)
{
	return untc_name_text(rd, node_str(rd, n), name, foot);
}

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

/* Moves the footnote markers "<superscript>1,4</superscript>" out of s: the clean text
 * (whitespace collapsed, trailing commas and spaces removed) into *clean, the markers
 * ("1,4") appended to rd->fb. Superscripts that are not numbers stay in the text. */
static int participants_table(struct untc_reader *rd, const xmlNode *table)
{
	struct untc_file *f = rd->f;
	EACH_CHILD(t, table, "Title") {
		const char *s = node_str(rd, t);
		if (!s)
			return untc_oom(rd);
		if (*s && untc_add_note(rd, UNTC_NOTE_OTHER, NULL, "", s, "Participants/Title",
				   node_line(t)))
			return -1;
	}
	EACH_CHILD(tg, table, "TGroup") {
		xmlNode *hrow = first_child(first_child(tg, "Thead"), "Row");
		if (!hrow)
			return ifc_fail(rd->err, INFORCE_EINPUT, rd->file, node_line(tg), "Thead",
					"participant table without a header row");
		int ncols = 0;
		EACH_CHILD(e, hrow, "Entry")
			ncols++;
		struct untc_colspec *cols = calloc((size_t)ncols, sizeof *cols);
		if (!cols)
			return untc_oom(rd);
		int rc = 0, i = 0;
		EACH_CHILD(e, hrow, "Entry") {
			const char *legend, *foot;
			if ((rc = name_cell(rd, e, &legend, &foot)))
				break;
			if (i == 0) {
				if (strcmp(legend, "Participant") != 0) {
					rc = ifc_fail(rd->err, INFORCE_EINPUT, rd->file,
						      node_line(e), "legend",
						      "first column is '%s', not 'Participant'",
						      legend);
					break;
				}
			} else if ((rc = untc_colspec_parse(&cols[i], legend, &f->pool, rd->file,
						      node_line(e), rd->err)) ||
				   (rc = untc_add_legend(rd, legend))) {
				break;
			}
			i++;
		}
		xmlNode *rows = first_child(first_child(tg, "Tbody"), "Rows");
		for (xmlNode *row = rows ? rows->children : NULL; !rc && row; row = row->next) {
			if (row->type != XML_ELEMENT_NODE)
				continue;
			if (!is_elem(row, "Row")) {
				rc = ifc_fail(rd->err, INFORCE_EINPUT, rd->file, node_line(row),
					      NULL, "unexpected <%s> among the rows",
					      (const char *)row->name);
				break;
			}
			int n = 0;
			EACH_CHILD(e, row, "Entry")
				n++;
			if (n != ncols) {
				rc = ifc_fail(rd->err, INFORCE_EINPUT, rd->file, node_line(row),
					      NULL, "row of %d cells under a header of %d", n,
					      ncols);
				break;
			}
			xmlNode *e = first_child(row, "Entry");
			const char *name, *foot;
			if ((rc = name_cell(rd, e, &name, &foot)))
				break;
			if (!*name) {
				rc = ifc_fail(rd->err, INFORCE_EINPUT, rd->file, node_line(e),
					      "participant", "row without a participant name");
				break;
			}
			f->rows++;
			if ((rc = untc_add_part(rd, name, foot)))
				break;
			for (i = 1, e = next_sibling(e, "Entry"); !rc && e;
			     i++, e = next_sibling(e, "Entry")) {
				const char *raw = node_str(rd, e);
				if (!raw)
					rc = untc_oom(rd);
				else if (*raw)
					rc = untc_act_cell(rd, &cols[i], name, foot, raw, node_line(e));
			}
		}
		free(cols);
		if (rc)
			return rc;
	}
	return 0;
}

/* Titles joined by "\n" (NULL on out of memory, "" when none). */
static const char *joined_children(struct untc_reader *rd, const xmlNode *parent, const char *name)
{
	struct sbuf all = {0};
	EACH_CHILD(t, parent, name) {
		const char *s = node_str(rd, t);
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
	const char *r = all.oom ? NULL : pool_strdup(&rd->f->pool, sb_cstr(&all));
	free(all.s);
	return r;
}

static int special_tables(struct untc_reader *rd, const xmlNode *st)
{
	struct untc_file *f = rd->f;
	EACH_CHILD(table, st, "Table") {
		const char *title = joined_children(rd, table, "Title");
		if (!title)
			return untc_oom(rd);
		if (*title && untc_add_note(rd, UNTC_NOTE_OTHER, NULL, "", title, "SpecialTables/Title",
				       node_line(table)))
			return -1;
		const xmlNode *hdr = first_child(table, "TableHeader");
		EACH_CHILD(row, first_child(table, "Rows"), "Row") {
			xmlNode *c = first_child(row, "Column");
			const char *name, *foot;
			if (!c)
				continue;
			if (name_cell(rd, c, &name, &foot))
				return -1;
			f->rows++;
			if (untc_add_part(rd, name, foot))
				return -1;
			xmlNode *h = first_child(hdr, "Title");
			for (c = next_sibling(c, "Column"); c; c = next_sibling(c, "Column")) {
				h = h ? next_sibling(h, "Title") : NULL;
				const char *raw = node_str(rd, c);
				const char *head = h ? node_clean(rd, h) : "";
				if (!raw || !head)
					return untc_oom(rd);
				if (!*raw)
					continue;
				f->cells++;
				f->other_cells++;
				if (untc_add_note(rd, UNTC_NOTE_OTHER, *name ? name : NULL, "", raw,
					     head, node_line(c)))
					return -1;
			}
		}
	}
	return 0;
}

/* League of Nations tables: a flat run of State.no.link, Ratification.date, Para... */
static int lon_tables(struct untc_reader *rd, const xmlNode *lon)
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
				const char *s = node_str(rd, c);
				if (!s)
					return untc_oom(rd);
				if (!*s)
					continue;
				if (strcmp((const char *)c->name, "State.no.link") == 0) {
					const char *foot;
					if (name_cell(rd, c, &state, &foot))
						return -1;
				}
				sb_reset(&rd->sb);
				sb_str(&rd->sb, "LON/");
				sb_str(&rd->sb, (const char *)blk->name);
				if (!leaf) {
					sb_str(&rd->sb, "/");
					sb_str(&rd->sb, (const char *)c->name);
				}
				const char *col = rd->sb.oom ? NULL
						: pool_strdup(&rd->f->pool, sb_cstr(&rd->sb));
				if (!col)
					return untc_oom(rd);
				if (untc_add_note(rd, UNTC_NOTE_OTHER, state, "", s, col, node_line(c)))
					return -1;
			}
		}
	}
	return 0;
}

/* Declarations, Objections, Notifications...: <X><Participant/><text/>...</X>. */
static int participant_notes(struct untc_reader *rd, const xmlNode *sect, const char *elem,
			     enum untc_note_kind kind, const char *column)
{
	EACH_CHILD(d, sect, elem) {
		const char *name = NULL, *foot;
		xmlNode *p = first_child(d, "Participant");
		if (p && name_cell(rd, p, &name, &foot))
			return -1;
		const char *text = joined_children(rd, d, "text");
		if (!text)
			return untc_oom(rd);
		if (untc_add_note(rd, kind, name && *name ? name : NULL, "", text, column,
			     node_line(d)))
			return -1;
	}
	return 0;
}

static int territorial_applications(struct untc_reader *rd, const xmlNode *sect)
{
	EACH_CHILD(a, sect, "Application") {
		const char *name = NULL, *foot;
		xmlNode *p = first_child(a, "Participant");
		if (p && name_cell(rd, p, &name, &foot))
			return -1;
		const char *date = node_clean(rd, first_child(a, "DateNotification"));
		const char *terr = date ? node_str(rd, first_child(a, "Territories")) : NULL;
		if (!terr)
			return untc_oom(rd);
		sb_reset(&rd->sb);
		sb_str(&rd->sb, date);
		sb_str(&rd->sb, ": ");
		sb_str(&rd->sb, terr);
		const char *text = rd->sb.oom ? NULL : pool_strdup(&rd->f->pool, sb_cstr(&rd->sb));
		if (!text)
			return untc_oom(rd);
		if (untc_add_note(rd, UNTC_NOTE_TERRITORIAL, name && *name ? name : NULL, "", text,
			     "TerritorialApplications", node_line(a)))
			return -1;
	}
	return 0;
}

/* An end note's text: its <text> paragraphs and <table> rows, in document order. */
static const char *endnote_text(struct untc_reader *rd, const xmlNode *note)
{
	struct sbuf all = {0};
	for (const xmlNode *c = note->children; c; c = c->next) {
		if (is_elem(c, "text")) {
			const char *s = node_str(rd, c);
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
					const char *s = node_clean(rd, col);
					if (!s)
						goto fail;
					if (k++)
						sb_str(&all, " | ");
					sb_str(&all, s);
				}
			}
		}
	}
	const char *r = all.oom ? NULL : pool_strdup(&rd->f->pool, sb_cstr(&all));
	free(all.s);
	return r;
fail:
	free(all.s);
	return NULL;
}

/* The end notes as untc_notes.c reads them: each <Note>'s <text> paragraphs and
 * <table> rows (<row><col>), in document order. */
static int end_notes(struct untc_reader *rd, const xmlNode *sect)
{
	struct pool *pool = &rd->f->pool;
	size_t n = 0;
	EACH_CHILD(note, sect, "Note")
		n++;
	struct untc_endnote *notes = pool_alloc(pool, sizeof *notes * (n + 1));
	if (!notes)
		return untc_oom(rd);
	size_t k = 0;
	EACH_CHILD(note, sect, "Note") {
		struct untc_endnote *en = &notes[k++];
		en->index = node_clean(rd, first_child(note, "index"));
		en->text = en->index ? endnote_text(rd, note) : NULL;
		en->line = node_line(note);
		size_t nb = 0;
		for (const xmlNode *c = note->children; c; c = c->next)
			nb += is_elem(c, "text") || is_elem(c, "table");
		struct untc_nblock *blocks = pool_alloc(pool, sizeof *blocks * (nb + 1));
		if (!en->text || !blocks)
			return untc_oom(rd);
		for (const xmlNode *c = note->children; c; c = c->next) {
			struct untc_nblock *blk = &blocks[en->nblocks];
			if (is_elem(c, "text")) {
				if (!(blk->para = node_str(rd, c)))
					return untc_oom(rd);
				en->nblocks++;
				continue;
			}
			if (!is_elem(c, "table"))
				continue;
			size_t nr = 0;
			EACH_CHILD(row, c, "row")
				nr++;
			struct untc_nrow *rows = pool_alloc(pool, sizeof *rows * (nr + 1));
			if (!rows)
				return untc_oom(rd);
			EACH_CHILD(row, c, "row") {
				struct untc_nrow *r = &rows[blk->nrows++];
				size_t nc = 0;
				EACH_CHILD(col, row, "col")
					nc++;
				const char **cells = pool_alloc(pool, sizeof *cells * (nc + 1));
				if (!cells)
					return untc_oom(rd);
				r->line = node_line(row);
				r->cells = cells;
				EACH_CHILD(col, row, "col") {
					sb_reset(&rd->sb);
					text_of(col, &rd->sb);
					if (rd->sb.oom ||
					    !(cells[r->ncells++] = pool_strdup(pool, sb_cstr(&rd->sb))))
						return untc_oom(rd);
				}
			}
			blk->rows = rows;
			en->nblocks++;
		}
		en->blocks = blocks;
	}
	return untc_read_endnotes(rd, notes, n);
}

/* ------------------------------------------------------------------ header */

static int parse_count(struct untc_reader *rd, const xmlNode *n, int *out)
{
	*out = -1;
	if (!n)
		return 0;
	const char *s = node_clean(rd, n);
	if (!s)
		return untc_oom(rd);
	if (!*s)
		return 0;
	long v = 0;
	for (const char *p = s; *p; p++) {
		if (!txt_is_digit((unsigned char)*p) || v > 100000)
			return ifc_fail(rd->err, INFORCE_EINPUT, rd->file, node_line(n),
					(const char *)n->name, "'%s' is not a count", s);
		v = v * 10 + (*p - '0');
	}
	*out = (int)v;
	return 0;
}

/* Header notes kept as OTHER: <parent>/<child>/<leaf>... */
static int header_notes(struct untc_reader *rd, const xmlNode *parent, const char *elem,
			const char *column)
{
	EACH_CHILD(e, parent, elem) {
		const char *s = node_str(rd, e);
		if (!s)
			return untc_oom(rd);
		if (*s && untc_add_note(rd, UNTC_NOTE_OTHER, NULL, "", s, column, node_line(e)))
			return -1;
	}
	return 0;
}

static int header(struct untc_reader *rd, const xmlNode *hdr)
{
	struct untc_file *f = rd->f;
	const xmlNode *ed = first_child(hdr, "ExternalData");
	const xmlNode *chap = first_child(first_child(hdr, "Chapter"), "Header");
	const xmlNode *num = first_child(ed, "Numsect");
	if (!chap || !num)
		return ifc_fail(rd->err, INFORCE_EINPUT, rd->file, node_line(hdr), "Header",
				"not an MTDSG status file: no chapter or section number");
	const char *ch, *foot;
	if (name_cell(rd, chap, &ch, &foot))
		return -1;
	if (txt_starts_with_ci(ch, "CHAPTER "))
		ch += 8;
	const char *sub = node_clean(rd, first_child(first_child(hdr, "SubChapter"), "Header"));
	const char *ns = node_clean(rd, num);
	const char *subn = node_clean(rd, first_child(ed, "Subnumsect"));
	if (!sub || !ns || !subn)
		return untc_oom(rd);
	/* "XXVI" [-"A"] -"6" [-"b"]: chapter, subchapter, section, subsection. */
	const char *parts[] = {ch, sub, ns, subn};
	sb_reset(&rd->sb);
	for (size_t i = 0; i < IFC_ARRAY_LEN(parts); i++) {
		if (!*parts[i])
			continue;
		if (i)
			sb_str(&rd->sb, "-");
		sb_str(&rd->sb, parts[i]);
	}
	if (rd->sb.oom || !(f->reference = pool_strdup(&f->pool, sb_cstr(&rd->sb))))
		return untc_oom(rd);

	const xmlNode *t = first_child(ed, "Titlesect");
	if (!t)
		t = first_child(ed, "Subtitlesect");
	if (t && name_cell(rd, t, &f->title, &foot))
		return -1;
	const xmlNode *eif = first_child(ed, "EIF");
	const xmlNode *concl = first_child(ed, "Conclusion"), *eift = first_child(eif, "Labeltext");
	if ((concl && name_cell(rd, concl, &f->conclusion_text, &foot)) ||
	    (eift && name_cell(rd, eift, &f->eif_text, &foot)))
		return -1;
	int y, m, d;
	if (txt_is_digit((unsigned char)f->eif_text[0]) && txt_date_at(f->eif_text, &y, &m, &d) &&
	    inforce_date_valid(y, m, d))
		f->published_eif = inforce_date_from_ymd(y, m, d);
	const xmlNode *status = first_child(ed, "Status");
	if (parse_count(rd, first_child(status, "Signatories"), &f->published_signatories) ||
	    parse_count(rd, first_child(status, "Parties"), &f->published_parties))
		return -1;

	const xmlNode *reg = first_child(ed, "Registration");
	if (header_notes(rd, first_child(eif, "Notes"), "Note", "EIF/Notes") ||
	    header_notes(rd, reg, "Labeltext", "Registration") ||
	    header_notes(rd, first_child(reg, "Notes"), "Note", "Registration/Notes") ||
	    header_notes(rd, status, "CustomText", "Status/CustomText") ||
	    header_notes(rd, first_child(status, "Notes"), "Note", "Status/Notes") ||
	    header_notes(rd, first_child(ed, "TreatyText"), "Text", "TreatyText") ||
	    header_notes(rd, first_child(ed, "TreatyNote"), "Text", "TreatyNote") ||
	    header_notes(rd, first_child(ed, "Termination"), "Labeltext", "Termination") ||
	    header_notes(rd, first_child(ed, "Expiration"), "Labeltext", "Expiration"))
		return -1;
	return 0;
}

/* ------------------------------------------------------------------ the document */

/* Deepest element nesting, refused past UNTC_MAX_DEPTH (walked without recursion). */
static int check_depth(struct untc_reader *rd, xmlNode *root)
{
	int depth = 1;
	xmlNode *n = root;
	while (n) {
		if (n->type == XML_ELEMENT_NODE && depth > UNTC_MAX_DEPTH)
			return ifc_fail(rd->err, INFORCE_EINPUT, rd->file, node_line(n), NULL,
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

static int walk(struct untc_reader *rd, xmlDoc *doc)
{
	xmlNode *root = xmlDocGetRootElement(doc);
	if (!root)
		return ifc_fail(rd->err, INFORCE_EINPUT, rd->file, 0, NULL, "no root element");
	if (doc->extSubset || (doc->intSubset && doc->intSubset->entities))
		return ifc_fail(rd->err, INFORCE_EINPUT, rd->file, 0, NULL,
				"the document declares entities or an external DTD: refused");
	if (check_depth(rd, root))
		return -1;
	xmlNode *treaty = first_child(root, "Treaty");
	if (!is_elem(root, "Document") || !treaty)
		return ifc_fail(rd->err, INFORCE_EINPUT, rd->file, node_line(root), NULL,
				"not an MTDSG status file: root <%s> is not "
				"<Document><Treaty>", (const char *)root->name);
	xmlNode *hdr = first_child(treaty, "Header");
	if (!hdr)
		return ifc_fail(rd->err, INFORCE_EINPUT, rd->file, node_line(treaty), NULL,
				"not an MTDSG status file: no <Header>");
	if (header(rd, hdr))
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
				if ((rc = participants_table(rd, table)))
					break;
		} else if (!strcmp(name, "SpecialTables")) {
			rc = special_tables(rd, c);
		} else if (!strcmp(name, "LON")) {
			rc = lon_tables(rd, c);
		} else if (!strcmp(name, "Declarations")) {
			rc = participant_notes(rd, c, "Declaration", UNTC_NOTE_DECLARATION, "");
		} else if (!strcmp(name, "DeclarationsUnderArticle")) {
			rc = participant_notes(rd, c, "Declaration", UNTC_NOTE_DECLARATION,
					       "DeclarationsUnderArticle");
		} else if (!strcmp(name, "Objections")) {
			rc = participant_notes(rd, c, "Objection", UNTC_NOTE_OBJECTION, "");
		} else if (!strcmp(name, "Notifications")) {
			rc = participant_notes(rd, c, "Notification", UNTC_NOTE_NOTIFICATION, "");
		} else if (!strcmp(name, "TerritorialApplications")) {
			rc = territorial_applications(rd, c);
		} else if (!strcmp(name, "EndNotes")) {
			endnotes = c;
		} else {
			/* Not met in the 2018 files: kept whole rather than dropped. */
			const char *s = node_str(rd, c);
			if (!s)
				return untc_oom(rd);
			if (*s)
				rc = untc_add_note(rd, UNTC_NOTE_OTHER, NULL, "", s, name, node_line(c));
		}
		if (rc)
			return rc;
	}
	return endnotes ? end_notes(rd, endnotes) : 0;
}


/* libxml2's first error on this context: its structured-error hook, which finds our
 * record through the context's _private pointer (no global handler). */
struct xml_first {
	int oom; /* libxml2 ran out of memory */
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
	if (first && e && (e->code == XML_ERR_NO_MEMORY || e->domain == XML_FROM_MEMORY))
		first->oom = 1; /* whatever came before: the document read is not whole */
	if (!first || first->set || !e || e->level < XML_ERR_ERROR)
		return;
	first->set = 1;
	first->line = e->line;
	snprintf(first->msg, sizeof first->msg, "%s", e->message ? e->message : "not well-formed");
	size_t n = strlen(first->msg);
	while (n && txt_is_space((unsigned char)first->msg[n - 1]))
		first->msg[--n] = '\0';
}

/* The refusal of a document libxml2 found not well-formed. */
static int xml_failure(struct untc_reader *rd, const struct xml_first *first, const char *buf,
		       size_t len)
{
	size_t n = len;
	while (n && txt_is_space((unsigned char)buf[n - 1]))
		n--;
	int truncated = n < 11 || memcmp(buf + n - 11, "</Document>", 11) != 0;
	return ifc_fail(rd->err, INFORCE_EINPUT, rd->file, first->set ? first->line : 0, NULL,
			"%s%s", truncated ? "truncated file (it does not end with </Document>): " : "",
			first->set ? first->msg : "not well-formed");
}

static int parse_utf8(struct untc_reader *rd, const char *utf8, size_t n, const char *buf,
		      size_t len)
{
	struct xml_first first = {0};
	struct untc_watch watch;
	untc_watch_begin(&watch);
	xmlParserCtxt *ctxt = xmlNewParserCtxt();
	if (!ctxt || watch.oom) {
		untc_watch_end(&watch);
		xmlFreeParserCtxt(ctxt);
		return untc_oom(rd);
	}
	watch.ctxt = ctxt;
	ctxt->_private = &first;
	ctxt->sax->serror = on_xml_error;
	int rc;
	xmlDoc *doc = xmlCtxtReadMemory(ctxt, utf8, (int)n, NULL, "UTF-8", PARSE_OPTIONS);
	untc_watch_end(&watch);
	/* libxml2 out of memory may still hand back a tree, with text or cells left
	 * out: never read one, and blame the machine, not the file */
	if (first.oom || watch.oom || ctxt->errNo == XML_ERR_NO_MEMORY)
		rc = untc_oom(rd);
	else if (!doc || !ctxt->wellFormed)
		rc = xml_failure(rd, &first, buf, len);
	else
		rc = walk(rd, doc);
	xmlFreeDoc(doc);
	xmlFreeParserCtxt(ctxt);
	return rc;
}

int untc_parse_xml(struct untc_file *out, const char *buf, size_t len, const char *file,
		   inforce_error *err)
{
	struct untc_reader rd;
	char *utf8 = NULL;
	size_t n = 0;
	int rc;
	untc_file_init(out);
	out->format = UNTC_FORMAT_XML;
	untc_reader_init(&rd, out, file, err);
	if (!(out->file = pool_strdup(&out->pool, file ? file : "")))
		rc = untc_oom(&rd);
	else if (!(rc = untc_to_utf8(buf, len, file, &utf8, &n, &out->repairs, err)))
		rc = parse_utf8(&rd, utf8, n, buf, len);
	free(utf8);
	untc_reader_release(&rd);
	if (rc)
		untc_release(out);
	return rc;
}
