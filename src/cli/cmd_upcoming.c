/*
 * cmd_upcoming.c - `inforce upcoming [--from D] [--days N]`: entries into force,
 * withdrawals taking effect and obligation deadlines ahead, across treaties; also as
 * an iCalendar (RFC 5545) calendar and an Atom (RFC 4287) feed to subscribe to.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* Kinds worth a reminder: what takes effect or falls due, and new deposits. */
static int ahead(const inforce_event *e)
{
	return e->kind == INFORCE_EV_TREATY_IN_FORCE || e->kind == INFORCE_EV_IN_FORCE ||
	       e->kind == INFORCE_EV_WITHDRAWAL_EFFECTIVE || e->kind == INFORCE_EV_DEADLINE;
}

static int cmp_ev(const void *pa, const void *pb)
{
	const inforce_event *a = pa, *b = pb;
	if (a->date != b->date)
		return a->date < b->date ? -1 : 1;
	int t = strcmp(inforce_treaty_id(a->treaty), inforce_treaty_id(b->treaty));
	if (t)
		return t;
	t = strcmp(a->iso3 ? a->iso3 : "", b->iso3 ? b->iso3 : "");
	return t ? t : (int)a->kind - (int)b->kind;
}

/* One iCalendar content line: escaped (RFC 5545 3.3.11) and folded at 75 octets
 * without splitting a UTF-8 sequence, ended by CRLF. */
static void ics_line(FILE *f, const char *name, const char *value, int escape)
{
	char buf[4096];
	size_t n = (size_t)snprintf(buf, sizeof buf, "%s:", name);
	for (const char *p = value; *p && n + 2 < sizeof buf; p++) {
		if (escape && (*p == ',' || *p == ';' || *p == '\\'))
			buf[n++] = '\\';
		if (escape && *p == '\n') {
			buf[n++] = '\\';
			buf[n++] = 'n';
			continue;
		}
		buf[n++] = *p;
	}
	buf[n] = '\0';
	size_t col = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)buf[i];
		size_t len = ch < 0x80 ? 1 : ch >= 0xF0 ? 4 : ch >= 0xE0 ? 3 : ch >= 0xC0 ? 2 : 1;
		if (col + len > 75) {
			fputs("\r\n ", f);
			col = 1;
		}
		fwrite(buf + i, 1, len, f);
		col += len;
		i += len - 1;
	}
	fputs("\r\n", f);
}

static void compact(inforce_day d, char out[9])
{
	char b[INFORCE_DATE_BUFSZ];
	inforce_date_format(d, b);
	snprintf(out, 9, "%.4s%.2s%.2s", b, b + 5, b + 8);
}

static void uid_of(const inforce_event *e, char *buf, size_t size)
{
	char d[9], id[32];
	compact(e->date, d);
	snprintf(buf, size, "%s-%s-%s%s%s-%s@inforce", cli_lower(inforce_treaty_id(e->treaty), id, sizeof id),
		 e->iso3 ? e->iso3 : "treaty", inforce_event_name(e->kind), e->detail ? "-" : "",
		 e->detail ? e->detail : "", d);
}

static void print_ics(struct cli *c, const inforce_event *ev, size_t n, inforce_day today)
{
	char d[9], d2[9], stamp[32], text[512], uid[256], desc[2048];
	compact(today, d);
	snprintf(stamp, sizeof stamp, "%sT000000Z", d);
	fputs("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//inforce//treaty dates//EN\r\n"
	      "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n", c->out);
	ics_line(c->out, "X-WR-CALNAME", "inforce: treaty dates ahead", 1);
	for (size_t i = 0; i < n; i++) {
		const inforce_event *e = &ev[i];
		fputs("BEGIN:VEVENT\r\n", c->out);
		uid_of(e, uid, sizeof uid);
		ics_line(c->out, "UID", uid, 0);
		ics_line(c->out, "DTSTAMP", stamp, 0);
		compact(e->date, d);
		compact(e->date + 1, d2);
		ics_line(c->out, "DTSTART;VALUE=DATE", d, 0);
		ics_line(c->out, "DTEND;VALUE=DATE", d2, 0);
		ics_line(c->out, "SUMMARY", render_event_text(e, text, sizeof text), 1);
		snprintf(desc, sizeof desc, "Computed by inforce%s%s%s.%s%s", e->article ? " under art. " : "",
			 e->article ? e->article : "", "", e->act ? " Act source: " : "",
			 e->act ? e->act->source : "");
		ics_line(c->out, "DESCRIPTION", desc, 1);
		fputs("END:VEVENT\r\n", c->out);
	}
	fputs("END:VCALENDAR\r\n", c->out);
}

static void xml_text(FILE *f, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&': fputs("&amp;", f); break;
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '"': fputs("&quot;", f); break;
		default: fputc(*s, f);
		}
	}
}

