"""The generic record form: Tab order, Esc, money in yuan stored as fen, every problem shown at once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.services.records import count_records, get_record
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.form_spec import FieldKind, FieldSpec, FormSpec
from incubator_desktop.ui.widgets.record_form import RecordFormDialog
from incubator_desktop.ui.widgets.vocab_labels import donor_kind_labels, resource_form_labels

from .factories import add_organizations
from .pages import choose, press_enter, saved, type_text

DONATION = FormSpec(
    model=m.ResourceLink,
    new_title="新建资源",
    edit_title="修改资源",
    fields=(
        FieldSpec("donor", "捐赠方", required=True),
        FieldSpec("donor_kind", "捐赠方类型", FieldKind.CHOICE, True, donor_kind_labels()),
        FieldSpec("form", "形式", FieldKind.CHOICE, True, resource_form_labels()),
        FieldSpec("received_on", "日期", FieldKind.DATE, True),
        FieldSpec("value_fen", "价值", FieldKind.MONEY, True),
        FieldSpec("description", "内容", required=True),
        FieldSpec("recipient_organization_id", "受赠组织", FieldKind.REFERENCE, reference="organizations"),
    ),
)
CONTEST = FormSpec(
    model=m.VentureContest,
    new_title="新建大赛",
    edit_title="修改大赛",
    fields=(
        FieldSpec("name", "名称", required=True),
        FieldSpec("expert_weight", "专家评审权重", FieldKind.INT, default=60),
        FieldSpec("pledge_weight", "认捐权重", FieldKind.INT, default=20),
        FieldSpec("vote_weight", "大众投票权重", FieldKind.INT, default=20),
    ),
)


@pytest.fixture
def open_form(
    qtbot: QtBot, zh_cn: None, site_db: Database, make_context: Callable[[Database], AppContext]
) -> Callable[..., RecordFormDialog]:
    context = make_context(site_db)

    def make(spec: FormSpec, record_id: str | None = None) -> RecordFormDialog:
        dialog = RecordFormDialog(context, spec, record_id)
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def test_tab_follows_the_fields_in_order(qtbot: QtBot, open_form: Callable[..., RecordFormDialog]) -> None:
    """The first field has the keyboard; Tab walks the fields in the spec's order, then Save and Cancel."""
    dialog = open_form(DONATION)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.editors["donor"].focus_widget())
    visited = []
    for _ in range(len(DONATION.fields) + 1):
        visited.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    expected = [dialog.editors[field.name].focus_widget() for field in DONATION.fields] + [dialog.save_button]
    assert visited == expected


def test_escape_cancels_without_saving(
    qtbot: QtBot, open_form: Callable[..., RecordFormDialog], site_db: Database
) -> None:
    """Esc closes the form and writes nothing."""
    dialog = open_form(DONATION)
    type_text(qtbot, dialog.editors["donor"].focus_widget(), "爱心企业")
    qtbot.keyClick(dialog.editors["donor"].focus_widget(), Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    with site_db.reading() as session:
        assert count_records(session, m.ResourceLink) == 0


def test_money_is_typed_in_yuan_and_stored_in_fen(
    qtbot: QtBot, open_form: Callable[..., RecordFormDialog], site_db: Database
) -> None:
    """12 345.6 yuan is stored as 1 234 560 fen and reads back as 12345.60 when editing."""
    (org,) = add_organizations(site_db, ["阳光志愿服务队"])
    dialog = open_form(DONATION)
    type_text(qtbot, dialog.editors["donor"].focus_widget(), "爱心企业")
    choose(dialog.editors["donor_kind"], "企业")
    choose(dialog.editors["form"], "现金")
    qtbot.keyClicks(dialog.editors["received_on"].focus_widget(), "20240301")
    qtbot.keyClicks(dialog.editors["value_fen"].focus_widget(), "12345.6")
    type_text(qtbot, dialog.editors["description"].focus_widget(), "助老活动经费")
    choose(dialog.editors["recipient_organization_id"], org)
    press_enter(qtbot, dialog, "description")
    assert saved(dialog)
    with site_db.reading() as session:
        link = get_record(session, m.ResourceLink, dialog.saved_id or "")
        assert (link.value_fen, link.received_on, link.recipient_organization_id) == (1234560, date(2024, 3, 1), org)
    again = open_form(DONATION, dialog.saved_id)
    assert again.windowTitle() == "修改资源"
    assert again.editors["value_fen"].focus_widget().text() == "12345.60"  # type: ignore[attr-defined]


def test_every_problem_is_shown_at_once(qtbot: QtBot, open_form: Callable[..., RecordFormDialog]) -> None:
    """Empty required fields and an unreadable date are all reported in one go, under their own fields."""
    dialog = open_form(DONATION)
    qtbot.keyClicks(dialog.editors["received_on"].focus_widget(), "2024-13-01")
    press_enter(qtbot, dialog, "received_on")
    assert dialog.error_text("received_on").startswith("“2024-13-01”不是有效日期")
    for name in ("donor", "donor_kind", "form", "value_fen", "description"):
        assert dialog.error_text(name) == "此项必须填写。", name
    assert dialog.error_text("recipient_organization_id") == ""
    assert dialog.focusWidget() is dialog.editors["donor"].focus_widget()  # the first problem has the keyboard


def test_errors_about_fields_not_on_the_form_go_above_the_buttons(
    qtbot: QtBot, open_form: Callable[..., RecordFormDialog]
) -> None:
    """Weights adding up to 110 are reported under the expert weight; the year, not on this form, above the buttons."""
    dialog = open_form(CONTEST)
    type_text(qtbot, dialog.editors["name"].focus_widget(), "微创投大赛")
    weight = dialog.editors["pledge_weight"].focus_widget()
    weight.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(weight, "30")
    press_enter(qtbot, dialog, "name")
    assert not saved(dialog)
    assert dialog.error_text("expert_weight") == "三项权重之和应为 100，现在是 110。"
    assert dialog.general_error.isVisibleTo(dialog)
    assert dialog.general_error.text() == "year: 此项必须填写。"


def test_calendar_pick_fills_the_date(open_form: Callable[..., RecordFormDialog]) -> None:
    """Clicking a day in the calendar beside a date field writes it in the field."""
    dialog = open_form(DONATION)
    editor = dialog.editors["received_on"]
    editor.calendar.clicked.emit(editor.calendar.selectedDate().addDays(-1))  # type: ignore[attr-defined]
    assert editor.value() is not None
