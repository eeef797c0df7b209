"""A full or failing disk at any write of an import rolls it back whole, says so plainly, and the retry works."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import Engine, event

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database, open_database
from incubator_desktop.core.exchange.roster_import import import_roster
from incubator_desktop.core.messages import describe
from incubator_desktop.core.migrate import head_revision
from incubator_desktop.core.services.records import create_record
from incubator_desktop.core.storage import StorageFailed, storage_failure
from incubator_desktop.core.vocab import SiteKind

from ..exchange.builders import CODES, TODAY, messy_sheet
from ..reports.conftest import fill_sensitive_site
from ..sync.conftest import DISTRICT, TOWNSHIP_A, SiteHandle, introduce, make_site
from .counts import tally
from .harness import AUDIT_STAMPS, NEW_RECORD_STAMPS, copy_database, dump, schema_revision
from .test_sigkill import old_database

PLAIN = {"disk_full": "磁盘空间已满", "disk_io_error": "读写磁盘时出错"}


def compact(db: Database, path: Path) -> None:
    """No free pages left inside the file, so any new row must grow it (and so meet the page limit)."""
    db.engine.dispose()
    connection = sqlite3.connect(path)
    connection.execute("VACUUM")
    connection.close()


@contextmanager
def page_limit(db: Database, extra_pages: int) -> Iterator[None]:
    """Every connection may grow the file by `extra_pages` pages only: SQLite then fails with SQLITE_FULL."""
    db.engine.dispose()

    def cap(connection: sqlite3.Connection, _record: Any) -> None:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages + extra_pages}")

    event.listen(db.engine, "connect", cap)
    try:
        yield
    finally:
        event.remove(db.engine, "connect", cap)
        db.engine.dispose()


@contextmanager
def failing_statement(db: Database, number: int) -> Iterator[list[int]]:
    """The driver reports "disk I/O error" on the `number`-th statement; yields the running count."""
    seen = [0]

    def execute(cursor: Any, statement: str, parameters: Any, context: Any) -> None:
        seen[0] += 1
        if seen[0] == number:
            raise sqlite3.OperationalError("disk I/O error")

    names = ("do_execute", "do_executemany", "do_execute_no_params")
    for name in names:
        event.listen(db.engine, name, execute)
    try:
        yield seen
    finally:
        for name in names:
            event.remove(db.engine, name, execute)


def expect_clean_failure(db_path: Path, run: Callable[[], object], before: object, volatile: Any, code: str) -> None:
    """`run` fails with `code`, the sentence for it is the plain one, and not a row of the file changed."""
    with pytest.raises(StorageFailed) as failed:
        run()
    assert failed.value.code == code
    assert PLAIN[code] in describe(code)
    assert dump(db_path, volatile=volatile) == before
    tally("disk_fault")


def fill_the_disk(
    db: Database, path: Path, run: Callable[[], object], before: object, volatile: Any
) -> tuple[int, object]:
    """Allow 0, 1, 2, ... more pages until `run` fits; every smaller room fails whole and plainly."""
    extra = 0
    while True:
        with page_limit(db, extra):
            try:
                return extra, run()
            except StorageFailed as failed:
                assert failed.code == "disk_full" and PLAIN["disk_full"] in describe(failed.code)
                assert dump(path, volatile=volatile) == before
                tally("disk_fault")
                extra += 1


def district_with_bundle(tmp_path: Path) -> tuple[SiteHandle, Path]:
    township = make_site(tmp_path / "a", SiteKind.TOWNSHIP, TOWNSHIP_A, "托克扎克镇孵化基地")
    district = make_site(tmp_path / "district", SiteKind.DISTRICT, DISTRICT, "疏附县民政局")
    introduce(district, township)
    with township.db.transaction() as session:
        fill_sensitive_site(session)
        for number in range(60):  # enough rows that they cannot all fit in the pages the file already has
            create_record(
                session,
                m.Organization,
                {"name": f"第{number}号服务队", "category": "公益慈善类", "stage": "入驻", "description": "服务" * 40},
                today=TODAY,
            )
    bundle = Path(township.export(tmp_path / "usb").path)
    township.db.close()
    return district, bundle


def test_a_bundle_import_on_a_full_disk_changes_nothing_until_there_is_room(tmp_path: Path) -> None:
    """With room for 0, 1, 2, ... more pages, the import fails whole with "disk full" until it fits, then applies."""
    district, bundle = district_with_bundle(tmp_path)
    assert district.path is not None
    compact(district.db, district.path)
    before = dump(district.path)
    extra, result = fill_the_disk(district.db, district.path, lambda: district.import_(bundle), before, AUDIT_STAMPS)
    assert extra >= 3, "the first limits must already be too small for the import"
    assert result.status == "applied"  # type: ignore[attr-defined]
    assert dump(district.path) != before


def test_a_bundle_import_with_an_io_error_at_any_statement_rolls_back_and_retries(tmp_path: Path) -> None:
    """A disk I/O error at statement 1, 2, ... N of the import: refused whole each time; then it applies."""
    district, bundle = district_with_bundle(tmp_path)
    assert district.path is not None
    before = dump(district.path)
    with failing_statement(district.db, 0) as seen:
        district.import_(bundle, dry_run=True)
    total = seen[0] * 2  # the real import runs the dry run's checks and then writes
    failures = 0
    for number in range(1, total + 1):
        with failing_statement(district.db, number) as seen:
            try:
                district.import_(bundle)
            except StorageFailed as failed:
                assert failed.code == "disk_io_error"
                assert dump(district.path) == before
                failures += 1
                tally("disk_fault")
                continue
        assert seen[0] < number, "an import that ran into the error must not succeed"
        break
    assert failures >= 10
    assert district.import_(bundle).status == "applied"
    assert dump(district.path) != before


def roster_file(tmp_path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    messy_sheet(sheet, CODES)  # type: ignore[arg-type]
    for number in range(20, 60):
        sheet.append([number, f"第{number}号志愿服务队", "公益慈善类", f"{number % 7}号社区", "王五"])
    path = tmp_path / "名册.xlsx"
    workbook.save(path)
    return path


def roster_run(tmp_path: Path) -> tuple[SiteHandle, Path, Callable[[], Any], object]:
    """A compacted township, the roster, the import to run, and the file's rows before it."""
    township = make_site(tmp_path / "a", SiteKind.TOWNSHIP, TOWNSHIP_A, "托克扎克镇孵化基地")
    assert township.path is not None
    roster = roster_file(tmp_path)
    compact(township.db, township.path)

    def run() -> Any:
        with township.db.transaction() as session:
            return import_roster(session, roster, dry_run=False, today=TODAY)

    return township, township.path, run, dump(township.path, volatile=NEW_RECORD_STAMPS)


