"""The settings workspace: local-only data folder, language with restart, site details, checked backups."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from incubator_desktop.core import models as m
from incubator_desktop.core import storage
from incubator_desktop.core.db import Database
from incubator_desktop.core.services.records import list_records
from incubator_desktop.ui.settings.language import restart_command
from incubator_desktop.ui.settings.page import SettingsPage
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.settings import AppSettings

from .factories import SITE_CODE, SITE_NAME


@pytest.fixture
def page(qtbot: QtBot, zh_cn: None, site_db: Database, make_context: Callable[[Database], AppContext]) -> SettingsPage:
    widget = SettingsPage(make_context(site_db))
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    return widget


@pytest.mark.parametrize("refused", [("removable", "U盘或存储卡"), ("network", "网络共享文件夹")])
def test_removable_or_network_data_folder_is_refused(
    page: SettingsPage,
    settings: AppSettings,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    refused: tuple[str, str],
) -> None:
    """A data folder on a USB stick or a network share is refused with the reason; the setting is unchanged."""
    kind, words = refused
    monkeypatch.setattr(storage, "classify", lambda _path: kind)
    section = page.data_folder
    section.folder.setText(str(tmp_path / "数据"))
    assert not section.save()
    assert words in section.message.text() and "请选择本机硬盘上的文件夹" in section.message.text()
    assert settings.data_folder is None


def test_local_data_folder_is_stored_for_the_next_start(
    page: SettingsPage, settings: AppSettings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A folder on a local disk is stored, and the page says it takes effect at the next start."""
    monkeypatch.setattr(storage, "classify", lambda _path: "local")
    section = page.data_folder
    section.folder.setText(str(tmp_path / "数据"))
    assert section.save()
    assert settings.data_folder == str(tmp_path / "数据")
    assert section.message.text() == f"已保存。下次启动时程序将使用 {tmp_path / '数据' / 'incubator.db'}。"
    section.use_default()
    assert settings.data_folder is None


def test_backup_now_writes_a_checked_copy(
    qtbot: QtBot, page: SettingsPage, settings: AppSettings, tmp_path: Path
) -> None:
    """ "Back up now" copies the database into the chosen folder off the GUI thread; the copy passes quick_check."""
    section = page.backup
    folder = tmp_path / "备份"
    section.folder.setText(str(folder))
    section.backup_button.click()
    assert section.message.text() == "正在备份…"
    qtbot.waitUntil(lambda: section.last_backup is not None, timeout=10000)
    backup = section.last_backup
    assert backup is not None and backup.parent == folder
    with sqlite3.connect(backup) as copy:
        assert copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT name FROM sites").fetchone()[0] == SITE_NAME
    assert section.message.text().startswith(f"已备份到 {backup}（")
    assert settings.backup_folder == str(folder)


def test_site_details_are_saved_to_the_site_record(qtbot: QtBot, page: SettingsPage, site_db: Database) -> None:
    """Name, address and contact are saved to the Site record; an emptied name is refused under the field."""
    section = page.site
    assert section.code_label.text() == SITE_CODE
    assert section.edits["name"].text() == SITE_NAME
    section.edits["address"].setText("人民路 1 号")
    section.edits["contact"].setText("0998-1234567")
    with qtbot.waitSignal(page.context.bus.data_changed, timeout=1000):
        assert section.save()
    with site_db.reading() as session:
        (site,) = list_records(session, m.Site)
        assert (site.address, site.contact) == ("人民路 1 号", "0998-1234567")
    section.edits["name"].clear()
    assert not section.save()
    assert section.errors["name"].text() == "此项必须填写。"


def test_language_is_stored_and_a_restart_is_offered(page: SettingsPage, settings: AppSettings) -> None:
    """Choosing English stores it at once and offers a restart, which asks before closing anything."""
    section = page.language
    assert not section.restart_button.isVisible()
    section.combo.setCurrentIndex(section.combo.findData("en"))
    assert settings.language == "en"
    assert section.restart_button.isVisible()
    assert "重新启动程序后使用新的语言" in section.message.text()
    section.ask_restart()
    assert section.confirm_box is not None and section.confirm_box.isVisible()
    section.confirm_box.reject()  # "Later": nothing closes


def test_restart_command_keeps_arguments_but_not_the_language() -> None:
    """Restarting keeps the interpreter's arguments (or a frozen build's) and drops a --lang that would override."""
    assert restart_command(
        "/usr/bin/python3",
        ["python3", "-m", "incubator_desktop", "--db", "x.db", "--lang", "zh_CN"],
        ["/x/incubator_desktop/__main__.py", "--db", "x.db", "--lang", "zh_CN"],
        frozen=False,
    ) == ("/usr/bin/python3", ["-m", "incubator_desktop", "--db", "x.db"])
    assert restart_command("C:/app/incubator.exe", [], ["C:/app/incubator.exe", "--lang=en"], frozen=True) == (
        "C:/app/incubator.exe",
        [],
    )


def test_settings_page_shows_the_automatic_backups_folder(page: SettingsPage, site_db: Database) -> None:
    """The settings page has the automatic backups section, naming the backups folder beside the database."""
    section = page.automatic_backups
    assert section.isVisible()
    assert section.title() == "自动备份"
    assert section.folder is not None and section.folder.name == "backups"
    assert str(section.folder) in section.folder_label.text()


def test_manual_backups_are_never_thinned(qtbot: QtBot, page: SettingsPage, tmp_path: Path) -> None:
    """ "Back up now" marks its copy as made by hand, so the automatic thinning leaves it alone."""
    section = page.backup
    section.folder.setText(str(tmp_path / "备份"))
    section.backup_button.click()
    qtbot.waitUntil(lambda: section.last_backup is not None, timeout=10000)
    assert section.last_backup is not None and section.last_backup.name.endswith("-manual.db")
