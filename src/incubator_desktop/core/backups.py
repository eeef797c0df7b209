"""Automatic backups: checked copies made with SQLite's backup API, thinned over time, and restored safely."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from incubator_desktop.core import durable
from incubator_desktop.core.errors import DatabaseRefused
from incubator_desktop.core.paths import sqlite_path

if TYPE_CHECKING:
    from incubator_desktop.core.db import Database

BACKUP_FOLDER_NAME = "backups"
DAMAGED_FOLDER_NAME = "damaged"
#: Backups a clerk asked for by hand; the thinning never deletes them.
MANUAL = "manual"
#: Why a backup was made; part of its file name, so a clerk can tell them apart.
REASONS = frozenset({"close", "periodic", "import", "roster", "migration", "restore", "command", MANUAL})

RECENT_KEPT = 10
DAILY_DAYS = 14
WEEKLY_WEEKS = 8
MONTHLY_MONTHS = 12
#: Automatic backups may take at most this much disk, and at most half of the space free for them: a
#: district's gigabyte database backed up before every import would otherwise fill the disk within weeks,
#: and a full disk refuses the next import's backup. The newest MIN_KEPT stay whatever their size.
BUDGET_BYTES = 10 * 1024**3
MIN_KEPT = 3

_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<number>\d+))?-(?P<reason>[a-z][a-z0-9_]*)\.db$")
# Backups made before this module existed: "<stem>-<stamp>.db" (by hand) or "<stem>-<revision>-<stamp>.db".
_LEGACY = re.compile(r"^(?P<stem>.+?)(?:-(?P<revision>\d{4}))?-(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.db$")
_TEMP_SUFFIX = ".tmp"
_STALE_TEMP_SECONDS = 3600
_SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class BackupCheck:
    """A backup file that passed `check_backup`: the schema revision it holds, and the file as it was then."""

    path: Path
    revision: str
    #: Size, modification time and file id when checked: a file changed or replaced since is checked again.
    stamp: tuple[int, int, int]

    def describes(self, path: Path) -> bool:
        """Whether this check is about `path` as it is now (same file, unchanged since)."""
        return path.absolute() == self.path.absolute() and _stamp(path) == self.stamp


def _stamp(path: Path) -> tuple[int, int, int]:
    try:
        status = path.stat()
    except OSError:
        return (-1, -1, -1)
    return (status.st_size, status.st_mtime_ns, status.st_ino)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when it was taken, why, and whether the thinning may delete it."""

    path: Path
    taken_at: datetime
    reason: str
    #: 2, 3, ... for further backups made within the same second.
    number: int = 1
    #: Set by `newest_good_backup`: the check it passed, so a restore need not repeat it.
    check: BackupCheck | None = None

    @property
    def order(self) -> tuple[datetime, int, str]:
        return (self.taken_at, self.number, self.path.name)

    @property
    def automatic(self) -> bool:
        return self.reason in REASONS and self.reason != MANUAL

    @property
    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the backup of the state it replaced, and the schema version it brought back."""

    previous: Path | None
    revision: str
    damaged_set_aside: bool


def backup_folder(db_path: Path) -> Path:
    """Where automatic backups of the database at `db_path` are kept: a `backups` folder beside it."""
    return db_path.parent / BACKUP_FOLDER_NAME


def check_verdict(connection: sqlite3.Connection, pragma: str = "quick_check") -> str:
    """SQLite's verdict on an open database: "ok", or its complaints joined into one line."""
    return "; ".join(str(row[0]) for row in connection.execute(f"PRAGMA {pragma}").fetchall())


def copy_checked(source: Path, destination: Path) -> Path:
    """Copy a (possibly live) SQLite database with the backup API, `quick_check` it, then rename it into place.

    The copy is written under a temporary name in the destination folder and only renamed when it passed
    its check, so a failed or interrupted backup never leaves a file under the final name.
    """
    if not source.is_file():
        raise DatabaseRefused("backup_failed", detail=f"no database at {source}")
    destination.parent.mkdir(parents=True, exist_ok=True)
    temp = destination.with_name(f".{destination.name}.{os.getpid()}{_TEMP_SUFFIX}")
    try:
        # The backup API only reads the source; the connection is still read-only so nothing can write to it.
        src = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True, timeout=30)
        try:
            dst = sqlite3.connect(temp)
            try:
                src.backup(dst)
                # A copy of a WAL database is marked WAL too; make it one self-contained file.
                dst.execute("PRAGMA journal_mode=DELETE")
                verdict = check_verdict(dst)
            finally:
                dst.close()
        finally:
            src.close()
        if verdict != "ok":
            raise DatabaseRefused("backup_failed", detail=verdict[:300])
        durable.sync_file(temp)
        os.replace(temp, destination)
        durable.sync_folder(destination.parent)
    except sqlite3.DatabaseError as exc:
        temp.unlink(missing_ok=True)
        raise DatabaseRefused("backup_failed", detail=str(exc)) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return destination


