/*
 * tokens.c - bearer tokens for write access through the HTTP API. A token is 32
 * random bytes from the system, shown once in hex when created; the store keeps
 * only its SHA-256. Checking a token hashes what the client sent and compares.
 * Exports inforce_token_create, inforce_token_check, inforce_token_revoke.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

int inforce_token_create(inforce_store *store, const char *name, char token[65],
			 inforce_error *err)
{
	unsigned char raw[32];
	static const char hex[] = "0123456789abcdef";
	FILE *f = fopen("/dev/urandom", "rb");
	if (!f || fread(raw, 1, sizeof raw, f) != sizeof raw) {
		if (f)
			fclose(f);
		return ifc_fail(err, INFORCE_ERUNTIME, "/dev/urandom", 0, NULL,
				"cannot read random bytes");
	}
	fclose(f);
	for (int i = 0; i < 32; i++) {
		token[2 * i] = hex[raw[i] >> 4];
		token[2 * i + 1] = hex[raw[i] & 15];
	}
	token[64] = '\0';
	char digest[65];
	ifc_sha256_hex(token, digest);
	if (!name[0])
		return ifc_fail(err, INFORCE_EINPUT, NULL, 0, "name", "a token needs a name");
	sqlite3 *db = store_db(store);
	sqlite3_stmt *st;
	if (store_begin(store, err))
		return -1;
	int rc = sqlite3_prepare_v2(db,
				    "INSERT INTO api_token (name, sha256, created_at) VALUES"
				    " (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
				    -1, &st, NULL) == SQLITE_OK
			 ? 0
			 : -1;
	if (rc == 0) {
		sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, digest, -1, SQLITE_STATIC);
		if (sqlite3_step(st) != SQLITE_DONE)
			rc = ifc_fail(err, INFORCE_EINPUT, NULL, 0, "name",
				      "cannot create token '%s': %s", name, sqlite3_errmsg(db));
	} else {
		ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "%s", sqlite3_errmsg(db));
	}
	sqlite3_finalize(st);
	return store_finish(store, rc, err);
}

int inforce_token_check(inforce_store *store, const char *token, char name[64])
{
	char digest[65];
	sqlite3_stmt *st;
	int ok = 0;
	if (!token || strlen(token) != 64)
		return 0;
	ifc_sha256_hex(token, digest);
	if (sqlite3_prepare_v2(store_db(store),
			       "SELECT name FROM api_token WHERE sha256 = ? AND revoked_at IS NULL", -1,
			       &st, NULL) != SQLITE_OK)
		return 0;
	sqlite3_bind_text(st, 1, digest, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW) {
		snprintf(name, 64, "%s", (const char *)sqlite3_column_text(st, 0));
		ok = 1;
	}
	sqlite3_finalize(st);
	return ok;
}

int inforce_token_revoke(inforce_store *store, const char *name, inforce_error *err)
{
	sqlite3 *db = store_db(store);
	sqlite3_stmt *st;
	if (store_begin(store, err))
		return -1;
	int rc = 0;
	if (sqlite3_prepare_v2(db,
			       "UPDATE api_token SET revoked_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
			       " WHERE name = ? AND revoked_at IS NULL",
			       -1, &st, NULL) != SQLITE_OK)
		return store_finish(store, ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "%s",
						    sqlite3_errmsg(db)),
				    err);
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_DONE || sqlite3_changes(db) != 1)
		rc = ifc_fail(err, INFORCE_EINPUT, NULL, 0, "name", "no active token named '%s'", name);
	sqlite3_finalize(st);
	return store_finish(store, rc, err);
}
