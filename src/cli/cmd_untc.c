/*
 * cmd_untc.c - the UN Treaty Collection's files: `inforce import-untc FILE|DIR
 * [--dry-run]` loads MTDSG status files (one transaction), and `inforce check-untc
 * [--on DATE]` compares each file's published figures (signatories, parties, entry
 * into force) with what inforce computes.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static void report(struct cli *c, const inforce_untc_report *r, int dry_run)
{
	fprintf(c->out,
		"%s %d file%s: %d participant rows, %d cells; %d acts read (%d from end notes)\n"
		"  %d new acts, %d already stored (listed again), %d corrections of an earlier\n"
		"  record, %d disagreements flagged,\n"
		"  %d bracketed acts and %d refused as contradictory kept as flags, %d other flags,\n"
		"  %d notes kept as text (%d end-note sentences not attributable)\n"
		"  repairs: %d double quotes, %d single quotes, %d dashes, %d spaces, %d ellipses\n",
		dry_run ? "would import" : "imported", r->files, r->files == 1 ? "" : "s", r->rows,
		r->cells, r->acts_read, r->note_acts, r->acts_new, r->acts_merged, r->corrections,
		r->disagreements,
		r->bracketed, r->refused, r->other_flags, r->notes, r->note_unresolved,
		r->repairs_quotes, r->repairs_single_quotes, r->repairs_dashes, r->repairs_spaces,
		r->repairs_ellipses);
}

int cmd_import_untc(struct cli *c, int argc, char **argv)
{
	const char *dry = NULL, *as_at_t = NULL, *pos[1];
	const struct opt opts[] = {
		{"dry-run", 0, &dry, "      check and report, store nothing"},
		{"as-at", 1, &as_at_t,
		 "DATE  the day an XML file's status was current (a page says its own)"},
		{0},
	};
	int help, rc = cli_parse(c, "import-untc", "FILE.xml|FILE.html|DIR [--as-at DATE] [--dry-run]",
				 "Loads UN Treaty Collection status records, the MTDSG XML files or\n"
				 "the status pages of treaties.un.org: acts with their kinds, end-note\n"
				 "withdrawals and successions, declarations, objections and notes.\n"
				 "Each is a record of its treaty as at its \"status as at\" date,\n"
				 "merged with what is stored (the same act is listed again; an\n"
				 "earlier UN record's act with another date is a correction; a\n"
				 "curated act with another date is a disagreement, flagged).",
				 opts, argc, argv, pos, 1, 1, &help);
	inforce_day as_at = INFORCE_DAY_NONE;
	if (rc || help)
		return rc;
	if ((as_at_t && (rc = cli_date(c, "import-untc", "--as-at", as_at_t, &as_at))) ||
	    (rc = cli_require_store(c)))
		return rc;
	inforce_error err = {0};
	inforce_untc_report r;
	inforce_store *store = inforce_store_open(c->db, INFORCE_OPEN_WRITE, &err);
	if (!store ||
	    inforce_store_import_untc(store, pos[0], NULL, as_at, dry != NULL, &r, &err)) {
		inforce_store_close(store);
		return cli_fail(c, &err);
	}
	report(c, &r, dry != NULL);
	/* what changed since the record before each one imported */
	inforce_snapshot *snap = dry ? NULL : inforce_snapshot_load(store, &err);
	size_t plen = strlen(pos[0]);
	for (size_t i = 0; snap && i < inforce_snapshot_treaty_count(snap); i++) {
		const inforce_treaty *t = inforce_snapshot_treaty_at(snap, i);
		for (size_t k = 0; k < inforce_treaty_record_count(t); k++) {
			const inforce_record *rec = inforce_treaty_record_at(t, k);
			if (strncmp(rec->file, pos[0], plen) == 0 &&
			    (rec->file[plen] == '\0' || rec->file[plen] == '/'))
				records_report(c, t, rec, 0);
		}
	}
	inforce_snapshot_free(snap);
	inforce_store_close(store);
	return EXIT_OK;
}

