"""Automatic backups in the client: the settings section lists and restores them; the timer and closing back up."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from incubator_desktop.core import health
from incubator_desktop.core import models as m
from incubator_desktop.core.backups import backup_before, list_backups
from incubator_desktop.core.db import Database
from incubator_desktop.core.paths import sqlite_path
from incubator_desktop.core.services.records import create_record
from incubator_desktop.ui.settings.auto_backups import AutomaticBackupsSection
from incubator_desktop.ui.widgets.auto_backup import AutoBackup
from incubator_desktop.ui.widgets.change_bus import ALL_SCOPES
from incubator_desktop.ui.widgets.context import AppContext


def add_org(db: Database, name: str) -> None:
    with db.transaction() as session:
        create_record(session, m.Organization, {"name": name, "category": "文体活动类", "stage": "入驻"})


def org_names(db: Database) -> set[str]:
    with db.reading() as session:
        return set(session.scalars(select(m.Organization.name)))


def folder_of(db: Database) -> Path:
    path = sqlite_path(db.url)
    assert path is not None
    return path.parent / "backups"


@pytest.fixture
def section(
    qtbot: QtBot, zh_cn: None, site_db: Database, make_context: Callable[[Database], AppContext]
) -> AutomaticBackupsSection:
    widget = AutomaticBackupsSection(make_context(site_db))
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    return widget


def test_section_shows_the_folder_and_the_kept_backups(section: AutomaticBackupsSection, site_db: Database) -> None:
    """The automatic folder is shown; each kept backup is listed with its reason, and they are counted."""
    assert str(folder_of(site_db)) in section.folder_label.text()
    assert "还没有自动备份" in section.count_label.text()
    backup_before(site_db, "import")
    backup_before(site_db, "close")
    section.refresh()
    assert section.backup_list.count() == 2
    assert "共保留 2 份备份" in section.count_label.text()
    assert "关闭程序时" in section.backup_list.item(0).text()
    assert "导入同步包之前" in section.backup_list.item(1).text()
    assert not section.restore_button.isEnabled()
    section.backup_list.setCurrentRow(1)
    assert section.restore_button.isEnabled()


def test_restore_selected_after_confirmation(
    qtbot: QtBot, section: AutomaticBackupsSection, site_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Confirmed, the selected backup replaces the records; the state before is backed up; every view refreshes."""
    add_org(site_db, "团结村舞蹈队")
    backup_before(site_db, "periodic")
    add_org(site_db, "备份之后才有的队伍")
    section.refresh()
    section.backup_list.setCurrentRow(0)
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    scopes: list[str] = []
    section._context.bus.data_changed.connect(scopes.append)
    section.restore_button.click()
    qtbot.waitUntil(lambda: section.last_result is not None, timeout=20000)
    assert asked and "另存一份备份" in asked[0]
    assert org_names(site_db) == {"团结村舞蹈队"}
    assert scopes == [ALL_SCOPES]
    assert section.message.text().startswith("已恢复。")
    reasons = [b.reason for b in list_backups(folder_of(site_db), "t")]
    assert reasons.count("restore") == 1
    assert section.backup_list.count() == 2


def test_declined_restore_changes_nothing(
    section: AutomaticBackupsSection, site_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Answering "No" to the confirmation leaves every record and makes no backup."""
    backup_before(site_db, "periodic")
    add_org(site_db, "不该消失的队伍")
    section.refresh()
    section.backup_list.setCurrentRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.No)
    section.restore_button.click()
    assert not section.is_busy()
    assert "不该消失的队伍" in org_names(site_db)
    assert len(list_backups(folder_of(site_db), "t")) == 1


def test_a_foreign_file_is_refused_with_a_sentence(
    qtbot: QtBot, section: AutomaticBackupsSection, site_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Restoring from a file that is not this program's database says so in Chinese and changes nothing."""
    add_org(site_db, "不该消失的队伍")
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE notes (x)")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(foreign), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    section.file_button.click()
    qtbot.waitUntil(lambda: not section.is_busy(), timeout=20000)
    assert "不是本程序生成的备份" in section.message.text()
    assert "不该消失的队伍" in org_names(site_db)


def test_timer_backs_up_only_after_work(
    qtbot: QtBot, site_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """A tick with no change since the last backup copies nothing; after a change it makes a "periodic" backup."""
    context = make_context(site_db)
    auto = AutoBackup(context, interval_ms=60_000)
    auto.tick()
    assert not folder_of(site_db).exists()
    add_org(site_db, "团结村舞蹈队")
    context.bus.notify("organizations")
    assert auto.pending
    with qtbot.waitSignal(auto.made, timeout=20000) as made:
        auto.tick()
    path = made.args[0]
    assert path.name.endswith("-periodic.db") and not auto.pending
    with sqlite3.connect(path) as copy:
        assert copy.execute("SELECT name FROM organizations").fetchone()[0] == "团结村舞蹈队"
    assert auto.on_close() == path  # nothing changed since: that backup serves, no second copy
    assert not auto.timer.isActive()
    assert len(list(folder_of(site_db).glob("*.db"))) == 1


def test_closing_backs_up_after_work_since_the_last_backup(
    site_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """Closing after a change (or in a session without any backup yet) makes a checked "close" backup."""
    context = make_context(site_db)
    auto = AutoBackup(context, interval_ms=60_000)
    add_org(site_db, "团结村舞蹈队")
    context.bus.notify("organizations")
    closing = auto.on_close()
    assert closing is not None and closing.name.endswith("-close.db")
    with sqlite3.connect(closing) as copy:
        assert copy.execute("SELECT name FROM organizations").fetchone()[0] == "团结村舞蹈队"
    fresh = AutoBackup(context, interval_ms=60_000)
    again = fresh.on_close()
    assert again is not None and again != closing


def test_weekly_check_runs_when_due(
    qtbot: QtBot, site_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """The full check runs in the background when a week has passed, and not again right after."""
    path = sqlite_path(site_db.url)
    assert path is not None
    auto = AutoBackup(make_context(site_db))
    with qtbot.waitSignal(auto.checked, timeout=20000) as checked:
        auto.check_weekly()
    assert checked.args[0].ok
    last = health.last_full_check(path)
    assert last is not None and datetime.now() - last < timedelta(minutes=5)
    assert not health.full_check_due(path)
