/*
 * test_untc.c - the MTDSG status file parser (src/lib/untc.c):
 *   - the CCM (XXVI-6) and the Mine Ban Treaty (XXVI-5) read act for act as published;
 *   - bracketed acts, end-note withdrawals and a SpecialTables file;
 *   - all 407 files of the 2018 snapshot parse, every non-empty cell is an act or a
 *     note (counted independently with XPath), and each known defect is repaired
 *     exactly as often as it occurs;
 *   - hostile input is refused: entity expansion, external entities, deep nesting,
 *     truncation, the maintenance page, other encodings, unknown legends and marks,
 *     impossible dates.
 */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>

#include "sources/untc.h"

#define CORPUS INFORCE_DATADIR "/untc-mtdsg-2018"

static char *slurp(const char *name, size_t *len)
{
	char path[512];
	inforce_error err = {0};
	snprintf(path, sizeof path, "%s/%s", CORPUS, name);
	char *buf = ifc_read_file(path, UNTC_MAX_BYTES, len, &err);
	if (!buf)
		fail_msg("cannot read %s: %s", path, err.msg);
	return buf;
}

static void parse_file(struct untc_file *f, const char *name)
{
	size_t len;
	char *buf = slurp(name, &len);
	inforce_error err = {0};
	if (untc_parse(f, buf, len, name, &err)) {
		char msg[1024];
		inforce_error_format(&err, msg, sizeof msg);
		free(buf);
		fail_msg("%s", msg);
	}
	free(buf);
}

static inforce_day ymd(int y, int m, int d)
{
	return inforce_date_from_ymd(y, m, d);
}

static const struct untc_act *find_act(const struct untc_file *f, const char *who,
				       enum inforce_act_kind kind)
{
	for (size_t i = 0; i < f->acts.len; i++) {
		const struct untc_act *a = VEC_AT(&f->acts, struct untc_act, i);
		if (strcmp(a->participant, who) == 0 && a->kind == kind)
			return a;
	}
	return NULL;
}

static int count_kind(const struct untc_file *f, enum inforce_act_kind kind)
{
	int n = 0;
	for (size_t i = 0; i < f->acts.len; i++)
		n += VEC_AT(&f->acts, struct untc_act, i)->kind == kind;
	return n;
}

static int count_consents(const struct untc_file *f)
{
	int n = 0;
	for (size_t i = 0; i < f->acts.len; i++)
		n += inforce_act_kind_is_consent(VEC_AT(&f->acts, struct untc_act, i)->kind);
	return n;
}

static const struct untc_note *find_note(const struct untc_file *f, enum untc_note_kind kind,
					 const char *who, const char *index)
{
	for (size_t i = 0; i < f->notes.len; i++) {
		const struct untc_note *n = VEC_AT(&f->notes, struct untc_note, i);
		if (n->kind == kind && (!who || (n->participant && !strcmp(n->participant, who))) &&
		    (!index || !strcmp(n->index, index)))
			return n;
	}
	return NULL;
}

/* ------------------------------------------------------------------ the CCM */

static void ccm(void **state)
{
	(void)state;
	struct untc_file f;
	parse_file(&f, "XXVI-6.en.xml");
	assert_string_equal(f.reference, "XXVI-6");
	assert_string_equal(f.title, "Convention on Cluster Munitions");
	assert_string_equal(f.conclusion_text, "Dublin, 30 May 2008");
	assert_string_equal(f.eif_text, "1 August 2010, in accordance with article 17(1).");
	assert_int_equal(f.published_eif, ymd(2010, 8, 1));
	assert_int_equal(f.published_signatories, 108);
	assert_int_equal(f.published_parties, 102);
	assert_int_equal(f.rows, 119);
	assert_int_equal(count_kind(&f, INFORCE_ACT_SIGNATURE), 108);
	assert_int_equal(count_consents(&f), 102); /* = the published Parties */
	assert_int_equal(count_kind(&f, INFORCE_ACT_PROVISIONAL_APPLICATION), 4);
	assert_int_equal(f.acts.len, 214);
	assert_int_equal(f.other_cells, 0);
	assert_int_equal(f.cells, 214);
	assert_int_equal(f.legends.len, 3);
	assert_string_equal(*VEC_AT(&f.legends, const char *, 2),
			    "Approval(AA), Acceptance(A), Accession(a), Ratification");

	const struct untc_act *a = find_act(&f, "Lithuania", INFORCE_ACT_RATIFICATION);
	assert_non_null(a);
	assert_int_equal(a->date, ymd(2011, 3, 24));
	assert_string_equal(a->label, "Ratification");
	assert_string_equal(a->mark, "");
	assert_false(a->bracketed);
	assert_false(a->ambiguous);
	assert_string_equal(a->column, "Approval(AA), Acceptance(A), Accession(a), Ratification");
	a = find_act(&f, "Lithuania", INFORCE_ACT_SIGNATURE);
	assert_non_null(a);
	assert_int_equal(a->date, ymd(2008, 12, 3));
	a = find_act(&f, "Andorra", INFORCE_ACT_ACCESSION);
	assert_non_null(a);
	assert_int_equal(a->date, ymd(2013, 4, 9));
	assert_string_equal(a->raw, "9 Apr 2013 a");
	assert_string_equal(a->mark, "a");
	assert_string_equal(a->label, "Accession");
	assert_null(find_act(&f, "Andorra", INFORCE_ACT_SIGNATURE));
	/* "Belize<superscript>1</superscript>": the marker leaves the name. */
	a = find_act(&f, "Belize", INFORCE_ACT_PROVISIONAL_APPLICATION);
	assert_non_null(a);
	assert_string_equal(a->footnotes, "1");
	assert_string_equal(a->raw, "2 Sep 2014 n");
	assert_int_equal(a->date, ymd(2014, 9, 2));

	/* Repairs: 22 double quotes, 3 single, 4 ampersands that were ellipses. */
	assert_int_equal(f.repairs.quotes, 22);
	assert_int_equal(f.repairs.single_quotes, 3);
	assert_int_equal(f.repairs.ellipses, 4);
	const struct untc_note *n = find_note(&f, UNTC_NOTE_ENDNOTE, NULL, "5");
	assert_non_null(n);
	assert_non_null(strstr(n->text, "\xE2\x80\xA6 consistent with the constitutional status of "
					"Tokelau"));
	/* Territorial exclusions read from notes 2 (Denmark) and 5 (New Zealand). */
	n = find_note(&f, UNTC_NOTE_TERRITORIAL, "Denmark", "2");
	assert_non_null(n);
	assert_non_null(strstr(n->text, "shall not apply to the Faroe Islands"));
	assert_non_null(find_note(&f, UNTC_NOTE_TERRITORIAL, "New Zealand", "5"));
	n = find_note(&f, UNTC_NOTE_DECLARATION, NULL, NULL);
	assert_non_null(n);
	assert_int_equal(f.note_acts.len, 0);
	untc_release(&f);
	untc_release(&f); /* released twice: harmless */
}

