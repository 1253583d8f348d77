#!/usr/bin/env python3
"""Faults and hostile input the store and the CLI must survive (issue 17): another
program's SQLite file left untouched, init on a full disk failing cleanly, init
through a symbolic link, a FIFO refused at once, a store on read-only
media read, an export that does not follow a planted symbolic link, spreadsheet
formulas neutralised in CSV, and an import refusing what
`inforce verify` would call a contradiction (so an imported store verifies clean).

usage: run.py INFORCE DATADIR
Prints one line per check and 'N passed, M failed'."""
import csv
import hashlib
import os
import resource
import signal
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from teststore import bundle_store  # noqa: E402

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
    r = bundle_store(inforce, store, env)
    assert r.returncode == 0, r.stderr

    # 1. init on a full disk (a file-size limit stands in for it): it fails, says so,
    # and leaves the existing store as it was and nothing beside it
    full = os.path.join(tmp, "full")
    os.mkdir(full)
    kept = os.path.join(full, "store.db")
    shutil.copy(store, kept)
    h0 = digest(kept)

    def small_disk():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (6 << 20, 6 << 20))

    r = subprocess.run([*wrapper, inforce, "--db", kept, "init", "--force"], env=env,
                       capture_output=True, text=True, timeout=900, preexec_fn=small_disk)
    left = sorted(os.listdir(full))
    check("init on a full disk fails, the old store unchanged, nothing left beside it",
          r.returncode != 0 and r.stderr.startswith("inforce: ") and digest(kept) == h0 and
          left == ["store.db"], f"exit {r.returncode}: {r.stderr[:300]} {left}")
    r = run(kept, "status", "ccm")
    check("... and the old store still answers", r.returncode == 0, r.stderr)

    # 6. exit codes that blame the right party: a full disk during an import is the
    # machine's failure (exit 1, the store named, not the input's line), the store
    # unchanged; a folder given to import is bad input (exit 2); a damaged store is
    # exit 2 for an import as for a read
    big = os.path.join(tmp, "big.csv")
    with open(big, "w", encoding="utf-8") as f:
        f.write(HEAD)
        for name, iso3 in [("Israel", "ISR"), ("India", "IND"), ("Pakistan", "PAK"),
                           ("Egypt", "EGY"), ("Saudi Arabia", "SAU"), ("Brazil", "BRA"),
                           ("Argentina", "ARG"), ("Finland", "FIN")]:
            f.write(f"CCM,{name},{iso3},signature,2010-01-01,,https://example.org/x,"
                    f"{'a long note ' * 5000}\n")
    db = os.path.join(full, "imp.db")
    shutil.copy(store, db)
    h0 = digest(db)
    lim = 256 << 10  # the log (WAL) file the import writes first cannot grow past this

    def tight_disk():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (lim, lim))

    r = subprocess.run([*wrapper, inforce, "--db", db, "import", big], env=env,
                       capture_output=True, text=True, timeout=900, preexec_fn=tight_disk)
    check("an import on a full disk: exit 1, the store named and not the input, unchanged",
          r.returncode == 1 and "imp.db" in r.stderr and "big.csv:" not in r.stderr.split(":")[1]
          and digest(db) == h0 and run(db, "status", "ccm").returncode == 0,
          f"exit {r.returncode}: {r.stderr[:300]}")
    os.unlink(db)
    r = run(store, "import", tmp)
    check("a folder given to import: exit 2, said so",
          r.returncode == 2 and "is a folder, not a file" in r.stderr, f"exit {r.returncode}: {r.stderr}")
    bad = os.path.join(tmp, "damaged.db")
    shutil.copy(store, bad)
    with open(bad, "r+b") as f:
        f.seek(4096 * 3)
        f.write(b"\xa5" * 4096)
    rr = run(bad, "status", "ccm")
    ri = run(bad, "import", write(os.path.join(tmp, "one.csv"),
                                  HEAD + "CCM,Israel,ISR,signature,2010-01-01,,S,\n"))
    check("a damaged store: the same exit for an import as for a read",
          rr.returncode == ri.returncode and rr.returncode != 0,
          f"read {rr.returncode} {rr.stderr[:200]} import {ri.returncode} {ri.stderr[:200]}")

    # a symbolic link as --db: init replaces the store it points to, not the link;
    # the leftovers of a killed init are removed
    real = os.path.join(full, "real.db")
    shutil.copy(store, real)
    link = os.path.join(full, "link.db")
    os.symlink("real.db", link)
    write(os.path.join(full, "real.db.new-999999999"), "left by a killed init")
    r = run(link, "init", "--force")
    check("init --force through a symbolic link keeps the link and replaces its store",
          r.returncode == 0 and os.path.islink(link) and os.path.getsize(real) > 1 << 20 and
          not os.path.exists(os.path.join(full, "real.db.new-999999999")),
          f"exit {r.returncode}: {r.stderr} {sorted(os.listdir(full))}")

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
    # 4. text inforce does not keep: invalid UTF-8 and control characters, refused
    # with file, line and field (a bare CR would inject an event into the iCalendar
    # feed, a form feed make the Atom feed invalid XML, invalid UTF-8 drop the key)
    bad_text = [("invalid UTF-8 in a source", b"CCM,Israel,ISR,signature,2010-01-01,,bad \xff\xfe,\n",
                 "source: the text is not valid UTF-8"),
                ("an overlong UTF-8 form in a name", b"CCM,Isra\xc0\xa5l,ISR,signature,2010-01-01,,S,\n",
                 "state_name: the text is not valid UTF-8"),
                ("control characters in a source", b"CCM,Israel,ISR,signature,2010-01-01,,a\x01\x0cb,\n",
                 "source: the text holds a control character"),
                ("a bare CR in a note", b'CCM,Israel,ISR,signature,2010-01-01,,S,"x\rBEGIN:VEVENT"\n',
                 "notes: the text holds a control character"),
                ("a C1 control character in a note", b"CCM,Israel,ISR,signature,2010-01-01,,S,x\xc2\x85y\n",
                 "notes: the text holds a control character")]
    for name, row, words in bad_text:
        db = os.path.join(tmp, "c.db")
        shutil.copy(store, db)
        h0 = digest(db)
        f = os.path.join(tmp, "t.csv")
        with open(f, "wb") as fh:
            fh.write(HEAD.encode() + row)
        r = subprocess.run([*wrapper, inforce, "--db", db, "import", f], env=env,
                           capture_output=True, timeout=600)
        err = r.stderr.decode("utf-8", "replace")
        check(f"import refuses {name} (exit 2, file:line: field, store unchanged)",
              r.returncode == 2 and "t.csv:2: " + words in err and digest(db) == h0,
              f"exit {r.returncode}: {err}")

    # 9. physical damage: bytes flipped near page headers never pass verify
    passed_damaged = []
    for k in range(3, 15):
        bad = os.path.join(tmp, "bad.db")
        shutil.copy(store, bad)
        with open(bad, "r+b") as f:
            f.seek(4096 * k + 1)
            b = f.read(2)
            f.seek(4096 * k + 1)
            f.write(bytes(x ^ 0x5A for x in b))
        r = run(bad, "verify", "--today", "2026-11-29")
        if r.returncode == 0:
            passed_damaged.append(k)
    check("a store with bytes flipped near a page header never verifies clean (12 pages)",
          not passed_damaged, f"pages {passed_damaged} passed")

    # 3, as a property: whatever import accepts verifies clean, over every CSV fixture
    # of the CLI cases and the import fuzzer's seeds and regressions (import checks
    # against the clock, so verify is asked about the same day)
    if not wrapper:
        import datetime
        today = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d")
        here = os.path.dirname(os.path.abspath(__file__))
        inputs = []
        for d in ("../cli/fixtures", "../fuzz/seeds/import", "../fuzz/regressions/import"):
            d = os.path.join(here, d)
            inputs += [os.path.join(d, n) for n in sorted(os.listdir(d))
                       if os.path.isfile(os.path.join(d, n)) and n != "README"]
        accepted, broken = 0, []
        for f in inputs:
            db = os.path.join(tmp, "p.db")
            shutil.copy(store, db)
            r = run(db, "import", f)
            if r.returncode != 0:
                continue
            accepted += 1
            v = run(db, "verify", "--today", today)
            if v.returncode != 0 or "0 contradictions" not in v.stdout:
                broken.append((os.path.basename(f), v.stdout[-300:]))
        print(f"# import then verify: {len(inputs)} inputs, {accepted} accepted", flush=True)
        check(f"every input import accepts verifies clean ({accepted} of {len(inputs)} accepted)",
              accepted > 0 and not broken, broken[:3])

    r = run(store, "verify", "--today", "2026-11-29")
    check("the imported bundle verifies clean", r.returncode == 0 and "0 contradictions" in r.stdout,
          r.stdout[-300:])

finally:
    shutil.rmtree(tmp, ignore_errors=True)
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
