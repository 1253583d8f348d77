/*
 * routes.c - the HTTP API of docs/api.md: the route table (method, pattern, the
 * query parameters taken, handler) and one small handler per route. A handler
 * parses and range-checks its parameters, calls libinforce and a builder of
 * src/view, and fills a reply; it computes nothing itself. Every handler returns 0
 * with a 200 reply, or -1 with an error reply (400 bad parameter, 404 unknown
 * treaty/state/group/table, 500).
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "http.h"
#include "select.h"
#include "view.h"

#define CT_JSON "application/json"
#define CT_ICS "text/calendar; charset=utf-8"
#define CT_ATOM "application/atom+xml; charset=utf-8"
#define CT_SVG "image/svg+xml"
#define CT_CSV "text/csv; charset=utf-8"

/* ------------------------------------------------------------ parameters */

/* The value of query parameter `name`, or NULL when absent. */
static const char *arg(const struct request *rq, const char *name)
{
	for (size_t i = 0; i < rq->nargs; i++)
		if (strcmp(rq->args[i].name, name) == 0)
			return rq->args[i].value;
	return NULL;
}

/* A date parameter; `dflt` when absent. */
static int param_date(const struct request *rq, const char *name, inforce_day dflt,
		      inforce_day *out, struct reply *r)
{
	char e[96];
	const char *v = arg(rq, name);
	if (!v) {
		*out = dflt;
		return 0;
	}
	if (inforce_date_parse(v, strlen(v), out))
		return http_error(r, 400, "%s: '%s' is not a real date in YYYY-MM-DD form", name,
				  http_echo(v, e, sizeof e));
	return 0;
}

static int param_required_date(const struct request *rq, const char *name, inforce_day *out,
			       struct reply *r)
{
	if (!arg(rq, name))
		return http_error(r, 400, "%s: required (a date in YYYY-MM-DD form)", name);
	return param_date(rq, name, INFORCE_DAY_NONE, out, r);
}

/* A whole number in [lo, hi] written in decimal digits only; `dflt` when absent. */
static int param_int(const struct request *rq, const char *name, long lo, long hi, long dflt,
		     long *out, struct reply *r)
{
	char e[96];
	const char *v = arg(rq, name);
	long x = 0;
	size_t i = 0;
	if (!v) {
		*out = dflt;
		return 0;
	}
	for (; v[i] >= '0' && v[i] <= '9' && i < 9; i++)
		x = x * 10 + (v[i] - '0');
	if (i == 0 || v[i] || x < lo || x > hi)
		return http_error(r, 400, "%s: '%s' is not a whole number from %ld to %ld", name,
				  http_echo(v, e, sizeof e), lo, hi);
	*out = x;
	return 0;
}

static int find_treaty(const struct request *rq, const char *id, const inforce_treaty **t,
		       struct reply *r)
{
	char e[96];
	if (!(*t = inforce_snapshot_treaty(rq->snap, id)))
		return http_error(r, 404, "unknown treaty '%s' (see /api/v1/treaties)",
				  http_echo(id, e, sizeof e));
	return 0;
}

static int find_state(const struct request *rq, const char *name, const char **iso3,
		      struct reply *r)
{
	char e[96];
	if (!(*iso3 = inforce_snapshot_state_iso3(rq->snap, name)))
		return http_error(r, 404, "unknown state '%s' (an ISO3 code or a known name; see "
					  "/api/v1/states)",
				  http_echo(name, e, sizeof e));
	return 0;
}

static int check_group(const struct request *rq, const char *group, struct reply *r)
{
	char e[96];
	if (!inforce_group_known(rq->snap, group))
		return http_error(r, 404, "unknown group '%s' (see /api/v1/groups)",
				  http_echo(group, e, sizeof e));
	return 0;
}

/* `to` must not come before `from`. */
static int check_order(inforce_day from, inforce_day to, struct reply *r)
{
	char a[INFORCE_DATE_BUFSZ], b[INFORCE_DATE_BUFSZ];
	if (to < from)
		return http_error(r, 400, "to: %s is before from %s", inforce_date_format(to, b),
				  inforce_date_format(from, a));
	return 0;
}

/* Closes a memory stream (open_memstream(buf, len)) and makes what was written to
 * it the reply's body. */
