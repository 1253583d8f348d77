/*
 * cmd_token.c - `inforce token add NAME` / `inforce token revoke NAME`: bearer tokens
 * for writing through the HTTP API (`inforce serve --write`). The store keeps only
 * each token's SHA-256; the token itself is printed once, when it is made.
 */
#include <string.h>
#include <unistd.h>

#include "cli.h"

int cmd_token(struct cli *c, int argc, char **argv)
{
	const char *pos[2];
	int help, rc = cli_parse(c, "token", "add NAME | revoke NAME",
				 "Makes a token for writing through the HTTP API (printed once; only\n"
				 "its SHA-256 is stored), or revokes one. Writes made with a token are\n"
				 "recorded with its name.",
				 NULL, argc, argv, pos, 2, 2, &help);
	if (rc || help)
		return rc;
	if (strcmp(pos[0], "add") != 0 && strcmp(pos[0], "revoke") != 0)
		return cli_usage_error(c, "token", "'%s': use 'add NAME' or 'revoke NAME'", pos[0]);
	if ((rc = cli_require_store(c)))
		return rc;
	inforce_error err = {0};
	inforce_store *store = inforce_store_open(c->db, INFORCE_OPEN_WRITE, &err);
	char token[65];
	if (!store) {
		rc = cli_fail(c, &err);
	} else if (pos[0][0] == 'a') {
		if (inforce_token_create(store, pos[1], token, &err))
			rc = cli_fail(c, &err);
		else
			fprintf(c->out, "%s\n", token);
	} else if (inforce_token_revoke(store, pos[1], &err)) {
		rc = cli_fail(c, &err);
	} else {
		fprintf(c->out, "revoked token '%s'\n", pos[1]);
	}
	inforce_store_close(store);
	return rc;
}
