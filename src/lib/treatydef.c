/*
 * treatydef.c - the treaty definition format: a treaty's metadata and its rules as
 * data (docs/treaty-format.md). Line-oriented: `[section]` headers, `key: value`
 * lines, `#` comments, and lines that start with a space continue the previous
 * value. Every error names the file and line. Exports treatydef_*, offset_*.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "text.h"

#define TD_MAX_LINE 8192

enum section { SEC_NONE, SEC_TREATY, SEC_EIF, SEC_LATE, SEC_WITHDRAWAL, SEC_OBLIGATION };

static const struct {
	const char *name;
	enum section sec;
} sections[] = {
	{"treaty", SEC_TREATY},
	{"entry_into_force", SEC_EIF},
	{"late_joiner", SEC_LATE},
	{"withdrawal", SEC_WITHDRAWAL},
	{"obligation", SEC_OBLIGATION}, /* [obligation NAME] */
};

/* Keys of [treaty]; values must be dates where `date` is set. */
static const struct {
	const char *key;
	int required, date;
} meta_keys[] = {
	{"id", 1, 0},
	{"untc", 0, 0},
	{"short_name", 1, 0},
	{"title", 1, 0},
	{"adopted", 0, 1},
	{"adopted_place", 0, 0},
	{"opened_for_signature", 0, 1},
	{"depositary", 1, 0},
	{"tags", 0, 0},
	{"published_entry_into_force", 0, 1},
	{"source", 1, 0},
	{"notes", 0, 0},
};

/* Keys of the rule sections, with the sections they may appear in. */
static const struct {
	const char *key;
	enum section sec;
} rule_keys[] = {
	{"article", SEC_EIF},     {"instruments", SEC_EIF}, {"counts", SEC_EIF},
	{"date", SEC_EIF},        {"not_before", SEC_EIF},  {"requires", SEC_EIF},
	{"text", SEC_EIF},        {"article", SEC_LATE},    {"applies", SEC_LATE},
	{"date", SEC_LATE},       {"text", SEC_LATE},       {"article", SEC_WITHDRAWAL},
	{"allowed", SEC_WITHDRAWAL}, {"notice", SEC_WITHDRAWAL},
	{"armed_conflict", SEC_WITHDRAWAL}, {"text", SEC_WITHDRAWAL},
	{"notice_is_minimum", SEC_WITHDRAWAL},
	{"article", SEC_OBLIGATION}, {"from", SEC_OBLIGATION}, {"period", SEC_OBLIGATION},
	{"text", SEC_OBLIGATION},    {"condition", SEC_OBLIGATION},
};

void treatydef_init(struct treatydef *td)
{
	memset(td, 0, sizeof *td);
	pool_init(&td->pool);
	vec_init(&td->meta, sizeof(struct meta_kv));
	vec_init(&td->rules, sizeof(inforce_rule_text));
	vec_init(&td->eif_required, sizeof(const char *));
	vec_init(&td->obligations, sizeof(struct obligation));
	td->eif_floor_date = INFORCE_DAY_NONE;
}

void treatydef_release(struct treatydef *td)
{
	vec_release(&td->meta);
	vec_release(&td->rules);
	vec_release(&td->eif_required);
	vec_release(&td->obligations);
	pool_release(&td->pool);
}

const char *treatydef_meta(const struct treatydef *td, const char *key)
{
	for (size_t i = 0; i < td->meta.len; i++) {
		const struct meta_kv *kv = VEC_AT(&td->meta, struct meta_kv, i);
		if (strcmp(kv->key, key) == 0)
			return kv->value;
	}
	return NULL;
}

inforce_day offset_apply(struct offset off, inforce_day day)
{
	if (day == INFORCE_DAY_NONE)
		return day;
	switch (off.unit) {
	case OFF_DAYS: return inforce_date_add_days(day, off.n);
	case OFF_MONTHS: return inforce_date_add_months(day, off.n);
	case OFF_YEARS: return inforce_date_add_years(day, off.n);
	case OFF_FIRST_OF_MONTH: return inforce_date_first_of_month_after(day, off.n);
	case OFF_NONE: break;
	}
	return day;
}

