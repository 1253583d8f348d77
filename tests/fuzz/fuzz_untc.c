/*
 * fuzz_untc.c - libFuzzer target for the UN Treaty Collection MTDSG importer's
 * parser (src/lib/untc.c, untc.h): the byte-level repair and transcoding step
 * (untc_to_utf8) and the whole parse over libxml2 (untc_parse).
 *
 * On every accepted input: each act has a participant, a real date and a line
 * inside the file; each note has its text; the counts agree (cells = acts +
 * other_cells, as untc.h promises); every string is valid to read. Refusals must
 * name the file and say why. untc_to_utf8's output, when it accepts, is
 * NUL-terminated at the length it reports.
 */
#include <string.h>

#include "fuzz.h"
#include "sources/untc.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	return 0;
}

void fuzz_cleanup(void)
{
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *buf = (const char *)data;
	long lines = 1;
	for (size_t i = 0; i < size; i++)
		lines += data[i] == '\n';

	inforce_error err = {0};
	char *utf8 = NULL;
	size_t n = 0;
	struct untc_repairs rep = {0};
	if (untc_to_utf8(buf, size, "fuzz.xml", &utf8, &n, &rep, &err) == 0) {
		FUZZ_CHECK(utf8 != NULL && utf8[n] == '\0');
		FUZZ_CHECK(rep.quotes >= 0 && rep.dashes >= 0 && rep.ellipses >= 0);
		free(utf8);
	} else {
		FUZZ_CHECK(err.msg[0] != '\0');
	}

	struct untc_file f;
	memset(&err, 0, sizeof err);
	if (untc_parse(&f, buf, size, "fuzz.xml", &err) != 0) {
		FUZZ_CHECK(err.kind == INFORCE_EINPUT || err.kind == INFORCE_ERUNTIME);
		FUZZ_CHECK(strcmp(err.file, "fuzz.xml") == 0 && err.msg[0] != '\0');
		return 0;
	}
	FUZZ_CHECK(f.reference && f.title && f.eif_text);
	FUZZ_CHECK(f.cells == (int)f.acts.len + f.other_cells);
	for (size_t i = 0; i < f.acts.len; i++) {
		const struct untc_act *a = VEC_AT(&f.acts, struct untc_act, i);
		int y, m, d;
		FUZZ_CHECK(a->participant && a->footnotes && a->column && a->label && a->mark &&
			   a->raw);
		FUZZ_CHECK(a->kind < INFORCE_ACT_KIND_COUNT);
		FUZZ_CHECK(a->date != INFORCE_DAY_NONE);
		inforce_date_to_ymd(a->date, &y, &m, &d);
		FUZZ_CHECK(inforce_date_valid(y, m, d));
		FUZZ_CHECK(a->line >= 1 && a->line <= lines);
		(void)strlen(a->participant);
		(void)strlen(a->raw);
	}
	for (size_t i = 0; i < f.note_acts.len; i++) {
		const struct untc_note_act *na = VEC_AT(&f.note_acts, struct untc_note_act, i);
		FUZZ_CHECK(na->act.participant && na->note_index && na->note_text);
		FUZZ_CHECK(na->act.kind == INFORCE_ACT_WITHDRAWAL ||
			   na->act.kind == INFORCE_ACT_SUCCESSION);
		(void)strlen(na->note_text);
	}
	for (size_t i = 0; i < f.notes.len; i++) {
		const struct untc_note *nt = VEC_AT(&f.notes, struct untc_note, i);
		FUZZ_CHECK(nt->text && nt->index && nt->column);
		FUZZ_CHECK(untc_note_kind_name(nt->kind) != NULL);
		(void)strlen(nt->text);
	}
	for (size_t i = 0; i < f.legends.len; i++)
		FUZZ_CHECK(*VEC_AT(&f.legends, const char *, i) != NULL);
	untc_release(&f);
	return 0;
}
