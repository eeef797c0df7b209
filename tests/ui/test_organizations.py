"""The organizations workspace: the form with inline checks, editing, the stage, and the organization page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.services.records import count_records, get_record, list_records
from incubator_desktop.ui.organizations.page import OrganizationsPage
from incubator_desktop.ui.widgets.context import AppContext

from .factories import add_activity, add_organizations, add_record
from .pages import choose, column, press_enter, saved, type_text, wait_idle

BAD_ID = "110105194912310021"  # the check character should be X
GOOD_ID = "11010519491231002X"


@pytest.fixture
def page(
    qtbot: QtBot, zh_cn: None, site_db: Database, make_context: Callable[[Database], AppContext]
) -> OrganizationsPage:
    widget = OrganizationsPage(make_context(site_db))
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    wait_idle(qtbot, widget.list_page)
    return widget


def test_headers_are_chinese(page: OrganizationsPage) -> None:
    """The table's headers are the Chinese column names."""
    model = page.list_page.model
    headers = [model.headerData(section, Qt.Orientation.Horizontal) for section in range(model.columnCount())]
    assert headers == ["名称", "类别", "所在村（社区）", "培育阶段", "负责人", "联系电话", "成立日期", "成员人数"]


def test_create_with_the_keyboard(qtbot: QtBot, page: OrganizationsPage, site_db: Database) -> None:
    """Typing a name, choosing a category and pressing Enter saves the organization and selects it."""
    dialog = page.list_page.new_record()
    assert dialog.windowTitle() == "新建社区社会组织"
    type_text(qtbot, dialog.editors["name"].focus_widget(), "红旗村读书会")
    choose(dialog.editors["category"], "文体活动类")
    type_text(qtbot, dialog.editors["leader_phone"].focus_widget(), "13912345678")
    type_text(qtbot, dialog.editors["leader_id_number"].focus_widget(), GOOD_ID)
    press_enter(qtbot, dialog, "leader_id_number")
    assert saved(dialog)
    wait_idle(qtbot, page.list_page)
    assert column(page.list_page, "name") == ["红旗村读书会"]
    assert column(page.list_page, "leader_phone") == ["139****5678"]  # masked in the table
    assert page.list_page.selected_id() == dialog.saved_id
    with site_db.reading() as session:
        org = get_record(session, m.Organization, dialog.saved_id or "")
        assert (org.stage, org.leader_id_number) == ("入驻", GOOD_ID)  # stored in full


def test_bad_id_number_is_shown_inline_and_nothing_saved(
    qtbot: QtBot, page: OrganizationsPage, site_db: Database
) -> None:
    """A wrong check character shows a Chinese message under the ID field; the dialog stays; nothing is saved."""
    dialog = page.list_page.new_record()
    type_text(qtbot, dialog.editors["name"].focus_widget(), "红旗村读书会")
    type_text(qtbot, dialog.editors["leader_id_number"].focus_widget(), BAD_ID)
    type_text(qtbot, dialog.editors["credit_code"].focus_widget(), "51653121MJ0000000X")
    type_text(qtbot, dialog.editors["founded_on"].focus_widget(), "2023-02-30")
    press_enter(qtbot, dialog, "name")
    assert dialog.isVisible() and not saved(dialog)
    assert dialog.error_text("leader_id_number") == "身份证号码最后一位（校验位）不对，应为 X，请核对。"
    assert dialog.error_text("founded_on") == "“2023-02-30”不是有效日期，请按 2024-05-01 的格式填写。"
    assert dialog.error_text("name") == ""
    with site_db.reading() as session:
        assert count_records(session, m.Organization) == 0
    dialog.editors["founded_on"].set_value(date(2020, 1, 1))
    press_enter(qtbot, dialog, "name")
    assert dialog.error_text("founded_on") == ""
    assert "统一社会信用代码" in dialog.error_text("credit_code")
    assert dialog.error_text("leader_id_number").startswith("身份证号码最后一位")


def test_future_date_and_missing_category(qtbot: QtBot, page: OrganizationsPage) -> None:
    """An impossible (future) founding date and an empty required choice are both reported at once."""
    dialog = page.list_page.new_record()
    choose(dialog.editors["stage"], "入驻")
    type_text(qtbot, dialog.editors["founded_on"].focus_widget(), "2999-01-01")
    press_enter(qtbot, dialog, "founded_on")
    assert dialog.error_text("founded_on") == "日期不能晚于今天，请核对。"
    assert dialog.error_text("name") == "此项必须填写。"


