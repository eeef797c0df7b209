"""The projects workspace: project form and default budget, the cap warning before saving, staff and reports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.services.records import count_records, list_records
from incubator_desktop.ui.projects.page import ProjectsPage
from incubator_desktop.ui.widgets.context import AppContext

from .factories import add_record
from .pages import choose, column, press_enter, saved, type_text, wait_idle
from .seeds import THIS_YEAR, add_project


@pytest.fixture
def page(qtbot: QtBot, zh_cn: None, site_db: Database, make_context: Callable[[Database], AppContext]) -> ProjectsPage:
    widget = ProjectsPage(make_context(site_db))
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    wait_idle(qtbot, widget.list_page)
    return widget


@pytest.fixture
def project(site_db: Database) -> str:
    """A 160 000-yuan project that has spent 95 000 of its 100 000 personnel cap."""
    project_id = add_project(site_db, "福彩公益金项目")
    add_record(
        site_db,
        m.Expense,
        project_id=project_id,
        kind="人力成本",
        spent_on=date(THIS_YEAR, 1, 20),
        amount_fen=9_500_000,
        description="一月工资",
    )
    return project_id


def open_project(qtbot: QtBot, page: ProjectsPage, project_id: str) -> None:
    with qtbot.waitSignal(page.detail.loaded, timeout=5000):
        page.open_project(project_id)
    wait_idle(qtbot, page.detail.expenses)


def type_expense(qtbot: QtBot, page: ProjectsPage, kind: str, yuan: str, what: str) -> None:
    dialog = page.detail.expenses.new_record()
    choose(dialog.editors["kind"], kind)
    qtbot.keyClicks(dialog.editors["amount_fen"].focus_widget(), yuan)
    type_text(qtbot, dialog.editors["description"].focus_widget(), what)
    press_enter(qtbot, dialog, "description")


def expense_count(db: Database) -> int:
    with db.reading() as session:
        return count_records(session, m.Expense)


def test_new_project_gets_the_policy_budget(qtbot: QtBot, page: ProjectsPage, site_db: Database) -> None:
    """A project typed into the form is listed, and its budget starts with the three lines of the policy."""
    dialog = page.list_page.new_record()
    type_text(qtbot, dialog.editors["name"].focus_widget(), "社区营造项目")
    type_text(qtbot, dialog.editors["contractor"].focus_widget(), "同心社会工作服务中心")
    press_enter(qtbot, dialog, "name")
    assert saved(dialog)
    wait_idle(qtbot, page.list_page)
    assert column(page.list_page, "name") == ["社区营造项目"]
    assert column(page.list_page, "total_fen") == ["160,000.00"]
    with site_db.reading() as session:
        lines = {line.kind: (line.cap_fen, line.floor_fen) for line in list_records(session, m.BudgetLine)}
    assert lines == {"人力成本": (10_000_000, None), "服务性支出": (None, 4_000_000), "评估及其他": (2_000_000, None)}


def test_end_before_start_is_refused_inline(qtbot: QtBot, page: ProjectsPage, site_db: Database) -> None:
    """An end date before the start stays in the form with the message under it; nothing is saved."""
    dialog = page.list_page.new_record()
    type_text(qtbot, dialog.editors["name"].focus_widget(), "社区营造项目")
    type_text(qtbot, dialog.editors["contractor"].focus_widget(), "同心社会工作服务中心")
    dialog.editors["start_on"].set_value(date(2024, 6, 1))
    dialog.editors["end_on"].set_value(date(2024, 1, 1))
    press_enter(qtbot, dialog, "name")
    assert not saved(dialog)
    assert dialog.error_text("end_on").startswith("这个日期早于")
    with site_db.reading() as session:
        assert count_records(session, m.FundedProject) == 0


def test_budget_lines_against_their_rules(qtbot: QtBot, page: ProjectsPage, project: str) -> None:
    """The budget tab shows planned, spent, rule and what is left per line, and warns that personnel is near."""
    open_project(qtbot, page, project)
    budget = page.detail.budget
    assert budget.line_texts("人力成本") == ["100,000.00", "95,000.00", "不超过 100,000.00", "5,000.00"]
    assert budget.line_texts("服务性支出") == ["40,000.00", "0.00", "不少于 40,000.00", "还差 40,000.00"]
    assert budget.bars["人力成本"].value() == 950
    warnings = [label.text() for label in budget.warning_labels]
    assert "⚠ 人力成本：已支出 95,000.00 元，接近上限 100,000.00 元，仅剩 5,000.00 元。" in warnings


def test_crossing_the_cap_asks_first_and_cancel_saves_nothing(
    qtbot: QtBot, page: ProjectsPage, site_db: Database, project: str
) -> None:
    """An expense that would cross the personnel cap is explained before saving; "Go back" saves nothing,
    "Save anyway" saves it and the budget shows the line over its cap."""
    open_project(qtbot, page, project)
    type_expense(qtbot, page, "人力成本", "10000", "二月工资")
    dialog = page.detail.expenses.form_dialog
    assert dialog is not None and dialog.confirm_box is not None and dialog.confirm_box.isVisible()
    assert dialog.confirm_box.text() == "这笔支出会使该预算科目超出上限。"
    assert "记入这笔支出后，“人力成本”合计将达到 105,000.00 元，超出上限 100,000.00 元 5,000.00 元。" in (
        dialog.confirm_box.informativeText()
    )
    dialog.confirm_box.reject()  # "Go back"
    assert expense_count(site_db) == 1
    assert dialog.isVisible() and not saved(dialog)
    press_enter(qtbot, dialog, "description")
    assert dialog.confirm_box.isVisible()
    with qtbot.waitSignal(page.detail.loaded, timeout=5000):
        qtbot.mouseClick(dialog.confirm_save_button, Qt.MouseButton.LeftButton)
    assert expense_count(site_db) == 2
    assert page.detail.budget.line_texts("人力成本")[3] == "超出 5,000.00"


def test_expense_within_the_cap_saves_at_once(
    qtbot: QtBot, page: ProjectsPage, site_db: Database, project: str
) -> None:
    """A service expense far from any cap is saved without a question and listed."""
    open_project(qtbot, page, project)
    type_expense(qtbot, page, "服务性支出", "1200", "活动物资")
    dialog = page.detail.expenses.form_dialog
    assert dialog is not None and dialog.confirm_box is None and saved(dialog)
    wait_idle(qtbot, page.detail.expenses)
    assert sorted(column(page.detail.expenses, "description")) == ["一月工资", "活动物资"]


def test_staff_added_by_name_and_the_rule_status(
    qtbot: QtBot, page: ProjectsPage, site_db: Database, project: str
) -> None:
    """A new person added as staff is listed; with one full-time person the rule says what is missing."""
    open_project(qtbot, page, project)
    panel = page.detail.staff
    assert panel.verdict_title.text() == "工作人员尚未符合政策要求"
    panel.add_button.click()
    dialog = page.detail.form_dialog
    assert dialog is not None
    type_text(qtbot, dialog.editors["new_name"].focus_widget(), "陈敏")
    type_text(qtbot, dialog.editors["role"].focus_widget(), "项目社工")
    with qtbot.waitSignal(page.detail.loaded, timeout=5000):
        press_enter(qtbot, dialog, "role")
    assert panel.table.texts(0) == ["陈敏"]
    assert "专职工作人员只有 1 名，项目至少需要 2 名。" in panel.verdict_detail.text()


def test_monthly_report_month_is_read_kindly(qtbot: QtBot, page: ProjectsPage, site_db: Database, project: str) -> None:
    """ "2024年5月" is stored as 2024-05; a month that cannot be read is refused under the field."""
    open_project(qtbot, page, project)
    reports = page.detail.reports
    dialog = reports.new_record()
    type_text(qtbot, dialog.editors["month"].focus_widget(), "五月")
    type_text(qtbot, dialog.editors["summary"].focus_widget(), "开展活动 3 场。")
    press_enter(qtbot, dialog, "month")
    assert dialog.error_text("month") == "“五月”不是有效的月份，请按 2024-05 的格式填写。"
    dialog.editors["month"].set_value("2024年5月")
    press_enter(qtbot, dialog, "month")
    assert saved(dialog)
    wait_idle(qtbot, reports)
    assert column(reports, "month") == ["2024-05"]
