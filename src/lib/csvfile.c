/*
 * csvfile.c - a CSV file as rows of fields, each row knowing the line it starts
 * on, so that every error can name it. Parsing is libcsv's, in strict mode; the
 * buffer is fed one line at a time so that the line of each record is known.
 * Exports csvfile_parse, csvfile_release, csvfile_column.
 */
#include <csv.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define CSV_MAX_FIELDS 64
#define CSV_MAX_FIELD 65536

struct builder {
	struct csvfile *cf;
	long cur_line;     /* line being fed */
	long rec_line;     /* line where the current record started, 0: none yet */
	char *fields[CSV_MAX_FIELDS];
	size_t nfields;
	int failed;        /* 1 out of memory, 2 too many fields, 3 field too long */
};

static void on_field(void *s, size_t len, void *data)
{
	struct builder *b = data;
	if (b->failed)
		return;
	if (b->rec_line == 0)
		b->rec_line = b->cur_line;
	if (b->nfields == CSV_MAX_FIELDS) {
		b->failed = 2;
		return;
	}
	if (len > CSV_MAX_FIELD) {
		b->failed = 3;
		return;
	}
	char *f = pool_strndup(&b->cf->pool, s ? s : "", s ? len : 0);
	if (!f) {
		b->failed = 1;
		return;
	}
	b->fields[b->nfields++] = f;
}

static void on_record(int c, void *data)
{
	struct builder *b = data;
	(void)c;
	if (b->failed)
		return;
	if (b->rec_line == 0)
		b->rec_line = b->cur_line;
	struct csv_row *row = vec_push(&b->cf->rows);
	char **fields = pool_alloc(&b->cf->pool, sizeof(char *) * (b->nfields + 1));
	if (!row || !fields) {
		b->failed = 1;
		return;
	}
	memcpy(fields, b->fields, sizeof(char *) * b->nfields);
	row->line = b->rec_line;
	row->nfields = b->nfields;
	row->fields = fields;
	b->nfields = 0;
	b->rec_line = 0;
}

static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t';
}

static int is_term(unsigned char c)
{
	return c == '\r' || c == '\n';
}

int csvfile_parse(struct csvfile *cf, const char *buf, size_t len, const char *name,
		  inforce_error *err)
{
	struct csv_parser p;
	struct builder b = {.cf = cf};
	pool_init(&cf->pool);
	vec_init(&cf->rows, sizeof(struct csv_row));
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
		return ifc_fail(err, INFORCE_ERUNTIME, name, 0, NULL, "out of memory");
	csv_set_space_func(&p, is_space);
	csv_set_term_func(&p, is_term);
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) { /* UTF-8 byte-order mark */
		buf += 3;
		len -= 3;
	}
	if (memchr(buf, '\0', len)) {
		csv_free(&p);
		csvfile_release(cf);
		return ifc_fail(err, INFORCE_EINPUT, name, 0, NULL,
				"contains a NUL byte: not a text CSV file");
	}
	size_t pos = 0;
	int rc = 0;
	b.cur_line = 1;
	while (pos < len && rc == 0) {
		const char *nl = memchr(buf + pos, '\n', len - pos);
		size_t n = nl ? (size_t)(nl - (buf + pos)) + 1 : len - pos;
		if (csv_parse(&p, buf + pos, n, on_field, on_record, &b) != n)
			rc = -1;
		else if (b.failed)
			rc = -1;
		else {
			pos += n;
			b.cur_line++;
		}
	}
	/* the last line had no newline: its record is still open, on the line fed last */
	if (b.rec_line == 0 && pos > 0 && buf[len - 1] != '\n')
		b.cur_line--;
	if (rc == 0 && csv_fini(&p, on_field, on_record, &b) != 0)
		rc = -1;
	if (rc == 0 && b.failed)
		rc = -1;
	if (rc != 0) {
		long line = b.rec_line ? b.rec_line : b.cur_line;
		int oom = b.failed == 1 || (!b.failed && csv_error(&p) == CSV_ENOMEM);
		const char *why = oom             ? "out of memory"
				  : b.failed == 2 ? "more than 64 fields in a record"
				  : b.failed == 3 ? "field longer than 65536 bytes"
				  : csv_error(&p) == CSV_EPARSE
					  ? "a double quote is not closed, or stands inside an unquoted "
					    "field"
					  : csv_strerror(csv_error(&p));
		csv_free(&p);
		csvfile_release(cf);
		if (oom)
			return ifc_fail(err, INFORCE_ERUNTIME, name, line, NULL, "out of memory");
		return ifc_fail(err, INFORCE_EINPUT, name, line, NULL, "malformed CSV: %s", why);
	}
	csv_free(&p);
	return 0;
}

void csvfile_release(struct csvfile *cf)
{
	vec_release(&cf->rows);
	pool_release(&cf->pool);
}

int csvfile_column(const struct csvfile *cf, const char *col)
{
	if (cf->rows.len == 0)
		return -1;
	const struct csv_row *h = VEC_AT(&cf->rows, struct csv_row, 0);
	for (size_t i = 0; i < h->nfields; i++)
		if (strcmp(h->fields[i], col) == 0)
			return (int)i;
	return -1;
}
