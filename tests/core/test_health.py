"""Database health: quick_check on open reports real damage; the full check runs once a week."""

from __future__ import annotations

import json
import logging
import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from incubator_desktop.core import health
from incubator_desktop.core import models as m
from incubator_desktop.core.db import open_database
from incubator_desktop.core.services.records import create_record
from incubator_desktop.core.services.sites import init_site
from incubator_desktop.core.vocab import SiteKind

from .corruption import corrupt_file

NOW = datetime(2026, 11, 22, 9, 0)


def make_filled(path: Path, count: int = 300) -> None:
    db = open_database(str(path))
    with db.transaction() as session:
        init_site(session, role=SiteKind.TOWNSHIP, code="653121103", name="托克扎克镇孵化基地")
        for number in range(count):
            create_record(
                session, m.Organization, {"name": f"第{number}支队伍", "category": "文体活动类", "stage": "入驻"}
            )
    with db.reading() as session:
        assert len(session.scalars(select(m.Organization.id)).all()) == count
    db.close()


def test_healthy_database_passes_both_checks(db_path: Path) -> None:
    """A freshly made database passes quick_check and the full check (integrity and foreign keys)."""
    make_filled(db_path, 20)
    assert health.quick_check(db_path).ok
    full = health.integrity_check(db_path)
    assert full.ok and full.full


def test_damaged_database_is_reported_with_a_code(db_path: Path) -> None:
    """Garbage written over the middle of the data pages is reported as db_corrupt by both checks."""
    make_filled(db_path)
    corrupt_file(db_path)
    quick = health.quick_check(db_path)
    assert not quick.ok and quick.code == health.CORRUPT and quick.detail
    assert health.integrity_check(db_path).code == health.CORRUPT


def test_a_file_that_is_not_a_database_is_reported(db_path: Path) -> None:
    """A database file whose header was overwritten (not SQLite at all any more) is reported, not raised."""
    db_path.write_bytes(b"\x00" * 8192)
    report = health.quick_check(db_path)
    assert report.code == health.CORRUPT


def test_missing_file_is_not_damage(db_path: Path) -> None:
    """No file yet means a new database will be made: that is healthy."""
    assert health.quick_check(db_path).ok


def test_full_check_runs_weekly_and_remembers(db_path: Path) -> None:
    """The full check is due at first, then not for seven days, then due again; the time lives beside backups."""
    make_filled(db_path, 5)
    assert health.full_check_due(db_path, now=NOW)
    first = health.weekly_check(db_path, now=NOW)
    assert first is not None and first.ok
    assert health.last_full_check(db_path) == NOW
    state = json.loads((db_path.parent / "backups" / "incubator-health.json").read_text(encoding="utf-8"))
    assert state["last_full_check"] == NOW.isoformat(timespec="seconds")
    assert health.weekly_check(db_path, now=NOW + timedelta(days=6, hours=23)) is None
    assert health.weekly_check(db_path, now=NOW + timedelta(days=7)) is not None
    assert health.last_full_check(db_path) == NOW + timedelta(days=7)
    # A clock set back before the last run must not postpone the check for ever.
    assert health.full_check_due(db_path, now=NOW - timedelta(days=30))


def test_damage_is_not_recorded_as_a_passed_check(db_path: Path) -> None:
    """A failed full check leaves the check due, so the clerk is told again next time."""
    make_filled(db_path)
    corrupt_file(db_path)
    report = health.weekly_check(db_path, now=NOW)
    assert report is not None and not report.ok
    assert health.full_check_due(db_path, now=NOW + timedelta(minutes=1))


def test_a_clean_close_is_remembered_and_a_crash_is_not(db_path: Path) -> None:
    """Never opened, or still marked in use (a crash or power cut), is no clean close; a normal close is, and the
    marks leave the weekly check's date alone."""
    make_filled(db_path, 5)
    assert not health.closed_cleanly(db_path)
    health.run_full_check(db_path, now=NOW)
    health.mark_in_use(db_path, now=NOW)
    assert not health.closed_cleanly(db_path)
    health.mark_closed(db_path, now=NOW + timedelta(hours=8))
    assert health.closed_cleanly(db_path)
    health.mark_in_use(db_path, now=NOW + timedelta(days=1))  # and then the power goes
    assert not health.closed_cleanly(db_path)
    assert health.last_full_check(db_path) == NOW


def test_two_writers_of_the_health_file_do_not_trip_over_each_other(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A weekly check that writes the file while the window notes it is open: neither fails, nothing is left."""
    make_filled(db_path, 5)
    real_replace = os.replace
    interleaved: list[str] = []

    def replace_after_another_writer(source: str, target: str) -> None:
        if not interleaved:
            interleaved.append(source)
            assert health.run_full_check(db_path, now=NOW).ok  # the worker's write lands in between
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace_after_another_writer)
    health.mark_in_use(db_path, now=NOW)
    monkeypatch.undo()
    assert interleaved and not health.closed_cleanly(db_path)
    assert [path.name for path in db_path.parent.joinpath("backups").iterdir()] == ["incubator-health.json"]


def test_closing_does_not_fail_when_the_health_note_cannot_be_written(
    db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A health file that cannot be written (here its folder is a file) is logged; marking the close still returns."""
    make_filled(db_path, 5)
    db_path.parent.joinpath("backups").write_text("not a folder", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="incubator_desktop.core.health"):
        health.mark_in_use(db_path, now=NOW)
        health.mark_closed(db_path, now=NOW)
    assert len(caplog.records) == 2 and not health.closed_cleanly(db_path)
