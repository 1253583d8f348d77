/*
 * fuzz_treatydef.c - libFuzzer target for the treaty definition format
 * (src/lib/treatydef.c, docs/treaty-format.md), and for the engine driven by what
 * it accepts: a definition file is data that decides every date the engine
 * computes, so whatever the parser lets through must be safe to evaluate.
 *
 * On every accepted input: the id and the required metadata are there, every rule
 * has its words, every offset can be applied and described, and engine_derive runs
 * over a fixed set of acts (signatures, consents of each kind, a withdrawal and a
 * rejoining, a withdrawn ratification, a suspension, a succession). It may refuse
 * them as contradictory under some rules (a withdrawal that has not taken effect
 * before the state joins again), but must then say which act; when it accepts, the
 * standing of every participant on several dates is computed and must be coherent.
 * Refusals of the file must name it, with a line.
 */
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

static const struct {
	const char *iso3;
	enum inforce_act_kind kind;
	int y, m, d;
} script[] = {
	{"AAA", INFORCE_ACT_SIGNATURE, 2000, 1, 31},
	{"AAA", INFORCE_ACT_RATIFICATION, 2001, 8, 31},
	{"AAA", INFORCE_ACT_WITHDRAWAL, 2010, 2, 28},
	{"AAA", INFORCE_ACT_ACCESSION, 2030, 1, 1},
	{"BBB", INFORCE_ACT_ACCESSION, 2001, 8, 31},
	{"CCC", INFORCE_ACT_SIGNATURE, 2000, 2, 29},
	{"CCC", INFORCE_ACT_RATIFICATION, 2002, 12, 31},
	{"CCC", INFORCE_ACT_RATIFICATION_WITHDRAWAL, 2005, 1, 1},
	{"CCC", INFORCE_ACT_APPROVAL, 2006, 1, 1},
	{"DDD", INFORCE_ACT_SUCCESSION, 2003, 3, 3},
	{"DDD", INFORCE_ACT_SUSPENSION, 2004, 4, 4},
	{"EEE", INFORCE_ACT_ACCEPTANCE, 1999, 12, 31},
	{"EEE", INFORCE_ACT_PROVISIONAL_APPLICATION, 1999, 12, 31},
	{"FFF", INFORCE_ACT_FORMAL_CONFIRMATION, 2001, 8, 31},
	{"GGG", INFORCE_ACT_SIGNATURE, 2000, 1, 1},
};
#define NACTS IFC_ARRAY_LEN(script)

static void check_offset(struct offset off)
{
	char buf[128];
	FUZZ_CHECK(offset_describe(off, buf, sizeof buf) == buf && buf[0]);
	inforce_day base = inforce_date_from_ymd(2000, 2, 29);
	inforce_day r = offset_apply(off, base);
	if (off.unit != OFF_NONE)
		FUZZ_CHECK(r >= base);
	FUZZ_CHECK(offset_apply(off, INFORCE_DAY_NONE) == INFORCE_DAY_NONE);
}

static void check_standing(const struct participant *p, inforce_day on)
{
	inforce_standing s;
	engine_standing(p, on, &s);
	FUZZ_CHECK(s.status < INFORCE_ST_COUNT);
	FUZZ_CHECK(s.act_count <= p->act_count);
	for (size_t i = 0; i < s.act_count; i++)
		FUZZ_CHECK(s.acts[i]->date <= on);
	if (s.status == INFORCE_ST_PARTY || s.status == INFORCE_ST_CONTRACTING)
		FUZZ_CHECK(s.consent != INFORCE_DAY_NONE && s.consent <= on);
	if (s.status == INFORCE_ST_WITHDRAWN)
		FUZZ_CHECK(s.withdrawal_effective != INFORCE_DAY_NONE &&
			   s.withdrawal_effective <= on);
	if (s.withdrawal_pending)
		FUZZ_CHECK(s.status != INFORCE_ST_WITHDRAWN);
}