static int stream_reply(struct reply *r, const char *ctype, char **buf, size_t *len, FILE *f,
			int failed)
{
	failed |= ferror(f);
	if (fclose(f) != 0 || failed) {
		free(*buf);
		*buf = NULL;
		return http_error(r, 500, "cannot write the answer");
	}
	return http_body(r, ctype, *buf, *len, HTTP_MAX_AGE_API);
}

/* ------------------------------------------------------------ handlers */

static int h_treaties(const struct request *rq, struct reply *r)
{
	return http_json(r, view_treaties_json(rq->snap));
}

static int h_treaty(const struct request *rq, struct reply *r)
{
	const inforce_treaty *t;
	if (find_treaty(rq, rq->cap[0], &t, r))
		return -1;
	return http_json(r, view_treaty_json(rq->snap, t));
}

/* The declarations, reservations, objections and end notes of the newest UN record,
 * all or one state's, all or one kind. */
static int h_notes(const struct request *rq, struct reply *r)
{
	const inforce_treaty *t;
	const char *iso3 = NULL, *state = arg(rq, "state"), *kind = arg(rq, "kind");
	char e[96];
	if (find_treaty(rq, rq->cap[0], &t, r) || (state && find_state(rq, state, &iso3, r)))
		return -1;
	static const char *const kinds[] = {"endnote", "declaration", "objection", "notification",
					    "territorial", "other"};
	int known = !kind;
	for (size_t i = 0; kind && i < sizeof kinds / sizeof kinds[0]; i++)
		known |= strcmp(kind, kinds[i]) == 0;
	if (!known)
		return http_error(r, 400, "kind: '%s' is not endnote, declaration, objection, "
					  "notification, territorial or other",
				  http_echo(kind, e, sizeof e));
	return http_json(r, view_notes_json(t, iso3, kind));
}

static int h_status(const struct request *rq, struct reply *r)
{
	const inforce_treaty *t;
	inforce_day on, as_rec;
	if (find_treaty(rq, rq->cap[0], &t, r) || param_date(rq, "on", rq->today, &on, r) ||
	    param_date(rq, "as_recorded", INFORCE_DAY_NONE, &as_rec, r))
		return -1;
	/* The record as it stood on a past day is another snapshot: of this treaty
	 * alone, read from the store for this request. */
	inforce_snapshot *past = NULL;
	inforce_error err = {0};
	if (as_rec != INFORCE_DAY_NONE) {
		if (!rq->keeper)
			return http_error(r, 501, "as_recorded: not served here");
		if (!(past = keeper_load_as_recorded(rq->keeper, inforce_treaty_id(t), as_rec, &err)))
			return http_lib_error(r, &err);
		t = inforce_snapshot_treaty(past, inforce_treaty_id(t));
		if (!t) { /* not expected: treaties are read whatever the day */
			char d[INFORCE_DATE_BUFSZ];
			inforce_snapshot_free(past);
			return http_error(r, 404, "%s: not in the record as it stood on %s",
					  rq->cap[0], inforce_date_format(as_rec, d));
		}
	}
	size_t n;
	inforce_counts k;
	inforce_standing *st = inforce_status_treaty(t, on, &n, &k, &err);
	int rc = st ? http_json(r, view_status_json(t, on, as_rec, st, n, &k))
		    : http_lib_error(r, &err);
	free(st);
	inforce_snapshot_free(past);
	return rc;
}

static int h_changes(const struct request *rq, struct reply *r)
{
	const inforce_treaty *t;
	if (find_treaty(rq, rq->cap[0], &t, r))
		return -1;
	return http_json(r, view_changes_json(t));
}

static int h_states(const struct request *rq, struct reply *r)
{
	return http_json(r, view_states_json(rq->snap));
}

static int h_state(const struct request *rq, struct reply *r)
{
	const char *iso3;
	inforce_day on;
	if (find_state(rq, rq->cap[0], &iso3, r) || param_date(rq, "on", rq->today, &on, r))
		return -1;
	return http_json(r, view_state_json(rq->snap, iso3, on));
}

static int h_explain(const struct request *rq, struct reply *r)
{
	const inforce_treaty *t;
	const char *iso3;
	inforce_day on;
	if (find_treaty(rq, rq->cap[0], &t, r) || find_state(rq, rq->cap[1], &iso3, r) ||
	    param_date(rq, "on", rq->today, &on, r))
		return -1;
	size_t n;
	inforce_error err = {0};
	inforce_step *st = inforce_explain(rq->snap, t, iso3, on, &n, &err);
	if (!st)
		return http_lib_error(r, &err);
	int rc = http_json(r, view_explain_json(t, iso3, on, st, n));
	free(st);
	return rc;
}

