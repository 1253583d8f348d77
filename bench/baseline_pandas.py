#!/usr/bin/python3
"""bench/baseline_pandas.py - the pandas baseline of the inforce benchmark (bench/run).

Answers the benchmark's five questions with pandas over the CSV that
`inforce export --format csv` writes (actions.csv), with each treaty's rule
parameters from the generator's rules.csv, computing every status with the same
rules as inforce, vectorised:

  - entry into force: the K-th counted instrument of the treaty (cumcount over the
    treaty's counted acts in date order), moved by the rule's offset;
  - episodes: a running count of the state's withdrawals that had taken effect by
    each act's date (withdrawal effects merged in as boundary rows);
  - each episode's entry into force (the treaty's, or the late-joiner offset), the
    effect of its withdrawal, and the status on a date from the latest episode.
Offsets in months land on the last day of a shorter month (numpy month arithmetic).
Covers the rules the synthetic corpus uses (see baseline_sql.py).

Loading (read_csv, dates, the sorted treaty index) is timed apart from the questions.

Usage: baseline_pandas.py --csv actions.csv --rules rules.csv --params params.json
       --out DIR [--repeat R] [--budget S]
"""
import argparse
import json
import os
import re
import resource
import statistics
import sys
import time
import warnings

import numpy as np
import pandas as pd

warnings.simplefilter("ignore", pd.errors.PerformanceWarning)

KINDS = ["signature", "ratification", "acceptance", "approval", "accession", "succession",
         "formal_confirmation", "provisional_application", "withdrawal_notification",
         "ratification_withdrawal", "suspension_notification"]
CODE = {k: i for i, k in enumerate(KINDS)}
SIG, WD = CODE["signature"], CODE["withdrawal_notification"]
CONSENT = [CODE[k] for k in ("ratification", "acceptance", "approval", "accession",
                             "succession", "formal_confirmation")]
UNIT = {"d": 0, "m": 1, "f": 2}
WHO = "pandas"
COUNTS_HEADER = "parties,withdrawal_pending,contracting,signatories,withdrawn,deposited"


def now():
    return time.clock_gettime(time.CLOCK_MONOTONIC)


def rss_now():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def parse_offset(v):
    v = v.strip()
    if v == "same-day":
        return UNIT["d"], 0
    m = re.fullmatch(r"first-of-month \+(\d+)", v)
    if m:
        return UNIT["f"], int(m.group(1))
    m = re.fullmatch(r"\+(\d+) (days?|months?|years?)", v)
    n, unit = int(m.group(1)), m.group(2)
    if unit.startswith("day"):
        return UNIT["d"], n
    return UNIT["m"], n * 12 if unit.startswith("year") else n


def offset(dates, unit, n):
    """dates (datetime64) moved by per-row offsets; NaT stays NaT."""
    d = np.asarray(dates, dtype="M8[D]")
    unit, n = np.asarray(unit), np.asarray(n, dtype=np.int64)
    mon = d.astype("M8[M]")
    tgt = mon + n.astype("m8[M]")
    by_month = np.minimum(tgt.astype("M8[D]") + (d - mon.astype("M8[D]")),
                          (tgt + np.timedelta64(1, "M")).astype("M8[D]") - np.timedelta64(1, "D"))
    out = np.where(unit == UNIT["d"], d + n.astype("m8[D]"),
                   np.where(unit == UNIT["f"], tgt.astype("M8[D]"), by_month))
    return out.astype("M8[ns]")


def load(csv_path, rules_path):
    acts = pd.read_csv(csv_path, usecols=["id", "treaty", "iso3", "action", "date"],
                       dtype={"treaty": str, "iso3": str, "action": "category"})
    ids = {t: t.upper() for t in acts["treaty"].unique()}
    acts["treaty"] = acts["treaty"].map(ids)
    acts["date"] = pd.to_datetime(acts["date"], format="%Y-%m-%d")
    acts["kind"] = acts["action"].map(CODE).astype(np.int8)
    acts = acts.drop(columns=["action"])
    acts = acts.sort_values(["treaty", "iso3", "date", "kind", "id"]).set_index("treaty")
    r = pd.read_csv(rules_path, dtype=str).set_index("treaty")
    rules = pd.DataFrame(index=r.index)
    rules["k"] = r["instruments"].astype(int)
    rules["mask"] = [sum(1 << CODE[k] for k in c.split()) for c in r["counts"]]
    for col, src in (("eif", "eif_date"), ("late", "late_date"), ("wd", "wd_notice")):
        parsed = [parse_offset(v) for v in r[src]]
        rules[col + "_u"] = [p[0] for p in parsed]
        rules[col + "_n"] = [p[1] for p in parsed]
    rules["late_eif"] = r["late_applies"] == "after-entry-into-force"
    return acts, rules


# ---------------------------------------------------------------- the rules

