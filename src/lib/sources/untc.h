/*
 * untc.h - the readers of the UN Treaty Collection's status records, one per treaty,
 * in the two formats the UN publishes:
 *   - the MTDSG XML files (data/untc-mtdsg-2018/REF.en.xml, ISO-8859-1): untc_xml.c;
 *   - the status pages of treaties.un.org (ViewDetails.aspx?src=TREATY&mtdsg_no=REF,
 *     UTF-8 HTML; data/untc-html-2026-02-03/REF.en.html): untc_html.c.
 * Both fill the same struct untc_file; what the two share (legends, cells, the
 * sentences of end notes) is in untc_common.c and untc_notes.c (untc_int.h).
 *
 * Exports untc_parse (either format, told apart by its first bytes), untc_parse_xml,
 * untc_parse_html, untc_release, untc_to_utf8 (the XML's byte-level repair and
 * transcoding step on its own) and untc_note_kind_name.
 *
 * What a parsed file holds:
 *   - the header: reference ("XXVI-6"), title, conclusion, entry into force as
 *     published, the published Signatories/Parties counts;
 *   - acts: one per non-empty date cell of the Participants table whose column
 *     legend names an act kind ("Ratification, Acceptance(A), ...": the cell's mark
 *     picks the kind, no mark the legend's unmarked kind). untc.c has the table of
 *     every legend item met and the kind it maps to;
 *   - notes: every other piece of text that carries data, kept verbatim: end notes,
 *     declarations, objections, notifications, territorial applications, cells of
 *     columns that are not acts, SpecialTables and League of Nations tables;
 *   - note_acts: withdrawals, denunciations and successions that the end notes state
 *     in the forms untc.c understands, each with its end note as its source. The
 *     territorial exclusions the end notes state are added to `notes` as
 *     UNTC_NOTE_TERRITORIAL notes with the participant and end-note index.
 * Strings are UTF-8 and belong to the file's pool. Escaped markup inside texts
 * ("<i>", "<a href=...>") is kept as it appears, except footnote markers
 * ("<superscript>4</superscript>") on names, which move to `footnotes`.
 *
 * Refused (untc_parse returns -1 and fills err with file, line and what): the UNTC
 * "urgent maintenance" page, files over UNTC_MAX_BYTES, files not declaring
 * iso-8859-1 (UTF-16, UTF-8 BOM, NUL bytes), a DOCTYPE that declares entities or
 * names an external DTD, anything libxml2 finds not well-formed once the seven known
 * defects are repaired (truncated files included), nesting deeper than
 * UNTC_MAX_DEPTH, an unknown column legend or mark, a cell that is not a date in a
 * column of acts, an impossible date.
 */
#ifndef INFORCE_UNTC_H
#define INFORCE_UNTC_H

#include <stddef.h>

#include "../internal.h"

#define UNTC_MAX_BYTES ((size_t)16 << 20)
#define UNTC_MAX_DEPTH 64

struct untc_act {
	const char *participant; /* cleaned name as in the file (markers removed, trimmed) */
	const char *footnotes;   /* footnote markers on the name and date, e.g. "1,4", or "" */
	enum inforce_act_kind kind;
	inforce_day date;
	int bracketed;           /* date was in [brackets]: the act no longer stands */
	const char *column;      /* the legend of its column, e.g. "Ratification, Accession(a)";
				  * "" for acts read from end notes */
	const char *label;       /* the legend item the mark selected: "Accession",
				  * "Definitive signature", "Consent to be bound"; several joined
				  * by " / " when the legend does not tell them apart */
	const char *mark;        /* "a", "AA", "d"... or "" */
	int ambiguous;           /* the items the mark selects map to different kinds (some
				  * old legends leave several items unmarked): `kind` is the
				  * first one's, `label` names them all */
	const char *raw;         /* the cell text as published (UTF-8) */
	long line;               /* line in the XML file */
	inforce_day effective;   /* a withdrawal's date of effect as its end note states it
				  * ("took effect on 2 April 1966", a "Date of effect" column),
				  * or INFORCE_DAY_NONE */
	const char *cn;          /* the depositary notification its end note cites
				  * ("C.N.360.2025.TREATIES-XXVI-5"), or "" */
};

enum untc_note_kind {
	UNTC_NOTE_ENDNOTE,
	UNTC_NOTE_DECLARATION,  /* Declarations and DeclarationsUnderArticle */
	UNTC_NOTE_OBJECTION,
	UNTC_NOTE_NOTIFICATION,
	UNTC_NOTE_TERRITORIAL,  /* TerritorialApplications, and territorial exclusions read
				 * from end notes (index = the end note's) */
	UNTC_NOTE_OTHER         /* cells of columns that are not acts, SpecialTables, League of
				 * Nations tables, header notes */
};