/* How many points a timeline from..to in `step`s has (an upper bound). */
static long points(inforce_day from, inforce_day to, enum inforce_step_unit step)
{
	int y1, m1, d1, y2, m2, d2;
	inforce_date_to_ymd(from, &y1, &m1, &d1);
	inforce_date_to_ymd(to, &y2, &m2, &d2);
	switch (step) {
	case INFORCE_STEP_DAY: return (long)to - from + 1;
	case INFORCE_STEP_MONTH: return (long)(y2 - y1) * 12 + (m2 - m1) + 1;
	case INFORCE_STEP_YEAR: return (long)(y2 - y1) + 1;
	}
	return 0;
}

static int h_timeline(const struct request *rq, struct reply *r)
{
	const inforce_treaty *t;
	inforce_day from, to;
	char e[96], a[INFORCE_DATE_BUFSZ], b[INFORCE_DATE_BUFSZ];
	const char *step_t = arg(rq, "step");
	enum inforce_step_unit step = INFORCE_STEP_YEAR;
	if (find_treaty(rq, rq->cap[0], &t, r) || param_date(rq, "to", rq->today, &to, r) ||
	    param_date(rq, "from", INFORCE_DAY_NONE, &from, r))
		return -1;
	if (!step_t)
		step_t = "year";
	if (strcmp(step_t, "day") == 0)
		step = INFORCE_STEP_DAY;
	else if (strcmp(step_t, "month") == 0)
		step = INFORCE_STEP_MONTH;
	else if (strcmp(step_t, "year") != 0)
		return http_error(r, 400, "step: '%s' is not day, month or year",
				  http_echo(step_t, e, sizeof e));
	if (from == INFORCE_DAY_NONE)
		from = view_timeline_start(t, to);
	if (check_order(from, to, r))
		return -1;
	long np = points(from, to, step);
	if (np > HTTP_MAX_DAYS)
		return http_error(r, 400, "step: %s to %s by %s gives %ld points; at most %d (use a "
					  "larger step or a shorter period)",
				  inforce_date_format(from, a), inforce_date_format(to, b), step_t, np,
				  HTTP_MAX_DAYS);
	size_t n;
	inforce_error err = {0};
	inforce_point *pts = inforce_timeline(t, from, to, step, &n, &err);
	if (!pts)
		return http_lib_error(r, &err);
	int rc = http_json(r, view_timeline_json(t, step_t, pts, n));
	free(pts);
	return rc;
}

/* /diff and /diff/{treaty}: every change after `from` up to and including `to`. */
static int h_diff(const struct request *rq, struct reply *r)
{
	const inforce_treaty *t = NULL;
	inforce_day from, to;
	if ((rq->ncap && find_treaty(rq, rq->cap[0], &t, r)) ||
	    param_required_date(rq, "from", &from, r) || param_required_date(rq, "to", &to, r) ||
	    check_order(from, to, r))
		return -1;
	inforce_event *ev;
	size_t n;
	if (view_diff_events(rq->snap, t, from, to, &ev, &n))
		return http_error(r, 500, "out of memory");
	int rc = http_json(r, view_events_json("from_after", from, "to", to, ev, n));
	free(ev);
	return rc;
}

static int h_groups(const struct request *rq, struct reply *r)
{
	inforce_day on;
	if (param_date(rq, "on", rq->today, &on, r))
		return -1;
	return http_json(r, view_groups_json(rq->snap, on));
}

static int h_group(const struct request *rq, struct reply *r)
{
	const inforce_treaty *t;
	inforce_day on;
	if (check_group(rq, rq->cap[0], r) || find_treaty(rq, rq->cap[1], &t, r) ||
	    param_date(rq, "on", rq->today, &on, r))
		return -1;
	return http_json(r, view_group_json(rq->snap, rq->cap[0], t, on));
}

