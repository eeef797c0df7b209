"""Automatic backups: checked atomic copies, the thinning policy, and the restore drill."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from incubator_desktop.core import backups
from incubator_desktop.core import models as m
from incubator_desktop.core.backups import BackupInfo
from incubator_desktop.core.db import Database, open_database
from incubator_desktop.core.errors import DatabaseRefused
from incubator_desktop.core.migrate import build_sqlite_at, head_revision
from incubator_desktop.core.services.records import create_record, delete_record, update_record
from incubator_desktop.core.services.sites import init_site
from incubator_desktop.core.vocab import SiteKind

from .corruption import corrupt_file

NOW = datetime(2026, 11, 22, 15, 30)


def township_at(path: Path) -> Database:
    db = open_database(str(path))
    with db.transaction() as session:
        init_site(session, role=SiteKind.TOWNSHIP, code="653121103", name="托克扎克镇孵化基地")
    return db


def add_org(db: Database, name: str) -> str:
    with db.transaction() as session:
        return create_record(session, m.Organization, {"name": name, "category": "文体活动类", "stage": "入驻"}).id


def fill(db: Database, count: int) -> None:
    """Enough rows that the file has many data pages to damage."""
    with db.transaction() as session:
        for number in range(count):
            create_record(
                session, m.Organization, {"name": f"第{number}支志愿服务队", "category": "文体活动类", "stage": "入驻"}
            )


def org_names(db: Database) -> dict[str, str]:
    with db.reading() as session:
        return {
            org.id: org.name for org in session.scalars(select(m.Organization).where(m.Organization.deleted.is_(False)))
        }


def org_names_in_file(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT name FROM organizations WHERE deleted = 0")}
    finally:
        connection.close()


# --- thinning policy ------------------------------------------------------------------------------------


def hourly(days: int, *, reason: str = "periodic") -> list[BackupInfo]:
    """One synthetic backup every hour for `days` days before NOW."""
    return [
        BackupInfo(Path(f"/nowhere/incubator-{hour}-{reason}.db"), NOW - timedelta(hours=hour), reason)
        for hour in range(days * 24)
    ]


def test_thinning_keeps_recent_daily_weekly_and_monthly() -> None:
    """Of 400 days of hourly backups, the policy keeps the newest 10 and the newest of each day, week and month."""
    every = hourly(400)
    deleted = {b.path for b in backups.backups_to_delete(every, NOW)}
    kept = [b for b in every if b.path not in deleted]
    newest_first = sorted(every, key=lambda b: b.taken_at, reverse=True)
    assert all(b.path not in deleted for b in newest_first[: backups.RECENT_KEPT])
    for age in range(1, backups.DAILY_DAYS):  # today is all "recent"; each earlier day keeps its newest only
        day = (NOW - timedelta(days=age)).date()
        of_day = [b for b in newest_first if b.taken_at.date() == day]
        assert [b for b in of_day if b in kept] == of_day[:1], f"{day} should keep exactly its newest backup"
    for months_back in range(backups.MONTHLY_MONTHS):
        year, month = divmod(NOW.year * 12 + NOW.month - 1 - months_back, 12)
        of_month = [b for b in newest_first if (b.taken_at.year, b.taken_at.month) == (year, month + 1)]
        assert of_month and of_month[0] in kept, f"newest of {year}-{month + 1} deleted"
    assert len(kept) <= backups.RECENT_KEPT + backups.DAILY_DAYS + backups.WEEKLY_WEEKS + backups.MONTHLY_MONTHS
    oldest_kept = min(b.taken_at for b in kept)
    assert NOW - oldest_kept < timedelta(days=366)
    assert len(deleted) > 9000
    # Thinning what was kept changes nothing: the policy is stable from one backup to the next.
    assert backups.backups_to_delete(kept, NOW) == []


def test_thinning_never_deletes_manual_or_future_backups() -> None:
    """Backups made by hand, and any dated after "now" (a wrong clock), are never thinned."""
    manual = hourly(60, reason="manual")
    future = [BackupInfo(Path("/nowhere/future-close.db"), NOW + timedelta(days=30), "close")]
    automatic = hourly(60)
    deleted = backups.backups_to_delete(manual + future + automatic, NOW)
    assert deleted, "the automatic ones must be thinned"
    assert all(b.reason == "periodic" for b in deleted)


def test_a_few_backups_are_all_kept() -> None:
    """Fewer than ten backups are never thinned, however old they are."""
    few = [BackupInfo(Path(f"/nowhere/{n}-close.db"), NOW - timedelta(days=500 * n), "close") for n in range(5)]
    assert backups.backups_to_delete(few, NOW) == []


def test_a_space_budget_drops_the_oldest_kept_down_to_the_newest_three() -> None:
    """With gigabyte backups and a 10 GB budget the policy keeps the newest ten at most; however small the
    budget, the newest three stay; manual backups are never counted or dropped."""
    gigabyte = 1024**3
    every = hourly(60) + hourly(2, reason="manual")
    deleted = {b.path for b in backups.backups_to_delete(every, NOW, budget=10 * gigabyte, size_of=lambda _: gigabyte)}
    kept = sorted((b for b in every if b.path not in deleted and b.automatic), key=lambda b: b.order, reverse=True)
    assert len(kept) == 10
    newest = sorted((b for b in every if b.automatic), key=lambda b: b.order, reverse=True)
    assert kept == newest[:10]
    assert all(b.path not in deleted for b in every if not b.automatic)
    tiny = backups.backups_to_delete(every, NOW, budget=1, size_of=lambda _: gigabyte)
    left = [b for b in newest if b not in tiny]
    assert left == newest[: backups.MIN_KEPT]


def test_thin_folder_keeps_automatic_backups_within_the_space_budget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On disk, thinning deletes the oldest kept backups until the automatic ones fit the budget."""
    monkeypatch.setattr(backups, "BUDGET_BYTES", 5 * 1000)
    for info in hourly(2):
        (tmp_path / f"incubator-{info.taken_at:%Y%m%d-%H%M%S}-import.db").write_bytes(b"x" * 1000)
    backups.thin_folder(tmp_path, "incubator", now=NOW)
    remaining = backups.list_backups(tmp_path, "incubator")
    assert len(remaining) == 5
    assert sum(b.size for b in remaining) <= 5 * 1000