const char *offset_describe(struct offset off, char *buf, size_t size)
{
	switch (off.unit) {
	case OFF_DAYS:
		if (off.n == 0)
			snprintf(buf, size, "on the same day");
		else
			snprintf(buf, size, "%d day%s after", off.n, off.n == 1 ? "" : "s");
		break;
	case OFF_MONTHS:
		snprintf(buf, size, "%d month%s after", off.n, off.n == 1 ? "" : "s");
		break;
	case OFF_YEARS:
		snprintf(buf, size, "%d year%s after", off.n, off.n == 1 ? "" : "s");
		break;
	case OFF_FIRST_OF_MONTH:
		snprintf(buf, size, "on the first day of the %d%s month after the month of",
			 off.n,
			 off.n % 10 == 1 && off.n != 11   ? "st"
			 : off.n % 10 == 2 && off.n != 12 ? "nd"
			 : off.n % 10 == 3 && off.n != 13 ? "rd"
							  : "th");
		break;
	case OFF_NONE: snprintf(buf, size, "(no offset)"); break;
	}
	return buf;
}

/* Parses "+N days|months|years", "first-of-month +N" or "same-day". */
static int parse_offset(const char *v, struct offset *out)
{
	char unit[16];
	int n, used = 0;
	if (strcmp(v, "same-day") == 0) {
		*out = (struct offset){OFF_DAYS, 0};
		return 0;
	}
	if (sscanf(v, "first-of-month +%d%n", &n, &used) == 1 && v[used] == '\0' && n > 0 &&
	    n <= 120) {
		*out = (struct offset){OFF_FIRST_OF_MONTH, n};
		return 0;
	}
	if (sscanf(v, "+%d %15s%n", &n, unit, &used) != 2 || v[used] != '\0' || n < 0 ||
	    n > 100000)
		return -1;
	if (strcmp(unit, "day") == 0 || strcmp(unit, "days") == 0)
		out->unit = OFF_DAYS;
	else if (strcmp(unit, "month") == 0 || strcmp(unit, "months") == 0)
		out->unit = OFF_MONTHS;
	else if (strcmp(unit, "year") == 0 || strcmp(unit, "years") == 0)
		out->unit = OFF_YEARS;
	else
		return -1;
	out->n = n;
	return 0;
}

struct parser {
	struct treatydef *td;
	const char *file;
	long line;
	inforce_error *err;
	enum section sec;
	inforce_rule_text *rule; /* the text record of the current rule section */
	struct obligation *obl;  /* the current [obligation NAME], if that is the section */
	int seen_from;
	unsigned seen;           /* keys seen in the current section, by table index */
	unsigned meta_seen;
};

static int perr(struct parser *p, const char *field, const char *fmt, const char *arg)
{
	return ifc_fail(p->err, INFORCE_EINPUT, p->file, p->line, field, fmt, arg);
}

static int set_meta(struct parser *p, const char *key, const char *value)
{
	for (size_t i = 0; i < IFC_ARRAY_LEN(meta_keys); i++) {
		if (strcmp(meta_keys[i].key, key) != 0)
			continue;
		if (p->meta_seen & (1u << i))
			return perr(p, key, "given twice%s", "");
		p->meta_seen |= 1u << i;
		inforce_day d;
		if (meta_keys[i].date && inforce_date_parse(value, strlen(value), &d))
			return perr(p, key, "'%s' is not a real date in YYYY-MM-DD form", value);
		struct meta_kv *kv = vec_push(&p->td->meta);
		if (!kv)
			return ifc_fail(p->err, INFORCE_ERUNTIME, p->file, p->line, NULL, "out of memory");
		kv->key = meta_keys[i].key;
		kv->value = pool_strdup(&p->td->pool, value);
		if (strcmp(key, "id") == 0)
			p->td->id = kv->value;
		return kv->value ? 0
				 : ifc_fail(p->err, INFORCE_ERUNTIME, p->file, p->line, NULL,
					    "out of memory");
	}
	return perr(p, key, "unknown key in [treaty]%s", "");
}

