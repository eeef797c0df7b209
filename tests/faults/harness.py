"""Fault-injection tools: run an operation in a forked child killed at its N-th database step, dump a file."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from .counts import tally

#: Columns whose values differ between two runs of the same operation (wall-clock stamps), left out of dumps;
#: DATETIME columns are left out as well.
VOLATILE_COLUMNS = frozenset({"last_hlc"})
#: What is new on every run of anything that writes an audit entry: its random id and clock stamp.
AUDIT_STAMPS = {"audit_entries": {"id", "hlc"}}
#: Ids and stamps a roster import makes up afresh on every run (new organizations, communities, index rows).
NEW_RECORD_STAMPS = {"*": {"id", "hlc", "community_id", "record_id"}}
# The points a kill can land on: before every statement and before every commit.
_POINTS = ("before_cursor_execute", "commit")

Dump = dict[str, list[tuple[Any, ...]]]
#: A child that has not ended by then is stuck, not slow: one operation takes well under a second.
CHILD_TIMEOUT = 120.0


@dataclass(frozen=True)
class ChildOutcome:
    """How the child ended: killed by SIGKILL, or exited with a status; and how many points it passed."""

    killed: bool
    status: int
    points: int


def _install_killer(kill_at: int | None, counter_file: Path) -> None:
    """In the child: count database steps on every engine; SIGKILL ourselves at step `kill_at`."""
    passed = [0]

    def step(*_args: Any, **_kwargs: Any) -> None:
        passed[0] += 1
        counter_file.write_text(str(passed[0]))
        if kill_at is not None and passed[0] >= kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    for name in _POINTS:
        event.listen(Engine, name, step)


def run_in_child(
    operation: Callable[[], object],
    work: Path,
    *,
    kill_at: int | None = None,
    kill_after: float | None = None,
) -> ChildOutcome:
    """Fork; the child runs `operation` and is killed at database step `kill_at` or after `kill_after` seconds.

    A fork starts in milliseconds with everything already imported, and SIGKILL ends it as a power cut ends
    the program: no cleanup, no `finally`, no flush; its SQLite locks die with it.
    """
    counter_file = work / f"points-{os.getpid()}-{time.monotonic_ns()}"
    counter_file.write_text("0")
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns into pytest
        status = 0
        try:
            _install_killer(kill_at, counter_file)
            if kill_after is not None:
                timer = threading.Timer(kill_after, os.kill, (os.getpid(), signal.SIGKILL))
                timer.daemon = True
                timer.start()
            operation()
        except BaseException:
            status = 1
        os._exit(status)
    wait_status = _wait(pid, timeout=CHILD_TIMEOUT)
    killed = os.WIFSIGNALED(wait_status) and os.WTERMSIG(wait_status) == signal.SIGKILL
    points = int(counter_file.read_text() or 0)
    counter_file.unlink()
    if killed:
        tally("sigkill", 1)
    return ChildOutcome(killed, os.WEXITSTATUS(wait_status) if os.WIFEXITED(wait_status) else -1, points)


def _wait(pid: int, *, timeout: float) -> int:
    """The child's wait status; a child still running after `timeout` seconds is killed and the test fails."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done, wait_status = os.waitpid(pid, os.WNOHANG)
        if done:
            return wait_status
        time.sleep(0.005)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    raise AssertionError(f"the child did not finish within {timeout} s (a lock inherited through fork?)")


def kill_points(total: int, *, count: int, seed: int) -> list[int]:
    """A spread of kill points over 1..total: the first few, the last few, and random ones between."""
    edges = {1, 2, 3, total - 2, total - 1, total}
    rng = random.Random(seed)
    middle = set(rng.sample(range(1, total + 1), min(total, max(0, count - len(edges)))))
    return sorted(point for point in edges | middle if 1 <= point <= total)


def integrity(path: Path) -> str:
    """`PRAGMA integrity_check` on a fresh connection, which first recovers whatever the WAL holds."""
    connection = sqlite3.connect(path)
    try:
        return ";".join(str(row[0]) for row in connection.execute("PRAGMA integrity_check"))
    finally:
        connection.close()


def dump(path: Path, *, volatile: Mapping[str, set[str]] = AUDIT_STAMPS) -> Dump:
    """Every row of every table (full-text shadow tables excepted), sorted, without wall-clock columns.

    `volatile` names more columns to leave out, per table ("*" for every table): ids made up on each run.
    """
    connection = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if not row[0].startswith(("sqlite_", "search_index_"))
        ]
        result: Dump = {}
        for table in tables:
            left_out = VOLATILE_COLUMNS | volatile.get(table, set()) | volatile.get("*", set())
            columns = [(row[1], str(row[2]).upper()) for row in connection.execute(f'PRAGMA table_info("{table}")')]
            kept = [name for name, kind in columns if name not in left_out and kind not in ("DATETIME", "TIMESTAMP")]
            if not kept:
                continue
            query = f'SELECT {", ".join(f"{chr(34)}{c}{chr(34)}" for c in kept)} FROM "{table}"'
            result[table] = sorted((tuple(row) for row in connection.execute(query)), key=repr)
        return result
    finally:
        connection.close()


def schema_revision(path: Path) -> str | None:
    connection = sqlite3.connect(path)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    except sqlite3.OperationalError:
        return None
    finally:
        connection.close()


def copy_database(source: Path, target: Path) -> Path:
    """A copy of a closed (checkpointed) SQLite file, made with the backup API as a live copy would be."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target