def test_thin_folder_deletes_files_on_disk(tmp_path: Path) -> None:
    """thin_folder removes the files the policy drops, keeps the others, and clears stale temp files."""
    for info in hourly(30):
        name = f"incubator-{info.taken_at:%Y%m%d-%H%M%S}-periodic.db"
        (tmp_path / name).write_bytes(b"x")
    stale = tmp_path / ".incubator-20200101-000000-close.db.123.tmp"
    stale.write_bytes(b"half")
    os.utime(stale, (0, 0))
    (tmp_path / "other-20261122-000000-periodic.db").write_bytes(b"another database's backup")
    deleted = backups.thin_folder(tmp_path, "incubator", now=NOW)
    remaining = backups.list_backups(tmp_path, "incubator")
    assert deleted and all(not path.exists() for path in deleted)
    assert len(remaining) == 30 * 24 - len(deleted)
    assert backups.backups_to_delete(remaining, NOW) == []
    assert not stale.exists()
    assert (tmp_path / "other-20261122-000000-periodic.db").exists()


def test_names_are_parsed_including_older_ones(tmp_path: Path) -> None:
    """New names carry time and reason; names from before (by hand, before a migration) are still listed."""
    for name in (
        "incubator-20261122-101010-import.db",
        "incubator-20261122-101010-2-restore.db",
        "incubator-0003-20261001-080000.db",
        "incubator-20260901-080000.db",
        "incubator-test-20261122-101010-close.db",
    ):
        (tmp_path / name).write_bytes(b"")
    listed = backups.list_backups(tmp_path, "incubator")
    assert [(b.taken_at, b.reason) for b in listed] == [
        (datetime(2026, 11, 22, 10, 10, 10), "restore"),
        (datetime(2026, 11, 22, 10, 10, 10), "import"),
        (datetime(2026, 10, 1, 8), "migration"),
        (datetime(2026, 9, 1, 8), "manual"),
    ]
    assert [b.automatic for b in listed] == [True, True, True, False]


# --- making backups ---------------------------------------------------------------------------------------


def test_backup_is_a_checked_self_contained_copy(db_path: Path) -> None:
    """backup_now copies the live database (WAL included) into one dated file that passes quick_check."""
    db = township_at(db_path)
    add_org(db, "团结村舞蹈队")
    made = backups.backup_now(db_path, backups.backup_folder(db_path), reason="periodic", now=NOW)
    again = backups.backup_now(db_path, backups.backup_folder(db_path), reason="periodic", now=NOW)
    third = backups.backup_now(db_path, backups.backup_folder(db_path), reason="close", now=NOW)
    db.close()
    # Within one second, whatever the reason, a later backup is numbered and so listed before the earlier ones.
    assert third.name == "incubator-20261122-153000-3-close.db"
    assert [b.path for b in backups.list_backups(made.parent, "incubator")] == [third, again, made]
    assert made.name == "incubator-20261122-153000-periodic.db"
    assert again.name == "incubator-20261122-153000-2-periodic.db"
    copy = sqlite3.connect(made)
    assert copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    copy.close()
    assert org_names_in_file(made) == {"团结村舞蹈队"}
    assert not Path(f"{made}-wal").exists()
    assert backups.check_backup(made).revision == head_revision()