static int parse_counts(struct parser *p, const char *v)
{
	char word[64];
	int used;
	p->td->eif_kinds = 0;
	while (sscanf(v, " %63s%n", word, &used) == 1) {
		enum inforce_act_kind k;
		if (inforce_act_kind_parse(word, &k) || !inforce_act_kind_is_consent(k))
			return perr(p, "counts", "'%s' is not a kind of consent to be bound", word);
		p->td->eif_kinds |= 1u << k;
		v += used;
	}
	return p->td->eif_kinds ? 0 : perr(p, "counts", "no kind of instrument given%s", "");
}

static int parse_requires(struct parser *p, const char *v)
{
	char word[8];
	int used;
	while (sscanf(v, " %7s%n", word, &used) == 1) {
		if (strlen(word) != 3)
			return perr(p, "requires", "'%s' is not an ISO3 code", word);
		const char **slot = vec_push(&p->td->eif_required);
		if (!slot || !(*slot = pool_strdup(&p->td->pool, word)))
			return ifc_fail(p->err, INFORCE_ERUNTIME, p->file, p->line, NULL, "out of memory");
		v += used;
	}
	return 0;
}

static int set_rule(struct parser *p, const char *key, const char *value)
{
	size_t i;
	for (i = 0; i < IFC_ARRAY_LEN(rule_keys); i++)
		if (rule_keys[i].sec == p->sec && strcmp(rule_keys[i].key, key) == 0)
			break;
	if (i == IFC_ARRAY_LEN(rule_keys))
		return perr(p, key, "unknown key in this section%s", "");
	if (p->seen & (1u << i))
		return perr(p, key, "given twice%s", "");
	p->seen |= 1u << i;
	struct treatydef *td = p->td;
	char *v = pool_strdup(&td->pool, value);
	if (!v)
		return ifc_fail(p->err, INFORCE_ERUNTIME, p->file, p->line, NULL, "out of memory");
	if (strcmp(key, "article") == 0) {
		p->rule->article = v;
		return 0;
	}
	if (strcmp(key, "text") == 0) {
		p->rule->text = v;
		return 0;
	}
	if (strcmp(key, "from") == 0) {
		p->seen_from = 1;
		if (strcmp(v, "state-entry-into-force") == 0)
			p->obl->from = OBL_FROM_STATE_EIF;
		else if (strcmp(v, "treaty-entry-into-force") == 0)
			p->obl->from = OBL_FROM_TREATY_EIF;
		else
			return perr(p, key,
				    "'%s': use 'state-entry-into-force' or 'treaty-entry-into-force'", v);
		return 0;
	}
	if (strcmp(key, "condition") == 0) {
		/* "States Parties with cluster munition remnants in areas under their
		 * jurisdiction or control": applies only where a record says so */
		if (!(p->obl->condition = pool_strdup(&td->pool, v)))
			return ifc_fail(p->err, INFORCE_ERUNTIME, p->file, p->line, NULL,
					"out of memory");
		return 0;
	}
	if (strcmp(key, "period") == 0) {
		if (parse_offset(v, &p->obl->period) || p->obl->period.unit == OFF_FIRST_OF_MONTH)
			return perr(p, key, "'%s' is not a period: use '+N days', '+N months' or "
					    "'+N years'", v);
		return 0;
	}
	if (strcmp(key, "not_before") == 0 && txt_is_digit((unsigned char)v[0])) {
		/* a day: "subject to the entry into force of the Covenant" */
		if (inforce_date_parse(v, strlen(v), &td->eif_floor_date))
			return perr(p, key, "'%s' is neither an offset nor a date (YYYY-MM-DD)", v);
		return 0;
	}
	if (strcmp(key, "date") == 0 || strcmp(key, "notice") == 0 ||
	    strcmp(key, "not_before") == 0) {
		struct offset off;
		if (parse_offset(v, &off))
			return perr(p, key,
				    "'%s' is not an offset: use '+N days', '+N months', '+N years', "
				    "'first-of-month +N' or 'same-day'",
				    v);
		if (strcmp(key, "not_before") == 0)
			td->eif_floor = off;
		else if (p->sec == SEC_EIF)
			td->eif_offset = off;
		else if (p->sec == SEC_LATE)
			td->late_offset = off;
		else
			td->withdrawal_notice = off;
		return 0;
	}
	if (strcmp(key, "instruments") == 0) {
		char *end;
		long n = strtol(v, &end, 10);
		if (*end || end == v || n < 1 || n > 1000)
			return perr(p, key, "'%s' is not a number of instruments (1-1000)", v);
		td->eif_instruments = (int)n;
		return 0;
	}
	if (strcmp(key, "counts") == 0)
		return parse_counts(p, v);
	if (strcmp(key, "requires") == 0)
		return parse_requires(p, v);
	if (strcmp(key, "applies") == 0) {
		if (strcmp(v, "after-threshold") == 0)
			td->late_from = LATE_AFTER_THRESHOLD;
		else if (strcmp(v, "after-entry-into-force") == 0)
			td->late_from = LATE_AFTER_EIF;
		else
			return perr(p, key,
				    "'%s': use 'after-threshold' or 'after-entry-into-force'", v);
		return 0;
	}
	if (strcmp(key, "notice_is_minimum") == 0) {
		/* "at least 150 days before the intended withdrawal" (CFE art. XIX(2)): the
		 * effect is the day the state names, when the source states it */
		if (strcmp(v, "yes") != 0 && strcmp(v, "no") != 0)
			return perr(p, key, "'%s': use yes or no", v);
		td->withdrawal_notice_minimum = strcmp(v, "yes") == 0;
		return 0;
	}
	if (strcmp(key, "allowed") == 0) {
		if (strcmp(v, "yes") != 0 && strcmp(v, "no") != 0)
			return perr(p, key, "'%s': use 'yes' or 'no'", v);
		td->withdrawal_allowed = strcmp(v, "yes") == 0;
		return 0;
	}
	/* armed_conflict */
	if (strcmp(v, "none") == 0)
		td->withdrawal_conflict = CONFLICT_NONE;
	else if (strcmp(v, "delays") == 0)
		td->withdrawal_conflict = CONFLICT_DELAYS;
	else if (strcmp(v, "delays-or-occupation") == 0)
		td->withdrawal_conflict = CONFLICT_OCCUPATION;
	else
		return perr(p, key, "'%s': use 'none', 'delays' or 'delays-or-occupation'", v);
	return 0;
}

