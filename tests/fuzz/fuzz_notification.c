/*
 * fuzz_notification.c - libFuzzer target for the reader of the UN
 * Secretary-General's depositary notifications (src/lib/notification.c,
 * `inforce notification FILE`), over a snapshot of the bundle's states and treaties.
 *
 * On every input (made a NUL-terminated string, as the reader takes it): either it
 * proposes an act, and then the reference is a C.N. reference, the treaty and the
 * state are the catalogue's, the kind is one of the act kinds and the date a real
 * day; or it refuses, as bad input (never a runtime failure) with a message.
 */
#include <stdio.h>
#include <string.h>

#include "fuzz.h"
#include "internal.h"

/* Harness state, set up once (fuzz.h). */
static struct fuzz_bundle bundle;

static const char *const bundle_parts[] = {"states.csv", "treaties"};

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_bundle_open(&bundle, "notification", bundle_parts, IFC_ARRAY_LEN(bundle_parts), 1);
	atexit(fuzz_cleanup);
	return 0;
}

void fuzz_cleanup(void)
{
	fuzz_bundle_close(&bundle);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 1 << 16)
		return 0;
	char *text = malloc(size + 1);
	FUZZ_CHECK(text != NULL);
	memcpy(text, data, size);
	text[size] = '\0';
	inforce_notification n;
	inforce_error err = {0};
	memset(&n, 0xA5, sizeof n); /* whatever the reader leaves unset shows */
	if (inforce_notification_parse(bundle.snap, text, "input.txt", &n, &err) == 0) {
		FUZZ_CHECK(memchr(n.reference, '\0', sizeof n.reference) != NULL);
		FUZZ_CHECK(strncmp(n.reference, "C.N.", 4) == 0);
		FUZZ_CHECK(n.treaty != NULL && inforce_treaty_id(n.treaty)[0]);
		FUZZ_CHECK(n.iso3 != NULL && strlen(n.iso3) == 3);
		FUZZ_CHECK(memchr(n.state_name, '\0', sizeof n.state_name) != NULL);
		FUZZ_CHECK(inforce_act_kind_name(n.kind) != NULL);
		int y, m, d;
		FUZZ_CHECK(n.date != INFORCE_DAY_NONE);
		inforce_date_to_ymd(n.date, &y, &m, &d);
		FUZZ_CHECK(inforce_date_valid(y, m, d));
	} else {
		FUZZ_CHECK(err.kind == INFORCE_EINPUT);
		FUZZ_CHECK(err.msg[0] != '\0');
	}
	free(text);
	return 0;
}