def treaty_eif(acts, rules):
    """Per treaty of `rules`: trig (date of the K-th counted instrument, each state's
    first one counting once, as inforce counts them) and eif.
    acts: every act of those treaties (treaty index)."""
    mask = rules["mask"].reindex(acts.index).to_numpy()
    counted = acts[((mask >> acts["kind"].to_numpy()) & 1).astype(bool)]
    counted = counted[["iso3", "date"]].reset_index()
    counted = counted.groupby(["treaty", "iso3"], sort=False)["date"].min().reset_index()
    counted = counted.sort_values(["treaty", "date"], kind="stable")
    counted["rn"] = counted.groupby("treaty").cumcount() + 1
    k = rules["k"].reindex(counted["treaty"]).to_numpy()
    trig = counted[counted["rn"].to_numpy() == k].set_index("treaty")["date"]
    te = rules.copy()
    te["trig"] = trig.reindex(te.index)
    te["eif"] = offset(te["trig"], te["eif_u"], te["eif_n"])
    return te


def episodes(acts, te):
    """The episodes of the acts given (treaty index; sorted by treaty, iso3, date, kind),
    with their dates."""
    a = acts.reset_index()[["treaty", "iso3", "date", "kind"]]
    w = a[a["kind"] == WD]
    tw = te.reindex(w["treaty"])
    bounds = pd.DataFrame({"treaty": w["treaty"].to_numpy(), "iso3": w["iso3"].to_numpy(),
                           "date": offset(w["date"], tw["wd_u"], tw["wd_n"]), "b": 1})
    ev = pd.concat([a.assign(b=0), bounds], ignore_index=True)
    # an act dated on the day a withdrawal takes effect starts the new episode
    ev = ev.sort_values(["treaty", "iso3", "date", "b"], ascending=[True, True, True, False],
                        kind="stable")
    ev["ep"] = ev.groupby(["treaty", "iso3"], sort=False)["b"].cumsum()
    ev = ev[ev["b"] == 0]
    kind = ev["kind"].to_numpy()
    ev = ev.assign(sig=ev["date"].where(kind == SIG),
                   consent=ev["date"].where(np.isin(kind, CONSENT)),
                   notified=ev["date"].where(kind == WD))
    ep = ev.groupby(["treaty", "iso3", "ep"], sort=True).agg(
        start=("date", "min"), sig=("sig", "min"), consent=("consent", "min"),
        notified=("notified", "min")).reset_index()
    t = te.reindex(ep["treaty"])
    eif, trig = t["eif"].to_numpy(), t["trig"].to_numpy()
    consent = ep["consent"].to_numpy()
    early = (consent <= trig) | (t["late_eif"].to_numpy() & (consent < eif))
    late = np.maximum(eif, offset(consent, t["late_u"], t["late_n"]))
    party_from = np.where(early, eif, late)
    party_from[np.isnat(consent) | np.isnat(eif)] = np.datetime64("NaT")
    ep["party_from"] = party_from
    ep["wd_eff"] = offset(ep["notified"], t["wd_u"], t["wd_n"])
    return ep


def status_on(ep, on):
    """Status of each (treaty, iso3) from its latest episode started by `on` (a
    Timestamp or an array of them, one per row)."""
    cur = ep[ep["start"] <= on] if np.ndim(on) == 0 else ep
    last = cur.drop_duplicates(["treaty", "iso3"], keep="last")
    return last.assign(**_status(last, on))


def _status(e, on):
    notified, wd_eff = e["notified"].to_numpy(), e["wd_eff"].to_numpy()
    consent, party_from = e["consent"].to_numpy(), e["party_from"].to_numpy()
    on = np.asarray(on, dtype="M8[ns]")
    withdrawn = (notified <= on) & (wd_eff <= on)
    st = np.select([withdrawn, (consent <= on) & (party_from <= on), consent <= on,
                    e["sig"].to_numpy() <= on],
                   ["withdrawn", "party", "contracting", "signatory"], "none")
    return {"status": st, "pending": (notified <= on) & ~withdrawn}


def counts(st, pending):
    party = st == "party"
    c = [int(party.sum()), int((party & pending).sum()), int((st == "contracting").sum()),
         int((st == "signatory").sum()), int((st == "withdrawn").sum())]
    return c + [c[0] + c[2]]


# ---------------------------------------------------------------- the questions

