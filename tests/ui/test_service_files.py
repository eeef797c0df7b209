"""The service-files workspace: names masked everywhere, full details only on reveal (audited), counts vs targets."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.services.audit import list_audit
from incubator_desktop.core.services.records import count_records, get_record
from incubator_desktop.ui.service_files.form import ServiceFileFormDialog
from incubator_desktop.ui.service_files.page import ServiceFilesPage
from incubator_desktop.ui.widgets.context import AppContext

from .pages import choose, column, confirm_delete, press_enter, saved, type_text, wait_idle
from .seeds import add_file


@pytest.fixture
def page(
    qtbot: QtBot, zh_cn: None, site_db: Database, make_context: Callable[[Database], AppContext]
) -> ServiceFilesPage:
    widget = ServiceFilesPage(make_context(site_db))
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    wait_idle(qtbot, widget)
    return widget


def reload(qtbot: QtBot, page: ServiceFilesPage) -> None:
    page.reload()
    wait_idle(qtbot, page)


def open_first(qtbot: QtBot, page: ServiceFilesPage) -> ServiceFileFormDialog:
    reload(qtbot, page)
    page.select_row(0)
    page.edit_selected()
    dialog = page.form_dialog
    assert isinstance(dialog, ServiceFileFormDialog)
    return dialog


def test_create_a_file_and_see_the_name_masked(qtbot: QtBot, page: ServiceFilesPage, site_db: Database) -> None:
    """A file typed in full is stored in full, and the table shows the name masked."""
    dialog = page.new_record()
    assert not dialog.reveal_bar.isVisible()  # a new file is being typed: nothing to hide
    choose(dialog.editors["kind"], "婚姻家庭辅导")
    type_text(qtbot, dialog.editors["subject_name"].focus_widget(), "李晓明")
    type_text(qtbot, dialog.editors["notes"].focus_widget(), "夫妻沟通辅导第一次")
    press_enter(qtbot, dialog, "subject_name")
    assert saved(dialog)
    wait_idle(qtbot, page)
    assert column(page, "subject_name") == ["李*明"]
    assert "notes" not in [c.key for c in page.spec.columns]
    with site_db.reading() as session:
        stored = get_record(session, m.ServiceFile, dialog.saved_id or "")
        assert (stored.subject_name, stored.notes) == ("李晓明", "夫妻沟通辅导第一次")


def test_missing_name_is_shown_inline(qtbot: QtBot, page: ServiceFilesPage, site_db: Database) -> None:
    """A file without the person's name stays open with the message under the name; nothing is saved."""
    dialog = page.new_record()
    choose(dialog.editors["kind"], "婚俗宣传")
    press_enter(qtbot, dialog, "subject_name")
    assert dialog.error_text("subject_name") == "此项必须填写。"
    with site_db.reading() as session:
        assert count_records(session, m.ServiceFile) == 0


def test_saved_file_opens_masked_and_edits_keep_the_hidden_data(
    qtbot: QtBot, page: ServiceFilesPage, site_db: Database
) -> None:
    """Opening a file shows the name masked and the notes empty; saving another change leaves both as stored."""
    file_id = add_file(site_db, "李晓明", notes="家暴风险评估")
    dialog = open_first(qtbot, page)
    assert dialog.reveal_bar.isVisible()
    assert dialog.editors["subject_name"].value() == "李*明"
    assert dialog.notes_text() == ""
    type_text(qtbot, dialog.editors["counsellor"].focus_widget(), "陈社工")
    press_enter(qtbot, dialog, "counsellor")
    assert saved(dialog)
    with site_db.reading() as session:
        stored = get_record(session, m.ServiceFile, file_id)
        assert (stored.subject_name, stored.notes, stored.counsellor) == ("李晓明", "家暴风险评估", "陈社工")
        assert [entry.action for entry in list_audit(session)] == []


def test_reveal_shows_everything_and_writes_the_audit_log(
    qtbot: QtBot, page: ServiceFilesPage, site_db: Database
) -> None:
    """ "Show full details" fills in the real name and notes and records who saw which file in the audit log."""
    file_id = add_file(site_db, "李晓明", notes="家暴风险评估")
    dialog = open_first(qtbot, page)
    assert dialog.reveal_button.text() == "显示完整信息"
    dialog.reveal_button.click()
    assert not dialog.reveal_bar.isVisible()
    assert dialog.editors["subject_name"].value() == "李晓明"
    assert dialog.notes_text() == "家暴风险评估"
    with site_db.reading() as session:
        (entry,) = list_audit(session)
        assert entry.action == "reveal_personal_data"
        assert entry.detail["record_id"] == file_id
        assert entry.detail["fields"] == ["subject_name", "notes"]


def test_counts_against_the_targets(qtbot: QtBot, page: ServiceFilesPage, site_db: Database) -> None:
    """The bar above the table counts this period's files of each kind against the targets 20 and 5."""
    today = date.today()
    add_file(site_db, "张伟", opened_on=today)
    add_file(site_db, "王芳", kind="婚姻家庭辅导", opened_on=today)
    page.context.bus.notify("service_files")
    wait_idle(qtbot, page)
    assert page.targets.texts() == [
        "婚俗宣传档案：1 份（目标 ≥ 20 份），距目标还差 19 份",
        "婚姻家庭辅导档案：1 份（目标 ≥ 5 份），距目标还差 4 份",
    ]


def test_names_never_leak_by_search_or_recently_deleted(
    qtbot: QtBot, page: ServiceFilesPage, site_db: Database
) -> None:
    """Searching by a person's name finds nothing, and "recently deleted" lists the name masked."""
    add_file(site_db, "李晓明")
    reload(qtbot, page)
    page.search_edit.setText("李晓明")
    page.apply_filters()
    wait_idle(qtbot, page)
    assert page.model.rowCount() == 0
    page.search_edit.clear()
    page.apply_filters()
    wait_idle(qtbot, page)
    page.select_row(0)
    confirm_delete(qtbot, page)
    dialog = page.open_recently_deleted()
    assert dialog.windowTitle() == "最近删除：服务档案"
    assert dialog.titles()[0].startswith("李*明")
    assert all("李晓明" not in title for title in dialog.titles())
