"""Languages: Uyghur mirrors the layout and translates the main workflows; switching keeps open forms.

The rule for Uyghur: like zh_CN and English, every message is translated, so a Uyghur-speaking clerk does the
daily work in Uyghur; a new string needs its Uyghur translation before it lands.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from incubator_desktop.core.db import Database
from incubator_desktop.ui.main_window import MainWindow
from incubator_desktop.ui.organizations.page import OrganizationsPage
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.i18n import switch_language

from .test_translations import (
    TRANSLATIONS,
    _texts,
    messages,
    test_qm_files_are_compiled_from_the_ts,
    test_ts_covers_every_string_in_the_sources,
)

ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


@pytest.fixture
def restore_language(qapp: QApplication) -> Iterator[None]:
    locale = QLocale()
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(locale)


def test_uyghur_is_complete() -> None:
    """Every message has a non-empty, finished Uyghur translation written in the Arabic script."""
    found = messages(TRANSLATIONS / "incubator_ug.ts")
    assert len(found) > 1000
    missing = [
        key
        for key, message in found.items()
        if (translation := message.find("translation")) is None
        or translation.get("type") in {"unfinished", "vanished", "obsolete"}
        or not all(text.strip() for text in _texts(translation))
    ]
    assert missing == []
    latin_only = [
        key
        for key, message in found.items()
        if not any(ARABIC_LETTER.search(t) for t in _texts(message.find("translation")))
    ]
    assert len(latin_only) < 0.03 * len(found), latin_only


def test_switching_to_uyghur_mirrors_and_translates(
    qtbot: QtBot,
    qapp: QApplication,
    site_db: Database,
    make_context: Callable[[Database], AppContext],
    restore_language: None,
) -> None:
    """After switching to ug the layout is right-to-left and the navigation shows Arabic-script Uyghur."""
    window = MainWindow(make_context(site_db))
    qtbot.addWidget(window)
    switch_language(qapp, "ug")
    qapp.processEvents()  # the LanguageChange event is delivered through the event loop
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert all(ARABIC_LETTER.search(title) for title in titles), titles
    assert ARABIC_LETTER.search(window.help_menu.title())


def test_switching_back_to_chinese_keeps_the_open_form(
    qtbot: QtBot,
    qapp: QApplication,
    site_db: Database,
    make_context: Callable[[Database], AppContext],
    restore_language: None,
) -> None:
    """Switching ug → zh_CN from the Help menu restores Chinese and keeps the workspace and the open form."""
    context = make_context(site_db)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    page = window.navigate("organizations")
    assert isinstance(page, OrganizationsPage)
    dialog = page.list_page.new_record()
    qtbot.addWidget(dialog)
    window.help_menu.choose_language("ug")
    qapp.processEvents()
    window.help_menu.choose_language("zh_CN")
    qapp.processEvents()
    assert window.navigation.item(1).text() == "社会组织"
    assert window.help_menu.title().startswith("帮助")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert dialog.isVisible() and window.current_key() == "organizations"
    assert context.settings.language == "zh_CN"


def test_uyghur_qm_is_compiled_from_its_ts(tmp_path: Path) -> None:
    """The committed incubator_ug.qm is exactly what its .ts compiles to."""
    test_qm_files_are_compiled_from_the_ts("ug", tmp_path)


def test_uyghur_ts_covers_every_source_string(tmp_path: Path) -> None:
    """incubator_ug.ts holds every message lupdate finds, so untranslated ones show as unfinished, not missing."""
    test_ts_covers_every_string_in_the_sources("ug", tmp_path)