struct untc_note {
	enum untc_note_kind kind;
	const char *participant; /* or NULL */
	const char *index;       /* end note number, or "" */
	const char *text;        /* paragraphs joined by "\n"; end-note tables as rows of
				  * cells joined by " | " */
	const char *column;      /* where an OTHER or TERRITORIAL note came from: the column
				  * legend or header, or the element ("TreatyNote",
				  * "LON/Ratification/Ratification.date"); "" otherwise */
	long line;
};

/* An act read from an end note: a withdrawal, succession or accession told only
 * there, or a predecessor State's signature or consent. act.raw is the sentence or
 * the end-note table row it was read from; act.label says "withdrawal",
 * "denunciation", "succession", "re-accession", or the kind's name. */
struct untc_note_act {
	struct untc_act act;
	const char *note_index;
	const char *note_text;
	int rescinded; /* the note goes on to say the notification was withdrawn or
			* suspended before it took effect (XIV-7 Brazil, X-8 Trinidad and
			* Tobago): recorded, but it never took effect */
	int predecessor; /* an act of another State that the tables do not list
			  * ("Czechoslovakia had signed and ratified the Convention on 7
			  * October 1968 and 23 December 1975, respectively"); the participant
			  * is the name as the sentence gives it, "The" and "former" dropped */
};

/* Each repair of a known defect, counted (see untc_to_utf8). */
struct untc_repairs {
	int quotes;        /* 0x1C, 0x1D -> U+201C, U+201D */
	int single_quotes; /* 0x18, 0x19 -> U+2018, U+2019 */
	int dashes;        /* 0x13 -> U+2013 */
	int spaces;        /* 0x02 -> U+2002 */
	int ellipses;      /* a bare '&' that starts no reference -> U+2026 */
};

enum untc_format { UNTC_FORMAT_XML, UNTC_FORMAT_HTML };

struct untc_file {
	struct pool pool;
	enum untc_format format;
	const char *file;            /* as given to untc_parse */
	inforce_day status_as_at;    /* the page's "STATUS AS AT : 03-02-2026 ..." (HTML);
				      * INFORCE_DAY_NONE for the XML, which does not say */
	const char *registration;    /* "22 January 2021, No. 56487", or "" */
	const char *reference;       /* "XXVI-6", from the header */
	const char *title;
	const char *conclusion_text; /* "Dublin, 30 May 2008" */
	const char *eif_text;        /* "1 August 2010, in accordance with article 17(1)."; or "" */
	inforce_day published_eif;   /* eif_text's leading date; else INFORCE_DAY_NONE */
	int published_signatories, published_parties; /* -1 when absent */
	struct vec acts;             /* struct untc_act, in file order */
	struct vec note_acts;        /* struct untc_note_act */
	struct vec notes;            /* struct untc_note */
	struct vec legends;          /* const char *: every distinct column legend met */
	struct untc_repairs repairs;
	int rows;         /* participant rows read (Participants + SpecialTables) */
	int cells;        /* non-empty cells of those rows, the name column aside */
	int other_cells;  /* of these, kept as UNTC_NOTE_OTHER: cells = acts.len + other_cells */
	int note_unresolved; /* end-note sentences in an understood form whose participant or
			      * date could not be told: kept as text only */
};

/* Parses one status record (the bytes as published), XML or HTML as its first bytes
 * say. `file` names it in errors. On failure `out` is left released and err says
 * where and why. */
int untc_parse(struct untc_file *out, const char *buf, size_t len, const char *file,
	       inforce_error *err);
int untc_parse_xml(struct untc_file *out, const char *buf, size_t len, const char *file,
		   inforce_error *err);
/* The HTML page: refused when over UNTC_MAX_BYTES, not UTF-8, not a treaty status
 * page (no participants table and no "STATUS AS AT"), or when a table does not have
 * the shape the UN's pages have (see untc_html.c). */
int untc_parse_html(struct untc_file *out, const char *buf, size_t len, const char *file,
		    inforce_error *err);
void untc_release(struct untc_file *f);

/* The byte-level step of untc_parse: checks that buf is an ISO-8859-1 XML file (size,
 * maintenance page, encoding declaration, no entity declarations), repairs the known
 * defects (counting them in *rep) and writes it as UTF-8, with the declaration
 * rewritten to say so and every line where it was, into a NUL-terminated heap buffer
 * *out (of *outlen bytes) that the caller frees. */
int untc_to_utf8(const char *buf, size_t len, const char *file, char **out, size_t *outlen,
		 struct untc_repairs *rep, inforce_error *err);

/* Whether a row's footnote markers ("1,4") cite end note `index`. */
int untc_cites(const char *footnotes, const char *index);

/* "endnote", "declaration", "objection", "notification", "territorial", "other". */
const char *untc_note_kind_name(enum untc_note_kind kind);

#endif /* INFORCE_UNTC_H */