def _free_name(folder: Path, stem: str, stamp: str, reason: str) -> Path:
    """A new name; a second backup within the same second, whatever its reason, is numbered so it sorts after."""
    same_second = [
        info.number
        for path in folder.glob(f"{stem}-{stamp}-*.db")
        if (info := parse_backup_name(path, stem)) is not None and info.taken_at.strftime(_STAMP) == stamp
    ]
    if not same_second:
        return folder / f"{stem}-{stamp}-{reason}.db"
    return folder / f"{stem}-{stamp}-{max(same_second) + 1}-{reason}.db"


def backup_now(db_path: Path, folder: Path, *, reason: str, now: datetime | None = None) -> Path:
    """Make a dated, checked backup of the database at `db_path` in `folder`; returns the new file."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason: {reason}")
    stamp = (now or datetime.now()).strftime(_STAMP)
    folder.mkdir(parents=True, exist_ok=True)
    return copy_checked(db_path, _free_name(folder, db_path.stem, stamp, reason))


def parse_backup_name(path: Path, stem: str) -> BackupInfo | None:
    """The backup a file name describes, if it is a backup of the database called `stem`."""
    match = _NAME.match(path.name)
    if match and match["stem"] == stem:
        number = int(match["number"]) if match["number"] else 1
        return BackupInfo(path, datetime.strptime(match["stamp"], _STAMP), match["reason"], number)
    legacy = _LEGACY.match(path.name)
    if legacy and legacy["stem"] == stem:
        reason = "migration" if legacy["revision"] else MANUAL
        return BackupInfo(path, datetime.strptime(legacy["stamp"], _STAMP), reason)
    return None


def list_backups(folder: Path, stem: str) -> list[BackupInfo]:
    """Every backup of the database called `stem` in `folder`, newest first (not checked; see `newest_good`)."""
    if not folder.is_dir():
        return []
    found = [info for path in folder.glob("*.db") if (info := parse_backup_name(path, stem)) is not None]
    return sorted(found, key=lambda info: info.order, reverse=True)


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def backups_to_delete(
    backups: Sequence[BackupInfo],
    now: datetime,
    *,
    budget: int | None = None,
    size_of: Callable[[BackupInfo], int] = lambda backup: backup.size,
) -> list[BackupInfo]:
    """The thinning policy, as a pure function of the backups' times (and sizes) and the current time.

    Only automatic backups are ever deleted (never those made by hand). Kept are:
    - the newest RECENT_KEPT (10) automatic backups, whatever their age;
    - the newest backup of each calendar day of the last DAILY_DAYS (14) days, today included;
    - the newest backup of each week (Monday to Sunday) of the last WEEKLY_WEEKS (8) weeks;
    - the newest backup of each calendar month of the last MONTHLY_MONTHS (12) months;
    - any backup dated in the future (the clock was wrong; it cannot be placed, so it is not judged).
    Everything else is deleted. Then, with a `budget` (bytes), the oldest of those kept go too while the
    automatic backups kept add up to more than it, down to the newest MIN_KEPT (3).
    """
    automatic = sorted((b for b in backups if b.automatic), key=lambda b: b.order, reverse=True)
    keep = {b.path for b in automatic[:RECENT_KEPT]}
    today, this_week = now.date(), _week_start(now.date())
    this_month = now.year * 12 + now.month
    days: set[date] = set()
    weeks: set[date] = set()
    months: set[int] = set()
    for backup in automatic:  # newest first, so the first backup seen in a bucket is that bucket's newest
        taken = backup.taken_at
        if taken > now:
            keep.add(backup.path)
            continue
        day, week, month = taken.date(), _week_start(taken.date()), taken.year * 12 + taken.month
        if (today - day).days < DAILY_DAYS and day not in days:
            days.add(day)
            keep.add(backup.path)
        if (this_week - week).days // 7 < WEEKLY_WEEKS and week not in weeks:
            weeks.add(week)
            keep.add(backup.path)
        if this_month - month < MONTHLY_MONTHS and month not in months:
            months.add(month)
            keep.add(backup.path)
    doomed = [b for b in automatic if b.path not in keep]
    if budget is not None:
        kept = [b for b in automatic if b.path in keep]  # newest first
        total = sum(size_of(b) for b in kept)
        for backup in reversed(kept[MIN_KEPT:]):
            if total <= budget:
                break
            total -= size_of(backup)
            doomed.append(backup)
    return doomed


def space_budget(folder: Path, backups: Sequence[BackupInfo]) -> int:
    """BUDGET_BYTES, or half of the space the automatic backups could use (what is free plus what they hold)."""
    held = sum(b.size for b in backups if b.automatic)
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return BUDGET_BYTES
    return min(BUDGET_BYTES, (free + held) // 2)


def thin_folder(folder: Path, stem: str, *, now: datetime | None = None) -> list[Path]:
    """Delete the automatic backups the policy (with the space budget) no longer keeps, and temp files a crashed
    backup left behind."""
    moment = now or datetime.now()
    deleted: list[Path] = []
    found = list_backups(folder, stem)
    for backup in backups_to_delete(found, moment, budget=space_budget(folder, found) if found else None):
        backup.path.unlink(missing_ok=True)
        deleted.append(backup.path)
    if folder.is_dir():
        for temp in folder.glob(f".{stem}-*{_TEMP_SUFFIX}"):
            try:
                if time.time() - temp.stat().st_mtime > _STALE_TEMP_SECONDS:
                    temp.unlink(missing_ok=True)
            except OSError:
                pass
    return deleted


def backup_before(db: Database, reason: str) -> Path | None:
    """Back up the open database before a risky change (import, restore, ...) and thin its backups.

    Returns the backup file, or None when there is nothing to copy this way (PostgreSQL, in-memory, or
    no file yet). Raises DatabaseRefused("backup_failed") if the copy cannot be made or fails its check:
    the caller must then not go on with the change.
    """
    path = sqlite_path(db.url)
    if path is None or not path.is_file():
        return None
    return backup_and_thin(path, reason)


def backup_and_thin(path: Path, reason: str) -> Path:
    """Back up the database file at `path` into its backups folder, then thin that folder; returns the backup."""
    folder = backup_folder(path)
    made = backup_now(path, folder, reason=reason)
    thin_folder(folder, path.stem)
    return made


_INTERNAL_TABLES = frozenset({"sqlite_sequence", "sqlite_stat1", "sqlite_stat4"})


def _internal(kind: str, name: str) -> bool:
    """SQLite's own bookkeeping, which differs between files for harmless reasons (never a trigger or view:
    those named "sqlite_..." can only have been written in by hand, and are compared like any other)."""
    return (kind == "table" and name in _INTERNAL_TABLES) or (kind == "index" and name.startswith("sqlite_autoindex_"))


def _schema(connection: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    rows = connection.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    shape: dict[str, tuple[str, str]] = {}
    for kind, name, sql in rows:
        if _internal(str(kind), str(name)):
            continue
        if kind in ("trigger", "view") or (sql or "").upper().startswith("CREATE VIRTUAL"):
            # Code that runs by itself (triggers, views, virtual tables) must be exactly the program's own.
            shape[name] = (kind, " ".join((sql or "").split()))
        elif kind == "table":
            quoted = str(name).replace('"', '""')  # the name comes from the file being checked
            columns = [row[1] for row in connection.execute(f'PRAGMA table_xinfo("{quoted}")')]
            shape[name] = (kind, ",".join(columns))
        else:
            shape[name] = (kind, "")
    return shape


@lru_cache(maxsize=8)
def _reference_schema(revision: str) -> dict[str, tuple[str, str]]:
    """The schema this program itself makes at `revision`: built once in a throwaway database."""
    import tempfile

    from incubator_desktop.core import migrate

    with tempfile.TemporaryDirectory(prefix="incubator-schema-") as folder:
        path = Path(folder) / "reference.db"
        migrate.build_sqlite_at(path, revision)
        connection = sqlite3.connect(path)
        try:
            return _schema(connection)
        finally:
            connection.close()


def check_backup(path: Path) -> BackupCheck:
    """Make sure `path` is an undamaged database of this program; returns the check, with its schema revision.

    Only reads the file (read-only connection): nothing in it is executed. Refuses (DatabaseRefused) a file
    that is not SQLite, fails `quick_check`, has no or an unknown schema version, or whose tables, triggers,
    views or virtual tables differ from the ones this program makes at that version.
    """
    from incubator_desktop.core import migrate

    stamp = _stamp(path)  # before reading: a change while the check runs makes the result stale
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseRefused("backup_unreadable", path=str(path), detail=str(exc)) from exc
    if header != _SQLITE_HEADER:
        raise DatabaseRefused("backup_not_database", path=str(path))
    try:
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DatabaseRefused("backup_unreadable", path=str(path), detail=str(exc)) from exc
    try:
        connection.execute("PRAGMA trusted_schema=OFF")
        verdict = check_verdict(connection)
        if verdict != "ok":
            raise DatabaseRefused("backup_damaged", path=str(path), detail=verdict[:300])
        revision = migrate.sqlite_revision(connection)
        if revision is None:
            raise DatabaseRefused("backup_not_ours", path=str(path))
        if revision not in migrate.known_revisions():
            raise DatabaseRefused("backup_too_new", path=str(path), found=revision)
        found, expected = _schema(connection), _reference_schema(revision)
    except sqlite3.DatabaseError as exc:
        raise DatabaseRefused("backup_damaged", path=str(path), detail=str(exc)) from exc
    finally:
        connection.close()
    if found != expected:
        odd = sorted(name for name in found.keys() | expected.keys() if found.get(name) != expected.get(name))
        raise DatabaseRefused("backup_not_ours", path=str(path), detail=", ".join(odd[:5]))
    return BackupCheck(path, revision, stamp)


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup of `db_path` in its automatic folder that passes `check_backup`, if any."""
    for backup in list_backups(backup_folder(db_path), db_path.stem):
        try:
            check = check_backup(backup.path)
        except DatabaseRefused:
            continue
        return replace(backup, check=check)
    return None