static void print_atom(struct cli *c, const inforce_event *ev, size_t n, inforce_day today)
{
	char d[INFORCE_DATE_BUFSZ], text[512], uid[256];
	fprintf(c->out, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
			"<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
			"  <title>inforce: treaty dates ahead</title>\n"
			"  <id>urn:inforce:upcoming:%s</id>\n"
			"  <updated>%sT00:00:00Z</updated>\n"
			"  <author><name>inforce</name></author>\n",
		inforce_date_format(today, d), d);
	for (size_t i = 0; i < n; i++) {
		const inforce_event *e = &ev[i];
		uid_of(e, uid, sizeof uid);
		fprintf(c->out, "  <entry>\n    <title>%s: ", inforce_date_format(e->date, d));
		xml_text(c->out, render_event_text(e, text, sizeof text));
		fprintf(c->out, "</title>\n    <id>urn:inforce:event:");
		xml_text(c->out, uid);
		fprintf(c->out, "</id>\n    <updated>%sT00:00:00Z</updated>\n    <summary>",
			inforce_date_format(e->date, d));
		fprintf(c->out, "Computed by inforce%s", e->article ? " under art. " : "");
		xml_text(c->out, e->article);
		fprintf(c->out, ".</summary>\n");
		if (e->act && (strncmp(e->act->source, "http://", 7) == 0 ||
			       strncmp(e->act->source, "https://", 8) == 0)) {
			fprintf(c->out, "    <link rel=\"related\" href=\"");
			xml_text(c->out, e->act->source);
			fprintf(c->out, "\"/>\n");
		}
		fprintf(c->out, "  </entry>\n");
	}
	fprintf(c->out, "</feed>\n");
}

int cmd_upcoming(struct cli *c, int argc, char **argv)
{
	const char *from_t = NULL, *days_t = "365", *treaty = NULL, *format = "table";
	const struct opt opts[] = {
		{"from", 1, &from_t, "DATE  start (default: today)"},
		{"days", 1, &days_t, "N     how far ahead (default 365, at most 36525)"},
		{"treaty", 1, &treaty, "ID    only this treaty"},
		{"format", 1, &format, "FMT   table, csv, json, ics (iCalendar) or atom"},
		{0},
	};
	int help, rc = cli_parse(c, "upcoming", "[--from DATE] [--days N] [--format FMT]",
				 "What takes effect or falls due from DATE on: entries into force,\n"
				 "withdrawals taking effect, obligation deadlines.",
				 opts, argc, argv, NULL, 0, 0, &help);
	if (rc || help)
		return rc;
	inforce_day from, today;
	char *end;
	long days = strtol(days_t, &end, 10);
	if (*end || days < 0 || days > 36525)
		return cli_usage_error(c, "upcoming", "--days: '%s' is not a number of days (0-36525)",
				       days_t);
	if ((rc = cli_date(c, "upcoming", "--from", from_t, &from)) ||
	    (rc = cli_date(c, "upcoming", "today", NULL, &today)) ||
	    (rc = cli_format(c, "upcoming", format, "table,csv,json,ics,atom", &format)))
		return rc;
	inforce_store *store;
	inforce_snapshot *snap = cli_load(c, &store, &rc);
	if (!snap)
		return rc;
	const inforce_treaty *one = treaty ? inforce_snapshot_treaty(snap, treaty) : NULL;
	if (treaty && !one) {
		fprintf(c->errs, "inforce: unknown treaty '%s' (see 'inforce treaty --list')\n", treaty);
		inforce_snapshot_free(snap);
		inforce_store_close(store);
		return EXIT_USAGE;
	}
	inforce_event *sel = NULL;
	size_t n = 0;
	for (size_t i = 0; i < inforce_snapshot_treaty_count(snap); i++) {
		const inforce_treaty *t = inforce_snapshot_treaty_at(snap, i);
		if (one && t != one)
			continue;
		size_t m;
		inforce_event *ev = inforce_events(t, from, from + (inforce_day)days, 1, &m);
		for (size_t j = 0; j < m; j++) {
			if (!ahead(&ev[j]))
				continue;
			inforce_event *grown = realloc(sel, (n + 1) * sizeof *sel);
			if (!grown)
				break;
			sel = grown;
			sel[n++] = ev[j];
		}
		free(ev);
	}
	if (n > 1)
		qsort(sel, n, sizeof *sel, cmp_ev);
	if (strcmp(format, "ics") == 0)
		print_ics(c, sel, n, today);
	else if (strcmp(format, "atom") == 0)
		print_atom(c, sel, n, today);
	else {
		char d[INFORCE_DATE_BUFSZ];
		json_t *env = json_object();
		json_object_set_new(env, "from", json_string(inforce_date_format(from, d)));
		json_object_set_new(env, "to", json_string(inforce_date_format(from + (inforce_day)days, d)));
		rc = render_events(c, sel, n, format, env);
	}
	free(sel);
	inforce_snapshot_free(snap);
	inforce_store_close(store);
	return rc;
}