static void mine_ban_treaty(void **state)
{
	(void)state;
	struct untc_file f;
	parse_file(&f, "XXVI-5.en.xml");
	assert_string_equal(f.reference, "XXVI-5");
	assert_int_equal(f.published_parties, 164);
	assert_int_equal(f.published_signatories, 133);
	assert_int_equal(count_consents(&f), 164);
	assert_int_equal(count_kind(&f, INFORCE_ACT_SIGNATURE), 133);
	assert_int_equal(f.published_eif, ymd(1999, 3, 1));
	untc_release(&f);
}

/* Kyoto: Canada's acts in brackets, and its withdrawal from the note's table. */
static void brackets_and_note_table(void **state)
{
	(void)state;
	struct untc_file f;
	parse_file(&f, "XXVII-7-a.en.xml");
	const struct untc_act *a = find_act(&f, "Canada", INFORCE_ACT_RATIFICATION);
	assert_non_null(a);
	assert_true(a->bracketed);
	assert_string_equal(a->raw, "[17 Dec 2002 ]");
	assert_int_equal(a->date, ymd(2002, 12, 17));
	assert_string_equal(a->footnotes, "2");
	a = find_act(&f, "Canada", INFORCE_ACT_SIGNATURE);
	assert_non_null(a);
	assert_true(a->bracketed);
	int bracketed = 0;
	for (size_t i = 0; i < f.acts.len; i++)
		bracketed += VEC_AT(&f.acts, struct untc_act, i)->bracketed;
	assert_int_equal(bracketed, 2);
	assert_int_equal(f.note_acts.len, 1);
	const struct untc_note_act *na = VEC_AT(&f.note_acts, struct untc_note_act, 0);
	assert_string_equal(na->act.participant, "Canada");
	assert_int_equal(na->act.kind, INFORCE_ACT_WITHDRAWAL);
	assert_int_equal(na->act.date, ymd(2011, 12, 15));
	assert_string_equal(na->note_index, "2");
	assert_non_null(strstr(na->note_text, "decided to withdraw from the Kyoto Protocol"));
	assert_false(na->rescinded);
	assert_int_equal(na->act.effective, ymd(2012, 12, 15)); /* the "Date of effect:" column */
	assert_int_equal(find_act(&f, "Canada", INFORCE_ACT_SIGNATURE)->effective,
			 INFORCE_DAY_NONE);
	untc_release(&f);

	/* UNIDO: 22 bracketed acts; 12 withdrawals in note 1's table, Australia's earlier
	 * one in note 4; "Notification under article 25" cells are notes. */
	parse_file(&f, "X-9.en.xml");
	bracketed = 0;
	for (size_t i = 0; i < f.acts.len; i++)
		bracketed += VEC_AT(&f.acts, struct untc_act, i)->bracketed;
	assert_int_equal(bracketed, 22); /* and 8 bracketed notifications */
	assert_int_equal(f.note_acts.len, 13 + 8); /* and signatures and ratifications of
						    * Czechoslovakia, the GDR, Yugoslavia and
						    * the Yemen Arab Republic */
	na = VEC_AT(&f.note_acts, struct untc_note_act, 0);
	assert_string_equal(na->act.participant, "Canada");
	assert_int_equal(na->act.date, ymd(1992, 12, 3));
	assert_string_equal(na->act.label, "denunciation");
	assert_int_equal(na->act.effective, ymd(1993, 12, 31));
	for (size_t i = 0; i < f.note_acts.len; i++) { /* every row of the table has its date */
		const struct untc_note_act *w = VEC_AT(&f.note_acts, struct untc_note_act, i);
		if (strcmp(w->note_index, "1") == 0)
			assert_int_not_equal(w->act.effective, INFORCE_DAY_NONE);
	}
	assert_int_equal(f.other_cells, 124);
	assert_int_equal(f.cells, (int)f.acts.len + f.other_cells);
	const struct untc_note *n = find_note(&f, UNTC_NOTE_OTHER, "Afghanistan", NULL);
	assert_non_null(n);
	assert_string_equal(n->column, "Notification under article 25");
	assert_string_equal(n->text, "10 Jun 1985");
	untc_release(&f);
}

