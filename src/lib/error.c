/*
 * error.c - filling and formatting inforce_error, the per-call error context.
 * Exports ifc_fail, ifc_error_clear, inforce_error_format.
 */
#include <stdio.h>
#include <string.h>

#include "internal.h"

static void copy_str(char *dst, size_t size, const char *src)
{
	if (!src)
		src = "";
	snprintf(dst, size, "%s", src);
}

int ifc_fail(inforce_error *err, enum inforce_errkind kind, const char *file, long line,
	     const char *field, const char *fmt, ...)
{
	if (!err)
		return -1;
	err->kind = kind;
	copy_str(err->file, sizeof err->file, file);
	err->line = line;
	copy_str(err->field, sizeof err->field, field);
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
	return -1;
}

void ifc_error_clear(inforce_error *err)
{
	if (err)
		memset(err, 0, sizeof *err);
}

void inforce_error_format(const inforce_error *err, char *buf, size_t size)
{
	char where[300] = "";
	if (err->file[0] && err->line > 0)
		snprintf(where, sizeof where, "%s:%ld: ", err->file, err->line);
	else if (err->file[0])
		snprintf(where, sizeof where, "%s: ", err->file);
	snprintf(buf, size, "%s%s%s%s", where, err->field, err->field[0] ? ": " : "", err->msg);
}
