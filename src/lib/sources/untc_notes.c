/*
 * untc_notes.c - the depositary's sentences in the end notes of the UN Treaty
 * Collection's status records, read the same way for the XML files and the HTML
 * pages: the readers hand over each note as paragraphs and tables (untc_int.h).
 * Exports untc_read_endnotes.
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
 * Predecessor States: "Czechoslovakia had signed and ratified the Convention on 7
 * October 1968 and 23 December 1975, respectively", "The former Yugoslavia had
 * acceded to the Protocol on ...": acts of States the tables no longer list, read by
 * predecessor_sentence (below) as note acts marked `predecessor`.
 * Each withdrawal also takes the depositary notification its note cites
 * ("See depositary notification C.N.360.2025.TREATIES-XXVI-5 of 3 July 2025"), read
 * in the same stretch of text as its date of effect.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "untc_int.h"

enum cue {
	CUE_NONE, CUE_WITHDRAWAL, CUE_DENUNCIATION, CUE_RESCISSION, CUE_SUCCESSION,
	CUE_REACCESSION,
	CUE_TERRITORIAL, CUE_EXCLUSION_WITHDRAWN
};

static int has_any(const char *s, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (txt_find_ci(s, list[i]))
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
	/* "The above notification of withdrawal and the aide-memoire were duly
	 * circulated ... of 12 November 1997" (IV-4) tells of the same notification */
	static const char *const not_treaty[] = {
		"reservation", "declaration", "objection", "suspend", "purport",
		"the above notification"};
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
	if (txt_find_ci(s, "withdraw") &&
	    (txt_find_ci(s, "territorial exclusion") || has_any(s, exclude, IFC_ARRAY_LEN(exclude))))
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
	if ((txt_find_ci(s, "re-acceded to the") || txt_find_ci(s, "initially acceded to the") ||
	     txt_find_ci(s, "originally deposited its instrument of accession")) &&
	    !txt_find_ci(s, "objection"))
		return CUE_REACCESSION;
	if (!has_any(s, not_exclusion, IFC_ARRAY_LEN(not_exclusion))) {
		if (txt_find_ci(s, "territorial exclusion"))
			return CUE_TERRITORIAL;
		if (has_any(s, exclude, IFC_ARRAY_LEN(exclude)) &&
		    !has_any(s, not_territory, IFC_ARRAY_LEN(not_territory)))
			return CUE_TERRITORIAL;
	}
	return CUE_NONE;
}