static int h_firsts(const struct request *rq, struct reply *r)
{
	char e[96];
	const char *action = arg(rq, "action"), *tag = arg(rq, "tag"), *group = arg(rq, "group"),
		   *treaty = arg(rq, "treaty");
	const inforce_treaty *only = NULL;
	long limit;
	if (!action)
		return http_error(r, 400, "action: required (withdrawal, signature, consent, "
					  "ratification, accession, ...)");
	if (!inforce_act_name_known(action))
		return http_error(r, 400, "action: unknown act '%s'", http_echo(action, e, sizeof e));
	if (param_int(rq, "limit", 0, HTTP_MAX_LIMIT, 10, &limit, r) ||
	    (group && check_group(rq, group, r)) || (treaty && find_treaty(rq, treaty, &only, r)))
		return -1;
	size_t n = 0, treaties = 0;
	inforce_event *sel = inforce_firsts(rq->snap, action, tag, group, only, &n, &treaties);
	if (limit > 0 && (size_t)limit < n)
		n = (size_t)limit;
	int rc = http_json(r, view_firsts_json(action, tag, group, treaties, sel, n));
	free(sel);
	return rc;
}

/* The upcoming events of from..from+days, for the three upcoming routes. */
static int upcoming(const struct request *rq, struct reply *r, inforce_day *from,
		    inforce_day *to, inforce_event **ev, size_t *n)
{
	long days;
	if (param_date(rq, "from", rq->today, from, r) ||
	    param_int(rq, "days", 0, HTTP_MAX_DAYS, 365, &days, r))
		return -1;
	*to = *from + (inforce_day)days;
	if (*to > inforce_date_from_ymd(INFORCE_YEAR_MAX, 12, 31))
		return http_error(r, 400, "days: the period would end after %d-12-31",
				  INFORCE_YEAR_MAX);
	if (view_upcoming_events(rq->snap, NULL, *from, *to, ev, n))
		return http_error(r, 500, "out of memory");
	return 0;
}

static int h_upcoming(const struct request *rq, struct reply *r)
{
	inforce_day from, to;
	inforce_event *ev;
	size_t n;
	if (upcoming(rq, r, &from, &to, &ev, &n))
		return -1;
	int rc = http_json(r, view_events_json("from", from, "to", to, ev, n));
	free(ev);
	return rc;
}

/* iCalendar or Atom, written by view_ics / view_atom into memory. */
static int feed(const struct request *rq, struct reply *r, const char *ctype,
		void (*write)(FILE *, const inforce_event *, size_t, inforce_day))
{
	inforce_day from, to;
	inforce_event *ev;
	size_t n, len = 0;
	char *buf = NULL;
	if (upcoming(rq, r, &from, &to, &ev, &n))
		return -1;
	FILE *f = open_memstream(&buf, &len);
	if (!f) {
		free(ev);
		return http_error(r, 500, "out of memory");
	}
	write(f, ev, n, rq->today);
	free(ev);
	return stream_reply(r, ctype, &buf, &len, f, 0);
}

static int h_upcoming_ics(const struct request *rq, struct reply *r)
{
	return feed(rq, r, CT_ICS, view_ics);
}

static int h_upcoming_atom(const struct request *rq, struct reply *r)
{
	return feed(rq, r, CT_ATOM, view_atom);
}

static int h_chart(const struct request *rq, struct reply *r)
{
	const inforce_treaty *t;
	inforce_day from, to;
	if (find_treaty(rq, rq->cap[0], &t, r) || param_date(rq, "to", rq->today, &to, r) ||
	    param_date(rq, "from", INFORCE_DAY_NONE, &from, r))
		return -1;
	if (from != INFORCE_DAY_NONE && (long)to - from > HTTP_MAX_DAYS)
		return http_error(r, 400, "from: the chart spans at most %d days", HTTP_MAX_DAYS);
	size_t len;
	inforce_error err = {0};
	char *svg = inforce_chart_svg(t, from, to, &len, &err);
	if (!svg)
		return http_lib_error(r, &err);
	return http_body(r, CT_SVG, svg, len, HTTP_MAX_AGE_API);
}

static int h_export(const struct request *rq, struct reply *r)
{
	char e[96];
	inforce_day on;
	int table = view_table_find(rq->cap[0]);
	if (table < 0)
		return http_error(r, 404, "unknown table '%s' (treaties, states, actions, statuses)",
				  http_echo(rq->cap[0], e, sizeof e));
	if (param_date(rq, "on", rq->today, &on, r))
		return -1;
	char *buf = NULL;
	size_t len = 0;
	inforce_error err = {0};
	FILE *f = open_memstream(&buf, &len);
	if (!f)
		return http_error(r, 500, "out of memory");
	int failed = view_table_csv(f, rq->snap, table, on, &err) != 0;
	return stream_reply(r, CT_CSV, &buf, &len, f, failed);
}

