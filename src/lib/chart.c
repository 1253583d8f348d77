/*
 * chart.c - a treaty's participants by status over time as an SVG step chart: parties,
 * deposited instruments, signatories and withdrawals, with labelled axes and the key
 * events (entry into force, withdrawals taking effect) annotated. Series differ by
 * line style as well as colour, so the chart reads in print and without colour.
 * Exports inforce_chart_svg.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define W 960
#define H 540
#define ML 64   /* margins: annotations above the plot, axis and legend below */
#define MR 24
#define MT 120
#define MB 120

struct series {
	const char *label, *color, *dash;
	int (*value)(const inforce_counts *);
};

static int v_parties(const inforce_counts *k) { return k->parties; }
static int v_deposited(const inforce_counts *k) { return k->deposited; }
static int v_signatories(const inforce_counts *k) { return k->signatories; }
static int v_withdrawn(const inforce_counts *k) { return k->withdrawn; }

/* The map's palette (web/index.html's patterns): party blue, contracting light blue
 * (here the deposited line, which adds the contracting to the parties), signatory
 * ochre (darkened to read as a line), withdrawn red. */
static const struct series series[] = {
	{"Parties (in force for them)", "#1f5fa8", "", v_parties},
	{"Deposited, not withdrawn (published count)", "#5b9bd5", "6 3", v_deposited},
	{"Signatories without consent", "#b07d10", "2 3", v_signatories},
	{"Withdrawn", "#c2412a", "10 3 2 3", v_withdrawn},
};

static void esc(FILE *f, const char *s)
{
	for (; s && *s; s++) {
		if (*s == '&')
			fputs("&amp;", f);
		else if (*s == '<')
			fputs("&lt;", f);
		else if (*s == '>')
			fputs("&gt;", f);
		else if (*s == '"')
			fputs("&quot;", f);
		else
			fputc(*s, f);
	}
}

static double xpos(inforce_day d, inforce_day from, inforce_day to)
{
	return ML + (double)(d - from) * (W - ML - MR) / (double)(to - from > 0 ? to - from : 1);
}

static double ypos(int v, int ymax)
{
	return H - MB - (double)v * (H - MT - MB) / (double)(ymax > 0 ? ymax : 1);
}

static int nice_step(int ymax)
{
	static const int steps[] = {1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000};
	for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++)
		if (ymax / steps[i] <= 8)
			return steps[i];
	return 1000;
}

