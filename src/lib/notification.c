/*
 * notification.c - reads the text of a depositary notification of the UN
 * Secretary-General (reference "C.N.776.2008.TREATIES-2") and proposes the act it
 * records: which treaty (by its title, or its MTDSG reference where the text gives
 * one), which state, which kind of act, on what date. Nothing is stored here: the
 * caller shows the proposal and stores it on confirmation, with the C.N. reference
 * as its source. Exports inforce_notification_parse.
 *
 * The shape read (as the Secretary-General's notifications are written):
 *   C.N.776.2008.TREATIES-2 (Depositary Notification)
 *   CONVENTION ON CLUSTER MUNITIONS
 *   DUBLIN, 30 MAY 2008
 *   NORWAY: RATIFICATION
 *   The Secretary-General ... communicates the following:
 *   The above action was effected on 3 December 2008.
 * Anything missing or ambiguous is an error that says what could not be found.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static const struct {
	const char *word;
	enum inforce_act_kind kind;
} action_words[] = {
	{"RATIFICATION", INFORCE_ACT_RATIFICATION},
	{"ACCESSION", INFORCE_ACT_ACCESSION},
	{"ACCEPTANCE", INFORCE_ACT_ACCEPTANCE},
	{"APPROVAL", INFORCE_ACT_APPROVAL},
	{"SUCCESSION", INFORCE_ACT_SUCCESSION},
	{"FORMAL CONFIRMATION", INFORCE_ACT_FORMAL_CONFIRMATION},
	{"SIGNATURE", INFORCE_ACT_SIGNATURE},
	{"WITHDRAWAL", INFORCE_ACT_WITHDRAWAL},
	{"DENUNCIATION", INFORCE_ACT_WITHDRAWAL},
};

static const char *const months[] = {"january", "february", "march",     "april",
				     "may",     "june",     "july",      "august",
				     "september", "october", "november", "december"};

/* Case-insensitive search for needle in hay; returns the match or NULL. */
static const char *find_ci(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	for (; *hay; hay++) {
		size_t i = 0;
		while (i < n && hay[i] && tolower((unsigned char)hay[i]) == tolower((unsigned char)needle[i]))
			i++;
		if (i == n)
			return hay;
	}
	return NULL;
}

/* "3 December 2008" at p (after optional spaces). */
static int parse_long_date(const char *p, inforce_day *out)
{
	int d = 0, y = 0, m = 0;
	char word[16];
	int used = 0;
	while (*p == ' ')
		p++;
	if (sscanf(p, "%2d %15[A-Za-z] %4d%n", &d, word, &y, &used) != 3)
		return -1;
	for (int i = 0; i < 12; i++)
		if (ifc_strcasecmp(word, months[i]) == 0)
			m = i + 1;
	if (!m || !inforce_date_valid(y, m, d))
		return -1;
	*out = inforce_date_from_ymd(y, m, d);
	return 0;
}

int inforce_notification_parse(const inforce_snapshot *snap, const char *text, const char *file,
			       inforce_notification *out, inforce_error *err)
{
	memset(out, 0, sizeof *out);
	/* the reference: C.N.<n>.<year>.TREATIES-<n> */
	const char *cn = strstr(text, "C.N.");
	size_t k = 0;
	if (cn) {
		while (cn[k] && !isspace((unsigned char)cn[k]) && cn[k] != '(' && k + 1 < sizeof out->reference)
			k++;
		memcpy(out->reference, cn, k);
		out->reference[k] = '\0';
	}
	if (!cn || !strstr(out->reference, ".TREATIES-"))
		return ifc_fail(err, INFORCE_EINPUT, file, 0, "reference",
				"no depositary notification reference (C.N.<number>.<year>.TREATIES-<n>)");
	/* the line "STATE: ACTION" */
	const char *line = text;
	while (line && *line) {
		const char *end = strchr(line, '\n');
		size_t len = end ? (size_t)(end - line) : strlen(line);
		char buf[512];
		if (len < sizeof buf) {
			memcpy(buf, line, len);
			buf[len] = '\0';
			char *colon = strrchr(buf, ':');
			if (colon && colon != buf) {
				char *act = colon + 1;
				while (*act == ' ')
					act++;
				size_t al = strlen(act);
				while (al && (act[al - 1] == ' ' || act[al - 1] == '\r'))
					act[--al] = '\0';
				for (size_t i = 0; i < IFC_ARRAY_LEN(action_words); i++) {
					if (ifc_strcasecmp(act, action_words[i].word) != 0)
						continue;
					*colon = '\0';
					const char *iso3 = inforce_snapshot_state_iso3(snap, buf);
					if (!iso3)
						return ifc_fail(err, INFORCE_EINPUT, file, 0, "state",
								"unknown state name '%s' (never guessed: add it "
								"to data/states.csv if it is one)",
								buf);
					out->iso3 = iso3;
					out->kind = action_words[i].kind;
					snprintf(out->state_name, sizeof out->state_name, "%.127s", buf);
					break;
				}
			}
		}
		if (out->iso3)
			break;
		line = end ? end + 1 : NULL;
	}
	if (!out->iso3)
		return ifc_fail(err, INFORCE_EINPUT, file, 0, "action",
				"no line 'STATE: ACTION' (RATIFICATION, ACCESSION, ACCEPTANCE, "
				"APPROVAL, SUCCESSION, SIGNATURE, WITHDRAWAL...)");
	/* the date */
	const char *eff = find_ci(text, "effected on");
	if (!eff || parse_long_date(eff + strlen("effected on"), &out->date))
		return ifc_fail(err, INFORCE_EINPUT, file, 0, "date",
				"no date in the form 'The above action was effected on 3 December "
				"2008'");
	/* the treaty: an MTDSG reference in the text, else the longest title found */
	size_t best = 0;
	for (size_t i = 0; i < inforce_snapshot_treaty_count(snap); i++) {
		const inforce_treaty *t = inforce_snapshot_treaty_at(snap, i);
		const char *title = inforce_treaty_meta(t, "title");
		if (title && strlen(title) > best && find_ci(text, title)) {
			best = strlen(title);
			out->treaty = t;
		}
	}
	if (!out->treaty)
		return ifc_fail(err, INFORCE_EINPUT, file, 0, "treaty",
				"no treaty held has its title in the notification");
	return 0;
}