def test_a_roster_import_on_a_full_disk_changes_nothing_until_there_is_room(tmp_path: Path) -> None:
    """With room for 0, 1, 2, ... more pages the roster import fails whole with "disk full", until it fits."""
    township, path, run, before = roster_run(tmp_path)
    extra, summary = fill_the_disk(township.db, path, run, before, NEW_RECORD_STAMPS)
    assert extra >= 2
    assert summary.created == 44  # type: ignore[attr-defined]


def test_a_roster_import_with_an_io_error_at_any_statement_rolls_back_and_retries(tmp_path: Path) -> None:
    """A disk I/O error at each statement of a roster import: nothing saved, a plain sentence; the retry works."""
    township, path, run, before = roster_run(tmp_path)
    with failing_statement(township.db, 0) as seen, township.db.transaction() as session:
        import_roster(session, path.parent.parent / "名册.xlsx", dry_run=True, today=TODAY)
    assert seen[0] >= 5
    for number in range(1, seen[0] + 1):
        with failing_statement(township.db, number):
            expect_clean_failure(path, run, before, NEW_RECORD_STAMPS, "disk_io_error")
    assert run().created == 44
    assert dump(path, volatile=NEW_RECORD_STAMPS) != before


class DriverError(Exception):
    """Stands in for a driver's exception: only the attributes the classification reads."""

    def __init__(self, text: str, **attributes: Any) -> None:
        super().__init__(text)
        self.__dict__.update(attributes)


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (DriverError("whatever", sqlite_errorcode=13), "disk_full"),
        (DriverError("whatever", sqlite_errorcode=10 | (3 << 8)), "disk_io_error"),  # SQLITE_IOERR_WRITE
        (DriverError("database or disk is full"), "disk_full"),
        (DriverError("disk I/O error"), "disk_io_error"),
        (DriverError("could not extend file", sqlstate="53100"), "disk_full"),
        (DriverError("could not write block", sqlstate="58030"), "disk_io_error"),
        (DriverError("UNIQUE constraint failed", sqlite_errorcode=19), None),
        (DriverError("deadlock detected", sqlstate="40P01"), None),
    ],
)
def test_driver_errors_of_a_full_or_failing_disk_are_recognised(error: Exception, code: str | None) -> None:
    """SQLite result codes (extended ones too), SQLite messages and PostgreSQL states; nothing else matches."""
    assert storage_failure(error) == code


def test_a_migration_with_an_io_error_at_any_statement_stays_at_the_old_schema(tmp_path: Path) -> None:
    """An I/O error at a spread of an upgrade's statements: the file stays at the old schema, rows intact; retry."""
    pristine = old_database(tmp_path / "old.db")
    before = dump(pristine)
    seen = [0]

    def count(*_args: Any) -> None:
        seen[0] += 1

    for name in ("do_execute", "do_executemany", "do_execute_no_params"):
        event.listen(Engine, name, count)
    try:
        open_database(str(copy_database(pristine, tmp_path / "probe" / "incubator.db"))).close()
    finally:
        for name in ("do_execute", "do_executemany", "do_execute_no_params"):
            event.remove(Engine, name, count)
    total = seen[0]
    assert total > 50
    reference = copy_database(pristine, tmp_path / "reference" / "incubator.db")
    open_database(str(reference)).close()
    after = dump(reference)
    rolled_back = 0
    for number in sorted({1, 2, 3, total // 4, total // 2, 3 * total // 4, total - 2, total - 1}):
        path = copy_database(pristine, tmp_path / f"case-{number}" / "incubator.db")
        seen[0] = 0

        def fail(*_args: Any, at: int = number) -> None:
            seen[0] += 1
            if seen[0] == at:
                raise sqlite3.OperationalError("disk I/O error")

        for name in ("do_execute", "do_executemany", "do_execute_no_params"):
            event.listen(Engine, name, fail)
        try:
            with pytest.raises(StorageFailed) as failed:
                open_database(str(path)).close()
        finally:
            for name in ("do_execute", "do_executemany", "do_execute_no_params"):
                event.remove(Engine, name, fail)
        assert failed.value.code == "disk_io_error" and PLAIN["disk_io_error"] in describe(failed.value.code)
        # Before the commit: the old schema, every row as it was. After it (the checks that follow): the new.
        state = dump(path)
        assert state in (before, after), f"a schema between two versions after an error at statement {number}"
        rolled_back += state == before
        tally("disk_fault")
        open_database(str(path)).close()
        assert schema_revision(path) == head_revision() and dump(path) == after
    assert rolled_back >= 5