/* name occurs in s as whole words. */
static int names_in(const char *s, const char *name)
{
	size_t k = strlen(name);
	for (const char *p = s; k && (p = strstr(p, name)); p++) {
		int before = p == s || !txt_is_alnum((unsigned char)p[-1]);
		int after = !txt_is_alnum((unsigned char)p[k]);
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
static const char *note_participant(struct untc_reader *rd, const char *index, const char *sentence)
{
	const char *refs[MAX_CAND], *named[MAX_CAND];
	int nrefs = 0, nnamed = 0;
	for (size_t i = 0; i < rd->parts.len; i++) {
		const struct untc_part *pt = VEC_AT(&rd->parts, struct untc_part, i);
		if (untc_cites(pt->footnotes, index))
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

static int add_note_act(struct untc_reader *rd, const char *participant,
			enum inforce_act_kind kind, const char *label, inforce_day date,
			const char *raw, long line, const char *index, const char *note_text)
{
	struct untc_file *f = rd->f;
	for (size_t i = 0; i < f->note_acts.len; i++) {
		const struct untc_note_act *na = VEC_AT(&f->note_acts, struct untc_note_act, i);
		if (na->act.kind == kind && na->act.date == date &&
		    strcmp(na->act.participant, participant) == 0)
			return 0;
	}
	struct untc_note_act *na = vec_push(&f->note_acts);
	if (!na)
		return untc_oom(rd);
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
	na->act.cn = "";
	na->note_index = index;
	na->note_text = note_text;
	return na->act.raw ? 0 : untc_oom(rd);
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
	if (s[j] != '\0' && !txt_is_space((unsigned char)s[j]))
		return 0;
	size_t w = i;
	while (w > 0 && !txt_is_space((unsigned char)s[w - 1]))
		w--;
	size_t wlen = i - w;
	if (wlen <= 2 && !(wlen > 0 && txt_is_digit((unsigned char)s[i - 1])))
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
	for (const char *p = s; (p = txt_first_date(p, n - (size_t)(p - s), &y, &m, &d, &dl));
	     p += dl)
		if (k++ && inforce_date_valid(y, m, d) && inforce_date_from_ymd(y, m, d) == day)
			return 1;
	return 0;
}

/* A sentence withdraws (or suspends) an earlier notification of withdrawal: flags
 * the one it names by date, else the participant's latest one in this note. */
static int rescind(struct untc_reader *rd, struct note_ctx *nc, const char *s)
{
	struct untc_file *f = rd->f;
	const char *who = note_participant(rd, nc->index, s);
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

/* ---------------------------------------------------- predecessor States' acts */

/* The instrument a word names, folded: "Convention", "Protocols" and the misspelt
 * "Convenant" (IV-3, IV-4) give "convention", "protocol", "covenant". 0 if none. */
static int instrument_word(const char *w, size_t n, char *out, size_t size)
{
	static const char *const nouns[] = {"convention", "covenant", "protocol", "agreement",
					    "statute", "constitution", "treaty", "charter",
					    "amendment", "arrangement", "code"};
	char low[32];
	if (n == 0 || n >= sizeof low)
		return 0;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)txt_to_lower((unsigned char)w[i]);
	low[n] = '\0';
	if (n > 1 && low[n - 1] == 's')
		low[--n] = '\0';
	if (strcmp(low, "convenant") == 0)
		strcpy(low, "covenant");
	for (size_t i = 0; i < IFC_ARRAY_LEN(nouns); i++)
		if (strcmp(low, nouns[i]) == 0 && strlen(nouns[i]) < size) {
			strcpy(out, nouns[i]);
			return 1;
		}
	return 0;
}

/* The first instrument word of s (the title's: "Optional Protocol to the
 * International Covenant..." gives "protocol"). */
static int first_instrument(const char *s, char *out, size_t size)
{
	for (const char *p = s; *p;) {
		while (*p && !txt_is_alpha((unsigned char)*p))
			p++;
		const char *w = p;
		while (txt_is_alpha((unsigned char)*p))
			p++;
		if (p > w && instrument_word(w, (size_t)(p - w), out, size))
			return 1;
	}
	return 0;
}

/* The subject of "Czechoslovakia had signed...", "The former Yugoslavia had...":
 * capitalised words (and "of", "and") only, without "The" and "former". Written
 * into buf; NULL when the sentence does not open with a name. */
static const char *predecessor_name(const char *s, size_t n, char *buf, size_t size)
{
	if (n >= size)
		return NULL;
	if (n > 4 && memcmp(s, "The ", 4) == 0)
		s += 4, n -= 4;
	if (n > 7 && memcmp(s, "former ", 7) == 0)
		s += 7, n -= 7;
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && s[j] != ' ')
			j++;
		int lower = !txt_is_upper((unsigned char)s[i]);
		if (j == i || (lower && !(j - i == 2 && memcmp(s + i, "of", 2) == 0) &&
			       !(j - i == 3 && memcmp(s + i, "and", 3) == 0)))
			return NULL;
		i = j + 1;
	}
	memcpy(buf, s, n);
	buf[n] = '\0';
	return buf;
}

/* "Czechoslovakia had signed and ratified the Convention on 7 October 1968 and 23
 * December 1975, respectively": the instruments of a State that no longer exists,
 * which the tables do not list. Read when the sentence opens with a name, its verb
 * is one of those below, the instrument it names is the file's own (by its title's
 * first instrument word: not the parent Convention in a Protocol's file, not
 * amendments), and it is not about specialized agencies ("in respect of"). Recorded
 * as note acts marked `predecessor`; the importer keeps those whose name is a former
 * State's and counts the others as unresolved. */
static int predecessor_sentence(struct untc_reader *rd, struct note_ctx *nc, const char *s)
{
	static const struct {
		const char *verb;
		enum inforce_act_kind first, second; /* second: "signed and ratified" */
	} verbs[] = {
		{"signed and ratified ", INFORCE_ACT_SIGNATURE, INFORCE_ACT_RATIFICATION},
		{"signed and accepted ", INFORCE_ACT_SIGNATURE, INFORCE_ACT_ACCEPTANCE},
		{"signed and approved ", INFORCE_ACT_SIGNATURE, INFORCE_ACT_APPROVAL},
		{"signed ", INFORCE_ACT_SIGNATURE, INFORCE_ACT_KIND_COUNT},
		{"ratified ", INFORCE_ACT_RATIFICATION, INFORCE_ACT_KIND_COUNT},
		{"accepted ", INFORCE_ACT_ACCEPTANCE, INFORCE_ACT_KIND_COUNT},
		{"approved ", INFORCE_ACT_APPROVAL, INFORCE_ACT_KIND_COUNT},
		{"acceded to ", INFORCE_ACT_ACCESSION, INFORCE_ACT_KIND_COUNT},
		{"acceeded to ", INFORCE_ACT_ACCESSION, INFORCE_ACT_KIND_COUNT},
		{"succeeded to ", INFORCE_ACT_SUCCESSION, INFORCE_ACT_KIND_COUNT},
	};
	/* "X had signed and ratified", or "X signed and ratified" (IV-12's GDR) */
	char name[96], title_noun[16], noun[16];
	const char *subject_end = NULL, *rest = NULL;
	size_t k = IFC_ARRAY_LEN(verbs);
	if (txt_find_ci(s, "in respect of"))
		return 0;
	for (size_t i = 0; i < IFC_ARRAY_LEN(verbs); i++) {
		size_t vl = strlen(verbs[i].verb);
		for (const char *p = strchr(s, ' '); p; p = strchr(p + 1, ' ')) {
			const char *v = strncmp(p, " had ", 5) == 0 ? p + 5 : p + 1;
			if (strncmp(v, verbs[i].verb, vl) != 0)
				continue;
			if (!subject_end || p < subject_end)
				subject_end = p, rest = v + vl, k = i;
			break;
		}
	}
	if (!subject_end || !predecessor_name(s, (size_t)(subject_end - s), name, sizeof name))
		return 0;
	if (strncmp(rest, "the ", 4) == 0)
		rest += 4;
	const char *w = rest;
	while (txt_is_alpha((unsigned char)*rest))
		rest++;
	/* The file's own instrument: the title's first instrument word, or a word the
	 * title does not use at all (the Covenants' notes say "the Convention", or
	 * "Convenant"); not a parent named later in the title, not amendments. */
	if (!instrument_word(w, (size_t)(rest - w), noun, sizeof noun) ||
	    !first_instrument(rd->f->title, title_noun, sizeof title_noun))
		return 0;
	if (strcmp(noun, title_noun) != 0 &&
	    (strcmp(noun, "amendment") == 0 || txt_find_ci(rd->f->title, noun)))
		return 0;
	/* the dates of the acts: up to "respectively" when the sentence has it ("on 31
	 * March 1953 and 6 April 1995, respectively, with reservations, one of which
	 * ... had been withdrawn on 26 April 1991") */
	const char *resp = strstr(rest, "respectively");
	enum inforce_act_kind second = verbs[k].second;
	/* "Canada had signed the Convention on 14 October 1994 and had ratified it
	 * subsequently on 1 December 1995" (XXVII-10) */
	if (verbs[k].first == INFORCE_ACT_SIGNATURE && second == INFORCE_ACT_KIND_COUNT) {
		if (strstr(rest, " had ratified ") || strstr(rest, " ratified it "))
			second = INFORCE_ACT_RATIFICATION;
		else if (strstr(rest, " had acceded "))
			second = INFORCE_ACT_ACCESSION;
	}
	inforce_day dates[2];
	int nd = 0;
	size_t n = resp ? (size_t)(resp - rest) : strlen(rest), dl;
	int y, m, d;
	int wanted = second != INFORCE_ACT_KIND_COUNT ? 2 : 1;
	for (const char *p = rest;
	     nd < wanted && (p = txt_first_date(p, n - (size_t)(p - rest), &y, &m, &d, &dl));
	     p += dl) {
		if (!inforce_date_valid(y, m, d)) {
			rd->f->note_unresolved++;
			return 0;
		}
		dates[nd++] = inforce_date_from_ymd(y, m, d);
	}
	if (nd == 0) {
		rd->f->note_unresolved++;
		return 0;
	}
	enum inforce_act_kind first = verbs[k].first;
	if (first == INFORCE_ACT_SIGNATURE && second == INFORCE_ACT_KIND_COUNT &&
	    strncmp(rest, " definitively", 13) == 0)
		first = INFORCE_ACT_RATIFICATION; /* a definitive signature binds */
	/* A participant of the table (Canada's first participation, which ended) keeps
	 * its row's name; any other name is a State the tables do not list. */
	const char *who = NULL;
	for (size_t i = 0; i < rd->parts.len && !who; i++) {
		const struct untc_part *pt = VEC_AT(&rd->parts, struct untc_part, i);
		if (strcmp(pt->name, name) == 0)
			who = pt->name;
	}
	int predecessor = who == NULL;
	if (!who && !(who = pool_strdup(&rd->f->pool, name)))
		return untc_oom(rd);
	size_t at = rd->f->note_acts.len;
	if (add_note_act(rd, who, first, inforce_act_kind_name(first), dates[0], s, nc->line,
			 nc->index, nc->text))
		return -1;
	if (second != INFORCE_ACT_KIND_COUNT &&
	    add_note_act(rd, who, second, inforce_act_kind_name(second), dates[nd - 1], s,
			 nc->line, nc->index, nc->text))
		return -1;
	for (size_t i = at; i < rd->f->note_acts.len; i++)
		VEC_AT(&rd->f->note_acts, struct untc_note_act, i)->predecessor = predecessor;
	return 0;
}

static int note_sentence(struct untc_reader *rd, struct note_ctx *nc, const char *s)
{
	struct untc_file *f = rd->f;
	enum cue cue = sentence_cue(s);
	if (nc->scan) {
		nc->exclusion_withdrawn |= cue == CUE_EXCLUSION_WITHDRAWN;
		return 0;
	}
	if (cue == CUE_NONE)
		return predecessor_sentence(rd, nc, s);
	if (cue == CUE_EXCLUSION_WITHDRAWN)
		return 0;
	if (cue == CUE_RESCISSION)
		return rescind(rd, nc, s);
	if (cue == CUE_TERRITORIAL) {
		if (nc->exclusion_withdrawn)
			return 0; /* the same note says it was withdrawn */
		const char *who = note_participant(rd, nc->index, s);
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
		return untc_add_note(rd, UNTC_NOTE_TERRITORIAL, who, nc->index, nc->text, "EndNotes",
				nc->line);
	}
	int y, m, d;
	size_t dl;
	if (cue != CUE_SUCCESSION && cue != CUE_REACCESSION)
		nc->withdrawal_cue = 1;
	if (!txt_first_date(s, strlen(s), &y, &m, &d, &dl))
		return 0; /* announces a table, or says no date: nothing to record */
	const char *who = note_participant(rd, nc->index, s);
	if (!who || !inforce_date_valid(y, m, d)) {
		f->note_unresolved++;
		return 0;
	}
	enum inforce_act_kind kind = cue == CUE_SUCCESSION    ? INFORCE_ACT_SUCCESSION
				     : cue == CUE_REACCESSION ? INFORCE_ACT_ACCESSION
							      : INFORCE_ACT_WITHDRAWAL;
	const char *label = cue == CUE_SUCCESSION    ? "succession"
			    : cue == CUE_REACCESSION  ? (txt_find_ci(s, "re-acceded") ? "re-accession"
									   : "accession")
			    : cue == CUE_DENUNCIATION ? "denunciation"
						      : "withdrawal";
	return add_note_act(rd, who, kind, label, inforce_date_from_ymd(y, m, d),
			    s, nc->line, nc->index, nc->text);
}

/* Splits a paragraph into sentences and reads each. */
static int note_paragraph(struct untc_reader *rd, struct note_ctx *nc, const char *para)
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
			rc = untc_oom(rd);
			break;
		}
		const char *s = sb_cstr(&sent);
		while (txt_is_space((unsigned char)*s))
			s++;
		if (*s && (rc = note_sentence(rd, nc, s)))
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
static int note_table(struct untc_reader *rd, struct note_ctx *nc, const struct untc_nblock *t)
{
	struct untc_file *f = rd->f;
	if (t->nrows == 0 || t->rows[0].ncells == 0)
		return 0;
	const struct untc_nrow *hdr = &t->rows[0];
	const char *first = pool_clean(&f->pool, hdr->cells[0], strlen(hdr->cells[0]));
	if (!first)
		return untc_oom(rd);
	if (!txt_starts_with_ci(first, "Participant") && !txt_starts_with_ci(first, "States"))
		return 0;
	/* the date of notification, and the date of effect when the table has one
	 * ("Date of effect:", "Effective date:") */
	size_t datecol = 1, effcol = 0;
	int found = 0;
	for (size_t k = 1; k < hdr->ncells; k++) {
		const char *h = hdr->cells[k];
		if (!found && txt_find_ci(h, "notification")) {
			datecol = k;
			found = 1;
		} else if (!effcol &&
			   (txt_find_ci(h, "date of effect") || txt_find_ci(h, "effective date"))) {
			effcol = k;
		}
	}
	for (size_t r = 1; r < t->nrows; r++) {
		const struct untc_nrow *row = &t->rows[r];
		const char *name = NULL, *date = NULL, *eff = NULL, *foot;
		if (row->ncells <= datecol)
			continue;
		sb_reset(&rd->fb);
		if (untc_name_text(rd, pool_trim(&f->pool, row->cells[0]), &name, &foot))
			return -1;
		date = pool_clean(&f->pool, row->cells[datecol], strlen(row->cells[datecol]));
		if (effcol && effcol < row->ncells)
			eff = pool_clean(&f->pool, row->cells[effcol], strlen(row->cells[effcol]));
		if (!date || (effcol && effcol < row->ncells && !eff))
			return untc_oom(rd);
		size_t n = strlen(name);
		while (n && (name[n - 1] == '*' || name[n - 1] == ' '))
			n--;
		const char *who = pool_strndup(&f->pool, name, n);
		if (!who)
			return untc_oom(rd);
		int y, m, d;
		size_t dl = txt_date_at(date, &y, &m, &d);
		if (!*who || !dl || !inforce_date_valid(y, m, d)) {
			f->note_unresolved++;
			continue;
		}
		sb_reset(&rd->sb);
		sb_str(&rd->sb, who);
		sb_str(&rd->sb, " | ");
		sb_str(&rd->sb, date);
		if (eff) {
			sb_str(&rd->sb, " | ");
			sb_str(&rd->sb, eff);
		}
		if (rd->sb.oom)
			return untc_oom(rd);
		size_t before = f->note_acts.len;
		if (add_note_act(rd, who, INFORCE_ACT_WITHDRAWAL,
				 txt_find_ci(nc->text, "denunciation") ? "denunciation" : "withdrawal",
				 inforce_date_from_ymd(y, m, d), sb_cstr(&rd->sb), row->line,
				 nc->index, nc->text))
			return -1;
		int ey, em, ed;
		if (eff && f->note_acts.len > before && txt_date_at(eff, &ey, &em, &ed) &&
		    inforce_date_valid(ey, em, ed))
			VEC_AT(&f->note_acts, struct untc_note_act, before)->act.effective =
				inforce_date_from_ymd(ey, em, ed);
	}
	return 0;
}

/* Phrases after which an end note gives a withdrawal's date of effect, each
 * followed by the date: "the denunciation took effect on 2 April 1966", "with
 * effect from 3 February 2001", "... one year after receipt, that is to say, on
 * 24 December 1982". "become(s)/became effective [for X] on D" and "took effect for X
 * on D" (the pages of 2026) are read apart. */
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
		if (!nbsp && !txt_is_space((unsigned char)text[i]))
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
			if (txt_starts_with_ci(s + i, effect_phrases[k]))
				at = s + i + strlen(effect_phrases[k]);
		if (!at && (txt_starts_with_ci(s + i, "become effective") ||
			    txt_starts_with_ci(s + i, "becomes effective") ||
			    txt_starts_with_ci(s + i, "became effective") ||
			    txt_starts_with_ci(s + i, "took effect for ") ||
			    txt_starts_with_ci(s + i, "take effect for ") ||
			    txt_starts_with_ci(s + i, "takes effect for "))) {
			const char *on = txt_find_mem(s + i, n - i < 80 ? n - i : 80, " on ", 0);
			at = on ? on + 4 : NULL;
		}
		if (at && txt_date_at(at, &y, &m, &d) && inforce_date_valid(y, m, d) &&
		    inforce_date_from_ymd(y, m, d) >= notified)
			found = inforce_date_from_ymd(y, m, d);
	}
	free(s);
	return found;
}