static int h_openapi(const struct request *rq, struct reply *r)
{
	(void)rq;
	char *body = malloc(server_openapi_len ? server_openapi_len : 1);
	if (body)
		memcpy(body, server_openapi, server_openapi_len);
	return http_body(r, CT_JSON, body, server_openapi_len, HTTP_MAX_AGE_API);
}

/* ------------------------------------------------------------ the table */

static const struct route routes[] = {
	{"GET", "/api/v1/treaties", "", h_treaties, 0},
	{"GET", "/api/v1/treaties/{treaty}", "", h_treaty, 0},
	{"GET", "/api/v1/status/{treaty}", "on,as_recorded", h_status, 0},
	{"GET", "/api/v1/changes/{treaty}", "", h_changes, 0},
	{"GET", "/api/v1/notes/{treaty}", "state,kind", h_notes, 0},
	{"GET", "/api/v1/states", "", h_states, 0},
	{"GET", "/api/v1/states/{state}", "on", h_state, 0},
	{"GET", "/api/v1/explain/{treaty}/{state}", "on", h_explain, 0},
	{"GET", "/api/v1/timeline/{treaty}", "from,to,step", h_timeline, 0},
	{"GET", "/api/v1/diff/{treaty}", "from,to", h_diff, 0},
	{"GET", "/api/v1/diff", "from,to", h_diff, 1},
	{"GET", "/api/v1/groups", "on", h_groups, 0},
	{"GET", "/api/v1/groups/{group}/{treaty}", "on", h_group, 0},
	{"GET", "/api/v1/firsts", "action,tag,group,treaty,limit", h_firsts, 0},
	{"GET", "/api/v1/upcoming", "from,days", h_upcoming, 0},
	{"GET", "/api/v1/upcoming.ics", "from,days", h_upcoming_ics, 0},
	{"GET", "/api/v1/upcoming.atom", "from,days", h_upcoming_atom, 0},
	{"GET", "/api/v1/charts/{treaty}.svg", "from,to", h_chart, 0},
	{"GET", "/api/v1/export/{table}.csv", "on", h_export, 1},
	{"GET", "/api/v1/openapi.json", "", h_openapi, 0},
	{"POST", "/api/v1/import", "", NULL, 0}, /* serve --write: answered by keeper.c */
};

const struct route *routes_table(size_t *n)
{
	*n = sizeof routes / sizeof routes[0];
	return routes;
}

int route_takes(const char *params, const char *name)
{
	size_t nl = strlen(name);
	for (const char *p = params; *p;) {
		const char *comma = strchr(p, ',');
		size_t len = comma ? (size_t)(comma - p) : strlen(p);
		if (len == nl && strncmp(p, name, nl) == 0)
			return 1;
		p += len + (comma ? 1 : 0);
	}
	return 0;
}

/* Segment by segment: a literal must be equal; "{x}" takes a whole non-empty
 * segment; "{x}.svg" a non-empty segment ending in ".svg", without the suffix. */
int route_match(const char *pattern, const char *path, struct request *rq)
{
	const char *p = pattern, *s = path;
	char *out = rq->capbuf;
	rq->ncap = 0;
	while (*p && *s) {
		const char *pe = strchr(p, '/'), *se = strchr(s, '/');
		size_t pl = pe ? (size_t)(pe - p) : strlen(p), sl = se ? (size_t)(se - s) : strlen(s);
		if (p[0] == '{') {
			const char *close = memchr(p, '}', pl);
			size_t suffix = close ? pl - (size_t)(close - p) - 1 : 0;
			if (!close || rq->ncap == HTTP_MAX_CAPS || sl <= suffix ||
			    memcmp(s + sl - suffix, close + 1, suffix) != 0)
				return 0;
			memcpy(out, s, sl - suffix);
			out[sl - suffix] = '\0';
			rq->cap[rq->ncap++] = out;
			out += sl - suffix + 1;
		} else if (pl != sl || memcmp(p, s, pl) != 0) {
			return 0;
		}
		p += pl;
		s += sl;
		if (*p != *s)
			return 0; /* one has a '/' where the other ends */
		if (*p) {
			p++;
			s++;
		}
	}
	return *p == '\0' && *s == '\0';
}
