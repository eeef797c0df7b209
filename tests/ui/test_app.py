"""The composition root: arguments, refusing a database it must not open, damage on start, one copy per database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from incubator_desktop import app
from incubator_desktop.core import health
from incubator_desktop.core import models as m
from incubator_desktop.core.backups import backup_now, parse_backup_name
from incubator_desktop.core.db import open_database
from incubator_desktop.core.errors import DatabaseRefused
from incubator_desktop.core.instance import InstanceLock
from incubator_desktop.core.services.records import create_record
from incubator_desktop.core.services.sites import init_site
from incubator_desktop.core.vocab import SiteKind
from incubator_desktop.ui.widgets.auto_backup import AutoBackup
from incubator_desktop.ui.widgets.change_bus import ChangeBus
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.corruption_dialog import CorruptionDialog
from incubator_desktop.ui.widgets.settings import AppSettings
from incubator_desktop.ui.widgets.tasks import TaskRunner


def test_newer_database_is_refused_with_a_message(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A database from a newer version gets a Chinese explanation and exit code 3, and is left untouched."""
    path = tmp_path / "newer.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    before = path.read_bytes()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(app, "AppSettings", lambda: AppSettings(_ini(tmp_path)))
    locale = QLocale()
    try:
        assert app.main(["--db", str(path), "--lang", "zh_CN"]) == app.EXIT_REFUSED
    finally:
        QLocale.setDefault(locale)
    assert len(shown) == 1
    assert "更新版本" in shown[0][1]
    assert path.read_bytes() == before


def _ini(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_database_target_prefers_flag_then_environment_then_saved_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--db wins; else $INCUBATOR_DB (left to the core); else the saved data folder; else the default."""
    settings = AppSettings(_ini(tmp_path))
    parser = app.build_parser()
    monkeypatch.delenv("INCUBATOR_DB", raising=False)
    assert app.database_target(parser.parse_args(["--db", "x.db"]), settings) == "x.db"
    assert app.database_target(parser.parse_args([]), settings) is None
    settings.data_folder = str(tmp_path / "data")
    assert app.database_target(parser.parse_args([]), settings) == str(tmp_path / "data" / "incubator.db")
    monkeypatch.setenv("INCUBATOR_DB", "env.db")
    assert app.database_target(parser.parse_args([]), settings) is None


def _township(path: Path, count: int = 300) -> None:
    """A township database with enough organizations that damage lands on real data pages."""
    db = open_database(str(path))
    with db.transaction() as session:
        init_site(session, role=SiteKind.TOWNSHIP, code="653121103", name="托克扎克镇孵化基地")
        for number in range(count):
            create_record(
                session, m.Organization, {"name": f"第{number}支队伍", "category": "文体活动类", "stage": "入驻"}
            )
    db.close()


def _damage(path: Path) -> None:
    """Garbage over the middle of every data page of the closed file, as a failing disk leaves it."""
    connection = sqlite3.connect(path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.close()
    with open(path, "r+b") as handle:
        for page in range(2, pages + 1):
            handle.seek((page - 1) * page_size + page_size // 4)
            handle.write(bytes((page * 37 + i) % 251 for i in range(page_size // 2)))


def _click_when_shown(qtbot: QtBot, button_name: str, clicked: list[str]) -> None:
    """Click a button of the corruption dialog once its modal loop is running (it blocks the test otherwise)."""

    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CorruptionDialog):
            QTimer.singleShot(20, click)
            return
        clicked.append(dialog.text())
        button = getattr(dialog, button_name)
        assert button is not None, f"the dialog has no {button_name}"
        button.click()

    QTimer.singleShot(0, click)


def test_damaged_database_offers_the_newest_good_backup(
    qtbot: QtBot, qapp: QApplication, zh_cn: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a damaged file the real dialog says so in Chinese and, after confirmation, restores the newest good
    backup; the damaged file is kept and the program then opens the restored database."""
    path = tmp_path / "data" / "incubator.db"
    _township(path)
    good = backup_now(path, path.parent / "backups", reason="close")
    _damage(path)
    report = health.quick_check(path)
    assert not report.ok
    clicked: list[str] = []
    confirmations: list[str] = []
    _click_when_shown(qtbot, "restore_button", clicked)
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text: confirmations.append(text) or QMessageBox.StandardButton.Yes
    )
    assert app.offer_restore(path, report)
    assert clicked and "数据库文件已损坏" in clicked[0]
    info = parse_backup_name(good, "incubator")
    assert info is not None and confirmations and "全部记录将被替换" in confirmations[0]
    assert info.taken_at.strftime("%Y-%m-%d %H:%M") in confirmations[0]
    assert health.quick_check(path).ok
    assert len(list((path.parent / "backups" / "damaged").glob("*.db"))) == 1
    db = open_database(str(path))
    try:
        with db.reading() as session:
            assert len(session.scalars(select(m.Organization.id)).all()) == 300
    finally:
        db.close()


