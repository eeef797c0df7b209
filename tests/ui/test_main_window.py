"""The main window: navigation, workspace pages, status bar and the not-set-up home page."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from incubator_desktop.core.db import Database, open_database
from incubator_desktop.ui.cases.page import CasesPage
from incubator_desktop.ui.home.page import HomePage
from incubator_desktop.ui.main_window import MainWindow
from incubator_desktop.ui.organizations.page import OrganizationsPage
from incubator_desktop.ui.trainings.page import TrainingsPage
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.i18n import switch_language
from incubator_desktop.ui.widgets.placeholder import PlaceholderPage
from incubator_desktop.ui.workspace_stack import page_is_busy

from ..district.conftest import fill_district
from .factories import SITE_CODE, SITE_NAME

CHINESE_WORKSPACES = [
    "工作台", "社会组织", "人员", "登记备案", "培训", "服务活动", "典型案例", "资源链接",
    "公益创投", "项目与预算", "服务档案", "指标", "同步", "设置",
]  # fmt: skip


def make_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    return window


def label_texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def navigation_texts(window: MainWindow) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def test_navigation_lists_all_workspaces_in_chinese(
    qtbot: QtBot, zh_cn: None, site_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """With the zh_CN translator the navigation shows the 14 workspaces in Chinese, in the agreed order."""
    window = make_window(qtbot, make_context(site_db))
    assert navigation_texts(window) == CHINESE_WORKSPACES
    assert window.stack.count() == 14


def test_navigation_is_english_without_translator(
    qtbot: QtBot, site_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """Without a translator the source strings (English) are shown."""
    window = make_window(qtbot, make_context(site_db))
    assert navigation_texts(window)[:2] == ["Home", "Organizations"]
    assert navigation_texts(window)[-1] == "Settings"


def test_clicking_a_workspace_switches_the_stack(
    qtbot: QtBot, site_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """Clicking an entry in the navigation shows that workspace's page."""
    window = make_window(qtbot, make_context(site_db))
    window.show()
    qtbot.waitExposed(window)
    assert isinstance(window.stack.currentWidget(), HomePage)
    item = window.navigation.item(1)
    qtbot.mouseClick(
        window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=window.navigation.visualItemRect(item).center()
    )
    assert isinstance(window.stack.currentWidget(), OrganizationsPage)
    assert window.current_key() == "organizations"
    window.navigation.setCurrentRow(4)
    assert isinstance(window.stack.currentWidget(), TrainingsPage)
    window.navigation.setCurrentRow(6)
    assert isinstance(window.stack.currentWidget(), CasesPage)


