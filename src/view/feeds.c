/*
 * feeds.c - the subscription formats of the dates ahead: an iCalendar calendar
 * (RFC 5545) and an Atom feed (RFC 4287), written to a stream. Used by `inforce
 * upcoming --format ics|atom` and the HTTP API.
 */
#include <stdio.h>
#include <string.h>

#include "view.h"

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
		/* a bare CR or another control character would end the line or
		 * break it: a space instead (the store refuses them; this is the
		 * writer's own guard) */
		buf[n++] = (unsigned char)*p < 0x20 || *p == 0x7F ? ' ' : *p;
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
	snprintf(buf, size, "%s-%s-%s%s%s-%s@inforce", view_lower(inforce_treaty_id(e->treaty), id, sizeof id),
		 e->iso3 ? e->iso3 : "treaty", inforce_event_name(e->kind), e->detail ? "-" : "",
		 e->detail ? e->detail : "", d);
}

void view_ics(FILE *out, const inforce_event *ev, size_t n, inforce_day today)
{
	char d[9], d2[9], stamp[32], text[512], uid[256], desc[2048];
	compact(today, d);
	snprintf(stamp, sizeof stamp, "%sT000000Z", d);
	fputs("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//inforce//treaty dates//EN\r\n"
	      "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n", out);
	ics_line(out, "X-WR-CALNAME", "inforce: treaty dates ahead", 1);
	for (size_t i = 0; i < n; i++) {
		const inforce_event *e = &ev[i];
		fputs("BEGIN:VEVENT\r\n", out);
		uid_of(e, uid, sizeof uid);
		ics_line(out, "UID", uid, 0);
		ics_line(out, "DTSTAMP", stamp, 0);
		compact(e->date, d);
		compact(e->date + 1, d2);
		ics_line(out, "DTSTART;VALUE=DATE", d, 0);
		ics_line(out, "DTEND;VALUE=DATE", d2, 0);
		ics_line(out, "SUMMARY", view_event_text(e, text, sizeof text), 1);
		const char *src = inforce_event_source(e);
		snprintf(desc, sizeof desc, "Computed by inforce%s%s%s.%s%s", e->article ? " under art. " : "",
			 e->article ? e->article : "", "", src ? " Source: " : "", src ? src : "");
		ics_line(out, "DESCRIPTION", desc, 1);
		fputs("END:VEVENT\r\n", out);
	}
	fputs("END:VCALENDAR\r\n", out);
}

static void xml_text(FILE *f, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&': fputs("&amp;", f); break;
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '"': fputs("&quot;", f); break;
		/* characters XML 1.0 does not allow become spaces */
		default: fputc((unsigned char)*s < 0x20 && *s != '\t' && *s != '\n' ? ' ' : *s, f);
		}
	}
}

void view_atom(FILE *out, const inforce_event *ev, size_t n, inforce_day today)
{
	char d[INFORCE_DATE_BUFSZ], text[512], uid[256];
	fprintf(out, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
			"<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
			"  <title>inforce: treaty dates ahead</title>\n"
			"  <id>urn:inforce:upcoming:%s</id>\n"
			"  <updated>%sT00:00:00Z</updated>\n"
			"  <author><name>inforce</name></author>\n",
		inforce_date_format(today, d), d);
	for (size_t i = 0; i < n; i++) {
		const inforce_event *e = &ev[i];
		uid_of(e, uid, sizeof uid);
		fprintf(out, "  <entry>\n    <title>%s: ", inforce_date_format(e->date, d));
		xml_text(out, view_event_text(e, text, sizeof text));
		fprintf(out, "</title>\n    <id>urn:inforce:event:");
		xml_text(out, uid);
		/* when the entry last changed: the day of the act (or record) that fixes
		 * the date, never the future day the event falls on (RFC 4287 4.2.15) */
		inforce_day changed = e->record && e->record->date != INFORCE_DAY_NONE
					      ? e->record->date
				      : e->act ? e->act->date
					       : today;
		if (changed > today)
			changed = today;
		fprintf(out, "</id>\n    <updated>%sT00:00:00Z</updated>\n    <summary>",
			inforce_date_format(changed, d));
		fprintf(out, "Computed by inforce%s", e->article ? " under art. " : "");
		xml_text(out, e->article);
		fprintf(out, ".</summary>\n");
		const char *src = inforce_event_source(e);
		if (src && (strncmp(src, "http://", 7) == 0 || strncmp(src, "https://", 8) == 0)) {
			fprintf(out, "    <link rel=\"related\" href=\"");
			xml_text(out, src);
			fprintf(out, "\"/>\n");
		}
		fprintf(out, "  </entry>\n");
	}
	fprintf(out, "</feed>\n");
}

