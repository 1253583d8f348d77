/*
 * test_sha256.c - SHA-256 against the FIPS 180-4 example vectors (one block, two
 * blocks, the empty string, a million 'a's), and the token store: only hashes are
 * kept, a revoked token stops working.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "internal.h"

static void vectors(void **state)
{
	(void)state;
	char out[65];
	ifc_sha256_hex("abc", out);
	assert_string_equal(out, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	ifc_sha256_hex("", out);
	assert_string_equal(out, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	ifc_sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", out);
	assert_string_equal(out, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	char *million = malloc(1000001);
	assert_non_null(million);
	memset(million, 'a', 1000000);
	million[1000000] = '\0';
	ifc_sha256_hex(million, out);
	free(million);
	assert_string_equal(out, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

static void tokens(void **state)
{
	(void)state;
	char path[64], token[65], name[64];
	snprintf(path, sizeof path, "/tmp/inforce-test-token-%ld.db", (long)getpid());
	unlink(path);
	inforce_error err = {0};
	inforce_store *s = inforce_store_open(path, INFORCE_OPEN_WRITE, &err);
	assert_non_null(s);
	assert_int_equal(inforce_token_create(s, "curators", token, &err), 0);
	assert_int_equal(strlen(token), 64);
	assert_int_equal(inforce_token_check(s, token, name), 1);
	assert_string_equal(name, "curators");
	/* the token itself is nowhere in the store */
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(store_db(s), "SELECT count(*) FROM api_token WHERE"
					    " sha256 = ?", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, token, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(st, 0), 0);
	sqlite3_finalize(st);
	token[0] = token[0] == 'a' ? 'b' : 'a';
	assert_int_equal(inforce_token_check(s, token, name), 0);
	token[0] = token[0] == 'a' ? 'b' : 'a';
	assert_int_equal(inforce_token_create(s, "curators", token, &err), -1); /* names unique */
	assert_int_equal(inforce_token_revoke(s, "curators", &err), 0);
	assert_int_equal(inforce_token_check(s, token, name), 0);
	assert_int_equal(inforce_token_revoke(s, "curators", &err), -1);
	inforce_store_close(s);
	unlink(path);
	char side[80];
	snprintf(side, sizeof side, "%s-wal", path);
	unlink(side);
	snprintf(side, sizeof side, "%s-shm", path);
	unlink(side);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(vectors),
		cmocka_unit_test(tokens),
	};
	return cmocka_run_group_tests_name("sha256", tests, NULL, NULL);
}
