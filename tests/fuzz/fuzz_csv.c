/*
 * fuzz_csv.c - libFuzzer target for the CSV layer (src/lib/csvfile.c) and the
 * state-name table built from it (src/lib/states.c, the data/states.csv format).
 *
 * Properties checked on every input csvfile_parse accepts: every row has a line
 * number, rows start on nondecreasing lines (a bare CR ends a record
 * too, so two records can share a line) within the input's line count,
 * every field is a NUL-terminated string of the row, and csvfile_column finds each
 * header field at its own index (the first one, when a name repeats). On what
 * states_parse_csv accepts: every state is found by its code and by its name.
 * Refusals must name the input and come with a message.
 *
 * KNOWN BUG, handed to the lead (regressions/csv/states-short-row-use-after-free.csv):
 * states_parse_csv (src/lib/states.c, the "fields where the header has" branch) calls
 * csvfile_release and then reads row->line, row->nfields and h->nfields from the
 * freed rows. Until states.c is fixed, inputs with a row whose field count differs
 * from the header's are not given to states_parse_csv (SKIP_RAGGED_STATES below), so
 * that the fuzz run in `make check` looks for other bugs; set it to 0 with the fix.
 */
#define SKIP_RAGGED_STATES 0
/*
 * KNOWN BUG, handed to the lead (regressions/csv/last-record-without-newline-line-number.csv):
 * when the input does not end in a newline and its last record has a single field,
 * csvfile_parse (src/lib/csvfile.c) numbers that record one line past the end: the
 * field is only emitted by csv_fini, after cur_line was advanced past the last
 * chunk ("a,b\nsingle" gives line 3; `inforce import` then names a line the file
 * does not have). LAST_LINE_SLACK allows that one line until csvfile.c is fixed;
 * set it to 0 with the fix.
 */
#define LAST_LINE_SLACK 0
/*
 * KNOWN BUG, handed to the lead (regressions/csv/states-header-only-qsort-null.csv):
 * states_finish (src/lib/states.c) calls qsort on st->states.items and
 * st->names.items, and states_by_iso3 / states_lookup call bsearch on them, while
 * they are still NULL when the table is empty: undefined behaviour (glibc declares
 * the argument nonnull; UBSan stops there). Reached by a states.csv with a header
 * and no rows, and by every query on a store made with `inforce init --empty`.
 * SKIP_EMPTY_STATES keeps header-only tables away from states_parse_csv until
 * states.c is fixed; set it to 0 with the fix.
 */
#define SKIP_EMPTY_STATES 0
#include <string.h>

#include "fuzz.h"
#include "internal.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	return 0;
}

void fuzz_cleanup(void)
{
}

static void check_error(const inforce_error *err)
{
	FUZZ_CHECK(err->kind != INFORCE_OK);
	FUZZ_CHECK(strcmp(err->file, "fuzz.csv") == 0);
	FUZZ_CHECK(err->msg[0] != '\0');
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *buf = (const char *)data;
	struct csvfile cf;
	inforce_error err = {0};
	long lines = 1;
	int ragged = 0, empty = 0;
	for (size_t i = 0; i < size; i++)
		lines += data[i] == '\n';

	if (csvfile_parse(&cf, buf, size, "fuzz.csv", &err) == 0) {
		long prev = 0;
		for (size_t r = 0; r < cf.rows.len; r++) {
			const struct csv_row *row = VEC_AT(&cf.rows, struct csv_row, r);
			FUZZ_CHECK(row->line >= prev && row->line >= 1 &&
				   row->line <= lines + LAST_LINE_SLACK);
			prev = row->line;
			FUZZ_CHECK(row->nfields <= 64);
			ragged |= row->nfields != VEC_AT(&cf.rows, struct csv_row, 0)->nfields;
			for (size_t f = 0; f < row->nfields; f++)
				FUZZ_CHECK(row->fields[f] && strlen(row->fields[f]) <= size);
		}
		empty = cf.rows.len < 2;
		if (cf.rows.len > 0) {
			const struct csv_row *h = VEC_AT(&cf.rows, struct csv_row, 0);
			for (size_t f = 0; f < h->nfields; f++) {
				int c = csvfile_column(&cf, h->fields[f]);
				FUZZ_CHECK(c >= 0 && (size_t)c <= f);
				FUZZ_CHECK(strcmp(h->fields[c], h->fields[f]) == 0);
			}
		} else {
			FUZZ_CHECK(csvfile_column(&cf, "iso3") == -1);
		}
		csvfile_release(&cf);
	} else {
		check_error(&err);
	}
	if ((SKIP_RAGGED_STATES && ragged) || (SKIP_EMPTY_STATES && empty))
		return 0;

	struct states st;
	states_init(&st);
	memset(&err, 0, sizeof err);
	if (states_parse_csv(&st, buf, size, "fuzz.csv", &err) == 0) {
		for (size_t i = 0; i < st.states.len; i++) {
			const struct state_rec *s = VEC_AT(&st.states, struct state_rec, i);
			FUZZ_CHECK(states_by_iso3(&st, s->iso3) == s);
			const struct state_rec *byname = states_lookup(&st, s->name);
			FUZZ_CHECK(byname != NULL);
		}
		for (size_t i = 0; i < st.names.len; i++) {
			const struct name_rec *n = VEC_AT(&st.names, struct name_rec, i);
			FUZZ_CHECK(states_by_iso3(&st, n->iso3) != NULL);
		}
	} else {
		check_error(&err);
	}
	states_release(&st);
	return 0;
}
