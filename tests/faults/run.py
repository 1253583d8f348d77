#!/usr/bin/env python3
"""Injected faults (issue 17): the Nth write to a file fails with ENOSPC (and every
later one: the disk stays full), the Nth fsync fails with EIO, or the Nth
allocation returns NULL, under `inforce init`, `import`, `backup` and a write
through `serve --write`. The fault comes from an LD_PRELOAD library
(faults/faultshim.c). A first run of each operation counts its calls of each kind;
the faults are then injected at points spread over that count.

After each run:
  - inforce was not killed by a signal, and a failure says so ("inforce: ...");
  - the store passes PRAGMA integrity_check and `inforce verify`;
  - a failure left the store byte for byte as it was (after any log is replayed,
    as the next open would), and nothing beside it; a success holds the whole
    write.
Prints one line per run that breaks a rule, a table of outcomes, and
'N passed, M failed' (one check per operation and kind).

usage: run.py INFORCE DATADIR SHIM [POINTS [OPERATION [KIND]]]"""
import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from teststore import bundle_store  # noqa: E402

inforce, datadir, shim = (os.path.abspath(a) for a in sys.argv[1:4])
only = sys.argv[5] if len(sys.argv) > 5 else None  # one operation: "init", "import", ...
only_kind = sys.argv[6] if len(sys.argv) > 6 else None  # one kind: "write", "fsync", "malloc"
# faults per operation and kind (init, at 4 s a run, gets a third of them)
points = int(sys.argv[4] if len(sys.argv) > 4 else os.environ.get("INFORCE_FAULT_POINTS", "10"))
tmp = tempfile.mkdtemp(prefix="inforce-faults-")
env = dict(os.environ, INFORCE_DATA=datadir, INFORCE_TODAY="2026-11-29", NO_COLOR="1")
passed = failed = 0
table = []

ROWS = ("treaty,state_name,iso3,action,date,effective_date,source,notes\n"
        "CCM,Israel,ISR,signature,2010-01-04,,https://example.org/a,fault test\n"
        "CCM,India,IND,signature,2011-02-07,,https://example.org/b,fault test\n"
        "CCM,Pakistan,PAK,accession,2012-03-05,,https://example.org/c,fault test\n")


# digest -> integrity of stores already checked: a store left byte for byte
# as another was is not checked again (most failed runs leave the base as it was)
SETTLED = {}


def settle(db):
    """Opens and closes the store as the next reader would (replaying a log left
    behind), then returns its digest, its integrity and its number of acts."""
    con = sqlite3.connect(db)
    try:
        acts = con.execute("SELECT count(*) FROM action").fetchone()[0]
    finally:
        con.close()
    with open(db, "rb") as f:
        h = hashlib.sha256(f.read()).hexdigest()
    if h not in SETTLED:
        con = sqlite3.connect(db)
        try:
            SETTLED[h] = con.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            con.close()
    return h, SETTLED[h], acts


def beside(db):
    """What lies in the store's folder besides the store (its log files aside)."""
    d, base = os.path.split(db)
    return sorted(n for n in os.listdir(d)
                  if n != base and not n.startswith(base + "-") and n.startswith(base))


def shimmed(fault, report):
    return dict(env, LD_PRELOAD=shim, INFORCE_FAULT=fault, INFORCE_FAULT_REPORT=report)


def counts(report):
    out = {}
    with open(report) as f:
        for line in f:
            k, v = line.split()
            out[k] = int(v)
    return out


