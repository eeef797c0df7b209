"""Single instance: a second holder of the database lock is refused; a dead holder's lock does not block."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from incubator_desktop.core.errors import DatabaseRefused
from incubator_desktop.core.instance import InstanceLock, lock_path


def test_second_lock_on_the_same_database_is_refused(db_path: Path) -> None:
    """Two opens of one database: the second is refused until the first lets go."""
    first, second = InstanceLock(db_path), InstanceLock(db_path)
    assert first.acquire()
    assert not second.acquire() and not second.held
    with pytest.raises(DatabaseRefused) as refused:
        second.require()
    assert refused.value.code == "db_in_use"
    first.release()
    assert second.acquire()
    second.release()


def test_other_databases_are_not_blocked(tmp_path: Path) -> None:
    """The lock belongs to one database file, not to the program as a whole."""
    with InstanceLock(tmp_path / "a.db"), InstanceLock(tmp_path / "b.db") as other:
        assert other.held


def test_lock_of_a_killed_process_does_not_block(db_path: Path) -> None:
    """A process killed while holding the lock (crash, power cut) leaves its lock file, which does not block."""
    script = (
        "import sys, time; from pathlib import Path; from incubator_desktop.core.instance import InstanceLock; "
        "lock = InstanceLock(Path(sys.argv[1])); print(lock.acquire(), flush=True); time.sleep(60)"
    )
    child = subprocess.Popen([sys.executable, "-c", script, str(db_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "True"
        assert not InstanceLock(db_path).acquire(), "a live holder must block"
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
        if child.stdout is not None:
            child.stdout.close()
    assert lock_path(db_path).exists(), "the stale lock file is still there"
    after = InstanceLock(db_path)
    assert after.acquire()
    after.release()
