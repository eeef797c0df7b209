"""The trainings workspace: the training form, and attendance from the people list or walk-ins (人次)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.services.records import count_records, get_record, list_records
from incubator_desktop.ui.trainings.page import TrainingsPage
from incubator_desktop.ui.widgets.context import AppContext

from .factories import add_organizations, add_record, add_training
from .pages import choose, column, press_enter, saved, type_text, wait_idle


@pytest.fixture
def page(qtbot: QtBot, zh_cn: None, site_db: Database, make_context: Callable[[Database], AppContext]) -> TrainingsPage:
    widget = TrainingsPage(make_context(site_db))
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    wait_idle(qtbot, widget)
    return widget


def test_create_training(qtbot: QtBot, page: TrainingsPage, site_db: Database) -> None:
    """Title, topic, a date typed the Chinese way and hours; Enter saves; the table shows it with 0 人次."""
    dialog = page.new_record()
    type_text(qtbot, dialog.editors["title"].focus_widget(), "社区社会组织财务管理培训")
    choose(dialog.editors["topic"], "规范管理")
    date_edit = dialog.editors["held_on"].focus_widget()
    date_edit.clear()  # type: ignore[attr-defined]
    type_text(qtbot, date_edit, "2024年3月5日")
    hours = dialog.editors["hours"].focus_widget()
    hours.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(hours, "2.5")
    press_enter(qtbot, dialog, "hours")
    assert saved(dialog)
    wait_idle(qtbot, page)
    assert column(page, "held_on") == ["2024-03-05"]
    assert column(page, "hours") == ["2.5"]
    assert column(page, "attendance") == ["0"]
    with site_db.reading() as session:
        training = get_record(session, m.Training, dialog.saved_id or "")
        assert training.hours == Decimal("2.5")


def test_impossible_date_is_shown_inline(qtbot: QtBot, page: TrainingsPage, site_db: Database) -> None:
    """February 30th is refused under the date field and nothing is saved."""
    dialog = page.new_record()
    type_text(qtbot, dialog.editors["title"].focus_widget(), "政策解读")
    choose(dialog.editors["topic"], "民政政策")
    dialog.editors["held_on"].set_value("2024-02-30")
    press_enter(qtbot, dialog, "title")
    assert dialog.error_text("held_on") == "“2024-02-30”不是有效日期，请按 2024-05-01 的格式填写。"
    with site_db.reading() as session:
        assert count_records(session, m.Training) == 0


def test_edit_training(qtbot: QtBot, page: TrainingsPage, site_db: Database) -> None:
    """Changing the trainer in the form shows in the table."""
    add_training(site_db, "政策解读", date(2024, 3, 5))
    page.reload()
    wait_idle(qtbot, page)
    page.select_row(0)
    page.edit_selected()
    dialog = page.form_dialog
    assert dialog is not None
    type_text(qtbot, dialog.editors["trainer"].focus_widget(), "县民政局张科长")
    press_enter(qtbot, dialog, "trainer")
    assert saved(dialog)
    wait_idle(qtbot, page)
    assert column(page, "trainer") == ["县民政局张科长"]


def test_attendance_from_people_and_walk_ins(qtbot: QtBot, page: TrainingsPage, site_db: Database) -> None:
    """A person from the list (with their organization) and a walk-in make 2 人次; a person is not added twice."""
    (org,) = add_organizations(site_db, ["阳光志愿服务队"])
    person = add_record(site_db, m.Person, name="王芳", organization_id=org)
    add_training(site_db, "政策解读", date(2024, 3, 5))
    page.reload()
    wait_idle(qtbot, page)
    page.select_row(0)
    panel = page.attendance
    assert panel.training_id == page.selected_id()
    type_text(qtbot, panel.person.combo.lineEdit(), "王芳")
    panel.add_person()
    type_text(qtbot, panel.walk_in, "李四")
    qtbot.keyClick(panel.walk_in, "\r")
    assert panel.names() == ["李四（临时参训）", "王芳"] or sorted(panel.names()) == ["李四（临时参训）", "王芳"]
    assert panel.count_label.text() == "共 2 人次"
    wait_idle(qtbot, page)
    assert column(page, "attendance") == ["2"]
    choose(panel.person, person)
    panel.add_person()
    assert panel.error_label.text() == "此人已在签到名单中。"
    with site_db.reading() as session:
        rows = list_records(session, m.Attendance)
        assert sorted((row.attendee_name, row.organization_id) for row in rows) == [("李四", None), ("王芳", org)]


def test_removing_an_attendee(qtbot: QtBot, page: TrainingsPage, site_db: Database) -> None:
    """Removing the selected attendee lowers the 人次."""
    training = add_training(site_db, "政策解读", date(2024, 3, 5))
    for name in ("甲", "乙"):
        add_record(site_db, m.Attendance, training_id=training, attendee_name=name)
    page.reload()
    wait_idle(qtbot, page)
    page.select_row(0)
    panel = page.attendance
    panel.list.setCurrentRow(0)
    panel.remove_selected()
    assert panel.count_label.text() == "共 1 人次"