/* Checks that the section just closed holds what its rule needs. */
static int close_section(struct parser *p)
{
	struct treatydef *td = p->td;
	const char *need = NULL;
	switch (p->sec) {
	case SEC_EIF:
		if (!td->eif_kinds)
			need = "counts";
		else if (td->eif_offset.unit == OFF_NONE)
			need = "date";
		else if (!td->eif_instruments && td->eif_required.len == 0)
			need = "instruments";
		td->has_eif_rule = 1;
		break;
	case SEC_LATE:
		if (td->late_offset.unit == OFF_NONE)
			need = "date";
		td->has_late_rule = 1;
		break;
	case SEC_WITHDRAWAL:
		if (td->withdrawal_allowed && td->withdrawal_notice.unit == OFF_NONE)
			need = "notice";
		td->has_withdrawal_rule = 1;
		break;
	case SEC_OBLIGATION:
		if (p->obl->period.unit == OFF_NONE)
			need = "period";
		else if (!p->seen_from)
			need = "from";
		if (!need) {
			char off[96], words[TD_MAX_LINE];
			p->obl->article = p->rule->article;
			p->obl->text = p->rule->text;
			snprintf(words, sizeof words, "%s: due %s the entry into force %s.%s%s%s",
				 p->rule->text, offset_describe(p->obl->period, off, sizeof off),
				 p->obl->from == OBL_FROM_STATE_EIF ? "for that State"
								    : "of the treaty itself",
				 p->obl->condition ? " Applies only to " : "",
				 p->obl->condition ? p->obl->condition : "",
				 p->obl->condition ? " (a sourced record says which)." : "");
			if (!(p->rule->text = pool_strdup(&td->pool, words)))
				return ifc_fail(p->err, INFORCE_ERUNTIME, p->file, p->line, NULL,
						"out of memory");
		}
		break;
	default: break;
	}
	if (p->rule && !p->rule->text && !need)
		need = "text";
	if (need)
		return ifc_fail(p->err, INFORCE_EINPUT, p->file, p->line, need,
				"missing in the section that ends here");
	return 0;
}