def _set_aside(db_path: Path, folder: Path, now: datetime) -> Path:
    """Move a damaged database (and its journal) out of the way, keeping its bytes for technical help."""
    target_folder = folder / DAMAGED_FOLDER_NAME
    target_folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(target_folder, db_path.stem, now.strftime(_STAMP), "damaged")
    os.replace(db_path, target)
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        os.replace(wal, target.with_name(target.name + "-wal"))
    db_path.with_name(db_path.name + "-shm").unlink(missing_ok=True)
    return target


def _copy_into(backup_file: Path, db_path: Path) -> None:
    src = sqlite3.connect(f"{backup_file.absolute().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(db_path, timeout=30)
        try:
            with contextlib.suppress(sqlite3.OperationalError):
                # Leaving WAL first lets pages of any size be copied in; the next open switches WAL back on.
                dst.execute("PRAGMA journal_mode=DELETE")
            src.backup(dst)
            verdict = check_verdict(dst)
        finally:
            dst.close()
    finally:
        src.close()
    if verdict != "ok":
        raise DatabaseRefused("restore_failed", detail=verdict[:300])


def restore_backup(
    db_path: Path,
    backup_file: Path,
    *,
    now: datetime | None = None,
    set_aside_damaged: bool = False,
    checked: BackupCheck | None = None,
) -> RestoreResult:
    """Replace the database at `db_path` with the contents of `backup_file`, after backing up what is there.

    The backup file is checked first (`check_backup`), unless `checked` is the caller's check of this very file,
    unchanged since (a full `quick_check` of a district's file takes seconds); nothing changes if it is refused.
    The current state is then backed up (reason "restore"); if that copy cannot be made because the database is
    damaged, the restore stops, unless `set_aside_damaged`, when the damaged file is moved to `backups/damaged/`
    instead (only safe while no connection has it open: the caller holds the instance lock and has closed it).
    The data is copied in with the backup API, never as a file copy. Close every connection first.
    """
    moment = now or datetime.now()
    if checked is None or not checked.describes(backup_file):
        checked = check_backup(backup_file)
    revision = checked.revision
    folder = backup_folder(db_path)
    previous: Path | None = None
    set_aside = False
    if db_path.exists():
        try:
            previous = backup_now(db_path, folder, reason="restore", now=moment)
        except DatabaseRefused:
            if not set_aside_damaged:
                raise
            previous, set_aside = _set_aside(db_path, folder, moment), True
    db_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        _copy_into(backup_file, db_path)
    except sqlite3.DatabaseError as exc:
        raise DatabaseRefused("restore_failed", detail=str(exc)) from exc
    return RestoreResult(previous=previous, revision=revision, damaged_set_aside=set_aside)
