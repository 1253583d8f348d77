#!/usr/bin/env python3
"""Data-driven CLI tests for inforce, in the manner of jq's and git's suites.

Each case is one file in tests/cli/cases/*.t:

    # what the case shows
    before: import fixtures/correction.csv   (optional, repeatable; must exit 0)
    args: status ccm --on 2025-03-05 --format csv
    exit: 0
    store: unchanged                          (or: changed; default unchanged)
    --- stdout                                (exact expected output)
    ...
    --- stdout contains                       (each line must appear somewhere)
    ...
    --- stdout lacks                          (no line may appear anywhere)
    ...
    --- stderr                                (exact; if absent, stderr must be empty)
    ...

Every case runs against a fresh copy of a store made by `inforce init` from the
bundled data, with --db naming it, in tests/cli as the working folder. `store:
unchanged` checks the store file byte for byte after the command. @DATA@ in
expected text stands for the data folder, @DB@ for the store's path.

With INFORCE_UPDATE_CASES=1, a case whose exit code and store check hold but whose
exact stdout or stderr differs is rewritten with the output it got (the golden files
refreshed after an intended change); review the result with git diff before committing.

Cases run in parallel (INFORCE_TEST_JOBS, default one per core), each on its own
copy. With INFORCE_TEST_SUBSET=commands only one case per command and outcome runs
(make check does that under valgrind; make check-full runs them all).

usage: run.py INFORCE CLIDIR DATADIR
"""
import hashlib
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from teststore import bundle_store  # noqa: E402


def parse_case(path):
    case = {"before": [], "exit": 0, "store": "unchanged", "sections": {}}
    section = None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if line.startswith("--- "):
                section = line[4:].strip()
                case["sections"][section] = []
                continue
            if section is not None:
                case["sections"][section].append(line)
                continue
            if not line or line.startswith("#"):
                continue
            key, _, value = line.partition(":")
            value = value.strip()
            if key == "before":
                case["before"].append(value)
            elif key in ("args", "store"):
                case[key] = value
            elif key == "exit":
                case["exit"] = int(value)
            else:
                raise SystemExit(f"{path}: unknown directive '{key}'")
    if "args" not in case:
        raise SystemExit(f"{path}: no 'args:' line")
    return case


