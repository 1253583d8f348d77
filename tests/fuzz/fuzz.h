/*
 * fuzz.h - what every libFuzzer target in tests/fuzz defines, so that the same
 * file builds two ways:
 *   - with -fsanitize=fuzzer (build-fuzz, `make fuzz`): libFuzzer's main drives it;
 *   - with replay.c (every normal build): a main that feeds it the files of
 *     tests/fuzz/regressions/TARGET and tests/fuzz/seeds/TARGET, so that every input
 *     that once crashed stays a test under the plain, ASan+UBSan and valgrind builds.
 * A target keeps whatever it sets up once (a store, a temporary folder) in file-scope
 * variables: that is harness state, never library state.
 */
#ifndef INFORCE_FUZZ_H
#define INFORCE_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

/* Called once before the first input (libFuzzer calls it when it is defined). */
int LLVMFuzzerInitialize(int *argc, char ***argv);
/* One input; returns 0 (libFuzzer's convention). Aborts when a property fails. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
/* Releases what LLVMFuzzerInitialize set up (replay.c calls it at the end). */
void fuzz_cleanup(void);

/* A property that must hold: abort() so that libFuzzer keeps the input. */
#define FUZZ_CHECK(cond)                                                                  \
	do {                                                                              \
		if (!(cond))                                                              \
			fuzz_fail(__FILE__, __LINE__, #cond);                             \
	} while (0)

void fuzz_fail(const char *file, int line, const char *what);

/* A store in memory loaded from some parts of the bundle (INFORCE_DATADIR): a
 * temporary folder /tmp/inforce-fuzz-NAME-XXXXXX whose data/ links the named parts
 * (and nothing else: no UN records, so that setting up stays quick), loaded with
 * inforce_store_load_bundle. Exits on failure: the harness cannot run without it.
 * With want_snapshot, a snapshot of it is loaded too (snap). fuzz_bundle_close frees
 * them and removes the folder. */
struct fuzz_bundle {
	char dir[64];
	const char *const *parts;
	size_t nparts;
	struct inforce_store *store;
	struct inforce_snapshot *snap;
};
void fuzz_bundle_open(struct fuzz_bundle *b, const char *name, const char *const *parts,
		      size_t nparts, int want_snapshot);
void fuzz_bundle_close(struct fuzz_bundle *b);

#endif