/* The act an end note gave for participant, of that kind and date, or NULL. */
static const struct untc_note_act *note_act(const struct untc_file *f, const char *who,
					    enum inforce_act_kind kind, inforce_day date)
{
	for (size_t i = 0; i < f->note_acts.len; i++) {
		const struct untc_note_act *na = VEC_AT(&f->note_acts, struct untc_note_act, i);
		if (!strcmp(na->act.participant, who) && na->act.kind == kind &&
		    na->act.date == date)
			return na;
	}
	return NULL;
}

/* Denunciations in sentences, and one withdrawn before it took effect. */
static void end_note_sentences(void **state)
{
	(void)state;
	struct untc_file f;
	parse_file(&f, "IV-5.en.xml");
	/* Trinidad and Tobago: its first accession, two denunciations and the
	 * re-accession between them; Guyana: its first accession and a denunciation;
	 * Jamaica */
	assert_int_equal(f.note_acts.len, 7);
	const struct untc_note_act *na = note_act(&f, "Trinidad and Tobago", INFORCE_ACT_ACCESSION,
						  ymd(1980, 11, 14));
	assert_non_null(na); /* "initially acceded" */
	assert_string_equal(na->act.label, "accession");
	na = note_act(&f, "Trinidad and Tobago", INFORCE_ACT_WITHDRAWAL, ymd(1998, 5, 26));
	assert_non_null(na);
	assert_string_equal(na->note_index, "1");
	assert_int_equal(na->act.effective, ymd(1998, 8, 26)); /* "with effect from" */
	na = note_act(&f, "Trinidad and Tobago", INFORCE_ACT_ACCESSION, ymd(1998, 8, 26));
	assert_non_null(na);
	assert_string_equal(na->act.label, "re-accession");
	na = note_act(&f, "Trinidad and Tobago", INFORCE_ACT_WITHDRAWAL, ymd(2000, 3, 27));
	assert_non_null(na);
	/* the second denunciation's own date, not the first one's, earlier in the note */
	assert_int_equal(na->act.effective, ymd(2000, 6, 27));
	na = note_act(&f, "Guyana", INFORCE_ACT_ACCESSION, ymd(1993, 5, 10));
	assert_non_null(na);
	na = note_act(&f, "Guyana", INFORCE_ACT_WITHDRAWAL, ymd(1999, 1, 5));
	assert_non_null(na);
	assert_int_equal(na->act.effective, ymd(1999, 4, 5));
	untc_release(&f);

	/* Dates of effect in other words: "that is to say, on", and "i.e., on" with a
	 * no-break space inside the date; none stated for a withdrawal "from this date". */
	parse_file(&f, "XVI-2.en.xml");
	int seen = 0;
	for (size_t i = 0; i < f.note_acts.len; i++) {
		na = VEC_AT(&f.note_acts, struct untc_note_act, i);
		if (!strncmp(na->act.participant, "United Kingdom", 14))
			assert_int_equal(na->act.effective, ymd(1982, 12, 24)), seen++;
		if (!strcmp(na->act.participant, "Netherlands"))
			assert_int_equal(na->act.effective, ymd(1993, 1, 16)), seen++;
	}
	assert_int_equal(seen, 2);
	untc_release(&f);
	parse_file(&f, "XXI-5.en.xml");
	assert_int_equal(f.note_acts.len, 1);
	assert_int_equal(VEC_AT(&f.note_acts, struct untc_note_act, 0)->act.effective,
			 INFORCE_DAY_NONE);
	untc_release(&f);

	parse_file(&f, "XIV-7.en.xml");
	na = NULL;
	for (size_t i = 0; i < f.note_acts.len; i++)
		if (!strcmp(VEC_AT(&f.note_acts, struct untc_note_act, i)->act.participant, "Brazil"))
			na = VEC_AT(&f.note_acts, struct untc_note_act, i);
	assert_non_null(na);
	assert_int_equal(na->act.date, ymd(2001, 5, 15));
	assert_true(na->rescinded);
	untc_release(&f);

	/* A succession stated in a note. */
	parse_file(&f, "XI-A-6.en.xml");
	int successions = 0;
	for (size_t i = 0; i < f.note_acts.len; i++) {
		na = VEC_AT(&f.note_acts, struct untc_note_act, i);
		if (na->act.kind == INFORCE_ACT_SUCCESSION && !strcmp(na->act.participant, "Rwanda")) {
			assert_int_equal(na->act.date, ymd(1964, 12, 1));
			successions++;
		}
	}
	assert_int_equal(successions, 1);
	untc_release(&f);
}