def digest(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def run(inforce, db, args, cwd, env):
    # INFORCE_TEST_WRAPPER (e.g. "valgrind --error-exitcode=99 -q") runs every
    # command under a checker; its complaints then fail the case through the exit
    # code and stderr.
    wrapper = shlex.split(os.environ.get("INFORCE_TEST_WRAPPER", ""))
    return subprocess.run(wrapper + [inforce, "--db", db] + shlex.split(args), cwd=cwd,
                          env=env, capture_output=True, text=True, timeout=600)


def rewrite(path, section, text):
    """Replaces the exact section `--- section` of a case file with text."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out, skip = [], False
    for line in lines:
        if line.startswith("--- "):
            skip = line[4:].strip() == section
            out.append(line)
            if skip:
                out.extend(text.rstrip("\n").split("\n") if text.strip() else [])
            continue
        if not skip:
            out.append(line)
    if ("--- " + section) not in lines and text.strip():
        out = out[:-1] if out and out[-1] == "" else out
        out.append("--- " + section)
        out.extend(text.rstrip("\n").split("\n"))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip("\n") + "\n")


def command_of(args):
    """The command a case runs: the first word of its arguments that is not an option
    or an option's value."""
    words = shlex.split(args)
    i = 0
    while i < len(words) and words[i].startswith("-"):
        i += 2 if words[i] in ("--db", "--data") else 1
    return words[i] if i < len(words) else ""


def subset(names, cases):
    """INFORCE_TEST_SUBSET=commands: one case per command and outcome (success or
    error), the first by name: every command, and every command's error path, runs
    under the checker without the whole suite's cost."""
    seen, out = set(), []
    for name in names:
        key = (command_of(cases[name]["args"]), cases[name]["exit"] != 0)
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out


def check_case(inforce, clidir, datadir, env, tmp, base, casedir, name, case):
    """Runs one case on its own copy of the store. (name, problems, updated, seconds)."""
    db = os.path.join(tmp, name[:-2] + ".db")
    shutil.copyfile(base, db)
    problems = []
    started = time.monotonic()
    try:
        for b in case["before"]:
            r = run(inforce, db, b, clidir, env)
            if r.returncode != 0:
                problems.append(f"before '{b}' exited {r.returncode}: {r.stderr}")
        before = digest(db)
        r = run(inforce, db, case["args"], clidir, env)
        after = digest(db)
        sub = lambda lines: "\n".join(lines).replace("@DATA@", datadir).replace("@DB@", db)
        if r.returncode != case["exit"]:
            problems.append(f"exit {r.returncode}, expected {case['exit']}")
        secs = case["sections"]
        if "stdout" in secs and r.stdout.rstrip("\n") != sub(secs["stdout"]).rstrip("\n"):
            problems.append("stdout differs:\n--- expected\n" + sub(secs["stdout"]) +
                            "\n--- actual\n" + r.stdout)
        for want in secs.get("stdout contains", []):
            if want and want.replace("@DATA@", datadir) not in r.stdout:
                problems.append(f"stdout lacks: {want}\n--- actual\n{r.stdout}")
        for unwanted in secs.get("stdout lacks", []):
            if unwanted and unwanted in r.stdout:
                problems.append(f"stdout has what it must not: {unwanted}")
        expected_err = sub(secs.get("stderr", [])).rstrip("\n")
        if r.stderr.rstrip("\n") != expected_err:
            problems.append("stderr differs:\n--- expected\n" + expected_err +
                            "\n--- actual\n" + r.stderr)
        if case["store"] == "unchanged" and before != after:
            problems.append("the store changed")
        if case["store"] == "changed" and before == after:
            problems.append("the store did not change")
        update = os.environ.get("INFORCE_UPDATE_CASES") == "1"
        exact = [p for p in problems if p.startswith(("stdout differs", "stderr differs"))]
        if update and problems and len(exact) == len(problems):
            back = lambda t: t.replace(db, "@DB@").replace(datadir, "@DATA@")
            path = os.path.join(casedir, name)
            if any(p.startswith("stdout differs") for p in exact):
                rewrite(path, "stdout", back(r.stdout))
            if any(p.startswith("stderr differs") for p in exact):
                rewrite(path, "stderr", back(r.stderr))
            return name, [], True, time.monotonic() - started
        return name, problems, False, time.monotonic() - started
    finally:
        for ext in ("", "-wal", "-shm"):
            if os.path.exists(db + ext):
                os.unlink(db + ext)


def main():
    inforce, clidir, datadir = (os.path.abspath(a) for a in sys.argv[1:4])
    env = dict(os.environ, NO_COLOR="1", INFORCE_DATA=datadir, INFORCE_TODAY="2026-11-29")
    env.pop("INFORCE_DB", None)
    tmp = tempfile.mkdtemp(prefix="inforce-cli-")
    passed = failed = 0
    try:
        # the shared store is data for the cases, not under test: made without the
        # checker (init itself runs under it in the cases that call it)
        base = os.path.join(tmp, "base.db")
        r = bundle_store(inforce, base, env, cwd=clidir)
        if r.returncode != 0:
            print(f"cannot create the test store: {r.stderr}")
            return 1
        casedir = os.path.join(clidir, "cases")
        names = sorted(n for n in os.listdir(casedir) if n.endswith(".t"))
        cases = {n: parse_case(os.path.join(casedir, n)) for n in names}
        if os.environ.get("INFORCE_TEST_SUBSET") == "commands":
            names = subset(names, cases)
            print(f"# a subset: {len(names)} of {len(cases)} cases, one per command and outcome")
        jobs = int(os.environ.get("INFORCE_TEST_JOBS", "0")) or os.cpu_count() or 1
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            results = list(pool.map(
                lambda n: check_case(inforce, clidir, datadir, env, tmp, base, casedir, n,
                                     cases[n]), names))
        for name, problems, updated, secs in results:
            if updated:
                print(f"updated - {name}")
                passed += 1
            elif problems:
                failed += 1
                print(f"not ok - {name} # {secs:.1f} s")
                for p in problems:
                    print("    " + p.replace("\n", "\n    "))
            else:
                passed += 1
                print(f"ok - {name} # {secs:.1f} s")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())
