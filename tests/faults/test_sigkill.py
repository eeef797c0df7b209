"""A power cut at any moment of a bundle import, a roster import or a migration leaves all of it or none."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from alembic import command
from openpyxl import Workbook
from sqlalchemy import create_engine

from incubator_desktop.core.db import open_database
from incubator_desktop.core.exchange.roster_import import import_roster
from incubator_desktop.core.migrate import alembic_config, head_revision
from incubator_desktop.core.sync.importer import import_bundle
from incubator_desktop.core.sync.vault import vault_for
from incubator_desktop.core.vocab import SiteKind

from ..exchange.builders import CODES, TODAY, messy_sheet
from ..reports.conftest import fill_sensitive_site
from ..sync.conftest import DISTRICT, TOWNSHIP_A, introduce, make_site
from .harness import (
    AUDIT_STAMPS,
    NEW_RECORD_STAMPS,
    Dump,
    copy_database,
    dump,
    integrity,
    kill_points,
    run_in_child,
    schema_revision,
)


def import_into(path: Path, bundle: Path) -> Callable[[], object]:
    def run() -> object:
        db = open_database(str(path))
        try:
            return import_bundle(db, vault_for(db.url), bundle).status
        finally:
            db.close()

    return run


def test_a_bundle_import_killed_anywhere_is_all_or_nothing(tmp_path: Path) -> None:
    """SIGKILL at a spread of statements and moments of an import: intact file, all or nothing, re-run completes."""
    township = make_site(tmp_path / "a", SiteKind.TOWNSHIP, TOWNSHIP_A, "托克扎克镇孵化基地")
    district = make_site(tmp_path / "district", SiteKind.DISTRICT, DISTRICT, "疏附县民政局")
    introduce(district, township)
    with township.db.transaction() as session:
        fill_sensitive_site(session)
    bundle = Path(township.export(tmp_path / "usb").path)
    district.db.close()
    assert district.path is not None
    before = dump(district.path)

    reference = copy_database(district.path, tmp_path / "reference" / "incubator.db")
    points, duration = measure(import_into, reference, bundle)
    after = dump(reference)
    assert len(after["organizations"]) == 3 and after != before
    Scenario(district.path, import_into, bundle, before, after).kill_everywhere(
        tmp_path, points=points, duration=duration
    )


@dataclass(frozen=True)
class Scenario:
    """An operation on a copy of `pristine`, and the two states a kill may leave: `before` or `after`."""

    pristine: Path
    make: Callable[[Path, Path], Callable[[], object]]
    arg: Path
    before: Dump
    after: Dump
    volatile: dict[str, set[str]] = field(default_factory=lambda: AUDIT_STAMPS)

    def dump(self, path: Path) -> Dump:
        return dump(path, volatile=self.volatile)

    def run_clean(self, folder: Path) -> Path:
        path = copy_database(self.pristine, folder / "incubator.db")
        outcome = run_in_child(self.make(path, self.arg), folder)
        assert (outcome.killed, outcome.status) == (False, 0)
        return path

    def run_killed(self, folder: Path, **kill: float) -> bool:
        """Kill a run on a fresh copy; the file must be intact and hold before or after; the re-run must finish."""
        path = copy_database(self.pristine, folder / "incubator.db")
        outcome = run_in_child(self.make(path, self.arg), folder, **kill)  # type: ignore[arg-type]
        assert outcome.killed or "kill_after" in kill, outcome
        assert integrity(path) == "ok"
        left = self.dump(path)
        assert left in (self.before, self.after), f"half an operation after a kill at {kill}"
        rerun = run_in_child(self.make(path, self.arg), folder)
        assert (rerun.killed, rerun.status) == (False, 0)
        assert integrity(path) == "ok"
        if left == self.before:
            assert self.dump(path) == self.after
        else:  # it had finished: running it again changes no record, though the audit log notes the second run
            assert without_audit(self.dump(path)) == without_audit(self.after)
        return outcome.killed

    def kill_everywhere(self, folder: Path, *, points: int, duration: float) -> None:
        """Kill at a spread of database steps, then at moments through the run (which land inside SQLite too)."""
        # Two clean runs agree, so the dump leaves out exactly what differs from run to run and nothing more.
        assert self.dump(self.run_clean(folder / "again")) == self.after
        for case, point in enumerate(kill_points(points, count=9, seed=points)):
            self.run_killed(folder / f"step-{case}", kill_at=point)
        timed = [
            self.run_killed(folder / f"time-{case}", kill_after=duration * fraction)
            for case, fraction in enumerate((0.25, 0.5, 0.8))
        ]
        assert any(timed), "no timed kill landed before the operation finished"


def without_audit(state: Dump) -> Dump:
    return {table: rows for table, rows in state.items() if table != "audit_entries"}


def measure(make: Callable[[Path, Path], Callable[[], object]], path: Path, arg: Path) -> tuple[int, float]:
    """Run once unharmed on `path`: how many database steps it takes, and how long."""
    started = time.monotonic()
    full = run_in_child(make(path, arg), path.parent)
    assert (full.killed, full.status) == (False, 0)
    return full.points, time.monotonic() - started


def roster_into(path: Path, roster: Path) -> Callable[[], object]:
    def run() -> object:
        db = open_database(str(path))
        try:
            with db.transaction() as session:
                return import_roster(session, roster, dry_run=False, today=TODAY).created
        finally:
            db.close()

    return run


def test_a_roster_import_killed_anywhere_is_all_or_nothing(tmp_path: Path) -> None:
    """SIGKILL during a roster import: the file stays intact, holds every row or none, and the re-run imports."""
    township = make_site(tmp_path / "a", SiteKind.TOWNSHIP, TOWNSHIP_A, "托克扎克镇孵化基地")
    township.db.close()
    assert township.path is not None
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    messy_sheet(sheet, CODES)  # type: ignore[arg-type]
    for number in range(20, 80):
        sheet.append([number, f"第{number}号志愿服务队", "公益慈善类", f"{number % 7}号社区", "王五"])
    roster = tmp_path / "名册.xlsx"
    workbook.save(roster)
    before = dump(township.path, volatile=NEW_RECORD_STAMPS)

    reference = copy_database(township.path, tmp_path / "reference" / "incubator.db")
    points, duration = measure(roster_into, reference, roster)
    after = dump(reference, volatile=NEW_RECORD_STAMPS)
    assert len(after["organizations"]) == 64
    scenario = Scenario(township.path, roster_into, roster, before, after, NEW_RECORD_STAMPS)
    scenario.kill_everywhere(tmp_path, points=points, duration=duration)


def migrate(path: Path, _unused: Path) -> Callable[[], object]:
    def run() -> object:
        open_database(str(path)).close()
        return None

    return run


def old_database(path: Path) -> Path:
    """A database at the first schema with a village and two hundred organizations in it."""
    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        stamp = "'653121103', 'd', '1', 0, '2026-01-01', '2026-01-01'"
        connection.exec_driver_sql(
            "INSERT INTO communities (id, origin_site, device_id, hlc, deleted, created_at, updated_at, name,"
            f" is_village) VALUES ('c1', {stamp}, '团结村', 1)"
        )
        for number in range(200):
            connection.exec_driver_sql(
                "INSERT INTO organizations (id, origin_site, device_id, hlc, deleted, created_at, updated_at, name,"
                " category, service_areas, stage, community_id, leader_phone)"
                f" VALUES ('o{number}', {stamp}, '第{number}号服务队', '公益慈善类', '[]', '入驻', 'c1', '13912345678')"
            )
    engine.dispose()
    return path


def test_a_migration_killed_anywhere_is_all_or_nothing(tmp_path: Path) -> None:
    """SIGKILL during a schema upgrade: the file is intact at the old schema or the new, never between."""
    pristine = old_database(tmp_path / "old.db")
    before = dump(pristine)
    reference = copy_database(pristine, tmp_path / "reference" / "incubator.db")
    points, duration = measure(migrate, reference, reference)
    assert schema_revision(reference) == head_revision()
    after = dump(reference)
    assert after["organizations"] == before["organizations"]
    Scenario(pristine, migrate, pristine, before, after).kill_everywhere(tmp_path, points=points, duration=duration)
