/*
 * fuzzutil.c - the helpers every fuzz target links: the failure report of
 * FUZZ_CHECK (fuzz.h).
 */
#include <stdio.h>

#include "fuzz.h"

void fuzz_fail(const char *file, int line, const char *what)
{
	fprintf(stderr, "%s:%d: property failed: %s\n", file, line, what);
	fflush(stderr);
	abort();
}
