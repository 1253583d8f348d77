#!/usr/bin/env python3
"""`inforce backup FILE`: the copy is the store, taken safely while others use it.

usage: backup.py INFORCE DATADIR

Cases (each prints "ok - ..." or "not ok - ..."):
  - restore: back up, then `inforce --db FILE status ccm --on 2025-03-06 --format json`
    prints exactly what the original prints; the copy passes integrity_check and is
    one self-contained file (rollback journal, no -wal beside it);
  - an existing FILE is refused (exit 2, FILE untouched) unless --force, which
    replaces it, stale -wal/-shm files included;
  - the store itself is refused as FILE;
  - another process holds a read transaction open: the backup succeeds and matches;
  - another process holds an uncommitted write transaction: the backup succeeds and
    holds the store as last committed, without the uncommitted row;
  - a FILE in a folder that does not exist: exit 1, nothing left behind.
INFORCE_TEST_WRAPPER (valgrind in `make check`) wraps the first backup and the
backups taken while another process holds a transaction.
"""
import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from teststore import bundle_store  # noqa: E402

HOLDER = r"""
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "read":
    db.execute("BEGIN")
    n = db.execute("SELECT count(*) FROM action").fetchone()[0]
else:
    db.execute("BEGIN IMMEDIATE")
    db.execute("INSERT INTO import (file, kind, rows, recorded_at) VALUES"
               " ('uncommitted test fixture', 'test', 0, '2026-01-01T00:00:00Z')")
    n = db.execute("SELECT count(*) FROM import").fetchone()[0]
print(n, flush=True)
sys.stdin.readline()
db.execute("ROLLBACK")
db.close()
"""


def main():
    inforce, datadir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    env = dict(os.environ, NO_COLOR="1", INFORCE_DATA=datadir)
    env.pop("INFORCE_DB", None)
    wrapper = shlex.split(os.environ.get("INFORCE_TEST_WRAPPER", ""))
    tmp = tempfile.mkdtemp(prefix="inforce-backup-")
    results = []

    def run(db, *args, wrap=False):
        return subprocess.run((wrapper if wrap else []) + [inforce, "--db", db] + list(args),
                              env=env, capture_output=True, text=True, timeout=600)

    def check(name, cond, detail=""):
        results.append(cond)
        print(("ok - " if cond else "not ok - ") + name + ("" if cond else f"\n    {detail}"))

    def status(db):
        return run(db, "status", "ccm", "--on", "2025-03-06", "--format", "json")

    def scalar(db, sql):
        con = sqlite3.connect(db)
        try:
            return con.execute(sql).fetchone()[0]
        finally:
            con.close()

    try:
        store = os.path.join(tmp, "store.db")
        r = bundle_store(inforce, store, env)
        if r.returncode != 0:
            print(f"cannot create the store: {r.stderr}")
            return 1
        want = status(store)
        check("the original answers", want.returncode == 0 and '"treaty": "ccm"' in want.stdout,
              want.stderr)

        copy = os.path.join(tmp, "copy.db")
        r = run(store, "backup", copy, wrap=True)
        check("backup exits 0 and says so",
              r.returncode == 0 and r.stdout.startswith(f"backed up {store} to {copy} ("),
              f"exit {r.returncode}: {r.stdout}{r.stderr}")
        got = status(copy)
        check("restore: status ccm --on 2025-03-06 --format json is the same from the copy",
              got.returncode == 0 and got.stdout == want.stdout, got.stderr)
        check("the copy passes integrity_check",
              scalar(copy, "PRAGMA integrity_check") == "ok")
        check("the copy is one self-contained file (journal_mode delete, no -wal)",
              scalar(copy, "PRAGMA journal_mode") == "delete" and
              not os.path.exists(copy + "-wal"))
        check("the copy holds every action",
              scalar(copy, "SELECT count(*) FROM action") ==
              scalar(store, "SELECT count(*) FROM action"))

        before = os.stat(copy).st_mtime_ns, open(copy, "rb").read(100)
        r = run(store, "backup", copy)
        check("an existing FILE is refused without --force (exit 2, FILE untouched)",
              r.returncode == 2 and "already exists; use --force" in r.stderr and
              (os.stat(copy).st_mtime_ns, open(copy, "rb").read(100)) == before,
              f"exit {r.returncode}: {r.stderr}")

        other = os.path.join(tmp, "other.db")
        with open(other, "w") as f:
            f.write("not a database\n")
        with open(other + "-wal", "wb") as f:
            f.write(b"\x37\x7f\x06\x82" + b"\0" * 60)  # a stale WAL header
        r = run(store, "backup", "--force", other)
        got = status(other)
        check("--force replaces FILE and drops its stale -wal",
              r.returncode == 0 and got.returncode == 0 and got.stdout == want.stdout and
              not os.path.exists(other + "-wal"), f"{r.stderr}{got.stderr}")

        r = run(store, "backup", "--force", store)
        check("the store itself is refused as FILE",
              r.returncode == 2 and "is the store itself" in r.stderr, r.stderr)

        for mode in ("read", "write"):
            holder = subprocess.Popen([sys.executable, "-c", HOLDER, store, mode],
                                      stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            held = int(holder.stdout.readline())
            target = os.path.join(tmp, f"during-{mode}.db")
            r = run(store, "backup", target, wrap=True)
            holder.stdin.write("\n")
            holder.stdin.flush()
            holder.wait(timeout=60)
            if mode == "read":
                got = status(target)
                check("backup while another process holds a read transaction open",
                      r.returncode == 0 and got.stdout == want.stdout,
                      f"exit {r.returncode}: {r.stderr}{got.stderr}")
            else:
                n = scalar(target, "SELECT count(*) FROM import") if r.returncode == 0 else -1
                check("backup while another process holds a write transaction: the last "
                      "commit, without the uncommitted row",
                      r.returncode == 0 and n == held - 1 and
                      n == scalar(store, "SELECT count(*) FROM import"),
                      f"exit {r.returncode}: {r.stderr}; imports in the copy {n}, "
                      f"in the writer's transaction {held}")

        nowhere = os.path.join(tmp, "no-such-folder", "copy.db")
        r = run(store, "backup", nowhere)
        check("a FILE in a missing folder: exit 1, nothing left behind",
              r.returncode == 1 and not os.path.exists(os.path.dirname(nowhere)),
              f"exit {r.returncode}: {r.stderr}")
        leftovers = [n for n in os.listdir(tmp) if ".tmp-" in n]
        check("no temporary file left beside the copies", not leftovers, str(leftovers))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{sum(results)} passed, {len(results) - sum(results)} failed")
    return 0 if results and all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
