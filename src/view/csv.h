/*
 * csv.h - the tables inforce exports (treaties, states, actions, statuses): their
 * columns, with a type and a description for a datapackage.json, their rows, and
 * RFC 4180 CSV output. Shared by `inforce export` and the HTTP API's
 * /api/v1/export/{table}.csv, so a column is defined once. Like the rest of
 * src/view, this only writes out what libinforce computed.
 */
#ifndef INFORCE_VIEW_CSV_H
#define INFORCE_VIEW_CSV_H

#include <stdio.h>

#include "inforce/inforce.h"

enum view_coltype { VIEW_COL_STRING, VIEW_COL_DATE, VIEW_COL_INT, VIEW_COL_BOOL };

struct view_column {
	const char *name;
	enum view_coltype type;
	const char *description;
};

struct view_table {
	const char *name;          /* "treaties": also the file's base name */
	const struct view_column *cols;
	size_t ncols;
};

/* The tables, in this order. */
enum { VIEW_TABLE_TREATIES, VIEW_TABLE_STATES, VIEW_TABLE_ACTIONS, VIEW_TABLE_STATUSES,
       VIEW_TABLE_COUNT };
#define VIEW_TABLES_ALL ((1u << VIEW_TABLE_COUNT) - 1)

/* The VIEW_TABLE_COUNT tables (static, never freed). */
const struct view_table *view_tables(void);
/* The index of the table named `name`, or -1. */
int view_table_find(const char *name);

/* Receives one row of table `table`: ncols values in column order, "" or NULL for
 * an empty field. The values live only during the call. */
typedef void (*view_row_fn)(void *cls, int table, const char *const *values);

/* Produces the rows of the tables whose bit (1u << VIEW_TABLE_x) is set in `which`,
 * the statuses computed on `on`. Treaty rows come in snapshot order, each followed
 * by that treaty's status rows; then the states, then the actions. Returns 0, or -1
 * when a status query fails (out of memory), with err filled. */
int view_table_rows(const inforce_snapshot *snap, inforce_day on, unsigned which,
		    view_row_fn fn, void *cls, inforce_error *err);

/* The country-year panel (`inforce export --panel`): one row per treaty, state and
 * year for every state that is a participant on that year's day (month-day), with its
 * status; a state absent in a year is not a participant on that day. Political
 * scientists' and Our World in Data's shape. */
const struct view_table *view_panel_table(void);
struct view_panel {
	int from_year, to_year;  /* inclusive */
	int month, day;          /* the day of each year (12-31 by default; 29 February
				  * falls back to the 28th in other years) */
	const char *treaty;      /* only this treaty (id or UN reference), or NULL */
	const char *tag;         /* only treaties with this tag, or NULL */
};
/* Produces the panel's rows, year by year, each year's cells in treaty then ISO3
 * order, as table -1 for `fn`. 0, or -1 with err filled (out of memory). */
int view_panel_rows(const inforce_snapshot *snap, const struct view_panel *p, view_row_fn fn,
		    void *cls, inforce_error *err);

/* Writes one table as CSV to out: the header line, then every row. 0 or -1. */
int view_table_csv(FILE *out, const inforce_snapshot *snap, int table, inforce_day on,
		   inforce_error *err);

/* Prints one CSV field (RFC 4180 quoting), with a comma before it unless first. */
void view_csv_field(FILE *f, const char *s, int first);

#endif
