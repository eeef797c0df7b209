"""Database health: `quick_check` on open, a full `integrity_check` once a week, and clean closes, kept on disk."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from incubator_desktop.core.backups import backup_folder, check_verdict

FULL_CHECK_EVERY = timedelta(days=7)
STATE_FILE = "health.json"
OK, CORRUPT = "ok", "db_corrupt"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HealthReport:
    """The verdict on one database file: `code` is "ok" or "db_corrupt"; `detail` is SQLite's own words."""

    code: str
    detail: str = ""
    full: bool = False

    @property
    def ok(self) -> bool:
        return self.code == OK


def _run_check(path: Path, pragma: str) -> HealthReport:
    full = pragma.startswith("integrity")
    if not path.is_file():
        return HealthReport(OK, full=full)  # nothing there yet: a new database will be made
    try:
        connection = sqlite3.connect(path, timeout=30)
    except sqlite3.Error as exc:
        return HealthReport(CORRUPT, str(exc), full)
    try:
        verdict = check_verdict(connection, pragma)
        if verdict == "ok" and full:
            broken = connection.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                verdict = f"{len(broken)} broken link(s) between records, first in table {broken[0][0]}"
    except sqlite3.DatabaseError as exc:  # "file is not a database", "database disk image is malformed", ...
        return HealthReport(CORRUPT, str(exc), full)
    finally:
        connection.close()
    if verdict == "ok":
        return HealthReport(OK, full=full)
    return HealthReport(CORRUPT, verdict[:500], full)


def quick_check(path: Path) -> HealthReport:
    """SQLite's `quick_check` of the file at `path` (seconds at most): run before the program opens it."""
    return _run_check(path, "quick_check")


def integrity_check(path: Path) -> HealthReport:
    """The full `integrity_check` (indexes included) plus `foreign_key_check`; slower, run weekly or on request."""
    return _run_check(path, "integrity_check")


def _state_path(db_path: Path) -> Path:
    return backup_folder(db_path) / f"{db_path.stem}-{STATE_FILE}"


def _read_state(db_path: Path) -> dict[str, str]:
    try:
        data = json.loads(_state_path(db_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(key): str(value) for key, value in data.items()} if isinstance(data, dict) else {}


def _write_state(db_path: Path, **changes: str | None) -> None:
    """Set (or, with None, drop) keys of the small state file, replacing it whole so it is never half-written.

    The GUI thread, a worker's weekly check and an `incubator check` process may all write it at once: each
    writes its own temporary file, so one never renames away (or overwrites) another's.
    """
    state = _read_state(db_path)
    for key, value in changes.items():
        if value is None:
            state.pop(key, None)
        else:
            state[key] = value
    path = _state_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(json.dumps(state))
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _note(db_path: Path, **changes: str | None) -> None:
    """Write a note about opening or closing; a note that cannot be written is logged, never raised.

    It only decides whether the next start checks before or behind the window: closing must not fail for it.
    """
    try:
        _write_state(db_path, **changes)
    except OSError as exc:
        log.warning("could not note %s in the health file of %s: %s", ", ".join(changes), db_path, exc)


def last_full_check(db_path: Path) -> datetime | None:
    """When the full check last ran on this database (kept in a small JSON file beside its backups)."""
    try:
        return datetime.fromisoformat(_read_state(db_path)["last_full_check"])
    except (KeyError, ValueError):
        return None


def mark_in_use(db_path: Path, *, now: datetime | None = None) -> None:
    """The program opened the database: until `mark_closed`, a crash or power cut shows as an unclean close."""
    _note(db_path, in_use_since=(now or datetime.now()).isoformat(timespec="seconds"))


def mark_closed(db_path: Path, *, now: datetime | None = None) -> None:
    """The program closed the database normally (after its backup on closing)."""
    _note(db_path, in_use_since=None, closed_at=(now or datetime.now()).isoformat(timespec="seconds"))


def closed_cleanly(db_path: Path) -> bool:
    """Whether the last program to use the database closed it normally (never opened before: False).

    Damage comes almost always from a crash or power cut mid-write, so only then is the `quick_check` (seconds on
    a district's gigabyte) worth making the clerk wait for before the window opens; otherwise it runs behind it.
    """
    state = _read_state(db_path)
    return "closed_at" in state and "in_use_since" not in state


def full_check_due(db_path: Path, *, now: datetime | None = None) -> bool:
    last = last_full_check(db_path)
    moment = now or datetime.now()
    # A last run "in the future" means the clock moved: run it again rather than trusting it.
    return last is None or last > moment or moment - last >= FULL_CHECK_EVERY


def run_full_check(db_path: Path, *, now: datetime | None = None) -> HealthReport:
    """Run the full check now and remember when; the time is only recorded when the database is healthy."""
    report = integrity_check(db_path)
    if report.ok and db_path.is_file():
        _write_state(db_path, last_full_check=(now or datetime.now()).isoformat(timespec="seconds"), result=report.code)
    return report


def weekly_check(db_path: Path, *, now: datetime | None = None) -> HealthReport | None:
    """The full check if a week has passed since the last one; None when it is not due yet."""
    if not full_check_due(db_path, now=now):
        return None
    return run_full_check(db_path, now=now)
