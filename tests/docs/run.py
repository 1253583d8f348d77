#!/usr/bin/env python3
"""The generated documents are current: docs/coverage.md is what
`inforce treaty --list --format md` prints for the bundled data.

usage: run.py INFORCE DATADIR DOCSDIR
"""
import os
import subprocess
import sys
import tempfile


def main():
    inforce, datadir, docsdir = sys.argv[1:4]
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "t.db")
        env = dict(os.environ, INFORCE_TODAY="2026-11-29")
        subprocess.run([inforce, "--db", db, "--data", datadir, "init"], check=True,
                       capture_output=True, env=env)
        got = subprocess.run([inforce, "--db", db, "treaty", "--list", "--format", "md"],
                             check=True, capture_output=True, text=True, env=env).stdout
    with open(os.path.join(docsdir, "coverage.md"), encoding="utf-8") as f:
        want = f.read()
    if got != want:
        print("not ok - docs/coverage.md is not what 'inforce treaty --list --format md' "
              "prints: regenerate it (see its first lines)")
        return 1
    print("ok - docs/coverage.md is current")
    return 0


if __name__ == "__main__":
    sys.exit(main())
