#!/usr/bin/python3
"""bench/baseline_sql.py - the SQL baseline of the inforce benchmark (bench/run).

Answers the benchmark's five questions with SQL (SQLite, window functions) over a
COPY of the inforce store, computing every status from the `action` table with
the treaty's rules, the way someone would without inforce:

  - the rule parameters (instruments, which kinds count, the offsets) are read from
    each treaty's `definition` text into a table `rule`;
  - the treaty's entry into force: the date of the K-th counted instrument, each
    state's first one counting once (a state that withdrew and joined again is one
    state, as inforce counts it; row_number over the treaty's first instruments, in
    a correlated subquery), moved by the rule's offset;
  - episodes: a state's acts are numbered by how many of its withdrawals had taken
    effect by their date (a running sum over acts and withdrawal effects);
  - each episode's entry into force (the treaty's, or the late-joiner offset) and
    the effect of its withdrawal; the status on a date from the latest episode.
Offsets in months land on the last day of a shorter month (inforce's rule; SQLite's
own '+N months' would overflow into the next month instead).

This covers the rules the synthetic corpus uses (signature, the four consents,
withdrawal, rejoining; no armed-conflict clause, succession, ratification
withdrawal or suspension). Acts are the current ones, as the store's `current_action`
view defines them (an act that a correction supersedes is left out).

Usage: baseline_sql.py --db STORE --params params.json --work DIR --out DIR [--repeat R]
       [--budget S]
Copies STORE to DIR/sql.db, creates indexes there (timed as the setup), writes the
answers to --out/{a,b,c,d,e}.csv and prints the figures as one JSON object.
"""
import argparse
import json
import os
import re
import resource
import shutil
import sqlite3
import statistics
import sys
import time

CONSENTS = ("ratification", "acceptance", "approval", "accession", "succession",
            "formal_confirmation")


def now():
    return time.clock_gettime(time.CLOCK_MONOTONIC)


def rss_now():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


# ---------------------------------------------------------------- rules from the store

def parse_offset(v):
    """('d'|'m'|'f', n): days, months (years as 12 months), first of the n-th month."""
    v = v.strip()
    if v == "same-day":
        return "d", 0
    m = re.fullmatch(r"first-of-month \+(\d+)", v)
    if m:
        return "f", int(m.group(1))
    m = re.fullmatch(r"\+(\d+) (days?|months?|years?)", v)
    if not m:
        raise ValueError("offset %r" % v)
    n, unit = int(m.group(1)), m.group(2)
    if unit.startswith("day"):
        return "d", n
    return "m", n * 12 if unit.startswith("year") else n