/* Acts the tables leave to the end notes: predecessor States' (the CCW's three),
 * with "respectively" bounding the dates (XVI-1: a later date in the same sentence
 * is not an act; a no-break space inside a date), and a participant's earlier
 * participation (Canada, UNCCD). */
static void predecessor_sentences(void **state)
{
	(void)state;
	struct untc_file f;
	parse_file(&f, "XXVI-2.en.xml");
	static const struct {
		const char *who;
		int sy, sm, sd, ry, rm, rd;
	} ccw[] = {
		{"German Democratic Republic", 1981, 4, 10, 1982, 7, 20},
		{"Czechoslovakia", 1981, 4, 10, 1982, 8, 31},
		{"Yugoslavia", 1981, 5, 5, 1983, 5, 24},
	};
	for (size_t i = 0; i < sizeof ccw / sizeof ccw[0]; i++) {
		const struct untc_note_act *na =
			note_act(&f, ccw[i].who, INFORCE_ACT_SIGNATURE, ymd(ccw[i].sy, ccw[i].sm, ccw[i].sd));
		assert_non_null(na);
		assert_true(na->predecessor);
		na = note_act(&f, ccw[i].who, INFORCE_ACT_RATIFICATION,
			      ymd(ccw[i].ry, ccw[i].rm, ccw[i].rd));
		assert_non_null(na);
		assert_true(na->predecessor);
	}
	untc_release(&f);

	parse_file(&f, "XVI-1.en.xml");
	assert_non_null(note_act(&f, "Czechoslovakia", INFORCE_ACT_SIGNATURE, ymd(1953, 3, 31)));
	assert_non_null(note_act(&f, "Czechoslovakia", INFORCE_ACT_RATIFICATION, ymd(1995, 4, 6)));
	assert_null(note_act(&f, "Czechoslovakia", INFORCE_ACT_RATIFICATION, ymd(1991, 4, 26)));
	assert_non_null(note_act(&f, "German Democratic Republic", INFORCE_ACT_ACCESSION,
				 ymd(1973, 3, 27)));
	untc_release(&f);

	parse_file(&f, "XXVII-10.en.xml");
	const struct untc_note_act *na =
		note_act(&f, "Canada", INFORCE_ACT_RATIFICATION, ymd(1995, 12, 1));
	assert_non_null(na);
	assert_false(na->predecessor); /* a row of the table: its first participation */
	assert_non_null(note_act(&f, "Canada", INFORCE_ACT_SIGNATURE, ymd(1994, 10, 14)));
	untc_release(&f);

	/* "The German Democratic Republic signed and ratified the Protocol", without "had" */
	parse_file(&f, "IV-12.en.xml");
	assert_non_null(note_act(&f, "German Democratic Republic", INFORCE_ACT_RATIFICATION,
				 ymd(1990, 8, 16)));
	untc_release(&f);
}

/* The CCW: a SpecialTables of protocols ticked "x", kept as notes. */
static void special_tables(void **state)
{
	(void)state;
	struct untc_file f;
	parse_file(&f, "XXVI-2.en.xml");
	assert_int_equal(f.rows, 129 + 123);
	assert_int_equal(f.acts.len, 175);
	assert_int_equal(f.other_cells, 328); /* 323 "x", 3 "X", 2 with a date */
	assert_int_equal(f.cells, (int)f.acts.len + f.other_cells);
	const struct untc_note *n = find_note(&f, UNTC_NOTE_OTHER, "Afghanistan", NULL);
	assert_non_null(n);
	assert_string_equal(n->column, "Protocol I");
	assert_string_equal(n->text, "x");
	n = find_note(&f, UNTC_NOTE_OTHER, NULL, NULL);
	assert_non_null(n);
	untc_release(&f);
}

/* How legends decide kinds, on files that show each case. */
static void legends(void **state)
{
	(void)state;
	struct untc_file f;
	/* "Ratification, Definitive signature(s), Succession(d)": consent without another
	 * instrument is recorded as a ratification, the label says which. */
	parse_file(&f, "XXI-5.en.xml");
	const struct untc_act *a = find_act(&f, "Australia", INFORCE_ACT_RATIFICATION);
	assert_non_null(a);
	assert_string_equal(a->raw, "14 May 1963 s");
	assert_string_equal(a->label, "Definitive signature");
	assert_false(a->ambiguous);
	untc_release(&f);
	/* "Definitive signature of the Protocol, Acceptance of the Protocol": two unmarked
	 * items; the cell cannot say which. */
	parse_file(&f, "VI-11.en.xml");
	a = NULL;
	for (size_t i = 0; !a && i < f.acts.len; i++)
		if (!strcmp(VEC_AT(&f.acts, struct untc_act, i)->column,
			    "Definitive signature of the Protocol, Acceptance of the Protocol"))
			a = VEC_AT(&f.acts, struct untc_act, i);
	assert_non_null(a);
	assert_true(a->ambiguous);
	assert_int_equal(a->kind, INFORCE_ACT_RATIFICATION);
	assert_string_equal(a->label, "Definitive signature of the Protocol / Acceptance of the "
				      "Protocol");
	untc_release(&f);
	/* "Signature ad referendum (s)", one marked item, cells unmarked: that item. */
	parse_file(&f, "XIV-7-a.en.xml");
	int adref = 0;
	for (size_t i = 0; i < f.acts.len; i++) {
		a = VEC_AT(&f.acts, struct untc_act, i);
		if (!strcmp(a->column, "Signature ad referendum (s)")) {
			assert_int_equal(a->kind, INFORCE_ACT_SIGNATURE);
			assert_string_equal(a->mark, "");
			adref++;
		}
	}
	assert_int_equal(adref, 7);
	untc_release(&f);
	/* "Application" (III-2-x) is not an act: its cells are notes. */
	parse_file(&f, "III-2-1.en.xml");
	assert_int_equal(f.acts.len, 0);
	assert_true(f.other_cells > 0);
	assert_int_equal(f.cells, f.other_cells);
	untc_release(&f);
}