static void run_engine(const struct treatydef *td)
{
	inforce_act acts[NACTS];
	const inforce_act *ptrs[NACTS];
	memset(acts, 0, sizeof acts);
	for (size_t i = 0; i < NACTS; i++) {
		acts[i].id = (int64_t)i + 1;
		acts[i].treaty = td->id;
		acts[i].iso3 = script[i].iso3;
		acts[i].state_name = script[i].iso3;
		acts[i].kind = script[i].kind;
		acts[i].date = inforce_date_from_ymd(script[i].y, script[i].m, script[i].d);
		acts[i].stated_effective = INFORCE_DAY_NONE;
		acts[i].known = INFORCE_DAY_NONE;
		acts[i].source = "fuzz";
		acts[i].notes = "";
		acts[i].file = "fuzz-acts";
		acts[i].line = (long)i + 2;
		ptrs[i] = &acts[i];
	}
	struct derived d;
	inforce_error err = {0};
	if (engine_derive(&d, td, ptrs, NACTS, NULL, &err) != 0) {
		FUZZ_CHECK(err.kind == INFORCE_EINPUT || err.kind == INFORCE_ERUNTIME);
		FUZZ_CHECK(err.msg[0] != '\0');
		return;
	}
	const inforce_eif *e = &d.eif;
	FUZZ_CHECK(e->instruments_held >= 0 && (size_t)e->instruments_held <= NACTS);
	if (e->computed != INFORCE_DAY_NONE)
		FUZZ_CHECK(e->trigger_date != INFORCE_DAY_NONE && e->trigger_count >= 1);
	/* the date answers use: the published one where it differs, else the computed */
	FUZZ_CHECK(e->published_basis ? e->date == e->published && e->date != e->computed
				      : e->date == e->computed);
	FUZZ_CHECK(d.part_count == 7);
	static const int on[][3] = {{1999, 12, 31}, {2001, 8, 31}, {2005, 6, 1},
				    {2010, 8, 28}, {2031, 1, 1},   {9999, 12, 31}};
	for (size_t i = 0; i < d.part_count; i++) {
		const struct participant *p = &d.parts[i];
		FUZZ_CHECK(p->episode_count >= 1);
		for (size_t k = 0; k < IFC_ARRAY_LEN(on); k++)
			check_standing(p, inforce_date_from_ymd(on[k][0], on[k][1], on[k][2]));
	}
	engine_release(&d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct treatydef td;
	inforce_error err = {0};
	treatydef_init(&td);
	if (treatydef_parse(&td, (const char *)data, size, "fuzz.treaty", &err) != 0) {
		FUZZ_CHECK(err.kind == INFORCE_EINPUT || err.kind == INFORCE_ERUNTIME);
		FUZZ_CHECK(strcmp(err.file, "fuzz.treaty") == 0 && err.msg[0]);
		treatydef_release(&td); /* left empty: releasing again is harmless */
		return 0;
	}
	FUZZ_CHECK(td.id && td.id[0]);
	static const char *const required[] = {"id", "short_name", "title", "depositary",
					       "source"};
	for (size_t i = 0; i < IFC_ARRAY_LEN(required); i++)
		FUZZ_CHECK(treatydef_meta(&td, required[i]) != NULL);
	for (size_t i = 0; i < td.rules.len; i++) {
		const inforce_rule_text *r = VEC_AT(&td.rules, inforce_rule_text, i);
		FUZZ_CHECK(r->what && r->text);
	}
	check_offset(td.eif_offset);
	check_offset(td.eif_floor);
	check_offset(td.late_offset);
	check_offset(td.withdrawal_notice);
	for (size_t i = 0; i < td.obligations.len; i++) {
		const struct obligation *o = VEC_AT(&td.obligations, struct obligation, i);
		FUZZ_CHECK(o->name && o->name[0]);
		check_offset(o->period);
	}
	run_engine(&td);
	treatydef_release(&td);
	return 0;
}