/* The first depositary notification cited in s[0..n): "C.N.360.2025.TREATIES-XXVI-5"
 * (the HTML pages link "C.N.360.2025" and write the rest after the link; both
 * formats give the same text), into the pool; NULL when none. */
static const char *cn_in(struct pool *pool, const char *s, size_t n)
{
	const char *p = txt_find_mem(s, n, "C.N.", 0);
	if (!p)
		return NULL;
	size_t i = 4, len = (size_t)(s + n - p);
	size_t digits = 0;
	while (i < len && txt_is_digit((unsigned char)p[i]))
		i++, digits++;
	if (!digits || i + 5 > len || p[i] != '.')
		return NULL;
	for (size_t k = 1; k <= 4; k++)
		if (!txt_is_digit((unsigned char)p[i + k]))
			return NULL;
	i += 5;
	/* ".TREATIES-XXVI-5", ".TREATIES-XXVI.5" (as some pages write it) */
	while (i < len && (txt_is_alnum((unsigned char)p[i]) || p[i] == '-' || p[i] == '.'))
		i++;
	while (i > 0 && p[i - 1] == '.')
		i--;
	return pool_strndup(pool, p, i);
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
static void note_effects(struct untc_reader *rd, const struct note_ctx *nc)
{
	struct vec *acts = &rd->f->note_acts;
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
		const char *cn = cn_in(&rd->f->pool, from, n);
		if (cn)
			na->act.cn = cn;
	}
}