def parse_definition(text):
    sec, rule = None, {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line[0] in " \t":
            continue
        if line.startswith("["):
            sec = line.strip()[1:-1]
            continue
        key, _, value = line.partition(":")
        rule[(sec, key.strip())] = value.strip()
    eu, en = parse_offset(rule[("entry_into_force", "date")])
    lu, ln = parse_offset(rule[("late_joiner", "date")])
    wu, wn = parse_offset(rule[("withdrawal", "notice")])
    return {
        "k": int(rule[("entry_into_force", "instruments")]),
        "counts": " %s " % " ".join(rule[("entry_into_force", "counts")].split()),
        "eif_u": eu, "eif_n": en,
        "late_eif": int(rule[("late_joiner", "applies")] == "after-entry-into-force"),
        "late_u": lu, "late_n": ln,
        "wd_u": wu, "wd_n": wn,
    }


def setup(db):
    """Rules table and indexes on the copy."""
    db.execute("DROP TABLE IF EXISTS rule")
    db.execute("CREATE TABLE rule (treaty TEXT PRIMARY KEY, k INTEGER,"
               " counts TEXT, eif_u TEXT, eif_n INTEGER, late_eif INTEGER, late_u TEXT,"
               " late_n INTEGER, wd_u TEXT, wd_n INTEGER)")
    rows = []
    for tid, text in db.execute("SELECT id, definition FROM treaty"):
        r = parse_definition(text)
        rows.append((tid, r["k"], r["counts"], r["eif_u"], r["eif_n"], r["late_eif"],
                     r["late_u"], r["late_n"], r["wd_u"], r["wd_n"]))
    db.executemany("INSERT INTO rule VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    # the store has action(treaty, iso3, date); these serve the entry-into-force count
    # of a treaty and the questions about one state
    db.execute("CREATE INDEX IF NOT EXISTS bench_treaty_date ON action(treaty, date, kind)")
    db.execute("CREATE INDEX IF NOT EXISTS bench_state ON action(iso3, treaty, date, kind)")
    db.execute("ANALYZE")
    db.commit()


# ---------------------------------------------------------------- the SQL

def off(d, u, n):
    """SQL for date d moved by offset (u, n); NULL stays NULL."""
    n = "(%s)" % n
    return (f"(CASE {u} WHEN 'd' THEN date({d}, '+' || {n} || ' days')"
            f" WHEN 'f' THEN date({d}, 'start of month', '+' || {n} || ' months')"
            f" ELSE min(date({d}, 'start of month', '+' || {n} || ' months',"
            f" '+' || (CAST(strftime('%d', {d}) AS INTEGER) - 1) || ' days'),"
            f" date({d}, 'start of month', '+' || ({n} + 1) || ' months', '-1 day')) END)")


# the store's current_action view, written out (a view in a join with window functions
# is materialised whole by SQLite instead of using the indexes)
CURRENT = "NOT EXISTS (SELECT 1 FROM action x WHERE x.supersedes = a.id)"


def episodes_sql(scope):
    """CTEs ending in `epx`: every episode of the acts in scope, with its dates.
    scope: 'pair' (:t, :s), 'treaty' (:t), 'state' (:s) or 'all'."""
    rule_where = {
        "pair": "WHERE treaty = :t",
        "treaty": "WHERE treaty = :t",
        "state": "WHERE treaty IN (SELECT DISTINCT treaty FROM action WHERE iso3 = :s)",
        "all": "",
    }[scope]
    cur_where = {"pair": "WHERE a.treaty = :t AND a.iso3 = :s", "treaty": "WHERE a.treaty = :t",
                 "state": "WHERE a.iso3 = :s", "all": ""}[scope]
    consents = ", ".join("'%s'" % k for k in CONSENTS)
    return f"""
r AS MATERIALIZED (SELECT * FROM rule {rule_where}),
cur AS MATERIALIZED (SELECT a.treaty, a.iso3, a.kind, a.date FROM action a {cur_where}
        {"AND" if cur_where else "WHERE"} {CURRENT}),
tg AS MATERIALIZED (SELECT r.*,
              (SELECT date FROM (SELECT f.date, row_number() OVER (ORDER BY f.date) AS rn
                                 FROM (SELECT min(a.date) AS date FROM action a
                                       WHERE a.treaty = r.treaty
                                         AND instr(r.counts, ' ' || a.kind || ' ') > 0
                                         AND {CURRENT} GROUP BY a.iso3) f)
               WHERE rn = r.k) AS trig
       FROM r),
te AS MATERIALIZED (SELECT tg.*, {off('tg.trig', 'tg.eif_u', 'tg.eif_n')} AS eif FROM tg),
wd AS (SELECT c.treaty, c.iso3, {off('c.date', 'te.wd_u', 'te.wd_n')} AS eff
       FROM cur c JOIN te ON te.treaty = c.treaty WHERE c.kind = 'withdrawal_notification'),
ev AS (SELECT treaty, iso3, date, kind, 0 AS b FROM cur
       UNION ALL SELECT treaty, iso3, eff, NULL, 1 FROM wd),
num AS (SELECT treaty, iso3, date, kind, b,
               sum(b) OVER (PARTITION BY treaty, iso3 ORDER BY date, b DESC
                            ROWS UNBOUNDED PRECEDING) AS ep
        FROM ev),
ep AS (SELECT treaty, iso3, ep, min(date) AS start,
              min(CASE WHEN kind = 'signature' THEN date END) AS sig,
              min(CASE WHEN kind IN ({consents}) THEN date END) AS consent,
              min(CASE WHEN kind = 'withdrawal_notification' THEN date END) AS notified
       FROM num WHERE b = 0 GROUP BY treaty, iso3, ep),
epx AS MATERIALIZED (SELECT ep.treaty, ep.iso3, ep.start, ep.sig, ep.consent, ep.notified,
               CASE WHEN ep.consent IS NULL OR te.eif IS NULL THEN NULL
                    WHEN ep.consent <= te.trig OR (te.late_eif AND ep.consent < te.eif)
                      THEN te.eif
                    ELSE max(te.eif, {off('ep.consent', 'te.late_u', 'te.late_n')}) END
                 AS party_from,
               {off('ep.notified', 'te.wd_u', 'te.wd_n')} AS wd_eff
        FROM ep JOIN te ON te.treaty = ep.treaty)"""


def status_sql(on):
    return (f"CASE WHEN notified <= {on} AND wd_eff <= {on} THEN 'withdrawn'"
            f" WHEN consent <= {on} THEN CASE WHEN party_from <= {on} THEN 'party'"
            f" ELSE 'contracting' END WHEN sig <= {on} THEN 'signatory' ELSE 'none' END")


def pending_sql(on):
    return f"coalesce(notified <= {on} AND NOT coalesce(wd_eff <= {on}, 0), 0)"


def on_date_sql(scope):
    """Statuses of the states in scope on :on: treaty, iso3, status, pending."""
    return f"""WITH {episodes_sql(scope)},
last AS (SELECT epx.*, row_number() OVER (PARTITION BY treaty, iso3 ORDER BY start DESC) AS rn
         FROM epx WHERE start <= :on)
SELECT treaty, iso3, {status_sql(':on')} AS status, {pending_sql(':on')} AS pending
FROM last WHERE rn = 1 ORDER BY treaty, iso3"""


def timeline_sql():
    nxt = off(":from", "'m'", "i + 1")
    return f"""WITH RECURSIVE {episodes_sql('treaty')},
months(i, d) AS (SELECT 0, :from UNION ALL SELECT i + 1, {nxt} FROM months WHERE {nxt} <= :to),
last AS (SELECT m.d AS day, epx.*,
                row_number() OVER (PARTITION BY m.d, epx.iso3 ORDER BY epx.start DESC) AS rn
         FROM months m JOIN epx ON epx.start <= m.d),
st AS (SELECT day, {status_sql('day')} AS status, {pending_sql('day')} AS pending
       FROM last WHERE rn = 1)
SELECT m.d,
       coalesce(sum(st.status = 'party'), 0),
       coalesce(sum(st.status = 'party' AND st.pending), 0),
       coalesce(sum(st.status = 'contracting'), 0),
       coalesce(sum(st.status = 'signatory'), 0),
       coalesce(sum(st.status = 'withdrawn'), 0),
       coalesce(sum(st.status IN ('party', 'contracting')), 0)
FROM months m LEFT JOIN st ON st.day = m.d GROUP BY m.d ORDER BY m.d"""


# ---------------------------------------------------------------- the questions

WHO = "sql"
COUNTS_HEADER = "parties,withdrawal_pending,contracting,signatories,withdrawn,deposited"


def counts_of(rows):
    c = {"party": 0, "pending": 0, "contracting": 0, "signatory": 0, "withdrawn": 0}
    for _, _, st, pending in rows:
        if st in c:
            c[st] += 1
        if st == "party" and pending:
            c["pending"] += 1
    return [c["party"], c["pending"], c["contracting"], c["signatory"], c["withdrawn"],
            c["party"] + c["contracting"]]


class Questions:
    def __init__(self, db, p, pairs):
        self.db, self.p, self.pairs = db, p, pairs
        self.q_pair = on_date_sql("pair")
        self.q_treaty = on_date_sql("treaty")
        self.q_state = on_date_sql("state")
        self.q_all = on_date_sql("all")
        self.q_timeline = timeline_sql()

    def a(self, pairs=None):
        out = []
        for t, s, on in self.pairs if pairs is None else pairs:
            rows = self.db.execute(self.q_pair, {"t": t, "s": s, "on": on}).fetchall()
            out.append((t, s, on, rows[0][2] if rows else "none"))
        return out

    def b(self):
        return self.db.execute(self.q_treaty, {"t": self.p["treaty"], "on": self.p["on"]}).fetchall()

    def c(self):
        return self.db.execute(self.q_timeline, {"t": self.p["treaty"], "from": self.p["from"],
                                                 "to": self.p["to"]}).fetchall()

    def d(self):
        return self.db.execute(self.q_state, {"s": self.p["state"], "on": self.p["on"]}).fetchall()

    def e(self):
        return self.db.execute(self.q_all, {"on": self.p["on"]}).fetchall()


def write_answers(out, ans):
    with open(os.path.join(out, "a.csv"), "w") as f:
        f.write("treaty,iso3,on,status\n")
        for row in ans["a"]:
            f.write("%s,%s,%s,%s\n" % row)
    with open(os.path.join(out, "b.csv"), "w") as f:
        rows = [r for r in ans["b"] if r[2] != "none"]
        f.write(COUNTS_HEADER + "\n" + ",".join(map(str, counts_of(rows))) + "\n")
        f.write("iso3,status,withdrawal_pending\n")
        for _, iso3, st, pending in rows:
            f.write("%s,%s,%d\n" % (iso3, st, pending))
    with open(os.path.join(out, "c.csv"), "w") as f:
        f.write("date," + COUNTS_HEADER + "\n")
        for row in ans["c"]:
            f.write(",".join(map(str, row)) + "\n")
    with open(os.path.join(out, "d.csv"), "w") as f:
        f.write("treaty,status\n")
        for t, _, st, _ in ans["d"]:
            if st != "none":
                f.write("%s,%s\n" % (t, st))
    with open(os.path.join(out, "e.csv"), "w") as f:
        f.write("treaty,iso3,status,withdrawal_pending\n")
        for t, s, st, pending in ans["e"]:
            if st != "none":
                f.write("%s,%s,%s,%d\n" % (t, s, st, pending))


def timed(answer, run, repeat, budget):
    """answer() once, untimed (it also warms up), then up to `repeat` timed runs of run(),
    stopping early once `budget` seconds are spent (at least one timed run). Returns the
    answer, the median wall seconds, the number of runs and the median CPU seconds."""
    t0 = now()
    ans = answer()
    spent = now() - t0
    times, cpus = [], []
    for _ in range(repeat):
        if times and spent > budget:
            break
        t0, c0 = now(), time.process_time()
        run()
        times.append(now() - t0)
        cpus.append(time.process_time() - c0)
        spent += times[-1]
    return ans, statistics.median(times), len(times), statistics.median(cpus)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--params", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--a-pairs", type=int, default=200,
                    help="pairs timed for question (a) (all are answered; default 200)")
    ap.add_argument("--budget", type=float, default=60.0,
                    help="seconds per question after which repeats stop (default 60)")
    args = ap.parse_args()
    with open(args.params) as f:
        p = json.load(f)
    with open(os.path.join(os.path.dirname(args.params), p["pairs"])) as f:
        pairs = [tuple(line.strip().split(",")) for line in f.readlines()[1:] if line.strip()]

    copy = os.path.join(args.work, "sql.db")
    t0 = now()
    shutil.copyfile(args.db, copy)
    copy_s = now() - t0
    rss0 = rss_now()
    db = sqlite3.connect(copy)
    db.execute("PRAGMA cache_size = -1048576")  # 1 GiB page cache
    db.execute("PRAGMA mmap_size = 4294967296")
    db.execute("PRAGMA temp_store = MEMORY")
    t0, c0 = now(), time.process_time()
    setup(db)
    setup_s, setup_cpu = now() - t0, time.process_time() - c0

    q = Questions(db, p, pairs)
    ans, res, runs = {}, {}, {}
    cpu = {}
    for name in "abcde":
        fn = getattr(q, name)
        run = fn
        if name == "a":  # time the first pairs only: a baseline answers one pair slowly
            run = lambda: q.a(q.pairs[:args.a_pairs])
        ans[name], res[name], runs[name], cpu[name] = timed(fn, run, args.repeat, args.budget)
        if name == "a":
            n = min(args.a_pairs, len(q.pairs))
            res[name] /= n
            cpu[name] /= n
        print("%s: %s %.6g s (%d runs)" % (WHO, name, res[name], runs[name]), file=sys.stderr)
    res["cpu"] = dict(cpu, load=setup_cpu)
    write_answers(args.out, ans)
    acts = db.execute("SELECT count(*) FROM current_action").fetchone()[0]
    res.update({
        "load": setup_s, "copy": copy_s, "runs": runs, "acts": acts,
        "peak_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
        "rss_growth": rss_now() - rss0,
        "db_bytes": os.path.getsize(copy),
    })
    res["bytes_per_act"] = res["db_bytes"] / acts if acts else 0
    db.close()
    print(json.dumps(res))


if __name__ == "__main__":
    main()
