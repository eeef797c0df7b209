"""What every record workspace does alike: list, search, filter, delete/undo, restore, keys, model checks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.ui.activities.page import ActivitiesPage
from incubator_desktop.ui.cases.page import CasesPage
from incubator_desktop.ui.contests.page import ContestsPage
from incubator_desktop.ui.organizations.page import OrganizationsPage
from incubator_desktop.ui.people.page import PeoplePage
from incubator_desktop.ui.projects.page import ProjectsPage
from incubator_desktop.ui.registration.page import RegistrationPage
from incubator_desktop.ui.resources.page import ResourcesPage
from incubator_desktop.ui.service_files.page import ServiceFilesPage
from incubator_desktop.ui.trainings.page import TrainingsPage
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.record_page import RecordPage

from .factories import add_activity, add_organizations, add_record, add_training
from .pages import column, confirm_delete, type_text, wait_idle
from .seeds import LAST_YEAR, THIS_MONTH, seed_cases, seed_contests, seed_files, seed_projects, seed_resources


@dataclass(frozen=True)
class Workspace:
    """One workspace under test: how to build it, seed three records, and what narrows them."""

    build: Callable[[AppContext], QWidget]
    seed: Callable[[Database], None]
    title_key: str
    titles: tuple[str, str, str]
    search: tuple[str, str]  # text typed → the one title it finds
    filter: tuple[str, object, str]  # filter key, value → the one title left
    empty_text: str


def page_of(widget: QWidget) -> RecordPage:
    """The record list of a workspace (a workspace with record pages shows its list first)."""
    page = getattr(widget, "list_page", widget)
    assert isinstance(page, RecordPage)
    return page


def _seed_organizations(db: Database) -> None:
    add_organizations(db, ["阳光志愿服务队"], leader_name="王芳")
    add_organizations(db, ["夕阳红舞蹈队"], category="文体活动类")
    add_organizations(db, ["邻里互助会"], stage="已备案")


def _seed_people(db: Database) -> None:
    (org,) = add_organizations(db, ["阳光志愿服务队"])
    add_record(db, m.Person, name="王芳", organization_id=org, roles=["负责人"])
    add_record(db, m.Person, name="李明", certificate_level="社会工作师")
    add_record(db, m.Person, name="张伟", phone="13912345678")


def _seed_cases(db: Database) -> None:
    ids = add_organizations(db, ["阳光志愿服务队", "夕阳红舞蹈队", "邻里互助会"])
    for org_id, kind in zip(ids, ("备案", "备案", "登记"), strict=True):
        add_record(
            db, m.RegistrationCase, organization_id=org_id, kind=kind, opened_on=date(2024, 3, 1), status="办理中"
        )


def _seed_trainings(db: Database) -> None:
    add_training(db, "民政政策解读", date(2024, 3, 5))
    add_training(db, "财务规范管理", date(2024, 4, 9), topic="规范管理")
    add_training(db, "志愿者招募", date(2024, 5, 20), topic="志愿服务", trainer="李老师")


def _seed_activities(db: Database) -> None:
    (org,) = add_organizations(db, ["阳光志愿服务队"])
    add_activity(db, "敬老院探访", date(2024, 3, 5), organization_id=org, service_area="为老")
    add_activity(db, "垃圾分类宣传", date(2024, 4, 1), service_area="环境")
    add_activity(db, "亲子阅读小组", date(2024, 4, 20), kind="小组", location="图书室")


WORKSPACES = {
    "organizations": Workspace(
        OrganizationsPage,
        _seed_organizations,
        "name",
        ("阳光志愿服务队", "夕阳红舞蹈队", "邻里互助会"),
        ("王芳", "阳光志愿服务队"),
        ("category", "文体活动类", "夕阳红舞蹈队"),
        "还没有录入社会组织",
    ),
    "people": Workspace(
        PeoplePage,
        _seed_people,
        "name",
        ("王芳", "李明", "张伟"),
        ("张", "张伟"),
        ("certificate_level", "社会工作师", "李明"),
        "还没有录入人员",
    ),
    "registration": Workspace(
        RegistrationPage,
        _seed_cases,
        "organization_id",
        ("阳光志愿服务队", "夕阳红舞蹈队", "邻里互助会"),
        ("邻里", "邻里互助会"),
        ("kind", "登记", "邻里互助会"),
        "还没有登记备案记录",
    ),
    "trainings": Workspace(
        TrainingsPage,
        _seed_trainings,
        "title",
        ("民政政策解读", "财务规范管理", "志愿者招募"),
        ("李老师", "志愿者招募"),
        ("held_on", "2024-04", "财务规范管理"),
        "还没有录入培训",
    ),
    "activities": Workspace(
        ActivitiesPage,
        _seed_activities,
        "title",
        ("敬老院探访", "垃圾分类宣传", "亲子阅读小组"),
        ("图书室", "亲子阅读小组"),
        ("service_area", "环境", "垃圾分类宣传"),
        "还没有录入服务活动",
    ),
    "cases": Workspace(
        CasesPage,
        seed_cases,
        "title",
        ("邻里互助案例", "敬老服务案例", "环保宣传案例"),
        ("李老师", "环保宣传案例"),
        ("written_on", THIS_MONTH, "敬老服务案例"),
        "还没有典型案例",
    ),
    "resources": Workspace(
        ResourcesPage,
        seed_resources,
        "donor",
        ("天山建材商行", "爱心人士王芳", "县红十字会"),
        ("困难老人", "县红十字会"),
        ("donor_kind", "个人", "爱心人士王芳"),
        "还没有资源链接记录",
    ),
    "contests": Workspace(
        ContestsPage,
        seed_contests,
        "name",
        ("春季微创投大赛", "往年公益创投大赛", "秋季微创投大赛"),
        ("青少年", "秋季微创投大赛"),
        ("year", LAST_YEAR, "往年公益创投大赛"),
        "还没有公益创投大赛",
    ),
    "projects": Workspace(
        ProjectsPage,
        seed_projects,
        "name",
        ("福彩公益金项目", "往年治理项目", "社区营造项目"),
        ("民政局", "社区营造项目"),
        ("year", LAST_YEAR, "往年治理项目"),
        "还没有资助项目",
    ),
    "service_files": Workspace(
        ServiceFilesPage,
        seed_files,
        "subject_name",
        ("张*", "李*明", "欧**娜"),  # the list only ever shows masked names
        ("陈社工", "欧**娜"),
        ("kind", "婚姻家庭辅导", "李*明"),
        "还没有服务档案",
    ),
}


@pytest.fixture(params=list(WORKSPACES))
def workspace(request: pytest.FixtureRequest) -> Workspace:
    return WORKSPACES[request.param]


@pytest.fixture
def seeded(
    qtbot: QtBot, zh_cn: None, site_db: Database, make_context: Callable[[Database], AppContext], workspace: Workspace
) -> tuple[RecordPage, AppContext]:
    """The workspace's page over a database holding its three records, loaded and shown."""
    workspace.seed(site_db)
    context = make_context(site_db)
    widget = workspace.build(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    page = page_of(widget)
    wait_idle(qtbot, page)
    return page, context


def titles(page: RecordPage, workspace: Workspace) -> list[str]:
    return sorted(column(page, workspace.title_key))


def test_lists_records_with_a_plural_count(seeded: tuple[RecordPage, AppContext], workspace: Workspace) -> None:
    """The page lists the three records and says how many in Chinese."""
    page, _context = seeded
    assert titles(page, workspace) == sorted(workspace.titles)
    assert page.count_label.text() == "共 3 条"


def test_search_narrows_the_rows(qtbot: QtBot, seeded: tuple[RecordPage, AppContext], workspace: Workspace) -> None:
    """Typing part of a word in the search box leaves only the matching record; clearing brings all back."""
    page, _context = seeded
    text, found = workspace.search
    type_text(qtbot, page.search_edit, text)
    qtbot.waitUntil(lambda: titles(page, workspace) == [found], timeout=5000)
    page.search_edit.clear()
    qtbot.waitUntil(lambda: len(titles(page, workspace)) == 3, timeout=5000)


def test_filter_narrows_and_empty_filter_says_so(
    qtbot: QtBot, seeded: tuple[RecordPage, AppContext], workspace: Workspace
) -> None:
    """A filter combo narrows the rows; a filter matching nothing shows a calm message, not an empty grid."""
    page, _context = seeded
    key, value, found = workspace.filter
    page.filter_bar.choose(key, value)
    wait_idle(qtbot, page)
    assert titles(page, workspace) == [found]
    page.search_edit.setText("不可能有的名字")
    page.apply_filters()
    wait_idle(qtbot, page)
    assert page.model.rowCount() == 0
    assert page.empty_label.isVisible() and page.empty_label.text().startswith("没有符合筛选条件的")


def test_delete_asks_then_undo_brings_it_back(
    qtbot: QtBot, seeded: tuple[RecordPage, AppContext], workspace: Workspace
) -> None:
    """Delete asks first; after deleting, the undo bar's button restores the record and selects it."""
    page, _context = seeded
    page.select_row(0)
    victim = page.selected_id()
    title = column(page, workspace.title_key)[0]
    page.delete_selected()
    assert page.confirm_box is not None and f"“{title}”" in page.confirm_box.text()
    page.confirm_box.reject()  # "Cancel": nothing happens
    wait_idle(qtbot, page)
    assert page.model.rowCount() == 3
    confirm_delete(qtbot, page)
    assert title not in column(page, workspace.title_key)
    assert page.undo_bar.isVisible() and page.undo_bar.message.text() == f"已删除“{title}”。"
    qtbot.mouseClick(page.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert titles(page, workspace) == sorted(workspace.titles)
    assert page.selected_id() == victim
    assert not page.undo_bar.isVisible()


def test_restore_from_recently_deleted(
    qtbot: QtBot, seeded: tuple[RecordPage, AppContext], workspace: Workspace
) -> None:
    """A deleted record is listed under 最近删除; Restore puts it back in the table."""
    page, _context = seeded
    page.select_row(1)
    title = column(page, workspace.title_key)[1]
    confirm_delete(qtbot, page)
    page.undo_bar.dismiss()
    dialog = page.open_recently_deleted()
    assert dialog.windowTitle().startswith("最近删除")
    assert dialog.list.count() == 1
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.empty_label.isVisible()
    wait_idle(qtbot, page)
    assert title in column(page, workspace.title_key)


def test_keyboard_new_enter_and_delete(
    qtbot: QtBot, seeded: tuple[RecordPage, AppContext], workspace: Workspace
) -> None:
    """Ctrl+N opens a new form, Esc closes it; Enter on a row opens it; the Delete key asks to delete."""
    page, _context = seeded
    page.select_row(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.form_dialog
    assert dialog is not None and dialog.isVisible() and dialog.record_id is None
    qtbot.keyClick(dialog.editors[dialog.fields[0].name].focus_widget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.confirm_box is not None and page.confirm_box.isVisible()
    page.confirm_box.reject()


def test_table_model_passes_qtmodeltester(qtmodeltester: ModelTester, seeded: tuple[RecordPage, AppContext]) -> None:
    """Qt's model checks pass on the workspace's table model."""
    page, _context = seeded
    qtmodeltester.check(page.model)


def test_empty_database_shows_what_to_do(
    qtbot: QtBot, zh_cn: None, site_db: Database, make_context: Callable[[Database], AppContext], workspace: Workspace
) -> None:
    """With no records the page explains how to add the first one instead of showing an empty grid."""
    widget = workspace.build(make_context(site_db))
    qtbot.addWidget(widget)
    widget.show()
    page = page_of(widget)
    wait_idle(qtbot, page)
    assert page.empty_label.isVisible()
    assert page.empty_label.text().startswith(workspace.empty_text)
    assert "Ctrl+N" in page.empty_label.text()
    assert page.count_label.text() == "共 0 条"