int cmd_check_untc(struct cli *c, int argc, char **argv)
{
	const char *on_t = NULL, *all = NULL, *format = "table", *explained = NULL;
	const struct opt opts[] = {
		{"on", 1, &on_t, "DATE  count on DATE (default: each record's own status as at)"},
		{"all", 0, &all, "      list agreements too, not only disagreements"},
		{"format", 1, &format, "FMT   table or csv"},
		{"explained", 1, &explained,
		 "CSV   the known differences, explained (default: untc-differences.csv of the "
		 "data folder)"},
		{0},
	};
	int help, rc = cli_parse(c, "check-untc",
				 "[--on DATE] [--all] [--format table|csv] [--explained CSV]",
				 "For every UN Treaty Collection record held (the MTDSG files of 2018,\n"
				 "the status pages of 2026): its published Signatories and Parties\n"
				 "counts and entry into force against the figures inforce computes on\n"
				 "the record's own \"status as at\" date. Each difference is shown with\n"
				 "its explanation from the known-differences file, or as unexplained.\n"
				 "Exit status 1 when a difference is unexplained.",
				 opts, argc, argv, NULL, 0, 0, &help);
	inforce_day on = INFORCE_DAY_NONE;
	if (rc || help)
		return rc;
	if ((on_t && (rc = cli_date(c, "check-untc", "--on", on_t, &on))) ||
	    (rc = cli_format(c, "check-untc", format, "table,csv", &format)))
		return rc;
	char path[4096];
	if (!explained) {
		snprintf(path, sizeof path, "%s/untc-differences.csv", c->datadir);
		explained = path;
	}
	inforce_store *store;
	inforce_snapshot *snap = cli_load(c, &store, &rc);
	if (!snap)
		return rc;
	inforce_untc_row *rows;
	size_t n;
	inforce_error err = {0};
	if (inforce_untc_check(store, snap, on, explained, &rows, &n, &err)) {
		rc = cli_fail(c, &err);
		goto out;
	}
	/* the summary, one line a record date (2018-01-15 files, 2026-02-03 pages) */
	struct tally {
		inforce_day as_at;
		int records, agree_sig, agree_par, eif_checked, eif_agree, with_sig, with_par,
			no_table;
	} tallies[8] = {{0}};
	int ntally = 0, differences = 0, unexplained = 0;
	char d1[INFORCE_DATE_BUFSZ], d2[INFORCE_DATE_BUFSZ], d3[INFORCE_DATE_BUFSZ];
	if (format[0] == 'c')
		fprintf(c->out, "reference,as_at,format,treaty,published_signatories,"
				"computed_signatories,published_parties,computed_parties,published_eif,"
				"computed_eif,rule,unexplained,explanation\n");
	else
		fprintf(c->out, "%-12s %-10s %-9s %7s %7s %7s %7s  %-10s %-10s\n", "UNTC", "As at",
			"Treaty", "Sig.pub", "Sig.inf", "Par.pub", "Par.inf", "EIF pub", "EIF inf");
	for (size_t i = 0; i < n; i++) {
		const inforce_untc_row *r = &rows[i];
		struct tally *ta = NULL;
		for (int k = 0; k < ntally && !ta; k++)
			if (tallies[k].as_at == r->as_at)
				ta = &tallies[k];
		if (!ta && ntally < 8) {
			ta = &tallies[ntally++];
			ta->as_at = r->as_at;
		}
		if (!ta)
			ta = &tallies[7];
		ta->records++;
		if (r->rows == 0) { /* the published file has no participant table to count */
			ta->no_table++;
			if (format[0] == 'c')
				fprintf(c->out, "%s,%s,%s,%s,%d,,%d,,%s,,no table,0,\n", r->reference,
					cli_day(r->as_at, d3), r->format, r->treaty,
					r->published_signatories, r->published_parties,
					cli_day(r->published_eif, d1));
			continue;
		}
		int *agree_sig = &ta->agree_sig, *agree_par = &ta->agree_par,
		    *eif_checked = &ta->eif_checked, *eif_agree = &ta->eif_agree,
		    *with_sig = &ta->with_sig, *with_par = &ta->with_par;
		*with_sig += r->published_signatories >= 0;
		*with_par += r->published_parties >= 0;
		*agree_sig += r->published_signatories >= 0 &&
			      r->published_signatories == r->computed_signatories;
		*agree_par += r->published_parties >= 0 && r->published_parties == r->computed_parties;
		if (r->has_rule && r->published_eif != INFORCE_DAY_NONE) {
			(*eif_checked)++;
			*eif_agree += r->published_eif == r->computed_eif;
		}
		differences += r->differences;
		unexplained += r->unexplained;
		if (format[0] == 'c') {
			fprintf(c->out, "%s,%s,%s,%s,%d,%d,%d,%d,%s,%s,%s,%d,", r->reference,
				cli_day(r->as_at, d3), r->format, r->treaty, r->published_signatories,
				r->computed_signatories, r->published_parties, r->computed_parties,
				cli_day(r->published_eif, d1), cli_day(r->computed_eif, d2),
				r->has_rule ? "yes" : "no", r->unexplained);
			cli_csv_field(c->out, r->explanation, 1);
			fputc('\n', c->out);
			continue;
		}
		if (!all && !r->differences)
			continue;
		fprintf(c->out, "%-12s %-10s %-9.9s %7d %7d %7d %7d  %-10s %s%s\n", r->reference,
			cli_day(r->as_at, d3), r->treaty, r->published_signatories,
			r->computed_signatories, r->published_parties, r->computed_parties,
			cli_day(r->published_eif, d1),
			r->has_rule ? cli_day(r->computed_eif, d2) : "(no rule)",
			r->unexplained ? "  <- unexplained" : "");
		if (r->explanation[0])
			cli_wrap(c->out, r->explanation, 13, 88);
	}
	if (format[0] == 't') {
		fputc('\n', c->out);
		for (int k = 0; k < ntally; k++) {
			const struct tally *ta = &tallies[k];
			fprintf(c->out,
				"Records as at %s: %d, %d without a participant table (nothing to "
				"count). Of the others: Signatories agree in %d of %d, Parties in %d of "
				"%d; entry into force (where a rule is recorded) agrees in %d of %d.\n",
				cli_day(ta->as_at, d1), ta->records, ta->no_table, ta->agree_sig,
				ta->with_sig, ta->agree_par, ta->with_par, ta->eif_agree,
				ta->eif_checked);
		}
		fprintf(c->out, "%d differences: %d explained (%s), %d unexplained.\n", differences,
			differences - unexplained, explained, unexplained);
	}
	free(rows);
	rc = unexplained ? EXIT_RUNTIME : EXIT_OK; /* 1: something found, as verify */
out:
	inforce_snapshot_free(snap);
	inforce_store_close(store);
	return rc;
}
