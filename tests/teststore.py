"""The bundle's store for a test suite.

`make check` builds one store from the bundled data with the plain binary and names
it in INFORCE_TEST_STORE, so that the suites of the three builds copy it instead of
each running `inforce init` again (3 s plain, 10 s under ASan, minutes under
valgrind). `inforce init` itself stays under test: the CLI cases, the reliability,
fetch and fault suites and the unit test `bundle` run it. Without the variable (a
suite run on its own, `meson test`), the store is made with `inforce init`."""
import os
import shutil
import subprocess


def bundle_store(inforce, path, env, wrapper=(), cwd=None):
    """Makes the store at path, in place of any there; returns the CompletedProcess
    of what made it."""
    for ext in ("", "-wal", "-shm"):
        if os.path.exists(path + ext):
            os.unlink(path + ext)
    shared = os.environ.get("INFORCE_TEST_STORE")
    if shared and os.path.isfile(shared):
        shutil.copyfile(shared, path)
        return subprocess.CompletedProcess(["copy", shared, path], 0, "", "")
    return subprocess.run([*wrapper, inforce, "--db", path, "init"], env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=900)