def test_damaged_database_closed_without_restoring_is_not_opened(
    qtbot: QtBot, qapp: QApplication, zh_cn: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Choosing "Close the program" on the damage message exits with code 3 and leaves the file as it was."""
    path = tmp_path / "data" / "incubator.db"
    _township(path)
    backup_now(path, path.parent / "backups", reason="close")
    _damage(path)
    before = path.read_bytes()
    clicked: list[str] = []
    _click_when_shown(qtbot, "close_button", clicked)
    monkeypatch.setattr(app, "AppSettings", lambda: AppSettings(_ini(tmp_path)))
    locale = QLocale()
    try:
        assert app.main(["--db", str(path), "--lang", "zh_CN"]) == app.EXIT_REFUSED
    finally:
        QLocale.setDefault(locale)
    assert clicked, "the damage message was shown"
    assert path.read_bytes() == before


def test_second_copy_on_the_same_database_is_refused(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While another program holds the database, a second start says so in Chinese, exits 3, and touches nothing."""
    path = tmp_path / "data" / "incubator.db"
    _township(path, count=1)
    before = path.read_bytes()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(app, "AppSettings", lambda: AppSettings(_ini(tmp_path)))
    locale = QLocale()
    try:
        with InstanceLock(path):
            assert app.main(["--db", str(path), "--lang", "zh_CN"]) == app.EXIT_REFUSED
    finally:
        QLocale.setDefault(locale)
    assert len(shown) == 1
    assert shown[0][0] == "程序已经打开"
    assert "另一个程序窗口" in shown[0][1]
    assert path.read_bytes() == before


def test_after_a_clean_close_the_check_runs_behind_the_window(
    qtbot: QtBot, qapp: QApplication, zh_cn: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a normal close the window opens without waiting for quick_check, and the check behind it reports
    damage in Chinese; after a crash (still marked in use) the check runs before opening and offers a backup."""
    path = tmp_path / "data" / "incubator.db"
    _township(path)
    db = open_database(str(path))
    context = AppContext(db=db, bus=ChangeBus(), tasks=TaskRunner(), settings=AppSettings(_ini(tmp_path)))
    backups = AutoBackup(context)
    backups.checked.connect(app._check_found_damage)
    db.close()
    health.mark_closed(path)
    _damage(path)
    offered: list[health.HealthReport] = []
    monkeypatch.setattr(app, "offer_restore", lambda _path, report: offered.append(report) or False)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, _text: warnings.append(title))
    assert app._check_health(path)
    assert offered == []
    with qtbot.waitSignal(backups.checked, timeout=10_000) as signal:
        backups.check_behind_window()
    assert not signal.args[0].ok and not signal.args[0].full
    assert warnings == ["数据库检查发现损坏"]
    health.mark_in_use(path)  # opened again, and the power went
    assert not app._check_health(path)
    assert len(offered) == 1 and not offered[0].ok
    context.tasks.wait(3000)


def test_failing_automatic_backups_are_told_once_in_plain_words(
    qapp: QApplication, zh_cn: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk fails every 30-minute backup; the clerk hears it once, with the disk's reason, not a tuple."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: shown.append((title, text)))
    told = app._PeriodicBackupFailures()
    told(DatabaseRefused("backup_failed", detail="database or disk is full"))
    told(OSError(28, "No space left on device"))
    assert len(shown) == 1
    assert shown[0][0] == "自动备份失败" and "database or disk is full" in shown[0][1]
    assert "backup_failed" not in shown[0][1]
