/*
 * untc_int.h - what the two readers of the UN Treaty Collection's status records
 * share: the reader's state, column legends and table cells (untc_common.c), and
 * the depositary's sentences in end notes (untc_notes.c). The readers
 * (untc_xml.c, untc_html.c) handle only their format's quirks and hand the
 * format-free pieces (a legend, a cell's text, an end note's paragraphs and tables)
 * to these functions.
 *
 * Text conventions: every text a reader passes in is the element's text with a
 * footnote marker written "<superscript>4</superscript>" (as the XML escapes it;
 * the HTML reader writes its <sup> elements so), so that one function moves the
 * markers out of names and dates for both formats.
 */
#ifndef INFORCE_UNTC_INT_H
#define INFORCE_UNTC_INT_H

#include <libxml/xmlerror.h>

#include "../text.h"
#include "untc.h"

#define UNTC_MAX_ITEMS 12 /* items in one legend; the most met is 7 */

/* A participant row, for the end notes: who cites which footnote. */
struct untc_part {
	const char *name, *footnotes;
};

struct untc_reader {
	struct untc_file *f;
	const char *file;
	inforce_error *err;
	struct sbuf sb, fb;  /* scratch: text, footnotes */
	struct vec parts;    /* struct untc_part: every participant row */
};

void untc_reader_init(struct untc_reader *rd, struct untc_file *f, const char *file,
		      inforce_error *err);

/* Watches one libxml2 parse on this thread: every error libxml2 raises meanwhile,
 * with or without a parser context, comes to the watch, so that none is printed
 * and an allocation that failed anywhere is known (oom) and stops the parser
 * (libxml2 may otherwise hand back a tree with text left out, and its HTML parser
 * 2.9 can loop for ever). untc_watch_end puts back the thread's previous handler. */
struct untc_watch {
	void *ctxt; /* the xmlParserCtxtPtr, once made */
	int oom;
	void *prev_ctx;
	xmlStructuredErrorFunc prev_fn;
};
void untc_watch_begin(struct untc_watch *w);
void untc_watch_end(struct untc_watch *w);
void untc_reader_release(struct untc_reader *rd);
int untc_oom(struct untc_reader *rd);
/* Starts a parsed file (zeroed, pool ready, "" strings); untc_release frees it. */
void untc_file_init(struct untc_file *f);

/* Moves footnote markers out of s: the clean text (white space collapsed, trailing
 * commas and spaces removed) into *clean (pool), the markers ("1,4") appended to
 * rd->fb. Superscripts that are not numbers stay in the text. */
int untc_strip_markers(struct untc_reader *rd, const char *s, const char **clean);
/* A participant name from its cell's text: name and footnotes into the pool. */
int untc_name_text(struct untc_reader *rd, const char *raw, const char **name,
		   const char **foot);

int untc_add_note(struct untc_reader *rd, enum untc_note_kind kind, const char *participant,
		  const char *index, const char *text, const char *column, long line);
int untc_add_part(struct untc_reader *rd, const char *name, const char *footnotes);
int untc_add_legend(struct untc_reader *rd, const char *legend);

/* ---- column legends and cells (untc_common.c) */

struct untc_item {
	const char *label;
	char mark[4];
	int kind; /* enum inforce_act_kind, or UNTC_NOT_ACT */
};
#define UNTC_NOT_ACT (-1)

/* What a cell with a given mark means in one column. */
struct untc_meaning {
	char mark[4];
	int kind;            /* of the first item selected */
	int ambiguous;
	const char *label;   /* pool string */
};

struct untc_colspec {
	const char *legend;  /* pool string, markers removed */
	int is_act;          /* some item is an act */
	int nitems, nmeanings;
	struct untc_item items[UNTC_MAX_ITEMS];
	struct untc_meaning meanings[UNTC_MAX_ITEMS + 1];
};

/* Reads a column legend ("Ratification, Acceptance(A), Accession(a)"); an unknown
 * item is an error naming file, line and legend. */
int untc_colspec_parse(struct untc_colspec *cs, const char *legend, struct pool *pool,
		       const char *file, long line, inforce_error *err);
/* One non-empty cell of a participants table: raw is its trimmed text. An act
 * column's cell becomes an act (a date, an optional mark, optional brackets), any
 * other cell an UNTC_NOTE_OTHER note. */
int untc_act_cell(struct untc_reader *rd, const struct untc_colspec *cs, const char *participant,
		  const char *name_foot, const char *raw, long line);

/* ---- end notes (untc_notes.c) */

/* One end note as the reader found it: its paragraphs and tables in document order.
 * Paragraph texts are trimmed; table cells are raw (markers and all). */
struct untc_nrow {
	long line;
	size_t ncells;
	const char **cells;
};
struct untc_nblock {
	const char *para;        /* a paragraph, or NULL for a table */
	size_t nrows;            /* a table's rows, the first its header */
	const struct untc_nrow *rows;
};
struct untc_endnote {
	const char *index;       /* "3" */
	const char *text;        /* the whole note: paragraphs joined by "\n", table rows
				  * as cells joined by " | " */
	long line;
	size_t nblocks;
	const struct untc_nblock *blocks;
};

/* Keeps each end note as an UNTC_NOTE_ENDNOTE note, then reads its sentences for
 * withdrawals, denunciations, rescissions, successions, accessions and territorial
 * exclusions (see untc_notes.c), once every participant row is known. */
int untc_read_endnotes(struct untc_reader *rd, const struct untc_endnote *notes, size_t n);

#endif /* INFORCE_UNTC_INT_H */