def test_edit_changes_the_row(qtbot: QtBot, page: OrganizationsPage, site_db: Database) -> None:
    """Editing opens the stored values (ID number unmasked) and saving shows the change in the table."""
    add_organizations(site_db, ["阳光志愿服务队"], leader_id_number=GOOD_ID, members=12)
    page.list_page.reload()
    wait_idle(qtbot, page.list_page)
    page.list_page.select_row(0)
    page.list_page.edit_selected()
    dialog = page.list_page.form_dialog
    assert dialog is not None and dialog.windowTitle() == "修改社区社会组织"
    assert "stage" not in dialog.editors  # stages change on the organization page, with their date
    assert dialog.editors["leader_id_number"].value() == GOOD_ID
    members = dialog.editors["members"].focus_widget()
    members.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(members, "30")
    press_enter(qtbot, dialog, "members")
    assert saved(dialog)
    wait_idle(qtbot, page.list_page)
    assert column(page.list_page, "members") == ["30"]


def test_sorting_by_a_header_happens_in_the_database(qtbot: QtBot, page: OrganizationsPage, site_db: Database) -> None:
    """Clicking the members header orders every row by members, descending on the second click."""
    for name, members in (("甲队", 5), ("乙队", 50), ("丙队", 20)):
        add_organizations(site_db, [name], members=members)
    list_page = page.list_page
    list_page.reload()
    wait_idle(qtbot, list_page)
    header = list_page.table.horizontalHeader()
    section = [c.key for c in list_page.spec.columns].index("members")
    point = QPoint(header.sectionViewportPosition(section) + 10, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
    wait_idle(qtbot, list_page)
    assert column(list_page, "members") == ["5", "20", "50"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
    wait_idle(qtbot, list_page)
    assert column(list_page, "members") == ["50", "20", "5"]


def _open_page(qtbot: QtBot, page: OrganizationsPage, organization_id: str) -> None:
    page.open_organization(organization_id)
    qtbot.waitUntil(lambda: page.detail.story is not None, timeout=5000)


def test_filed_organization_with_one_activity_is_one_short(
    qtbot: QtBot, page: OrganizationsPage, site_db: Database
) -> None:
    """A filed organization with one activity is not yet effectively incubated: "还差 1 场活动"."""
    (org,) = add_organizations(site_db, ["邻里互助会"], stage="已备案", filed_on=date(2024, 1, 10))
    add_activity(site_db, "敬老院探访", date(2024, 3, 5), organization_id=org)
    _open_page(qtbot, page, org)
    view = page.detail.view
    assert page.showing_detail()
    assert view.verdict_title.text() == "尚未达到有效孵化"
    assert view.verdict_detail.text() == "还差 1 场活动"
    assert view.activity_title.text() == "服务活动（共 1 场）"
    assert view.activity_table.texts(1) == ["敬老院探访"]


def test_second_activity_makes_it_effective(qtbot: QtBot, page: OrganizationsPage, site_db: Database) -> None:
    """With a second activity the page (refreshing by itself) says the organization is effectively incubated."""
    (org,) = add_organizations(site_db, ["邻里互助会"], stage="已备案", filed_on=date(2024, 1, 10))
    add_activity(site_db, "敬老院探访", date(2024, 3, 5), organization_id=org)
    _open_page(qtbot, page, org)
    add_activity(site_db, "垃圾分类宣传", date(2024, 4, 1), organization_id=org)
    page.detail.story = None
    page.detail._context.bus.notify("activities")
    qtbot.waitUntil(lambda: page.detail.story is not None, timeout=5000)
    view = page.detail.view
    assert view.verdict_title.text() == "已达到有效孵化"
    assert view.verdict_detail.text() == "已在乡镇（街道）备案，已开展 2 场社区服务活动。"


def test_unfiled_organization_is_told_both_reasons(qtbot: QtBot, page: OrganizationsPage, site_db: Database) -> None:
    """An organization still incubating, with no activities, is told it must file and hold 2 activities."""
    (org,) = add_organizations(site_db, ["夕阳红舞蹈队"])
    _open_page(qtbot, page, org)
    assert page.detail.view.verdict_detail.text() == "尚未在乡镇（街道）备案；还差 2 场活动"
    assert page.detail.view.case_table.texts() == []


def test_change_stage_records_history_and_date(qtbot: QtBot, page: OrganizationsPage, site_db: Database) -> None:
    """ "变更阶段" proposes the next stage; saving moves the organization, sets 备案日期 and adds a history row."""
    (org,) = add_organizations(site_db, ["邻里互助会"])
    _open_page(qtbot, page, org)
    page.detail.change_stage()
    dialog = page.detail.form_dialog
    assert dialog is not None
    assert dialog.editors["stage"].value() == "已备案"  # the stage after 培育中
    dialog.editors["happened_on"].set_value(date(2024, 5, 6))
    page.detail.story = None
    press_enter(qtbot, dialog, "note")
    assert saved(dialog)
    qtbot.waitUntil(lambda: page.detail.story is not None, timeout=5000)
    assert page.detail.view.stage_table.texts(1) == ["已备案"]
    with site_db.reading() as session:
        stored = get_record(session, m.Organization, org)
        assert (stored.stage, stored.filed_on) == ("已备案", date(2024, 5, 6))


def test_stage_date_before_founding_is_shown_under_the_date(
    qtbot: QtBot, page: OrganizationsPage, site_db: Database
) -> None:
    """Filing dated before the organization was founded is refused, and said under the stage form's date."""
    (org,) = add_organizations(site_db, ["邻里互助会"], founded_on=date(2024, 5, 1))
    _open_page(qtbot, page, org)
    page.detail.change_stage()
    dialog = page.detail.form_dialog
    assert dialog is not None
    dialog.editors["happened_on"].set_value(date(2024, 1, 1))
    press_enter(qtbot, dialog, "note")
    assert not saved(dialog)
    assert dialog.error_text("happened_on").startswith("这个日期早于")


def test_plan_and_milestone_from_the_page(qtbot: QtBot, page: OrganizationsPage, site_db: Database) -> None:
    """A plan made on the page shows its goals; a milestone added to it shows as not yet done."""
    (org,) = add_organizations(site_db, ["邻里互助会"])
    _open_page(qtbot, page, org)
    page.detail.new_plan()
    dialog = page.detail.form_dialog
    assert dialog is not None
    type_text(qtbot, dialog.editors["goals"].focus_widget(), "完成乡镇备案")
    dialog.save()
    assert saved(dialog)
    qtbot.waitUntil(lambda: bool(page.detail.story and page.detail.story.plans), timeout=5000)
    with site_db.reading() as session:
        (plan,) = list_records(session, m.IncubationPlan, filters={"organization_id": org})
        plan_id = plan.id
    page.detail.view.add_milestone.emit(plan_id)
    milestone = page.detail.form_dialog
    assert milestone is not None and milestone.windowTitle() == "新建里程碑"
    type_text(qtbot, milestone.editors["title"].focus_widget(), "首次社区活动")
    press_enter(qtbot, milestone, "title")
    assert saved(milestone)
    qtbot.waitUntil(lambda: bool(page.detail.story and page.detail.story.plans[0].milestones), timeout=5000)


def test_page_lists_cases_trainings_and_resources(qtbot: QtBot, page: OrganizationsPage, site_db: Database) -> None:
    """The page gathers the organization's checklist progress, trainings attended and resources received."""
    (org,) = add_organizations(site_db, ["邻里互助会"])
    case = add_record(site_db, m.RegistrationCase, organization_id=org, kind="备案", opened_on=date(2024, 2, 1),
                      status="办理中")  # fmt: skip
    for position, status in enumerate(("已审核", "已审核", "未提交")):
        add_record(site_db, m.ChecklistItem, case_id=case, item=f"材料{position}", status=status, position=position)
    training = add_record(site_db, m.Training, title="财务培训", topic="规范管理", held_on=date(2024, 3, 1), hours=2)
    add_record(site_db, m.Attendance, training_id=training, attendee_name="王芳", organization_id=org)
    add_record(site_db, m.ResourceLink, received_on=date(2024, 3, 2), donor="爱心企业", donor_kind="企业", form="现金",
               description="活动经费", value_fen=500000, recipient_organization_id=org)  # fmt: skip
    _open_page(qtbot, page, org)
    view = page.detail.view
    assert view.case_table.texts(3) == ["2/3"]
    assert view.case_table.texts(4) == ["材料2"]
    assert view.training_table.texts(1) == ["财务培训"]
    assert view.resource_table.texts(3) == ["5,000.00"]
    page.detail.back_button.click()
    assert not page.showing_detail()


def test_page_subtitle_names_the_category_in_the_interface_language(
    qtbot: QtBot, site_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """In English the organization page calls the stored category 文体活动类 "Culture and sports", not Chinese."""
    widget = OrganizationsPage(make_context(site_db))
    qtbot.addWidget(widget)
    (org,) = add_organizations(site_db, ["邻里互助会"])
    with site_db.transaction() as session:
        session.get_one(m.Organization, org).category = "文体活动类"
    _open_page(qtbot, widget, org)
    subtitle = widget.detail.view.subtitle.text()
    assert "Culture and sports" in subtitle
    assert "文体活动类" not in subtitle