static void draw(FILE *f, const inforce_treaty *t, const inforce_point *p, size_t n,
		 inforce_day from, inforce_day to, const inforce_event *ev, size_t nev)
{
	char d[INFORCE_DATE_BUFSZ], d2[INFORCE_DATE_BUFSZ];
	int ymax = 0;
	for (size_t i = 0; i < n; i++)
		for (size_t s = 0; s < sizeof series / sizeof series[0]; s++)
			if (series[s].value(&p[i].counts) > ymax)
				ymax = series[s].value(&p[i].counts);
	int step = nice_step(ymax);
	ymax = (ymax / step + 1) * step;
	fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		   "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
		   "viewBox=\"0 0 %d %d\" role=\"img\" font-family=\"DejaVu Sans, Arial, sans-serif\" "
		   "font-size=\"12\">\n<title>",
		W, H, W, H);
	esc(f, inforce_treaty_meta(t, "short_name"));
	fprintf(f, ": participants by status, %s to %s</title>\n", inforce_date_format(from, d),
		inforce_date_format(to, d2));
	fprintf(f, "<desc>Step chart computed by inforce from the recorded acts and the treaty's "
		   "rules.</desc>\n<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n", W, H);
	fprintf(f, "<text x=\"%d\" y=\"22\" font-size=\"16\" font-weight=\"bold\">%s: "
		   "participants by status</text>\n<text x=\"%d\" y=\"40\" font-size=\"12\" "
		   "fill=\"#444444\">",
		ML, inforce_treaty_id(t), ML);
	esc(f, inforce_treaty_meta(t, "short_name"));
	fprintf(f, "</text>\n");
	/* y grid and labels */
	for (int v = 0; v <= ymax; v += step) {
		double y = ypos(v, ymax);
		fprintf(f, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#dddddd\"/>\n"
			   "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>\n",
			ML, y, W - MR, y, ML - 6, y + 4, v);
	}
	fprintf(f, "<text transform=\"translate(16 %d) rotate(-90)\" text-anchor=\"middle\">"
		   "States</text>\n",
		(MT + H - MB) / 2);
	/* x axis: a tick every year (every 5 or 10 when long) */
	int y0, m0, dd, y1, m1;
	inforce_date_to_ymd(from, &y0, &m0, &dd);
	inforce_date_to_ymd(to, &y1, &m1, &dd);
	int span = y1 - y0, every = span > 60 ? 10 : span > 24 ? 5 : span > 12 ? 2 : 1;
	for (int y = y0 + 1; y <= y1; y++) {
		if (y % every)
			continue;
		double x = xpos(inforce_date_from_ymd(y, 1, 1), from, to);
		fprintf(f, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#888888\"/>\n"
			   "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>\n",
			x, H - MB, x, H - MB + 5, x, H - MB + 18, y);
	}
	fprintf(f, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333333\"/>\n"
		   "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333333\"/>\n",
		ML, H - MB, W - MR, H - MB, ML, MT, ML, H - MB);
	fprintf(f, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">Date (counts on each day; "
		   "%s to %s)</text>\n",
		(ML + W - MR) / 2, H - MB + 38, inforce_date_format(from, d), inforce_date_format(to, d2));
	/* annotations above the plot, one row each; withdrawals on one day share a row */
	int slot = 0;
	for (size_t i = 0; i < nev;) {
		const inforce_event *e = &ev[i];
		double x = xpos(e->date, from, to);
		char label[512];
		size_t j = i + 1;
		if (e->kind == INFORCE_EV_TREATY_IN_FORCE) {
			snprintf(label, sizeof label, "In force %s", inforce_date_format(e->date, d));
		} else {
			size_t used = (size_t)snprintf(label, sizeof label, "%s", e->name);
			for (; j < nev && ev[j].date == e->date && ev[j].kind == e->kind; j++)
				if (used < sizeof label)
					used += (size_t)snprintf(label + used, sizeof label - used, ", %s",
								 ev[j].name);
			if (used < sizeof label)
				snprintf(label + used, sizeof label - used, " withdraw%s %s",
					 j - i > 1 ? "" : "s", inforce_date_format(e->date, d));
		}
		i = j;
		double ly = MT - 10 - 14 * (slot++ % 5);
		fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%d\" stroke=\"#555555\" "
			   "stroke-dasharray=\"3 3\"/>\n<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" "
			   "font-size=\"11\">",
			x, ly + 3, x, H - MB, x > W - 300 ? x - 4 : x + 4, ly, x > W - 300 ? "end" : "start");
		esc(f, label);
		fprintf(f, "</text>\n");
	}
	/* series as step paths */
	for (size_t s = 0; s < sizeof series / sizeof series[0]; s++) {
		fprintf(f, "<path fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s%s%s d=\"",
			series[s].color, series[s].dash[0] ? " stroke-dasharray=\"" : "",
			series[s].dash, series[s].dash[0] ? "\"" : "");
		for (size_t i = 0; i < n; i++) {
			double x = xpos(p[i].date, from, to), y = ypos(series[s].value(&p[i].counts), ymax);
			if (i == 0)
				fprintf(f, "M%.1f %.1f", x, y);
			else
				fprintf(f, " H%.1f V%.1f", x, y);
		}
		fprintf(f, " H%.1f\"/>\n", xpos(to, from, to));
	}
	/* legend, with the last value of each series */
	for (size_t s = 0; s < sizeof series / sizeof series[0]; s++) {
		int lx = ML + 10 + (int)(s % 2) * 420, ly = H - 44 + (int)(s / 2) * 20;
		fprintf(f, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" "
			   "stroke-width=\"2\"%s%s%s/>\n<text x=\"%d\" y=\"%d\">",
			lx, ly, lx + 28, ly, series[s].color, series[s].dash[0] ? " stroke-dasharray=\"" : "",
			series[s].dash, series[s].dash[0] ? "\"" : "", lx + 34, ly + 4);
		esc(f, series[s].label);
		fprintf(f, ": %d</text>\n", n ? series[s].value(&p[n - 1].counts) : 0);
	}
	fprintf(f, "</svg>\n");
}


char *inforce_chart_svg(const inforce_treaty *t, inforce_day from, inforce_day to, size_t *len,
			inforce_error *err)
{
	inforce_point *pts = NULL, *steps = NULL;
	inforce_event *ev = NULL, *keep = NULL;
	size_t n = 0, nev = 0, nkeep = 0, nsteps = 0;
	char *out = NULL;
	FILE *f = NULL;
	ev = inforce_events(t, INFORCE_DAY_NONE, to, 0, &nev);
	if (from == INFORCE_DAY_NONE)
		from = nev ? ev[0].date : to - 365;
	if (to <= from) {
		ifc_fail(err, INFORCE_EINPUT, NULL, 0, "to", "the end must be after the start");
		goto out;
	}
	/* Counts change only on the days of events: compute them there, not every day,
	 * and keep the corners of the steps. */
	steps = malloc(sizeof *steps * (nev + 2));
	keep = malloc(sizeof *keep * (nev + 1));
	if (!steps || !keep || !(f = open_memstream(&out, len))) {
		ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
		goto out;
	}
	for (size_t i = 0; i <= nev; i++) {
		inforce_day d = i == 0 ? from : ev[i - 1].date;
		if (i > 0 && (d <= from || d > to || (i > 1 && ev[i - 2].date == d)))
			continue; /* outside the chart, or a day already counted */
		inforce_counts k;
		size_t m;
		inforce_standing *st = inforce_status_treaty(t, d, &m, &k, err);
		if (!st)
			goto out;
		free(st);
		if (nsteps == 0 || memcmp(&k, &steps[nsteps - 1].counts, sizeof k) != 0) {
			steps[nsteps].date = d;
			steps[nsteps].counts = k;
			nsteps++;
		}
	}
	(void)n;
	for (size_t i = 0; i < nev; i++)
		if (ev[i].date >= from && (ev[i].kind == INFORCE_EV_TREATY_IN_FORCE ||
					   ev[i].kind == INFORCE_EV_WITHDRAWAL_EFFECTIVE))
			keep[nkeep++] = ev[i];
	draw(f, t, steps, nsteps, from, to, keep, nkeep);
	if (fclose(f) != 0) {
		free(out);
		out = NULL;
		ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "cannot write the chart");
	}
out:
	free(pts);
	free(steps);
	free(ev);
	free(keep);
	return out;
}
