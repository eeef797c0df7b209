"""Database health: a fast `quick_check` on open and a full `integrity_check` once a week, remembered on disk."""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from incubator_desktop.core.backups import backup_folder

FULL_CHECK_EVERY = timedelta(days=7)
STATE_FILE = "health.json"
OK, CORRUPT = "ok", "db_corrupt"


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
        rows = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}").fetchall()]
        if rows == ["ok"] and full:
            broken = connection.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                rows = [f"{len(broken)} broken link(s) between records, first in table {broken[0][0]}"]
    except sqlite3.DatabaseError as exc:  # "file is not a database", "database disk image is malformed", ...
        return HealthReport(CORRUPT, str(exc), full)
    finally:
        connection.close()
    if rows == ["ok"]:
        return HealthReport(OK, full=full)
    return HealthReport(CORRUPT, "; ".join(rows[:5])[:500], full)


def quick_check(path: Path) -> HealthReport:
    """SQLite's `quick_check` of the file at `path` (seconds at most): run before the program opens it."""
    return _run_check(path, "quick_check")


def integrity_check(path: Path) -> HealthReport:
    """The full `integrity_check` (indexes included) plus `foreign_key_check`; slower, run weekly or on request."""
    return _run_check(path, "integrity_check")


def _state_path(db_path: Path) -> Path:
    return backup_folder(db_path) / f"{db_path.stem}-{STATE_FILE}"


def last_full_check(db_path: Path) -> datetime | None:
    """When the full check last ran on this database (kept in a small JSON file beside its backups)."""
    try:
        data = json.loads(_state_path(db_path).read_text(encoding="utf-8"))
        return datetime.fromisoformat(str(data["last_full_check"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def full_check_due(db_path: Path, *, now: datetime | None = None) -> bool:
    last = last_full_check(db_path)
    moment = now or datetime.now()
    # A last run "in the future" means the clock moved: run it again rather than trusting it.
    return last is None or last > moment or moment - last >= FULL_CHECK_EVERY


def run_full_check(db_path: Path, *, now: datetime | None = None) -> HealthReport:
    """Run the full check now and remember when; the time is only recorded when the database is healthy."""
    report = integrity_check(db_path)
    if report.ok and db_path.is_file():
        state = _state_path(db_path)
        state.parent.mkdir(parents=True, exist_ok=True)
        moment = (now or datetime.now()).isoformat(timespec="seconds")
        temp = state.with_name(state.name + ".tmp")
        temp.write_text(json.dumps({"last_full_check": moment, "result": report.code}), encoding="utf-8")
        os.replace(temp, state)
    return report


def weekly_check(db_path: Path, *, now: datetime | None = None) -> HealthReport | None:
    """The full check if a week has passed since the last one; None when it is not due yet."""
    if not full_check_due(db_path, now=now):
        return None
    return run_full_check(db_path, now=now)
