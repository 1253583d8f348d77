/*
 * cmd_notification.c - `inforce import-notification FILE.txt [--yes]`: reads the
 * text of a depositary notification, shows the act it records, and with --yes
 * stores it with the C.N. reference as its source.
 */
#include <stdlib.h>
#include <unistd.h>

#include "cli.h"

int cmd_import_notification(struct cli *c, int argc, char **argv)
{
	const char *yes = NULL, *pos[1];
	const struct opt opts[] = {
		{"yes", 0, &yes, "      store the act (without it, only show it)"},
		{0},
	};
	int help, rc = cli_parse(c, "import-notification", "FILE.txt [--yes]",
				 "Reads the text of a depositary notification of the UN\n"
				 "Secretary-General (C.N.<n>.<year>.TREATIES-<n>), proposes the act it\n"
				 "records, and with --yes stores it with the reference as its source.",
				 opts, argc, argv, pos, 1, 1, &help);
	if (rc || help)
		return rc;
	if ((rc = cli_require_store(c)))
		return rc;
	inforce_error err = {0};
	size_t len;
	FILE *f = fopen(pos[0], "rb");
	char *text = NULL;
	if (f) {
		text = malloc(1 << 20);
		len = text ? fread(text, 1, (1 << 20) - 1, f) : 0;
		if (text)
			text[len] = '\0';
		fclose(f);
	}
	if (!text) {
		fprintf(c->errs, "inforce: %s: cannot read the notification\n", pos[0]);
		return EXIT_USAGE;
	}
	inforce_store *store;
	inforce_snapshot *snap = cli_load(c, &store, &rc);
	inforce_notification n;
	if (!snap) {
		free(text);
		return rc;
	}
	if (inforce_notification_parse(snap, text, pos[0], &n, &err)) {
		rc = cli_fail(c, &err);
		goto out;
	}
	char d[INFORCE_DATE_BUFSZ], source[160];
	snprintf(source, sizeof source, "Depositary notification %s", n.reference);
	fprintf(c->out, "%s records: %s (%s), %s of %s (%s), on %s.\n", n.reference, n.state_name,
		n.iso3, inforce_act_kind_name(n.kind), inforce_treaty_meta(n.treaty, "short_name"),
		inforce_treaty_id(n.treaty), inforce_date_format(n.date, d));
	if (!yes) {
		fprintf(c->out, "Not stored: run again with --yes to store it with the source '%s'.\n",
			source);
		goto out;
	}
	/* the act outlives the snapshot: keep copies of what it borrows */
	char treaty[64], iso3[8];
	snprintf(treaty, sizeof treaty, "%s", inforce_treaty_id(n.treaty));
	snprintf(iso3, sizeof iso3, "%s", n.iso3);
	inforce_snapshot_free(snap);
	snap = NULL;
	inforce_store_close(store);
	store = inforce_store_open(c->db, INFORCE_OPEN_WRITE, &err);
	inforce_act a = {
		.treaty = treaty,
		.iso3 = iso3,
		.state_name = n.state_name,
		.kind = n.kind,
		.date = n.date,
		.stated_effective = INFORCE_DAY_NONE,
		.known = INFORCE_DAY_NONE,
		.source = source,
		.notes = "",
		.line = 0,
	};
	if (!store || inforce_store_add_act(store, &a, pos[0], &err)) {
		rc = cli_fail(c, &err);
		goto out;
	}
	fprintf(c->out, "Stored, with the source '%s'.\n", source);
out:
	free(text);
	inforce_snapshot_free(snap);
	inforce_store_close(store);
	return rc;
}