def test_a_copy_failing_its_check_leaves_no_file(db_path: Path) -> None:
    """Backing up a damaged database fails with backup_failed and leaves neither a backup nor a temp file."""
    db = township_at(db_path)
    fill(db, 300)
    db.close()
    corrupt_file(db_path)
    folder = backups.backup_folder(db_path)
    with pytest.raises(DatabaseRefused) as refused:
        backups.backup_now(db_path, folder, reason="close")
    assert refused.value.code == "backup_failed"
    assert list(folder.iterdir()) == []


def test_an_interrupted_backup_leaves_no_file(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """If the final rename fails (disk full, stick pulled), nothing is left under the final or a temp name."""
    township_at(db_path).close()

    def no_space(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups.os, "replace", no_space)
    folder = backups.backup_folder(db_path)
    with pytest.raises(OSError):
        backups.backup_now(db_path, folder, reason="close")
    assert list(folder.iterdir()) == []


def test_backup_before_thins_and_skips_in_memory(db_path: Path) -> None:
    """backup_before makes a backup beside the database and returns None for an in-memory database."""
    db = township_at(db_path)
    made = backups.backup_before(db, "import")
    db.close()
    assert made is not None and made.parent == db_path.parent / "backups" and made.name.endswith("-import.db")
    memory = open_database("sqlite://")
    try:
        assert backups.backup_before(memory, "import") is None
    finally:
        memory.close()


# --- restoring ----------------------------------------------------------------------------------------------


def test_restore_drill_brings_back_exactly_the_backed_up_state(db_path: Path) -> None:
    """Make records, back up, change and delete them, restore: everything is as at backup time, and the
    state just before the restore was itself backed up first."""
    db = township_at(db_path)
    kept_id = add_org(db, "团结村舞蹈队")
    deleted_id = add_org(db, "幸福社区夕阳红志愿服务队")
    at_backup = org_names(db)
    backup = backups.backup_before(db, "periodic")
    assert backup is not None
    with db.transaction() as session:
        update_record(session, m.Organization, kept_id, {"name": "改过名的舞蹈队"})
        delete_record(session, m.Organization, deleted_id)
    add_org(db, "备份之后才有的队伍")
    after_changes = org_names(db)
    db.close()

    result = backups.restore_backup(db_path, backup)

    assert result.revision == head_revision() and not result.damaged_set_aside
    assert result.previous is not None and result.previous.name.endswith("-restore.db")
    assert org_names_in_file(result.previous) == set(after_changes.values())
    reopened = open_database(str(db_path))
    try:
        assert org_names(reopened) == at_backup
        with reopened.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA quick_check").scalar() == "ok"
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        reopened.close()


def test_restore_of_an_older_schema_is_upgraded_on_open(db_path: Path, tmp_path: Path) -> None:
    """A backup made before a migration is accepted and brought to the newest schema when next opened."""
    old = tmp_path / "old" / "incubator-0004.db"
    old.parent.mkdir()
    build_sqlite_at(old, "0004")
    township_at(db_path).close()
    result = backups.restore_backup(db_path, old)
    assert result.revision == "0004"
    open_database(str(db_path)).close()
    connection = sqlite3.connect(db_path)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    connection.close()


def _hostile_copy(source: Path, target: Path, *statements: str) -> Path:
    connection = sqlite3.connect(target)
    sqlite3.connect(source).backup(connection)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()
    return target


@pytest.mark.parametrize(
    ("statements", "code"),
    [
        (
            (
                "CREATE TABLE stolen (x)",
                "CREATE TRIGGER spy AFTER INSERT ON organizations BEGIN INSERT INTO stolen VALUES (new.name); END",
            ),
            "backup_not_ours",
        ),
        (("DROP TRIGGER search_organizations_ai",), "backup_not_ours"),
        (("CREATE VIEW peek AS SELECT * FROM organizations",), "backup_not_ours"),
        (("ALTER TABLE organizations ADD COLUMN extra TEXT",), "backup_not_ours"),
        (("DROP TABLE alembic_version",), "backup_not_ours"),
        (("UPDATE alembic_version SET version_num = '9999_future'",), "backup_too_new"),
        (('CREATE TABLE "odd"")" (x)',), "backup_not_ours"),
        (
            (
                "PRAGMA writable_schema=ON",
                "INSERT INTO sqlite_master VALUES ('trigger', 'sqlite_spy', 'organizations', 0, "
                "'CREATE TRIGGER sqlite_spy AFTER INSERT ON organizations BEGIN DELETE FROM organizations; END')",
            ),
            "backup_not_ours",
        ),
    ],
)
def test_restore_refuses_files_that_are_not_this_programs(
    db_path: Path, tmp_path: Path, statements: tuple[str, ...], code: str
) -> None:
    """A database with foreign triggers, views or columns, or an unknown version, is refused; nothing changes."""
    db = township_at(db_path)
    add_org(db, "团结村舞蹈队")
    db.close()
    hostile = _hostile_copy(db_path, tmp_path / "hostile.db", *statements)
    before = db_path.read_bytes()
    with pytest.raises(DatabaseRefused) as refused:
        backups.restore_backup(db_path, hostile)
    assert refused.value.code == code
    assert db_path.read_bytes() == before
    assert not backups.backup_folder(db_path).exists(), "nothing is backed up for a refused restore"


def test_restore_refuses_a_file_that_is_not_sqlite(db_path: Path, tmp_path: Path) -> None:
    """A renamed spreadsheet or a truncated file is refused before anything is touched."""
    township_at(db_path).close()
    fake = tmp_path / "fake.db"
    fake.write_bytes(b"PK\x03\x04 not a database at all")
    with pytest.raises(DatabaseRefused) as refused:
        backups.restore_backup(db_path, fake)
    assert refused.value.code == "backup_not_database"


def test_restore_over_a_damaged_database(db_path: Path) -> None:
    """A damaged database cannot be backed up, so restore refuses, unless told to set the damaged file aside."""
    db = township_at(db_path)
    fill(db, 300)
    good = backups.backup_before(db, "periodic")
    assert good is not None
    db.close()
    corrupt_file(db_path)
    damaged = db_path.read_bytes()
    with pytest.raises(DatabaseRefused) as refused:
        backups.restore_backup(db_path, good)
    assert refused.value.code == "backup_failed"
    assert db_path.read_bytes() == damaged
    result = backups.restore_backup(db_path, good, set_aside_damaged=True)
    assert result.damaged_set_aside and result.previous is not None
    assert result.previous.parent.name == "damaged" and result.previous.read_bytes() == damaged
    assert len(org_names_in_file(db_path)) == 300
    assert backups.newest_good_backup(db_path) is not None


def test_backup_and_thin_backs_up_then_applies_the_policy(db_path: Path) -> None:
    """A new backup lands in the backups folder and automatic ones the policy no longer keeps are deleted."""
    township_at(db_path).close()
    folder = backups.backup_folder(db_path)
    long_ago = datetime.now() - timedelta(days=3 * 365)
    old = [
        backups.backup_now(db_path, folder, reason="periodic", now=long_ago + timedelta(days=day)) for day in range(12)
    ]
    made = backups.backup_and_thin(db_path, "command")
    kept = {info.path for info in backups.list_backups(folder, db_path.stem)}
    assert made in kept and made.name.endswith("-command.db")
    assert len(kept & set(old)) == backups.RECENT_KEPT - 1, "only the newest automatic backups survive"


def test_a_restore_trusts_the_callers_check_of_the_same_unchanged_file(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check newest_good_backup made travels with it: restoring it does not run the full check again."""
    db = township_at(db_path)
    add_org(db, "团结村舞蹈队")
    assert backups.backup_before(db, "periodic") is not None
    db.close()
    found = backups.newest_good_backup(db_path)
    assert found is not None and found.check is not None and found.check.describes(found.path)
    checks: list[Path] = []
    real_check = backups.check_backup
    monkeypatch.setattr(backups, "check_backup", lambda path: checks.append(path) or real_check(path))
    result = backups.restore_backup(db_path, found.path, checked=found.check)
    assert checks == [] and result.revision == head_revision()
    assert set(org_names_in_file(db_path)) == {"团结村舞蹈队"}


def test_a_check_of_a_file_changed_since_is_not_trusted(db_path: Path, tmp_path: Path) -> None:
    """A backup replaced by a foreign file after it was checked is checked again, and refused; nothing changes."""
    db = township_at(db_path)
    add_org(db, "团结村舞蹈队")
    backup = backups.backup_before(db, "periodic")
    assert backup is not None
    db.close()
    checked = backups.check_backup(backup)
    hostile = _hostile_copy(db_path, tmp_path / "hostile.db", "CREATE VIEW spy AS SELECT name FROM organizations")
    os.replace(hostile, backup)
    before = db_path.read_bytes()
    with pytest.raises(DatabaseRefused) as refused:
        backups.restore_backup(db_path, backup, checked=checked)
    assert refused.value.code == "backup_not_ours" and db_path.read_bytes() == before
    with pytest.raises(DatabaseRefused):
        backups.restore_backup(db_path, tmp_path / "other.db", checked=checked)
