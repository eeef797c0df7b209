"""The registration workspace: a new case gets the default checklist; ticking documents moves the progress."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.services.records import count_records, list_records
from incubator_desktop.core.vocab import DEFAULT_CHECKLIST
from incubator_desktop.ui.registration.page import RegistrationPage
from incubator_desktop.ui.widgets.context import AppContext

from .factories import add_organizations, add_record
from .pages import choose, column, press_enter, saved, type_text, wait_idle


@pytest.fixture
def page(
    qtbot: QtBot, zh_cn: None, site_db: Database, make_context: Callable[[Database], AppContext]
) -> RegistrationPage:
    add_organizations(site_db, ["阳光志愿服务队", "邻里互助会"])
    widget = RegistrationPage(make_context(site_db))
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    wait_idle(qtbot, widget)
    return widget


def test_new_case_comes_with_the_default_checklist(qtbot: QtBot, page: RegistrationPage, site_db: Database) -> None:
    """Choosing the organization by typing part of its name and pressing Enter creates the case and its 5 documents."""
    dialog = page.new_record()
    assert dialog.editors["organization_id"].value() is None  # never preselected
    type_text(qtbot, dialog.editors["organization_id"].focus_widget(), "邻里互助会")
    press_enter(qtbot, dialog, "opened_on")
    assert saved(dialog)
    wait_idle(qtbot, page)
    assert column(page, "organization_id") == ["邻里互助会"]
    assert column(page, "kind") == ["备案"]
    assert column(page, "progress") == ["0/5"]
    assert page.checklist.case_id == dialog.saved_id
    assert list(page.checklist.combos) == list(DEFAULT_CHECKLIST)
    assert page.checklist.progress_label.text() == "已审核：0/5"


def test_missing_organization_is_shown_inline(qtbot: QtBot, page: RegistrationPage, site_db: Database) -> None:
    """Saving without an organization says so under that field, and a name that is not on the list too."""
    dialog = page.new_record()
    press_enter(qtbot, dialog, "opened_on")
    assert dialog.error_text("organization_id") == "此项必须填写。"
    type_text(qtbot, dialog.editors["organization_id"].focus_widget(), "不存在的组织")
    press_enter(qtbot, dialog, "opened_on")
    assert dialog.error_text("organization_id") == "所选的记录已不存在，请重新选择。"
    with site_db.reading() as session:
        assert count_records(session, m.RegistrationCase) == 0
        assert count_records(session, m.ChecklistItem) == 0


def test_ticking_documents_updates_progress_everywhere(qtbot: QtBot, page: RegistrationPage, site_db: Database) -> None:
    """Marking three documents 已审核 shows 3/5 in the panel and in the table, and is saved at once."""
    dialog = page.new_record()
    choose(dialog.editors["organization_id"], page.filter_bar.combos["organization_id"].itemData(1))
    dialog.save()
    wait_idle(qtbot, page)
    for item in DEFAULT_CHECKLIST[:3]:
        page.checklist.set_status(item, "已审核")
    page.checklist.set_status(DEFAULT_CHECKLIST[3], "已提交")
    assert page.checklist.progress_label.text() == "已审核：3/5"
    wait_idle(qtbot, page)
    assert column(page, "progress") == ["3/5"]
    with site_db.reading() as session:
        statuses = [item.status for item in list_records(session, m.ChecklistItem, order_by=["position"])]
    assert statuses == ["已审核", "已审核", "已审核", "已提交", "未提交"]


def test_extra_document_can_be_added(qtbot: QtBot, page: RegistrationPage, site_db: Database) -> None:
    """A document beyond the defaults is added to the checklist and counts in the progress."""
    (org,) = add_organizations(site_db, ["夕阳红舞蹈队"])
    add_record(
        site_db, m.RegistrationCase, organization_id=org, kind="登记", opened_on=date(2024, 1, 2), status="办理中"
    )
    page.reload()
    wait_idle(qtbot, page)
    page.select_row(0)
    type_text(qtbot, page.checklist.new_item, "党建工作承诺书")
    qtbot.keyClick(page.checklist.new_item, "\r")
    assert list(page.checklist.combos) == ["党建工作承诺书"]
    assert page.checklist.progress_label.text() == "已审核：0/1"


def test_edit_case_status(qtbot: QtBot, page: RegistrationPage) -> None:
    """Editing a case to 已完成 with a closing date shows both in the table."""
    dialog = page.new_record()
    choose(dialog.editors["organization_id"], page.filter_bar.combos["organization_id"].itemData(2))
    dialog.editors["opened_on"].set_value(date(2024, 3, 1))
    dialog.save()
    wait_idle(qtbot, page)
    page.edit_selected()
    edit = page.form_dialog
    assert edit is not None and edit.record_id is not None
    choose(edit.editors["status"], "已完成")
    type_text(qtbot, edit.editors["closed_on"].focus_widget(), "2024/4/1")
    press_enter(qtbot, edit, "closed_on")
    assert saved(edit)
    wait_idle(qtbot, page)
    assert column(page, "status") == ["已完成"]
    assert column(page, "closed_on") == ["2024-04-01"]