/* Footnote markers written as elements rather than escaped, trailing commas, and a
 * marker on a date. */
static void markers_as_elements(void **state)
{
	(void)state;
	static const char doc[] =
		"<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n"
		"<Document><Treaty><Header><Chapter><Header>CHAPTER XXVI</Header></Chapter>"
		"<ExternalData><Numsect>9</Numsect><Titlesect>T<superscript>1</superscript>"
		"</Titlesect><Conclusion>Rome</Conclusion></ExternalData></Header>\n"
		"<Participants><Table><TGroup><Thead><Row>"
		"<Entry>Participant<superscript>1</superscript></Entry><Entry>Signature</Entry>"
		"<Entry>Ratification, Accession(a)</Entry></Row></Thead><Tbody><Rows>\n"
		"<Row><Entry>Chile, <superscript>3, 4</superscript> </Entry><Entry>1 Jan 2001"
		"</Entry><Entry>[ 2 Feb 2002 a<superscript>5</superscript>]</Entry></Row>\n"
		"<Row><Entry>Peru&lt;superscript&gt;6&lt;/superscript&gt;</Entry><Entry/>"
		"<Entry>03 Mar 2003</Entry></Row>\n"
		"</Rows></Tbody></TGroup></Table></Participants></Treaty></Document>\n";
	struct untc_file f;
	inforce_error err = {0};
	assert_int_equal(untc_parse(&f, doc, sizeof doc - 1, "mem.xml", &err), 0);
	assert_string_equal(f.title, "T");
	assert_string_equal(f.reference, "XXVI-9");
	assert_int_equal(f.rows, 2);
	assert_int_equal(f.acts.len, 3);
	const struct untc_act *a = find_act(&f, "Chile", INFORCE_ACT_ACCESSION);
	assert_non_null(a);
	assert_string_equal(a->footnotes, "3,4,5");
	assert_true(a->bracketed);
	assert_int_equal(a->date, ymd(2002, 2, 2));
	assert_int_equal(a->line, 4);
	a = find_act(&f, "Chile", INFORCE_ACT_SIGNATURE);
	assert_non_null(a);
	assert_string_equal(a->footnotes, "3,4");
	a = find_act(&f, "Peru", INFORCE_ACT_RATIFICATION);
	assert_non_null(a);
	assert_string_equal(a->footnotes, "6");
	assert_int_equal(a->date, ymd(2003, 3, 3));
	assert_int_equal(a->line, 5);
	untc_release(&f);
}

/* ------------------------------------------------------------------ the whole corpus */

/* Non-empty cells and rows, counted with XPath over the repaired text. */
static double xpath_count(xmlXPathContext *xc, const char *expr)
{
	xmlXPathObject *o = xmlXPathEvalExpression((const xmlChar *)expr, xc);
	assert_non_null(o);
	double v = o->floatval;
	xmlXPathFreeObject(o);
	return v;
}

