/*
 * cmd_state.c - `inforce state STATE [--on DATE]`: one state's status in every
 * treaty held, and the acts behind it with their sources. STATE is an ISO3 code
 * or any known name, including the depositary's forms.
 */
#include <jansson.h>
#include <string.h>

#include "cli.h"

int cmd_state(struct cli *c, int argc, char **argv)
{
	const char *on_text = NULL, *format = "table", *treaty = NULL, *pos[1];
	const struct opt opts[] = {
		{"on", 1, &on_text, "DATE  the date asked about (default: today)"},
		{"treaty", 1, &treaty, "ID    only this treaty"},
		{"format", 1, &format, "FMT   table or json"},
		{0},
	};
	int help, rc = cli_parse(c, "state", "STATE [--on DATE] [--format table|json]",
				 "A state's status in every treaty held on DATE, and its acts with\n"
				 "their sources. STATE: ISO3 code or name (\"LTU\", \"Lithuania\",\n"
				 "\"Netherlands (Kingdom of the)\", \"Türkiye\").",
				 opts, argc, argv, pos, 1, 1, &help);
	inforce_day on;
	if (rc || help)
		return rc;
	if ((rc = cli_date(c, "state", "--on", on_text, &on)) ||
	    (rc = cli_format(c, "state", format, "table,json", &format)))
		return rc;
	inforce_store *store;
	inforce_snapshot *snap = cli_load(c, &store, &rc);
	if (!snap)
		return rc;
	const char *iso3 = inforce_snapshot_state_iso3(snap, pos[0]);
	if (!iso3) {
		fprintf(c->errs, "inforce: unknown state '%s' (use an ISO3 code or a name in "
				 "data/states.csv)\n",
			pos[0]);
		inforce_snapshot_free(snap);
		inforce_store_close(store);
		return EXIT_USAGE;
	}
	char d[INFORCE_DATE_BUFSZ], a[32], b[64], e[16];
	int any = 0;
	inforce_day ceased = INFORCE_DAY_NONE;
	const inforce_treaty *only = treaty ? inforce_snapshot_treaty(snap, treaty) : NULL;
	if (treaty && !only) {
		fprintf(c->errs, "inforce: unknown treaty '%s' (see 'inforce treaty --list')\n", treaty);
		inforce_snapshot_free(snap);
		inforce_store_close(store);
		return EXIT_USAGE;
	}
	if (format[0] == 'j') {
		rc = render_json(c, view_state_json_only(snap, iso3, on, only));
		inforce_snapshot_free(snap);
		inforce_store_close(store);
		return rc;
	}
	fprintf(c->out, "%s (%s) on %s\n(acts listed with their store id, date, kind and source;"
			" data as of: how current each treaty's record is)\n\n%-8s %-11s %-10s %-13s %-10s %-10s %s\n",
			inforce_snapshot_state_name(snap, iso3), iso3, inforce_date_format(on, d),
			"Treaty", "Status", "Signed", "Consent", "In force", "Data as of",
			"Withdrawal (notified -> effect)");
	for (size_t i = 0; i < inforce_snapshot_treaty_count(snap); i++) {
		const inforce_treaty *t = inforce_snapshot_treaty_at(snap, i);
		inforce_standing s;
		if (only && t != only)
			continue;
		inforce_status_one(t, iso3, on, &s);
		if (s.status == INFORCE_ST_NONE)
			continue;
		any = 1;
		if (s.status == INFORCE_ST_CEASED)
			ceased = s.ceased;

		char asof[INFORCE_DATE_BUFSZ], stx[16];
		snprintf(stx, sizeof stx, "%s%s", inforce_status_name(s.status),
			 s.uncertain ? "?" : "");
		fprintf(c->out, "%-8s %-11s %-10s %-13s %-10s %-10s %s\n", inforce_treaty_id(t), stx,
			cli_day(s.signature, d), render_consent_mark(&s, a, sizeof a),
			render_eif(&s, e, sizeof e), cli_day(inforce_treaty_data_as_of(t), asof),
			render_withdrawal(&s, b, sizeof b));
		if (only)
			cli_currency_note(c, t, on);
		for (size_t k = 0; k < s.act_count; k++) {
			const inforce_act *act = s.acts[k];
			char id_s[24];
			snprintf(id_s, sizeof id_s, "#%lld", (long long)act->id);
			fprintf(c->out, "  %-6s %s %-24s ", id_s, inforce_date_format(act->date, d),
				inforce_act_kind_name(act->kind));
			cli_wrap_at(c->out, act->source, 44, 44, 100);
			if (act->cn && act->cn[0]) {
				char url[128], line[256];
				snprintf(line, sizeof line, "depositary notification %s %s", act->cn,
					 view_cn_url(act->cn, url, sizeof url));
				fprintf(c->out, "%44s", "");
				cli_wrap_at(c->out, line, 44, 44, 100);
			}
		}
		if (s.uncertain) {
			char line[512], d2[INFORCE_DATE_BUFSZ];
			snprintf(line, sizeof line,
				 "? uncertain: the record of %s listed a %s of %s that the record of "
				 "%s no longer lists, and no act explains why.",
				 inforce_date_format(s.uncertain->last_listed->as_at, d),
				 inforce_act_kind_name(s.uncertain->act->kind),
				 inforce_date_format(s.uncertain->act->date, d2),
				 cli_day(s.uncertain->dropped_by->as_at, a));
			cli_wrap(c->out, line, 2, 100);
		}
		/* the newest UN record's declarations and other notes of this state */
		for (size_t k = 0; only && k < inforce_treaty_note_count(t); k++) {
			const inforce_note *nt = inforce_treaty_note_at(t, k);
			if (!nt->iso3 || strcmp(nt->iso3, iso3) != 0)
				continue;
			fprintf(c->out, "  %s (%s, status as at %s):\n", nt->kind, nt->record->file,
				inforce_date_format(nt->record->as_at, d));
			cli_wrap(c->out, nt->text, 4, 100);
		}
	}
	if (!any)
		fprintf(c->out, "(no act in any treaty held, on or before this date)\n");
	if (ceased != INFORCE_DAY_NONE) {
		char line[256];
		snprintf(line, sizeof line,
			 "ceased: %s ceased to exist on %s (data/successions.csv); its acts are "
			 "history, and it is counted in no treaty from that day.",
			 inforce_snapshot_state_name(snap, iso3), inforce_date_format(ceased, d));
		fputc('\n', c->out);
		cli_wrap(c->out, line, 0, 100);
	}
	inforce_snapshot_free(snap);
	inforce_store_close(store);
	return rc;
}
