"""The resources workspace: the resource form in yuan, inline checks, editing, and the total under the filters."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.services.records import count_records, get_record
from incubator_desktop.ui.resources.page import ResourcesPage
from incubator_desktop.ui.widgets.context import AppContext

from .factories import add_organizations
from .pages import choose, column, press_enter, saved, type_text, wait_idle
from .seeds import add_resource


@pytest.fixture
def page(qtbot: QtBot, zh_cn: None, site_db: Database, make_context: Callable[[Database], AppContext]) -> ResourcesPage:
    widget = ResourcesPage(make_context(site_db))
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    wait_idle(qtbot, widget)
    return widget


def reload(qtbot: QtBot, page: ResourcesPage) -> None:
    page.reload()
    wait_idle(qtbot, page)


def test_create_a_donation_in_yuan(qtbot: QtBot, page: ResourcesPage, site_db: Database) -> None:
    """A value typed in yuan is stored in fen, listed with two decimals and added to the total above."""
    assert page.total_label.text() == "全部资源合计价值：0.00 元"
    dialog = page.new_record()
    type_text(qtbot, dialog.editors["donor"].focus_widget(), "天山建材商行")
    choose(dialog.editors["donor_kind"], "企业")
    choose(dialog.editors["form"], "实物")
    type_text(qtbot, dialog.editors["description"].focus_widget(), "书包文具19套")
    qtbot.keyClicks(dialog.editors["value_fen"].focus_widget(), "1234.5")
    type_text(qtbot, dialog.editors["recipient"].focus_widget(), "光明村困难学生")
    press_enter(qtbot, dialog, "value_fen")
    assert saved(dialog)
    wait_idle(qtbot, page)
    assert column(page, "value_fen") == ["1,234.50"]
    assert column(page, "recipient_organization_id") == ["光明村困难学生"]
    assert page.total_label.text() == "全部资源合计价值：1,234.50 元"
    with site_db.reading() as session:
        assert get_record(session, m.ResourceLink, dialog.saved_id or "").value_fen == 123450


def test_value_is_required_and_nothing_is_saved(qtbot: QtBot, page: ResourcesPage, site_db: Database) -> None:
    """Without a value the form stays open with the message under the value, and nothing is saved."""
    dialog = page.new_record()
    type_text(qtbot, dialog.editors["donor"].focus_widget(), "县红十字会")
    choose(dialog.editors["donor_kind"], "慈善组织")
    choose(dialog.editors["form"], "现金")
    type_text(qtbot, dialog.editors["description"].focus_widget(), "现金捐赠")
    press_enter(qtbot, dialog, "donor")
    assert not saved(dialog)
    assert dialog.error_text("value_fen") == "此项必须填写。"
    with site_db.reading() as session:
        assert count_records(session, m.ResourceLink) == 0


def test_edit_the_value_updates_the_total(qtbot: QtBot, page: ResourcesPage, site_db: Database) -> None:
    """Changing a gift's value changes the row and the total."""
    add_resource(site_db, "县红十字会", 800, date(2024, 5, 20))
    reload(qtbot, page)
    page.select_row(0)
    page.edit_selected()
    dialog = page.form_dialog
    assert dialog is not None
    field = dialog.editors["value_fen"].focus_widget()
    field.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(field, "950")
    press_enter(qtbot, dialog, "value_fen")
    assert saved(dialog)
    wait_idle(qtbot, page)
    assert column(page, "value_fen") == ["950.00"]
    assert page.total_label.text() == "全部资源合计价值：950.00 元"


def test_total_follows_the_filters(qtbot: QtBot, page: ResourcesPage, site_db: Database) -> None:
    """With a donor or recipient filter the total adds up only the resources listed, and says so."""
    (org,) = add_organizations(site_db, ["阳光志愿服务队"])
    add_resource(site_db, "天山建材商行", 1000, date(2024, 3, 5), recipient_organization_id=org)
    add_resource(site_db, "爱心人士王芳", 500, date(2024, 4, 1), donor_kind="个人")
    add_resource(site_db, "喀什乳业", 250, date(2024, 4, 9))
    page.filter_bar.reload_references()
    reload(qtbot, page)
    assert page.total_label.text() == "全部资源合计价值：1,750.00 元"
    page.filter_bar.choose("donor_kind", "企业")
    wait_idle(qtbot, page)
    assert page.total_label.text() == "所列资源合计价值：1,250.00 元"
    page.filter_bar.clear()
    page.filter_bar.choose("recipient_organization_id", org)
    wait_idle(qtbot, page)
    assert column(page, "recipient_organization_id") == ["阳光志愿服务队"]
    assert page.total_label.text() == "所列资源合计价值：1,000.00 元"
    page.filter_bar.clear()
    month = page.filter_bar.combos["received_on"]
    month.addItem("2024年4月", "2024-04")  # the test's months lie outside the offered last 36
    page.filter_bar.choose("received_on", "2024-04")
    wait_idle(qtbot, page)
    assert page.total_label.text() == "2024年4月所列资源合计价值：750.00 元"
