/*
 * cmd_backup.c - `inforce backup FILE [--force]`: a consistent copy of the store,
 * taken with SQLite's online backup API while others may be reading or writing it
 * (src/lib/backup.c). The copy is a store: `inforce --db FILE ...` reads it.
 */
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

int cmd_backup(struct cli *c, int argc, char **argv)
{
	const char *pos[1], *force = NULL;
	const struct opt opts[] = {
		{"force", 0, &force, "replace FILE if it exists"},
		{0},
	};
	int help, rc = cli_parse(
		c, "backup", "FILE [--force]",
		"Copies the store to FILE with SQLite's online backup API: the store as of\n"
		"one moment, taken while a server or another process may be reading or\n"
		"writing it. FILE is written under a temporary name and renamed when\n"
		"complete, as one self-contained SQLite file. An existing FILE is refused\n"
		"unless --force. To restore, use FILE as the store: inforce --db FILE ...",
		opts, argc, argv, pos, 1, 1, &help);
	if (rc || help)
		return rc;
	if ((rc = cli_require_store(c)))
		return rc;
	inforce_error err = {0};
	inforce_store *store = inforce_store_open(c->db, INFORCE_OPEN_READONLY, &err);
	if (!store || inforce_store_backup(store, pos[0], force != NULL, &err)) {
		inforce_store_close(store);
		return cli_fail(c, &err);
	}
	inforce_store_close(store);
	struct stat st;
	long long size = stat(pos[0], &st) == 0 ? (long long)st.st_size : -1;
	fprintf(c->out, "backed up %s to %s (%lld bytes)\n", c->db, pos[0], size);
	return EXIT_OK;
}
