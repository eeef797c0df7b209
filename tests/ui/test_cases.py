"""The case-studies workspace: the case form (create, inline checks, edit) and the photos beside a case."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.services.records import count_records, get_record
from incubator_desktop.ui.cases.page import CasesPage
from incubator_desktop.ui.widgets.context import AppContext

from .factories import add_organizations
from .pages import column, press_enter, saved, type_text, wait_idle
from .seeds import add_case


@pytest.fixture
def page(qtbot: QtBot, zh_cn: None, site_db: Database, make_context: Callable[[Database], AppContext]) -> CasesPage:
    add_organizations(site_db, ["阳光志愿服务队"])
    widget = CasesPage(make_context(site_db))
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    wait_idle(qtbot, widget)
    return widget


def test_create_a_case_with_the_keyboard(qtbot: QtBot, page: CasesPage, site_db: Database) -> None:
    """Typing a title, the organization and the three parts, then Enter, saves the case and lists it."""
    dialog = page.new_record()
    assert dialog.windowTitle() == "新建典型案例"
    type_text(qtbot, dialog.editors["title"].focus_widget(), "互助会化解邻里纠纷")
    type_text(qtbot, dialog.editors["organization_id"].focus_widget(), "阳光志愿服务队")
    type_text(qtbot, dialog.editors["background"].focus_widget(), "两户邻居因排水沟发生争执。")
    type_text(qtbot, dialog.editors["results"].focus_widget(), "双方握手言和，排水沟已修好。")
    press_enter(qtbot, dialog, "title")
    assert saved(dialog)
    wait_idle(qtbot, page)
    assert column(page, "title") == ["互助会化解邻里纠纷"]
    assert column(page, "organization_id") == ["阳光志愿服务队"]
    assert page.selected_id() == dialog.saved_id
    with site_db.reading() as session:
        case = get_record(session, m.CaseStudy, dialog.saved_id or "")
        assert (case.background, case.written_on) == ("两户邻居因排水沟发生争执。", date.today())


def test_missing_title_is_shown_under_the_field(qtbot: QtBot, page: CasesPage, site_db: Database) -> None:
    """A case without a title stays open with the message under the title, and nothing is saved."""
    dialog = page.new_record()
    type_text(qtbot, dialog.editors["background"].focus_widget(), "背景")
    press_enter(qtbot, dialog, "author")
    assert not saved(dialog)
    assert dialog.error_text("title") == "此项必须填写。"
    with site_db.reading() as session:
        assert count_records(session, m.CaseStudy) == 0


def test_edit_a_case(qtbot: QtBot, page: CasesPage, site_db: Database) -> None:
    """Changing the author in the form shows the new author in the table."""
    add_case(site_db, "敬老服务案例", date(2024, 3, 5), author="王芳")
    page.reload()
    wait_idle(qtbot, page)
    page.select_row(0)
    page.edit_selected()
    dialog = page.form_dialog
    assert dialog is not None and dialog.windowTitle() == "修改典型案例"
    field = dialog.editors["author"].focus_widget()
    field.clear()  # type: ignore[attr-defined]
    type_text(qtbot, field, "李老师")
    press_enter(qtbot, dialog, "author")
    assert saved(dialog)
    wait_idle(qtbot, page)
    assert column(page, "author") == ["李老师"]


def test_photos_of_a_case(qtbot: QtBot, page: CasesPage, site_db: Database, tmp_path: Path) -> None:
    """A photo added beside a case is linked to it as a case-study attachment and counted in the table."""
    add_case(site_db, "敬老服务案例", date(2024, 3, 5))
    page.reload()
    wait_idle(qtbot, page)
    page.select_row(0)
    image = QImage(320, 240, QImage.Format.Format_RGB32)
    image.fill(QColor("#64b5f6"))
    assert image.save(str(tmp_path / "合影.jpg"))
    page.photos.add_files([tmp_path / "合影.jpg"])
    qtbot.waitUntil(lambda: page.photos.filenames() == ["合影.jpg"], timeout=5000)
    wait_idle(qtbot, page)
    assert column(page, "photos") == ["1"]
    with site_db.reading() as session:
        assert count_records(session, m.Attachment, filters={"record_type": "case_studies"}) == 1