int untc_read_endnotes(struct untc_reader *rd, const struct untc_endnote *notes, size_t n)
{
	struct vec *all = &rd->f->notes;
	for (size_t i = 0; i < n; i++)
		if (untc_add_note(rd, UNTC_NOTE_ENDNOTE, NULL, notes[i].index, notes[i].text, "",
				  notes[i].line))
			return -1;
	/* Read them once every participant row is known. The territorial notes found
	 * are appended after them, so their positions hold. */
	for (size_t i = 0; i < n; i++) {
		const struct untc_endnote *en = &notes[i];
		struct note_ctx nc = {0};
		nc.index = en->index;
		nc.text = en->text;
		nc.line = en->line;
		nc.first_act = rd->f->note_acts.len;
		nc.first_terr = all->len;
		nc.scan = 1;
		for (size_t b = 0; b < en->nblocks; b++) {
			const char *para = en->blocks[b].para;
			if (para && *para && note_paragraph(rd, &nc, para))
				return -1;
		}
		nc.scan = 0;
		for (size_t b = 0; b < en->nblocks; b++) {
			const struct untc_nblock *blk = &en->blocks[b];
			if (blk->para) {
				if (note_paragraph(rd, &nc, blk->para))
					return -1;
			} else if (nc.withdrawal_cue) {
				if (note_table(rd, &nc, blk))
					return -1;
			}
		}
		note_effects(rd, &nc);
	}
	return 0;
}