static int open_section(struct parser *p, const char *header)
{
	char name[64];
	const char *arg = strchr(header, ' ');
	size_t nl = arg ? (size_t)(arg - header) : strlen(header);
	if (nl >= sizeof name)
		return perr(p, NULL, "unknown section [%s]", header);
	memcpy(name, header, nl);
	name[nl] = '\0';
	while (arg && *arg == ' ')
		arg++;
	size_t i;
	for (i = 0; i < IFC_ARRAY_LEN(sections); i++)
		if (strcmp(sections[i].name, name) == 0)
			break;
	if (i == IFC_ARRAY_LEN(sections))
		return perr(p, NULL, "unknown section [%s]", header);
	if ((sections[i].sec == SEC_OBLIGATION) != (arg && *arg))
		return perr(p, NULL,
			    sections[i].sec == SEC_OBLIGATION
				    ? "[%s] needs a name: [obligation NAME]"
				    : "section [%s] takes no name",
			    header);
	if (p->sec != SEC_NONE && close_section(p))
		return -1;
	for (size_t j = 0; j < p->td->rules.len; j++) {
		const inforce_rule_text *r = VEC_AT(&p->td->rules, inforce_rule_text, j);
		if (strcmp(r->what, name) == 0 && (!arg || (r->name && strcmp(r->name, arg) == 0)))
			return perr(p, NULL, "section [%s] given twice", header);
	}
	p->sec = sections[i].sec;
	p->seen = 0;
	p->seen_from = 0;
	p->rule = NULL;
	p->obl = NULL;
	if (p->sec == SEC_TREATY) {
		if (p->meta_seen)
			return perr(p, NULL, "section [%s] given twice", header);
		return 0;
	}
	p->rule = vec_push(&p->td->rules);
	if (!p->rule)
		return ifc_fail(p->err, INFORCE_ERUNTIME, p->file, p->line, NULL, "out of memory");
	p->rule->what = sections[i].name;
	if (p->sec == SEC_OBLIGATION) {
		p->obl = vec_push(&p->td->obligations);
		p->rule->name = pool_strdup(&p->td->pool, arg);
		if (!p->obl || !p->rule->name)
			return ifc_fail(p->err, INFORCE_ERUNTIME, p->file, p->line, NULL,
					"out of memory");
		p->obl->name = p->rule->name;
	}
	if (p->sec == SEC_WITHDRAWAL)
		p->td->withdrawal_allowed = 1;
	return 0;
}

static char *trim(char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	size_t n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		s[--n] = '\0';
	return s;
}

