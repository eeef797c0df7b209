"""The global search box: Ctrl+F focuses it, a name finds the organization, picking it opens 社会组织."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from incubator_desktop.core.db import Database
from incubator_desktop.ui.main_window import MainWindow
from incubator_desktop.ui.organizations.page import OrganizationsPage
from incubator_desktop.ui.widgets.context import AppContext

from .factories import add_organizations


def shown_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_ctrl_f_focuses_the_search_box(
    qtbot: QtBot, site_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """Pressing Ctrl+F anywhere in the window puts the keyboard in the search box."""
    window = shown_window(qtbot, make_context(site_db))
    window.navigation.setFocus()
    assert not window.search_box.hasFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_box.hasFocus)


def test_search_finds_an_organization_and_opens_its_workspace(
    qtbot: QtBot, zh_cn: None, site_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """Typing part of a name lists the organization (with its kind in Chinese); Enter opens it, selected."""
    add_organizations(site_db, [f"邻里互助会{number}" for number in range(300)] + ["阳光志愿服务队"])
    window = shown_window(qtbot, make_context(site_db))
    qtbot.keyClick(window.navigation, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    window.search_box.insert("阳光志愿")
    with qtbot.waitSignal(window.search_box.searched, timeout=5000):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    hits = window.search_box.results()
    assert [hit.title for hit in hits] == ["阳光志愿服务队"]
    assert window.search_box.results_visible()
    assert window.current_key() == "home"

    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.current_key() == "organizations"
    assert window.navigation.currentItem().text() == "社会组织"
    page = window.page("organizations")
    assert isinstance(page, OrganizationsPage)
    # The list behind selects it (found although it sorts after the first page of 200) and its page opens.
    qtbot.waitUntil(lambda: page.selected_id() == hits[0].id, timeout=5000)
    assert page.showing_detail()
    qtbot.waitUntil(lambda: page.detail.view.name_label.text() == "阳光志愿服务队", timeout=5000)
    assert not window.search_box.results_visible()


def test_search_result_rows_name_the_kind(
    qtbot: QtBot, zh_cn: None, site_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """Each result line starts with the translated record kind, then the title."""
    add_organizations(site_db, ["夕阳红舞蹈队"])
    window = shown_window(qtbot, make_context(site_db))
    window.search_box.setText("舞蹈")
    with qtbot.waitSignal(window.search_box.searched, timeout=5000):
        window.search_box.search_now()
    assert window.search_box.result_lines() == ["社会组织  ·  夕阳红舞蹈队"]


def test_search_with_no_match_says_nothing_found(
    qtbot: QtBot, zh_cn: None, site_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """A search with no hits shows a single, unselectable "nothing found" line."""
    window = shown_window(qtbot, make_context(site_db))
    window.search_box.setText("不存在")
    with qtbot.waitSignal(window.search_box.searched, timeout=5000) as signal:
        window.search_box.search_now()
    assert signal.args == [0]
    assert window.search_box.result_lines() == ["没有找到相关记录"]