def test_every_workspace_has_its_own_page(
    qtbot: QtBot, zh_cn: None, site_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """Every workspace in the navigation is built: none shows the "being built" placeholder."""
    window = make_window(qtbot, make_context(site_db))
    placeholders = [key for key in window.workspace_keys() if isinstance(window.page(key), PlaceholderPage)]
    assert placeholders == []


def test_status_bar_shows_site_role_and_bundle(
    qtbot: QtBot, zh_cn: None, site_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """The status bar names the site and its code, the role, and the (not yet known) last bundle."""
    window = make_window(qtbot, make_context(site_db))
    texts = label_texts(window.statusBar())
    assert f"{SITE_NAME}（{SITE_CODE}）" in texts
    assert "乡镇孵化基地" in texts
    assert "上次同步包：暂无" in texts


def test_home_page_explains_setup_when_no_site(
    qtbot: QtBot, zh_cn: None, empty_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """A database with no site still opens; home says it is not set up and shows the commands to do it."""
    window = make_window(qtbot, make_context(empty_db))
    home = window.page("home")
    assert isinstance(home, HomePage)
    qtbot.waitUntil(lambda: home.summary is not None)
    assert not home.is_set_up()
    texts = " ".join(label_texts(home))
    assert "本机尚未完成初始设置" in texts
    assert "incubator init" in texts
    assert "incubator demo" in texts
    assert "站点尚未设置" in label_texts(window.statusBar())


def test_ctrl_n_opens_the_form_of_the_workspace_shown(
    qtbot: QtBot, zh_cn: None, site_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """Ctrl+N from the navigation list opens the new-record form of the workspace on screen, and only that one."""
    window = make_window(qtbot, make_context(site_db))
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    trainings = window.navigate("trainings")
    assert isinstance(trainings, TrainingsPage)
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = trainings.form_dialog
    assert dialog is not None and dialog.windowTitle() == "新建培训"
    dialog.reject()
    organizations = window.page("organizations")
    assert isinstance(organizations, OrganizationsPage) and organizations.list_page.form_dialog is None


SRC = Path(__file__).resolve().parents[2] / "src"
HAN = re.compile("[\u4e00-\u9fff]")


@pytest.fixture
def back_to_english(qapp: QApplication) -> Iterator[None]:
    """Whatever language a test switches to, the next test starts without translators."""
    locale = QLocale()
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_pages_are_built_on_their_first_visit(
    qtbot: QtBot, site_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """Only the first workspace is built at start; others are built when navigated to or asked for by key."""
    window = make_window(qtbot, make_context(site_db))
    assert window.stack.built() == ("home",)
    assert window.stack.count() == 14
    trainings = window.navigate("trainings")
    assert isinstance(trainings, TrainingsPage) and window.stack.currentWidget() is trainings
    assert window.stack.built() == ("home", "trainings")
    cases = window.page("cases")
    assert isinstance(cases, CasesPage) and window.current_key() == "trainings"
    assert window.page("cases") is cases  # built once


@pytest.fixture
def district_site_db(tmp_path: Path) -> Iterator[Database]:
    """A district database (its first workspace is the district summary) with two townships' records."""
    db = open_database(str(tmp_path / "district.db"))
    fill_district(db)
    yield db
    db.close()


@pytest.mark.parametrize("database", ["site_db", "district_site_db"])
def test_start_up_imports_no_spreadsheet_or_pdf_library(
    request: pytest.FixtureRequest, database: str, tmp_path: Path
) -> None:
    """Opening the main window on its first page (home, or a district's summary) loads neither openpyxl nor
    ReportLab: they load when a workbook or printout is made."""
    site_db: Database = request.getfixturevalue(database)
    site_db.close()
    script = f"""
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from incubator_desktop.core.db import open_database
from incubator_desktop.ui.main_window import MainWindow
from incubator_desktop.ui.widgets.change_bus import ChangeBus
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.settings import AppSettings
from incubator_desktop.ui.widgets.tasks import TaskRunner
app = QApplication([])
db = open_database({site_db.url!r})
settings = AppSettings(QSettings({str(tmp_path / "s.ini")!r}, QSettings.Format.IniFormat))
window = MainWindow(AppContext(db=db, bus=ChangeBus(), tasks=TaskRunner(), settings=settings))
window.show()
app.processEvents()
print(sorted({{name.split(".")[0] for name in sys.modules}} & {{"openpyxl", "reportlab"}}))
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-c", script], check=False, capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def wait_loaded(qtbot: QtBot, page: QWidget) -> None:
    qtbot.waitUntil(lambda: not page_is_busy(page))


def test_switching_language_rebuilds_idle_pages_in_the_new_language(
    qtbot: QtBot,
    qapp: QApplication,
    site_db: Database,
    make_context: Callable[[Database], AppContext],
    back_to_english: None,
) -> None:
    """en → zh_CN: the page on screen is rebuilt in Chinese at once, same workspace and search; idle ones go."""
    window = make_window(qtbot, make_context(site_db))
    window.show()
    trainings = window.navigate("trainings")
    organizations = window.navigate("organizations")
    wait_loaded(qtbot, organizations)
    wait_loaded(qtbot, trainings)
    assert not any(HAN.search(text) for text in label_texts(organizations))
    assert isinstance(organizations, OrganizationsPage)
    organizations.list_page.search_edit.setText("夕阳红")
    organizations.list_page.apply_filters()
    wait_loaded(qtbot, organizations)
    switch_language(qapp, "zh_CN")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is not organizations)
    rebuilt = window.stack.currentWidget()
    assert isinstance(rebuilt, OrganizationsPage) and window.current_key() == "organizations"
    assert any(HAN.search(text) for text in label_texts(rebuilt))
    assert window.stack.built() == ("organizations",)  # home and trainings wait for their next visit
    assert rebuilt.list_page.search_edit.text() == "夕阳红"  # the search the clerk had typed is kept
    again = window.navigate("trainings")
    assert again is not trainings and any(HAN.search(text) for text in label_texts(again))


def test_a_page_with_an_open_form_keeps_it_until_it_is_left(
    qtbot: QtBot,
    qapp: QApplication,
    site_db: Database,
    make_context: Callable[[Database], AppContext],
    back_to_english: None,
) -> None:
    """A page with work in progress is not thrown away by a switch; once idle and left, it comes back translated."""
    window = make_window(qtbot, make_context(site_db))
    window.show()
    trainings = window.navigate("trainings")
    assert isinstance(trainings, TrainingsPage)
    wait_loaded(qtbot, trainings)
    dialog = trainings.new_record()  # a child of the page: it goes with it
    dialog.findChild(QLineEdit).setText("养老服务培训")  # something typed, not saved
    switch_language(qapp, "zh_CN")
    qtbot.wait(50)
    assert window.stack.currentWidget() is trainings and window.stack.is_stale("trainings")
    assert dialog.isVisible() and dialog.findChild(QLineEdit).text() == "养老服务培训"
    window.navigate("home")  # left while the form is still open: kept
    assert window.navigate("trainings") is trainings
    dialog.reject()
    window.navigate("home")  # left again, idle now: dropped, rebuilt on the next visit
    assert "trainings" not in window.stack.built()
    rebuilt = window.navigate("trainings")
    assert rebuilt is not trainings and any(HAN.search(text) for text in label_texts(rebuilt))


class _Panel(QWidget):
    """A panel inside a page that is importing something (as the sync page's import panel does)."""

    busy = True

    def is_busy(self) -> bool:
        return self.busy


def test_a_page_is_busy_when_any_panel_in_it_is(qtbot: QtBot) -> None:
    """A page without its own busy check is still kept while a panel inside it has work running."""
    page = QWidget()
    qtbot.addWidget(page)
    panel = _Panel(QWidget(page))
    assert page_is_busy(page)
    panel.busy = False
    assert not page_is_busy(page)


def test_a_language_switch_keeps_the_district_page_with_typed_unsaved_scores(
    qtbot: QtBot,
    qapp: QApplication,
    district_site_db: Database,
    make_context: Callable[[Database], AppContext],
    back_to_english: None,
) -> None:
    """A score typed in the annual evaluation and not saved survives a language switch: the page is kept."""
    from incubator_desktop.ui.district.page import DistrictPage

    window = make_window(qtbot, make_context(district_site_db))
    window.show()
    page = window.stack.currentWidget()
    assert isinstance(page, DistrictPage)
    form = page.evaluation
    page.tabs.setCurrentWidget(form)
    qtbot.waitUntil(lambda: not page_is_busy(page) and form.sheet is not None, timeout=10000)
    edit = form.lines[0].editor.edit
    qtbot.keyClicks(edit, "7")
    switch_language(qapp, "zh_CN")
    qtbot.wait(50)
    assert window.stack.currentWidget() is page and window.stack.is_stale(window.current_key())
    assert edit.text() == "7" and form.has_unsaved_work()