/* Applies one logical "key: value" line (continuations already joined). */
static int apply(struct parser *p, char *kv)
{
	char *colon = strchr(kv, ':');
	if (!colon)
		return perr(p, NULL, "expected 'key: value', got '%s'", kv);
	*colon = '\0';
	char *key = trim(kv), *value = trim(colon + 1);
	if (!*value)
		return perr(p, key, "empty value%s", "");
	switch (p->sec) {
	case SEC_NONE: return perr(p, key, "key outside any [section]%s", "");
	case SEC_TREATY: return set_meta(p, key, value);
	default: return set_rule(p, key, value);
	}
}

int treatydef_parse(struct treatydef *td, const char *buf, size_t len, const char *file,
		    inforce_error *err)
{
	struct parser p = {.td = td, .file = file, .err = err};
	char *logical = malloc(TD_MAX_LINE);
	long logical_line = 0;
	size_t llen = 0;
	int rc = logical ? 0 : ifc_fail(err, INFORCE_ERUNTIME, file, 0, NULL, "out of memory");
	size_t pos = 0;
	if (memchr(buf, '\0', len))
		rc = ifc_fail(err, INFORCE_EINPUT, file, 0, NULL, "contains a NUL byte");
	while (rc == 0 && pos <= len) {
		const char *nl = pos < len ? memchr(buf + pos, '\n', len - pos) : NULL;
		size_t n = nl ? (size_t)(nl - (buf + pos)) : len - pos;
		int at_end = pos >= len;
		p.line++;
		char line[TD_MAX_LINE];
		if (n >= sizeof line) {
			rc = perr(&p, NULL, "line longer than %s bytes", "8191");
			break;
		}
		memcpy(line, buf + pos, n);
		line[n] = '\0';
		pos += n + 1;
		int cont = (line[0] == ' ' || line[0] == '\t') && trim(line)[0] && llen > 0;
		char *t = trim(line);
		if (cont) {
			if (llen + 1 + strlen(t) >= TD_MAX_LINE) {
				rc = perr(&p, NULL, "value longer than %s bytes", "8191");
				break;
			}
			logical[llen++] = ' ';
			memcpy(logical + llen, t, strlen(t) + 1);
			llen += strlen(t);
			continue;
		}
		if (llen > 0) { /* flush the pending logical line */
			long here = p.line;
			p.line = logical_line;
			rc = apply(&p, logical);
			p.line = here;
			llen = 0;
			if (rc)
				break;
		}
		if (at_end)
			break;
		if (t[0] == '\0' || t[0] == '#')
			continue;
		if (t[0] == '[') {
			size_t tl = strlen(t);
			if (t[tl - 1] != ']') {
				rc = perr(&p, NULL, "unterminated section header '%s'", t);
				break;
			}
			t[tl - 1] = '\0';
			rc = open_section(&p, trim(t + 1));
			continue;
		}
		if (line[0] == ' ' || line[0] == '\t') {
			rc = perr(&p, NULL, "continuation line without a key before it: '%s'", t);
			break;
		}
		logical_line = p.line;
		llen = strlen(t);
		memcpy(logical, t, llen + 1);
	}
	free(logical);
	if (rc == 0 && p.sec != SEC_NONE)
		rc = close_section(&p);
	for (size_t i = 0; rc == 0 && i < IFC_ARRAY_LEN(meta_keys); i++)
		if (meta_keys[i].required && !(p.meta_seen & (1u << i)))
			rc = ifc_fail(err, INFORCE_EINPUT, file, 0, meta_keys[i].key,
				      "missing in [treaty]");
	if (rc == 0 && td->eif_floor.unit != OFF_NONE && !treatydef_meta(td, "opened_for_signature"))
		rc = ifc_fail(err, INFORCE_EINPUT, file, 0, "not_before",
			      "needs opened_for_signature in [treaty]");
	if (rc) {
		treatydef_release(td);
		treatydef_init(td);
	}
	return rc;
}