def spread(k, p):
    """p injection points over 1..k: both ends and evenly between."""
    if k <= p:
        return list(range(1, k + 1))
    return sorted({1, k, *(1 + (k - 1) * i // (p - 1) for i in range(p))})


VERIFIED = {}  # digest -> what `inforce verify` said of a store with those bytes


def verify_clean(db, h):
    if h not in VERIFIED:
        r = subprocess.run([inforce, "--db", db, "verify", "--today", "2026-11-29"], env=env,
                           capture_output=True, text=True, timeout=300)
        VERIFIED[h] = (r.returncode == 0, r.stdout[-300:] + r.stderr[-300:])
    return VERIFIED[h]


# ------------------------------------------------------------ the operations
# Each takes (store, fault env) and returns (exit code, stderr, what a success
# must show: the number of acts expected, or None to skip that check).

def op_init(db, e):
    r = subprocess.run([inforce, "--db", db, "init", "--force"], env=e, capture_output=True,
                       text=True, timeout=600)
    return r.returncode, r.stderr, None


def op_import(db, e):
    r = subprocess.run([inforce, "--db", db, "import", os.path.join(tmp, "rows.csv")], env=e,
                       capture_output=True, text=True, timeout=600)
    return r.returncode, r.stderr, BASE_ACTS + 3


def op_backup(db, e):
    out = os.path.join(tmp, "copy.db")
    if os.path.exists(out):
        os.unlink(out)
    r = subprocess.run([inforce, "--db", db, "backup", out], env=e, capture_output=True,
                       text=True, timeout=600)
    if r.returncode == 0:
        h, ok, acts = settle(out)
        if ok != "ok" or acts != BASE_ACTS:
            return 99, f"the copy is not whole: {ok}, {acts} acts", None
    elif os.path.exists(out):
        return 99, f"a failed backup left {out}: {r.stderr}", None
    return r.returncode, r.stderr, BASE_ACTS


def op_serve(db, e):
    """One write through the API; then a read, then SIGTERM."""
    p = subprocess.Popen([inforce, "--db", db, "serve", "--write", "--port", "0"], env=e,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = p.stdout.readline()
        if "http://" not in line:
            p.wait(timeout=60)
            return p.returncode or 98, p.stderr.read(), None
        url = line[line.index("http://"):].split()[0].rstrip("/")
        req = urllib.request.Request(url + "/api/v1/import", data=ROWS.encode(), method="POST",
                                     headers={"Content-Type": "text/csv",
                                              "Authorization": "Bearer " + TOKEN})
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                status = resp.status
        except urllib.error.HTTPError as err:
            status = err.code
        p.send_signal(signal.SIGTERM)
        p.wait(timeout=60)
        if status == 201:
            return 0, "", BASE_ACTS + 3
        return 1 if status >= 500 else 90, f"inforce: HTTP {status}", None
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
        p.stdout.close()
        p.stderr.close()


OPS = [("init", op_init, ("write", "fsync", "malloc")),
       ("import", op_import, ("write", "fsync", "malloc")),
       ("backup", op_backup, ("write", "fsync", "malloc")),
       # the server's allocations depend on its threads' timing: no fixed Nth one
       ("serve --write", op_serve, ("write", "fsync"))]


def run_one(name, op, fault, base, h0):
    db = os.path.join(tmp, "s", "store.db")
    shutil.rmtree(os.path.dirname(db), ignore_errors=True)
    os.mkdir(os.path.dirname(db))
    shutil.copy(base, db)
    report = os.path.join(tmp, "report")
    if os.path.exists(report):
        os.unlink(report)
    rc, err, want_acts = op(db, shimmed(fault, report))
    problems = []
    if rc < 0:
        problems.append(f"killed by signal {-rc}")
    elif rc != 0 and (not err.startswith("inforce: ") or len(err.strip()) <= len("inforce:")
                      or "gave no reason" in err):
        problems.append(f"exit {rc} without a message: {err[:200]!r}")
    h, ok, acts = settle(db)
    if ok != "ok":
        problems.append(f"integrity_check: {ok}")
    left = beside(db)
    if left:
        problems.append(f"left beside the store: {left}")
    if rc != 0 and rc < 90 and h != h0:
        problems.append("it failed, yet the store changed")
    hit = os.path.exists(report) and counts(report).get("hit", 0)
    if hit and rc == 2:
        problems.append(f"it blamed the input (exit 2) for the machine's fault: {err[:200]}")
    if rc == 0 and want_acts is not None and acts != want_acts:
        problems.append(f"it succeeded with {acts} acts, not {want_acts}")
    if not problems:
        good, why = verify_clean(db, h)
        if not good:
            problems.append(f"verify: {why}")
    return problems, rc, hit, (counts(report) if os.path.exists(report) else {})


try:
    base = os.path.join(tmp, "base.db")
    r = bundle_store(inforce, base, env)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([inforce, "--db", base, "token", "add", "faults"], env=env,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    TOKEN = [w for w in r.stdout.split() if len(w) >= 32][0]
    with open(os.path.join(tmp, "rows.csv"), "w") as f:
        f.write(ROWS)
    h0, ok, BASE_ACTS = settle(base)
    assert ok == "ok"
    total_runs = 0
    t_start = time.monotonic()
    for name, op, kinds in OPS:
        if only and not name.startswith(only):
            continue
        _, _, _, k = run_one(name, op, "count", base, h0)
        for kind in kinds:
            if only_kind and kind != only_kind:
                continue
            runs = clean = survived = 0
            bad = []
            for n in spread(k.get(kind, 0), max(3, points // 3) if name == "init" else points):
                problems, rc, hit, _ = run_one(name, op, f"{kind}:{n}", base, h0)
                runs += 1
                if problems:
                    bad.append(f"{kind}:{n}: {'; '.join(problems)}")
                elif rc == 0:
                    survived += 1
                else:
                    clean += 1
            total_runs += runs
            table.append((name, kind, k.get(kind, 0), runs, clean, survived, len(bad)))
            label = f"{name}: {kind} faults ({runs} injected over {k.get(kind, 0)} calls)"
            if bad:
                failed += 1
                print(f"not ok - {label}")
                for b in bad[:10]:
                    print(f"#   {b}")
            else:
                passed += 1
                print(f"ok - {label}", flush=True)
    print(f"# {total_runs} faults injected in {time.monotonic() - t_start:.0f} s")
    print("# | operation | fault | calls | injected | failed cleanly | succeeded | broken |")
    print("# |---|---|---:|---:|---:|---:|---:|")
    for row in table:
        print("# | " + " | ".join(str(x) for x in row) + " |")
finally:
    shutil.rmtree(tmp, ignore_errors=True)
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
