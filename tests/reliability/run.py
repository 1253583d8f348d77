#!/usr/bin/env python3
"""Faults and hostile input the store and the CLI must survive (issue 17): another
program's SQLite file left untouched, a FIFO refused at once, a store on read-only
media read, an export that does not follow a planted symbolic link, spreadsheet
formulas neutralised in CSV, and an import refusing what
`inforce verify` would call a contradiction (so an imported store verifies clean).

usage: run.py INFORCE DATADIR
Prints one line per check and 'N passed, M failed'."""
import csv
import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile

inforce, datadir = sys.argv[1], sys.argv[2]
wrapper = os.environ.get("INFORCE_TEST_WRAPPER", "").split()
tmp = tempfile.mkdtemp(prefix="inforce-rel-")
env = dict(os.environ, INFORCE_DATA=datadir, INFORCE_TODAY="2026-11-29", NO_COLOR="1")
passed = failed = 0


def run(db, *args, timeout=600):
    return subprocess.run([*wrapper, inforce, "--db", db, *args], env=env, capture_output=True,
                          text=True, timeout=timeout)


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok - {name}")
    else:
        failed += 1
        print(f"not ok - {name}: {detail}")


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


HEAD = "treaty,state_name,iso3,action,date,effective_date,source,notes\n"

try:
    store = os.path.join(tmp, "t.db")
    r = run(store, "init")
    assert r.returncode == 0, r.stderr

    # 8. another program's database is refused before anything is written
    other = os.path.join(tmp, "other-app.sqlite")
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    con.execute("INSERT INTO notes (body) VALUES ('keep me')")
    con.commit()
    con.close()
    before = digest(other)
    good = write(os.path.join(tmp, "good.csv"), HEAD +
                 "CCM,Lithuania,LTU,signature,2008-12-03,,https://example.org/x,\n")
    r = run(other, "import", good)
    check("another program's SQLite file: refused (exit 2), byte for byte unchanged",
          r.returncode == 2 and "not an inforce store" in r.stderr and digest(other) == before
          and not os.path.exists(other + "-wal"), f"exit {r.returncode}: {r.stderr}")
    r = run(other, "status", "ccm")
    check("... and for reading too", r.returncode == 2 and "not an inforce store" in r.stderr,
          r.stderr)

    # 11. a FIFO as the store: refused at once, not waited on
    fifo = os.path.join(tmp, "fifo.db")
    os.mkfifo(fifo)
    try:
        r = run(fifo, "status", "ccm", timeout=20)
        check("a FIFO given as --db is refused at once", r.returncode == 2 and
              "not a regular file" in r.stderr, r.stderr)
    except subprocess.TimeoutExpired:
        check("a FIFO given as --db is refused at once", False, "it hung")

    # 7. a store on read-only media: a read-only file in a read-only folder
    ro_dir = os.path.join(tmp, "ro")
    os.mkdir(ro_dir)
    ro = os.path.join(ro_dir, "store.db")
    r = run(store, "backup", ro)
    assert r.returncode == 0, r.stderr
    want = run(store, "status", "ccm", "--on", "2025-03-06").stdout
    os.chmod(ro, 0o444)
    os.chmod(ro_dir, 0o555)
    # root writes whatever the modes say: read as nobody, as a user of published media
    as_user = (["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
               if os.geteuid() == 0 and shutil.which("setpriv") else [])
    os.chmod(tmp, 0o755)
    try:
        r = subprocess.run([*as_user, *wrapper, inforce, "--db", ro, "status", "ccm", "--on",
                            "2025-03-06"], env=env, capture_output=True, text=True, timeout=600)
        check("a store on read-only media is read", r.returncode == 0 and r.stdout == want,
              f"exit {r.returncode}: {r.stderr}")
        check("... and nothing is written beside it",
              sorted(os.listdir(ro_dir)) == ["store.db"], os.listdir(ro_dir))
    finally:
        os.chmod(ro_dir, 0o755)
        os.chmod(ro, 0o644)

    # 11. export does not follow a symbolic link planted in the output folder
    out = os.path.join(tmp, "out")
    os.mkdir(out)
    victim = write(os.path.join(tmp, "victim.txt"), "precious\n")
    os.symlink(victim, os.path.join(out, "treaties.csv"))
    r = run(store, "export", "--out", out)
    check("export refuses to write through a planted symbolic link",
          r.returncode != 0 and "symbolic link" in r.stderr and
          open(victim).read() == "precious\n", f"exit {r.returncode}: {r.stderr}")

    # 11. a spreadsheet formula in a source is neutralised in CSV
    ftmp = os.path.join(tmp, "f.db")
    shutil.copy(store, ftmp)
    evil = write(os.path.join(tmp, "evil.csv"), HEAD +
                 'CCM,Israel,ISR,signature,2010-01-01,,"=HYPERLINK(""http://x"")",\n')
    r = run(ftmp, "import", evil)
    assert r.returncode == 0, r.stderr
    out2 = os.path.join(tmp, "out2")
    r = run(ftmp, "export", "--out", out2)
    rows = list(csv.DictReader(open(os.path.join(out2, "actions.csv"), encoding="utf-8")))
    srcs = [x["source"] for x in rows if "HYPERLINK" in x["source"]]
    check("a formula in CSV output is neutralised with a leading apostrophe",
          srcs == ["'=HYPERLINK(\"http://x\")"], srcs)

    # 3. import refuses what verify calls a contradiction
    cases = [("a date after today", "CCM,India,IND,accession,9999-12-31,,https://example.org/x,\n",
              "after today"),
             ("a signature before the treaty was opened", "CCM,Israel,ISR,signature,1900-01-01,,"
              "https://example.org/x,\n", "before the treaty was opened"),
             ("a second signature in one participation", "CCM,Lithuania,LTU,signature,2009-01-05,,"
              "https://example.org/x,\n", "second signature"),
             ("an act without a source", "CCM,Israel,ISR,signature,2010-01-01, , ,\n", "source")]
    for name, row, words in cases:
        db = os.path.join(tmp, "c.db")
        shutil.copy(store, db)
        h0 = digest(db)
        f = write(os.path.join(tmp, "c.csv"), HEAD + row)
        r = run(db, "import", f)
        check(f"import refuses {name} (exit 2, store unchanged)",
              r.returncode == 2 and words in r.stderr and "c.csv:2" in r.stderr and
              digest(db) == h0, f"exit {r.returncode}: {r.stderr}")
    r = run(store, "verify", "--today", "2026-11-29")
    check("the imported bundle verifies clean", r.returncode == 0 and "0 contradictions" in r.stdout,
          r.stdout[-300:])

    # 5. a date past 9999 is said so, not wrapped to year 0
    r = run(store, "explain", "ccm", "LTU", "--on", "9999-12-31")
    check("dates near 9999 do not wrap", r.returncode == 0 and "0000-" not in r.stdout,
          r.stdout[-300:])
finally:
    shutil.rmtree(tmp, ignore_errors=True)
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
