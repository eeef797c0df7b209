"""The people workspace: the person form (create, inline ID check), masked listing, filters, delete/undo."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.services.records import count_records, get_record
from incubator_desktop.ui.people.page import PeoplePage
from incubator_desktop.ui.widgets.context import AppContext

from .factories import add_organizations, add_record
from .pages import choose, column, confirm_delete, press_enter, saved, type_text, wait_idle

ID_NUMBER = "11010519491231002X"
PHONE = "13912345678"


@pytest.fixture
def org_ids(site_db: Database) -> list[str]:
    return add_organizations(site_db, ["阳光志愿服务队", "夕阳红舞蹈队"])


@pytest.fixture
def page(
    qtbot: QtBot,
    zh_cn: None,
    site_db: Database,
    org_ids: list[str],
    make_context: Callable[[Database], AppContext],
) -> PeoplePage:
    widget = PeoplePage(make_context(site_db))
    qtbot.addWidget(widget)
    widget.resize(1400, 700)
    widget.show()
    wait_idle(qtbot, widget)
    return widget


def seed_people(qtbot: QtBot, page: PeoplePage, site_db: Database, org_ids: list[str]) -> None:
    add_record(site_db, m.Person, name="王芳", organization_id=org_ids[0], id_number=ID_NUMBER, phone=PHONE)
    add_record(site_db, m.Person, name="李明", organization_id=org_ids[1], certificate_level="社会工作师")
    add_record(site_db, m.Person, name="张伟", roles=["志愿者"])
    page.reload()
    wait_idle(qtbot, page)


def test_create_a_person_with_the_form(qtbot: QtBot, page: PeoplePage, site_db: Database) -> None:
    """Filling every field and pressing Enter saves the person and lists them with their organization."""
    dialog = page.new_record()
    assert dialog.windowTitle() == "新建人员"
    type_text(qtbot, dialog.editors["name"].focus_widget(), "王芳")
    choose(dialog.editors["gender"], "女")
    dialog.editors["roles"].boxes["志愿者"].setChecked(True)  # type: ignore[attr-defined]
    dialog.editors["roles"].boxes["负责人"].setChecked(True)  # type: ignore[attr-defined]
    type_text(qtbot, dialog.editors["organization_id"].focus_widget(), "阳光志愿服务队")
    type_text(qtbot, dialog.editors["id_number"].focus_widget(), ID_NUMBER)
    type_text(qtbot, dialog.editors["phone"].focus_widget(), PHONE)
    choose(dialog.editors["certificate_level"], "助理社会工作师")
    type_text(qtbot, dialog.editors["practice_years"].focus_widget(), "3")
    press_enter(qtbot, dialog, "name")
    assert saved(dialog), [dialog.error_text(f.name) for f in dialog.fields]
    wait_idle(qtbot, page)
    assert column(page, "name") == ["王芳"]
    assert column(page, "organization_id") == ["阳光志愿服务队"]
    with site_db.reading() as session:
        person = get_record(session, m.Person, dialog.saved_id or "")
        assert (person.gender, person.id_number, person.phone) == ("女", ID_NUMBER, PHONE)
        assert sorted(person.roles) == ["志愿者", "负责人"]
        assert (person.certificate_level, person.practice_years) == ("助理社会工作师", 3)


def test_bad_id_number_is_shown_under_the_field(qtbot: QtBot, page: PeoplePage, site_db: Database) -> None:
    """An ID number with a wrong check digit keeps the form open with the core's message, saving nothing."""
    dialog = page.new_record()
    type_text(qtbot, dialog.editors["name"].focus_widget(), "王芳")
    type_text(qtbot, dialog.editors["id_number"].focus_widget(), "110105194912310021")
    press_enter(qtbot, dialog, "name")
    assert not saved(dialog)
    assert dialog.error_text("id_number") == "身份证号码最后一位（校验位）不对，应为 X，请核对。"
    with site_db.reading() as session:
        assert count_records(session, m.Person) == 0


def test_table_masks_id_number_and_phone(qtbot: QtBot, page: PeoplePage, site_db: Database, org_ids: list[str]) -> None:
    """The list shows the ID number and phone masked, never in full."""
    seed_people(qtbot, page, site_db, org_ids)
    row = column(page, "name").index("王芳")
    assert column(page, "id_number")[row] == "1101************2X"
    assert column(page, "phone")[row] == "139****5678"


def test_filter_by_organization(qtbot: QtBot, page: PeoplePage, site_db: Database, org_ids: list[str]) -> None:
    """Choosing an organization in the filter leaves only its people."""
    seed_people(qtbot, page, site_db, org_ids)
    page.filter_bar.choose("organization_id", org_ids[1])
    wait_idle(qtbot, page)
    assert column(page, "name") == ["李明"]


def test_delete_and_undo(qtbot: QtBot, page: PeoplePage, site_db: Database, org_ids: list[str]) -> None:
    """Deleting a person removes them from the list; the undo bar's button brings them back."""
    seed_people(qtbot, page, site_db, org_ids)
    page.select_row(0)
    victim = page.selected_id()
    name = column(page, "name")[0]
    confirm_delete(qtbot, page)
    assert name not in column(page, "name")
    assert page.undo_bar.message.text() == f"已删除“{name}”。"
    qtbot.mouseClick(page.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert name in column(page, "name")
    assert page.selected_id() == victim


def test_model_passes_qtmodeltester(
    qtmodeltester: ModelTester, qtbot: QtBot, page: PeoplePage, site_db: Database, org_ids: list[str]
) -> None:
    """Qt's model checks pass on the people table model."""
    seed_people(qtbot, page, site_db, org_ids)
    qtmodeltester.check(page.model)
