/*
 * replay.c - the main of the fuzz targets in the normal builds: feeds each file
 * named on the command line (a folder: each of its files, in name order) to
 * LLVMFuzzerTestOneInput once. An input that crashed a parser is kept in
 * tests/fuzz/regressions/TARGET/ and replayed by every `make check` this way.
 * usage: replay_TARGET PATH...   (prints one line per input, "N inputs" at the end)
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int replay_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		return -1;
	}
	size_t cap = 4096, len = 0;
	unsigned char *buf = malloc(cap);
	size_t got;
	while (buf && (got = fread(buf + len, 1, cap - len, f)) > 0) {
		len += got;
		if (len == cap) {
			unsigned char *nb = realloc(buf, cap *= 2);
			if (!nb)
				free(buf);
			buf = nb;
		}
	}
	int bad = ferror(f) || !buf;
	fclose(f);
	if (bad) {
		free(buf);
		fprintf(stderr, "%s: cannot read\n", path);
		return -1;
	}
	/* An exact-size copy, so that ASan sees a read past the input's end. */
	unsigned char *exact = malloc(len ? len : 1);
	if (!exact) {
		free(buf);
		return -1;
	}
	memcpy(exact, buf, len);
	free(buf);
	LLVMFuzzerTestOneInput(exact, len);
	free(exact);
	printf("ok - %s (%zu bytes)\n", path, len);
	fflush(stdout);
	return 0;
}

static int replay_dir(const char *dir, int *count)
{
	DIR *d = opendir(dir);
	if (!d) {
		perror(dir);
		return -1;
	}
	size_t n = 0, cap = 64;
	char **names = malloc(cap * sizeof *names);
	struct dirent *e;
	int rc = names ? 0 : -1;
	while (rc == 0 && (e = readdir(d))) {
		if (e->d_name[0] == '.' || strcmp(e->d_name, "README") == 0)
			continue;
		if (n == cap) {
			char **nn = realloc(names, (cap *= 2) * sizeof *names);
			if (!nn) {
				rc = -1;
				break;
			}
			names = nn;
		}
		size_t len = strlen(dir) + strlen(e->d_name) + 2;
		if (!(names[n] = malloc(len))) {
			rc = -1;
			break;
		}
		snprintf(names[n++], len, "%s/%s", dir, e->d_name);
	}
	closedir(d);
	if (names)
		qsort(names, n, sizeof *names, cmp_name);
	for (size_t i = 0; i < n; i++) {
		if (rc == 0) {
			rc = replay_file(names[i]);
			++*count;
		}
		free(names[i]);
	}
	free(names);
	return rc;
}

int main(int argc, char **argv)
{
	int count = 0, rc = 0;
	LLVMFuzzerInitialize(&argc, &argv);
	for (int i = 1; rc == 0 && i < argc; i++) {
		struct stat st;
		if (stat(argv[i], &st) != 0) {
			perror(argv[i]);
			rc = -1;
		} else if (S_ISDIR(st.st_mode)) {
			rc = replay_dir(argv[i], &count);
		} else {
			rc = replay_file(argv[i]);
			count++;
		}
	}
	fuzz_cleanup();
	printf("%d inputs\n", count);
	return rc ? 1 : 0;
}