static void independent_counts(const char *buf, size_t len, const char *name, int *cells,
			       int *rows)
{
	char *utf8;
	size_t n;
	struct untc_repairs rep;
	inforce_error err = {0};
	assert_int_equal(untc_to_utf8(buf, len, name, &utf8, &n, &rep, &err), 0);
	xmlDoc *doc = xmlReadMemory(utf8, (int)n, NULL, "UTF-8", XML_PARSE_NONET |
				    XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	assert_non_null(doc);
	xmlXPathContext *xc = xmlXPathNewContext(doc);
	assert_non_null(xc);
	*cells = (int)(xpath_count(xc, "count(/Document/Treaty/Participants/Table/TGroup/Tbody/"
				   "Rows/Row/Entry[position() > 1][normalize-space() != ''])") +
		       xpath_count(xc, "count(/Document/Treaty/SpecialTables/Table/Rows/Row/"
				   "Column[position() > 1][normalize-space() != ''])"));
	*rows = (int)(xpath_count(xc, "count(/Document/Treaty/Participants/Table/TGroup/Tbody/"
				  "Rows/Row)") +
		      xpath_count(xc, "count(/Document/Treaty/SpecialTables/Table/Rows/Row)"));
	xmlXPathFreeContext(xc);
	xmlFreeDoc(doc);
	free(utf8);
}

static void whole_corpus(void **state)
{
	(void)state;
	DIR *dir = opendir(CORPUS);
	assert_non_null(dir);
	struct dirent *de;
	int files = 0, rows = 0, cells = 0, acts = 0, other = 0, note_acts = 0, rescinded = 0;
	int withdrawals = 0, successions = 0, territorial = 0, endnotes = 0, unresolved = 0;
	int ellipsis_files = 0, ambiguous = 0, predecessors = 0;
	struct untc_repairs tot = {0};
	while ((de = readdir(dir))) {
		size_t nl = strlen(de->d_name);
		if (nl < 7 || strcmp(de->d_name + nl - 7, ".en.xml") != 0)
			continue;
		size_t len;
		char *buf = slurp(de->d_name, &len);
		struct untc_file f;
		inforce_error err = {0};
		if (untc_parse(&f, buf, len, de->d_name, &err)) {
			char msg[1024];
			inforce_error_format(&err, msg, sizeof msg);
			free(buf);
			closedir(dir);
			fail_msg("%s", msg);
		}
		int xcells, xrows;
		independent_counts(buf, len, de->d_name, &xcells, &xrows);
		free(buf);
		/* Nothing dropped: every non-empty cell became an act or a note. */
		if (f.cells != xcells || f.rows != xrows ||
		    f.cells != (int)f.acts.len + f.other_cells)
			fail_msg("%s: cells %d (XPath %d), acts %zu + other %d; rows %d (XPath %d)",
				 de->d_name, f.cells, xcells, f.acts.len, f.other_cells, f.rows,
				 xrows);
		int other_notes = 0;
		for (size_t i = 0; i < f.notes.len; i++) {
			const struct untc_note *n = VEC_AT(&f.notes, struct untc_note, i);
			if (n->kind == UNTC_NOTE_OTHER && n->participant)
				other_notes++;
			territorial += n->kind == UNTC_NOTE_TERRITORIAL && n->index[0];
			endnotes += n->kind == UNTC_NOTE_ENDNOTE;
		}
		if (other_notes < f.other_cells)
			fail_msg("%s: %d cells kept as notes, %d notes", de->d_name, f.other_cells,
				 other_notes);
		for (size_t i = 0; i < f.acts.len; i++) {
			const struct untc_act *a = VEC_AT(&f.acts, struct untc_act, i);
			ambiguous += a->ambiguous;
			if (a->date == INFORCE_DAY_NONE || !*a->participant || !a->column[0])
				fail_msg("%s:%ld: incomplete act", de->d_name, a->line);
		}
		for (size_t i = 0; i < f.note_acts.len; i++) {
			const struct untc_note_act *na = VEC_AT(&f.note_acts, struct untc_note_act, i);
			withdrawals += na->act.kind == INFORCE_ACT_WITHDRAWAL;
			successions += na->act.kind == INFORCE_ACT_SUCCESSION && !na->predecessor;
			rescinded += na->rescinded;
			predecessors += na->predecessor;
		}
		files++;
		rows += f.rows;
		cells += f.cells;
		acts += (int)f.acts.len;
		other += f.other_cells;
		note_acts += (int)f.note_acts.len;
		unresolved += f.note_unresolved;
		ellipsis_files += f.repairs.ellipses > 0;
		tot.quotes += f.repairs.quotes;
		tot.single_quotes += f.repairs.single_quotes;
		tot.dashes += f.repairs.dashes;
		tot.spaces += f.repairs.spaces;
		tot.ellipses += f.repairs.ellipses;
		untc_release(&f);
	}
	closedir(dir);
	assert_int_equal(files, 407);
	assert_int_equal(rows, 21720);   /* 21,138 Participants rows + 582 SpecialTables */
	assert_int_equal(cells, 29353);
	assert_int_equal(acts, 25676); /* XIV-7: 2 confirmations of signature ad referendum are notes */
	assert_int_equal(other, 3677);
	assert_int_equal(ambiguous, 311);
	assert_int_equal(endnotes, 2023);
	/* The README's defects, each repaired exactly as often as its byte occurs. */
	assert_int_equal(tot.quotes, 2661 + 2611);
	assert_int_equal(tot.single_quotes, 95 + 256);
	assert_int_equal(tot.dashes, 45);
	assert_int_equal(tot.spaces, 417);
	assert_int_equal(tot.ellipses, 140);
	assert_int_equal(ellipsis_files, 41);
	/* What the end notes were read for. */
	/* 78 withdrawals, successions and accessions; 2 acts of Canada's first
	 * participation in the UNCCD; 338 acts of States the tables do not list (of
	 * which the importer keeps those of former States) */
	assert_int_equal(note_acts, 78 + 2 + 338);
	assert_int_equal(predecessors, 338);
	assert_int_equal(withdrawals, 70);
	assert_int_equal(successions, 3); /* and 5 accessions, 2 of them re-accessions */
	assert_int_equal(rescinded, 2);
	assert_int_equal(territorial, 57);
	assert_int_equal(unresolved, 11 + 5); /* and 5 predecessor sentences with no date */
}

/* ------------------------------------------------------------------ repairs */

static void repairs_in_text(void **state)
{
	(void)state;
	static const char doc[] =
		"<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n"
		"<Document><Treaty><Header><Chapter><Header>CHAPTER IV</Header></Chapter>"
		"<ExternalData><Numsect>1</Numsect><Titlesect>T\xe9st</Titlesect>"
		"<Conclusion>Paris</Conclusion><EIF><Labeltext>not yet</Labeltext></EIF>"
		"</ExternalData></Header>\n"
		"<EndNotes><Note><index>1</index>"
		"<text>\x1cq\x1d \x18s\x19 a\x13" "b c\x02" "d & e &amp; &#x41; &#65; &lt;</text>"
		"</Note></EndNotes></Treaty></Document>\n";
	struct untc_file f;
	inforce_error err = {0};
	assert_int_equal(untc_parse(&f, doc, sizeof doc - 1, "mem.xml", &err), 0);
	assert_string_equal(f.title, "T\xc3\xa9st");
	assert_string_equal(f.reference, "IV-1");
	assert_int_equal(f.published_eif, INFORCE_DAY_NONE);
	assert_int_equal(f.published_parties, -1);
	assert_int_equal(f.repairs.quotes, 2);
	assert_int_equal(f.repairs.single_quotes, 2);
	assert_int_equal(f.repairs.dashes, 1);
	assert_int_equal(f.repairs.spaces, 1);
	assert_int_equal(f.repairs.ellipses, 1);
	const struct untc_note *n = find_note(&f, UNTC_NOTE_ENDNOTE, NULL, "1");
	assert_non_null(n);
	assert_string_equal(n->text, "\xe2\x80\x9cq\xe2\x80\x9d \xe2\x80\x98s\xe2\x80\x99 "
				     "a\xe2\x80\x93" "b c\xe2\x80\x82" "d \xe2\x80\xa6 e & A A <");
	assert_int_equal(n->line, 3);
	untc_release(&f);
}

/* ------------------------------------------------------------------ refused */

static void expect_refused(const char *buf, size_t len, long line, const char *msg_part)
{
	struct untc_file f;
	inforce_error err = {0};
	assert_int_equal(untc_parse(&f, buf, len, "bad.xml", &err), -1);
	assert_int_equal(err.kind, INFORCE_EINPUT);
	assert_string_equal(err.file, "bad.xml");
	if (line >= 0)
		assert_int_equal(err.line, line);
	if (!strstr(err.msg, msg_part))
		fail_msg("'%s' does not say '%s'", err.msg, msg_part);
	untc_release(&f); /* left released: harmless */
}

#define REFUSED(s, line, part) expect_refused(s, sizeof s - 1, line, part)
#define DECL "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n"

static void hostile_documents(void **state)
{
	(void)state;
	REFUSED(DECL "<!DOCTYPE lolz [\n"
		" <!ENTITY lol \"lol\">\n"
		" <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
		" <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
		" <!ENTITY lol9 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
		"]>\n<Document>&lol9;</Document>\n", 3, "declares entities");
	REFUSED(DECL "<!DOCTYPE Document [\n<!ENTITY x SYSTEM \"file:///etc/passwd\">\n]>\n"
		"<Document>&x;</Document>\n", 3, "declares entities");
	REFUSED(DECL "<!DOCTYPE Document SYSTEM \"http://example.org/evil.dtd\">\n"
		"<Document/>\n", 2, "external DTD");
	REFUSED(DECL "<!DOCTYPE Document [\n<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;\n]>\n"
		"<Document/>\n", 3, "declares entities");
	/* An entity never declared is not well-formed. */
	REFUSED(DECL "<Document><Treaty>&nbsp;</Treaty></Document>\n", 2, "nbsp");
	/* A control byte that is not one of the known defects. */
	REFUSED(DECL "<Document><Treaty>a\x01" "b</Treaty></Document>\n", 2, "Char");
	REFUSED(DECL "<Document><Treaty></Document>\n", 2, "mismatch");
	REFUSED(DECL "<Other/>\n", 2, "not an MTDSG status file");
	REFUSED("", 0, "empty file");
	REFUSED("<Document/>", 1, "no XML declaration");
	REFUSED("<?xml version=\"1.0\"?><Document/>", 1, "names no encoding");
	REFUSED("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Document/>", 1,
		"declares encoding 'UTF-8'");
	REFUSED("\xef\xbb\xbf<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><Document/>", 1,
		"UTF-8 byte order mark");
}

static void deep_nesting(void **state)
{
	(void)state;
	/* 10,000 levels: libxml2's own limit stops it. 100: ours. */
	static const int depths[] = {10000, 100};
	for (size_t k = 0; k < IFC_ARRAY_LEN(depths); k++) {
		int depth = depths[k];
		size_t cap = sizeof DECL + (size_t)depth * 8 + 64;
		char *buf = malloc(cap);
		assert_non_null(buf);
		size_t n = (size_t)snprintf(buf, cap, "%s", DECL);
		for (int i = 0; i < depth; i++)
			n += (size_t)snprintf(buf + n, cap - n, "<a>");
		for (int i = 0; i < depth; i++)
			n += (size_t)snprintf(buf + n, cap - n, "</a>");
		expect_refused(buf, n, -1, depth > 256 ? "depth" : "nested deeper than 64");
		free(buf);
	}
}

static void truncated_and_maintenance(void **state)
{
	(void)state;
	size_t len;
	char *buf = slurp("XXVI-6.en.xml", &len);
	expect_refused(buf, len / 2, -1, "truncated file");
	expect_refused(buf, len - 3, -1, "truncated file");
	free(buf);
	REFUSED("<!DOCTYPE html>\n<html><head><title>United Nations Treaty Collection</title>"
		"</head>\n<body><h1>Sorry</h1><p>The United Nations Treaty Collection website is "
		"undergoing urgent maintenance and is currently unavailable. We apologize for "
		"the inconvenience.</p></body></html>\n",
		0, "\"urgent maintenance\" page");
}

static void wrong_encoding(void **state)
{
	(void)state;
	/* UTF-16LE with a byte order mark, as a misconfigured download would save it. */
	static const char ascii[] = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><Document/>";
	char buf[2 + 2 * sizeof ascii];
	buf[0] = (char)0xFF;
	buf[1] = (char)0xFE;
	for (size_t i = 0; i < sizeof ascii - 1; i++) {
		buf[2 + 2 * i] = ascii[i];
		buf[3 + 2 * i] = '\0';
	}
	expect_refused(buf, 2 + 2 * (sizeof ascii - 1), 1, "UTF-16");
	/* ... and without it. */
	expect_refused(buf + 2, 2 * (sizeof ascii - 1), 1, "NUL byte");
	/* Too large, before anything is read. */
	char *big = malloc(UNTC_MAX_BYTES + 1);
	assert_non_null(big);
	memset(big, ' ', UNTC_MAX_BYTES + 1);
	expect_refused(big, UNTC_MAX_BYTES + 1, 0, "larger than the limit");
	free(big);
}

/* Replaces the first `from` in XXVI-6 by `to` and expects a refusal at `line`. */
static void ccm_edited(const char *from, const char *to, long line, const char *field,
		       const char *msg_part)
{
	size_t len;
	char *buf = slurp("XXVI-6.en.xml", &len);
	char *at = strstr(buf, from);
	assert_non_null(at);
	size_t fl = strlen(from), tl = strlen(to);
	char *edited = malloc(len - fl + tl + 1);
	assert_non_null(edited);
	memcpy(edited, buf, (size_t)(at - buf));
	memcpy(edited + (at - buf), to, tl);
	memcpy(edited + (at - buf) + tl, at + fl, len - (size_t)(at - buf) - fl + 1);
	struct untc_file f;
	inforce_error err = {0};
	assert_int_equal(untc_parse(&f, edited, len - fl + tl, "XXVI-6.en.xml", &err), -1);
	assert_int_equal(err.line, line);
	assert_string_equal(err.field, field);
	if (!strstr(err.msg, msg_part))
		fail_msg("'%s' does not say '%s'", err.msg, msg_part);
	free(edited);
	free(buf);
}

static void bad_tables(void **state)
{
	(void)state;
	ccm_edited("Provisional application(n)", "Provisional frobnication(n)", 45, "legend",
		   "unknown column legend 'Provisional frobnication(n)'");
	ccm_edited("<Entry>9 Apr 2013 a</Entry>", "<Entry>9 Apr 2013 q</Entry>", 67, "mark",
		   "'9 Apr 2013 q': the column legend 'Approval(AA), Acceptance(A), "
		   "Accession(a), Ratification' defines no mark 'q'");
	ccm_edited("<Entry>9 Apr 2013 a</Entry>", "<Entry>31 Feb 2013 a</Entry>", 67, "date",
		   "'31 Feb 2013 a' is not a real date");
	ccm_edited("<Entry>9 Apr 2013 a</Entry>", "<Entry>soon</Entry>", 67, "date",
		   "'soon' (column 'Approval(AA), Acceptance(A), Accession(a), Ratification') "
		   "is not a date");
	ccm_edited("<Entry>9 Apr 2013 a</Entry>", "<Entry>[9 Apr 2013 a</Entry>", 67, "date",
		   "is not a date");
	/* "Signature" has no mark: an "a" there is unknown. */
	ccm_edited("<Entry>3 Dec 2008</Entry>", "<Entry>3 Dec 2008 a</Entry>", 53, "mark",
		   "defines no mark 'a'");
	ccm_edited(">Participant</Entry>", ">State</Entry>", 43, "legend",
		   "first column is 'State'");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(ccm),
		cmocka_unit_test(mine_ban_treaty),
		cmocka_unit_test(brackets_and_note_table),
		cmocka_unit_test(end_note_sentences),
		cmocka_unit_test(predecessor_sentences),
		cmocka_unit_test(special_tables),
		cmocka_unit_test(legends),
		cmocka_unit_test(markers_as_elements),
		cmocka_unit_test(whole_corpus),
		cmocka_unit_test(repairs_in_text),
		cmocka_unit_test(hostile_documents),
		cmocka_unit_test(deep_nesting),
		cmocka_unit_test(truncated_and_maintenance),
		cmocka_unit_test(wrong_encoding),
		cmocka_unit_test(bad_tables),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	xmlCleanupParser(); /* a test may; the library never does */
	return rc;
}
