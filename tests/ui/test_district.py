"""The district workspace: townships side by side, approvals, cross-checks, and only on a district site."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from incubator_desktop.core.db import Database, open_database
from incubator_desktop.core.district.approvals import list_month_states
from incubator_desktop.core.district.overview import township_overview
from incubator_desktop.core.services.sites import current_site
from incubator_desktop.core.vocab import SiteKind
from incubator_desktop.ui.district.page import DistrictPage
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.workspaces import DISTRICT_KEY, titles_for_role, workspace_keys

from ..district.conftest import TODAY, TOWNSHIP_A, TOWNSHIP_B, YEAR, fill_district


@pytest.fixture
def district_db(tmp_path: Path) -> Database:
    """A district database holding two townships' records, as their bundles leave them."""
    db = open_database(str(tmp_path / "district.db"))
    fill_district(db)
    yield db
    db.close()


@pytest.fixture
def page(
    qtbot: QtBot, zh_cn: None, district_db: Database, make_context: Callable[[Database], AppContext]
) -> DistrictPage:
    """The district page for 2024, loaded."""
    widget = DistrictPage(make_context(district_db), today=TODAY)
    qtbot.addWidget(widget)
    widget.year_spin.setValue(YEAR)
    widget.show()
    qtbot.waitUntil(lambda: not widget.is_busy() and widget.snapshot is not None and widget.snapshot.year == YEAR)
    return widget


def test_table_shows_both_townships_with_the_overview_counts(page: DistrictPage, district_db: Database) -> None:
    """Both townships are listed with the same red/amber/green counts as township_overview, in words."""
    with district_db.reading() as session:
        rows = township_overview(session, start=date(YEAR, 1, 1), end=date(YEAR, 12, 31), today=TODAY)
    assert page.model.column_texts(1) == [TOWNSHIP_A, TOWNSHIP_B]
    assert page.model.column_texts(0) == [row.name for row in rows]
    assert page.model.column_texts(2) == [f"{row.green} 项达标" for row in rows]
    assert page.model.column_texts(3) == [f"{row.amber} 项接近" for row in rows]
    assert page.model.column_texts(4) == [f"{row.red} 项未达标" for row in rows]


def test_approving_a_month_creates_the_approval(qtbot: QtBot, page: DistrictPage, district_db: Database) -> None:
    """Selecting a township and a month then 批准本月 approves it: list_month_states shows the month locked."""
    page.select_township(TOWNSHIP_B)
    page.month_combo.setCurrentText(f"{YEAR}-05")
    page.approver_edit.setText("李科长")
    assert page.approve_button.text() == "批准本月"
    page.approve_button.click()
    qtbot.waitUntil(lambda: not page.is_busy() and f"{YEAR}-05" in page.model.column_texts(8)[1], timeout=5000)
    with district_db.reading() as session:
        states = list_month_states(session, TOWNSHIP_B)
    assert [(state.month, state.approver, state.locked) for state in states] == [(f"{YEAR}-05", "李科长", True)]


def test_cross_check_tab_lists_the_duplicate_organization(page: DistrictPage) -> None:
    """The 交叉核查 tab lists the organization registered in both townships, in Chinese."""
    assert page.tabs.tabText(1) == "交叉核查"
    sentences = page.findings_model.column_texts(1)
    assert any("团结村舞蹈队" in text and "重复登记" in text and "统一社会信用代码" in text for text in sentences)


def test_district_workspace_only_for_a_district_site(site_db: Database, district_db: Database) -> None:
    """区县汇总 is listed first on a district site and not at all on a township site."""
    with site_db.reading() as session:
        township = current_site(session)
    with district_db.reading() as session:
        district = current_site(session)
    assert township is not None and township.role is SiteKind.TOWNSHIP
    assert district is not None and district.role is SiteKind.DISTRICT
    assert DISTRICT_KEY not in workspace_keys(township.role)
    assert DISTRICT_KEY not in titles_for_role(township.role)
    assert workspace_keys(district.role)[0] == DISTRICT_KEY
    assert next(iter(titles_for_role(district.role))) == DISTRICT_KEY


def test_township_table_model_passes_qtmodeltester(qtmodeltester: ModelTester, page: DistrictPage) -> None:
    """Qt's model checks pass on the townships table model."""
    qtmodeltester.check(page.model)


def test_double_click_opens_a_read_only_drilldown(page: DistrictPage) -> None:
    """Opening a township lists its indicators against targets in a dialog that edits nothing."""
    dialog = page.open_township(TOWNSHIP_A)
    assert dialog is not None and dialog.model.rowCount() == len(page.snapshot.rows[0].indicators)
    assert dialog.table.editTriggers() == dialog.table.EditTrigger.NoEditTriggers


def test_main_window_of_a_district_opens_on_its_summary(
    qtbot: QtBot, district_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """A district's main window lists 区县汇总 first and navigating by key still lands on the right page."""
    from incubator_desktop.ui.main_window import MainWindow

    window = MainWindow(make_context(district_db))
    qtbot.addWidget(window)
    assert window.workspace_keys()[0] == DISTRICT_KEY
    assert isinstance(window.stack.widget(0), DistrictPage)
    window.navigate("organizations")
    assert window.current_key() == "organizations"
    assert window.navigation.currentItem().text() == window.navigation.item(window.stack.currentIndex()).text()
