"""The real `incubator bundle import` process, killed mid-import, leaves all or nothing; the re-run finishes it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from incubator_desktop.core.vocab import SiteKind

from ..conftest import MemoryKeyring
from ..reports.conftest import fill_sensitive_site
from ..sync.conftest import DISTRICT, TOWNSHIP_A, introduce, make_site
from .counts import tally
from .harness import copy_database, dump, integrity

TESTS = Path(__file__).resolve().parents[1]
# The child: the test's credential store, a counter of database steps that SIGKILLs at step $KILL_AT, then
# the command line exactly as a clerk runs it. Nothing of this is in the program itself.
CHILD = """
import atexit, json, os, signal, sys
sys.path.insert(0, os.environ["TESTS_PARENT"])
import keyring
from sqlalchemy import Engine, event
from tests.conftest import MemoryKeyring
store = MemoryKeyring()
store.secrets = {tuple(key.split("\\t")): value for key, value in json.load(open(os.environ["SECRETS"])).items()}
keyring.set_keyring(store)
kill_at, seen = int(os.environ["KILL_AT"]), [0]
def step(*_args, **_kwargs):
    seen[0] += 1
    if seen[0] == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)
for name in ("before_cursor_execute", "commit"):
    event.listen(Engine, name, step)
atexit.register(lambda: open(os.environ["STEPS"], "w").write(str(seen[0])))
from incubator_desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def run_cli(args: list[str], folder: Path, secrets: Path, kill_at: int = 0) -> tuple[int, str, int]:
    """(exit status, negative for a signal; stdout and stderr; database steps passed if it ended by itself)."""
    steps = folder / "steps.txt"
    steps.unlink(missing_ok=True)
    env = {
        **os.environ,
        "TESTS_PARENT": str(TESTS.parent),
        "SECRETS": str(secrets),
        "KILL_AT": str(kill_at),
        "STEPS": str(steps),
        "INCUBATOR_LANG": "zh_CN",
    }
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    return done.returncode, done.stdout + done.stderr, int(steps.read_text()) if steps.exists() else -1


def test_the_import_command_killed_mid_import_is_all_or_nothing(memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    """SIGKILL of `incubator bundle import` inside its write transaction; the command re-run applies it.

    The spread of kill points is in test_sigkill.py (forked, fast); this proves the real entry point once.
    """
    township = make_site(tmp_path / "a", SiteKind.TOWNSHIP, TOWNSHIP_A, "托克扎克镇孵化基地")
    district = make_site(tmp_path / "district", SiteKind.DISTRICT, DISTRICT, "疏附县民政局")
    introduce(district, township)
    with township.db.transaction() as session:
        fill_sensitive_site(session)
    bundle = Path(township.export(tmp_path / "usb").path)
    district.db.close()
    assert district.path is not None
    secrets = tmp_path / "secrets.json"
    secrets.write_text(json.dumps({"\t".join(key): value for key, value in memory_keyring.secrets.items()}))
    before = dump(district.path)

    reference = copy_database(district.path, tmp_path / "reference" / "incubator.db")
    args = ["--db", str(reference), "bundle", "import", str(bundle)]
    status, output, steps = run_cli(args, reference.parent, secrets)
    assert status == 0, output
    after = dump(reference)
    assert after != before and steps > 10

    for point in (steps - 3,):  # inside the final write transaction, a few statements before its commit
        folder = tmp_path / f"kill-{point}"
        path = copy_database(district.path, folder / "incubator.db")
        args = ["--db", str(path), "bundle", "import", str(bundle)]
        status, output, _ = run_cli(args, folder, secrets, kill_at=point)
        assert status == -signal.SIGKILL, output
        tally("sigkill")
        assert integrity(path) == "ok"
        assert dump(path) == before, "killed before its commit, the import left nothing"
        status, output, _ = run_cli(args, folder, secrets)
        assert status == 0, output
        assert dump(path) == after