class Questions:
    def __init__(self, acts, rules, p, pairs):
        self.acts, self.rules, self.p, self.pairs = acts, rules, p, pairs
        self.on = pd.Timestamp(p["on"])

    def a(self, pairs=None):
        out = []
        for t, s, on in self.pairs if pairs is None else pairs:
            ta = self.acts.loc[t:t]
            te = treaty_eif(ta, self.rules.loc[[t]])
            mine = ta[ta["iso3"] == s]
            st = "none"
            if len(mine):
                r = status_on(episodes(mine, te), pd.Timestamp(on))
                if len(r):
                    st = r["status"].iloc[0]
            out.append((t, s, on, st))
        return out

    def b(self):
        t = self.p["treaty"]
        ta = self.acts.loc[t:t]
        r = status_on(episodes(ta, treaty_eif(ta, self.rules.loc[[t]])), self.on)
        return r[r["status"] != "none"]

    def c(self):
        t = self.p["treaty"]
        ta = self.acts.loc[t:t]
        ep = episodes(ta, treaty_eif(ta, self.rules.loc[[t]]))
        start = np.datetime64(self.p["from"], "D")
        end = np.datetime64(self.p["to"], "D")
        months = []
        i = 0
        while True:
            d = offset(np.array([start]), np.array([UNIT["m"]]), np.array([i]))[0]
            if d > end:
                break
            months.append(d)
            i += 1
        days = pd.DataFrame({"day": pd.to_datetime(months)})
        x = days.merge(ep, how="cross")
        x = x[x["start"].to_numpy() <= x["day"].to_numpy()]
        x = x.sort_values(["day", "treaty", "iso3", "ep"], kind="stable")
        last = x.drop_duplicates(["day", "treaty", "iso3"], keep="last")
        last = last.assign(**_status(last, last["day"].to_numpy()))
        rows = []
        for day, g in last.groupby("day", sort=True):
            rows.append((day, counts(g["status"].to_numpy(), g["pending"].to_numpy())))
        got = dict(rows)
        return [(d, got.get(pd.Timestamp(d), [0] * 6)) for d in days["day"]]

    def d(self):
        s = self.p["state"]
        mine = self.acts[self.acts["iso3"] == s]
        treaties = mine.index.unique()
        ta = self.acts[self.acts.index.isin(treaties)]
        r = status_on(episodes(mine, treaty_eif(ta, self.rules.loc[treaties])), self.on)
        return r[r["status"] != "none"]

    def e(self):
        r = status_on(episodes(self.acts, treaty_eif(self.acts, self.rules)), self.on)
        return r[r["status"] != "none"]


def write_answers(out, ans):
    with open(os.path.join(out, "a.csv"), "w") as f:
        f.write("treaty,iso3,on,status\n")
        for row in ans["a"]:
            f.write("%s,%s,%s,%s\n" % row)
    with open(os.path.join(out, "b.csv"), "w") as f:
        b = ans["b"]
        st, pend = b["status"].to_numpy(), b["pending"].to_numpy()
        f.write(COUNTS_HEADER + "\n" + ",".join(map(str, counts(st, pend))) + "\n")
        f.write("iso3,status,withdrawal_pending\n")
        for iso3, s, p in zip(b["iso3"], st, pend):
            f.write("%s,%s,%d\n" % (iso3, s, p))
    with open(os.path.join(out, "c.csv"), "w") as f:
        f.write("date," + COUNTS_HEADER + "\n")
        for d, c in ans["c"]:
            f.write("%s,%s\n" % (pd.Timestamp(d).strftime("%Y-%m-%d"), ",".join(map(str, c))))
    with open(os.path.join(out, "d.csv"), "w") as f:
        f.write("treaty,status\n")
        for t, s in zip(ans["d"]["treaty"], ans["d"]["status"]):
            f.write("%s,%s\n" % (t, s))
    with open(os.path.join(out, "e.csv"), "w") as f:
        f.write("treaty,iso3,status,withdrawal_pending\n")
        e = ans["e"]
        f.writelines("%s,%s,%s,%d\n" % r
                     for r in zip(e["treaty"], e["iso3"], e["status"], e["pending"]))


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
    ap.add_argument("--csv", required=True)
    ap.add_argument("--rules", required=True)
    ap.add_argument("--params", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--a-pairs", type=int, default=200,
                    help="pairs timed for question (a) (all are answered; default 200)")
    ap.add_argument("--budget", type=float, default=60.0)
    args = ap.parse_args()
    with open(args.params) as f:
        p = json.load(f)
    with open(os.path.join(os.path.dirname(args.params), p["pairs"])) as f:
        pairs = [tuple(line.strip().split(",")) for line in f.readlines()[1:] if line.strip()]

    rss0 = rss_now()
    t0, c0 = now(), time.process_time()
    acts, rules = load(args.csv, args.rules)
    load_s, load_cpu = now() - t0, time.process_time() - c0
    rss1 = rss_now()
    q = Questions(acts, rules, p, pairs)
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
    res["cpu"] = dict(cpu, load=load_cpu)
    write_answers(args.out, ans)
    res.update({
        "load": load_s, "runs": runs, "acts": len(acts),
        "peak_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
        "load_rss_growth": rss1 - rss0,
        "bytes_per_act": (rss1 - rss0) / len(acts),
        "frame_bytes": int(acts.memory_usage(deep=True).sum()),
    })
    print(json.dumps(res))


if __name__ == "__main__":
    main()
