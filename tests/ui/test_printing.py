"""Print dialogs: every kind previews off the GUI thread; saving and printing record it, previewing does not."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.services.audit import list_audit
from incubator_desktop.core.services.browse import reference_choices
from incubator_desktop.core.services.records import count_records
from incubator_desktop.ui.trainings.page import TrainingsPage
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.pdf_preview import paint_pdf
from incubator_desktop.ui.widgets.print_dialog import PrintDialog, open_print_dialog
from incubator_desktop.ui.widgets.print_jobs import PrintKind

from .demo_copy import demo_database


@pytest.fixture
def demo_db(tmp_path: Path) -> Iterator[Database]:
    db = demo_database(tmp_path)
    yield db
    db.close()


def pdf_text(path: Path) -> str:
    return "".join(page.extract_text() or "" for page in PdfReader(path).pages)


def wait_for_preview(qtbot: QtBot, dialog: PrintDialog) -> Path:
    qtbot.waitUntil(lambda: dialog.preview.is_showing_pdf() and not dialog.is_busy(), timeout=10000)
    assert dialog.preview.path is not None
    return dialog.preview.path


def first_id(db: Database, kind: str) -> str:
    with db.reading() as session:
        return reference_choices(session, kind)[0].id


TITLES = {
    PrintKind.NOTICE: "关于新备案社区社会组织的公示",
    PrintKind.MONTHLY: "工作月报",
    PrintKind.CASEBOOK: "社区社会组织典型案例汇编",
    PrintKind.SIGNIN: "签到表",
    PrintKind.ORGFILE: "档案",
    PrintKind.CERTIFICATE: "荣誉证书",
}


@pytest.mark.parametrize("kind", list(PrintKind))
def test_each_kind_previews_a_pdf_off_the_gui_thread(
    qtbot: QtBot, kind: PrintKind, demo_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """The dialog returns at once with the work queued; the preview that arrives carries the printout's title."""
    context = make_context(demo_db)
    preset = {"organization_id": first_id(demo_db, "organizations")} if kind is PrintKind.ORGFILE else {}
    dialog = open_print_dialog(context, kind, **preset)
    qtbot.addWidget(dialog)
    assert context.tasks.busy() and not dialog.preview.is_showing_pdf()
    path = wait_for_preview(qtbot, dialog)
    assert TITLES[kind] in pdf_text(path)
    assert dialog.preview.page_count() >= 1 and dialog.print_button.isEnabled()


def test_preview_records_nothing_and_saving_records_the_notice(
    qtbot: QtBot, tmp_path: Path, demo_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """A previewed notice is not entered in the register; the saved one is, with an audit entry."""
    with demo_db.reading() as session:
        notices_before = count_records(session, m.Notice)
    dialog = open_print_dialog(make_context(demo_db), PrintKind.NOTICE)
    qtbot.addWidget(dialog)
    wait_for_preview(qtbot, dialog)
    with demo_db.reading() as session:
        assert count_records(session, m.Notice) == notices_before
    target = tmp_path / "公示.pdf"
    with qtbot.waitSignal(dialog.output_done, timeout=10000):
        dialog.save_to(target)
    assert "关于新备案社区社会组织的公示" in pdf_text(target)
    with demo_db.reading() as session:
        assert count_records(session, m.Notice) == notices_before + 1
        entry = list_audit(session, limit=1)[0]
        assert entry.action == "print" and entry.detail["kind"] == "notice"


def test_printing_draws_every_page(
    qtbot: QtBot, tmp_path: Path, demo_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """Printing sends each page of the printout to the printer (here a PDF printer)."""
    dialog = open_print_dialog(make_context(demo_db), PrintKind.CASEBOOK)
    qtbot.addWidget(dialog)
    path = wait_for_preview(qtbot, dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert paint_pdf(path, printer) == dialog.preview.page_count() == len(PdfReader(tmp_path / "printed.pdf").pages)


def test_a_refusal_is_explained_in_chinese(
    qtbot: QtBot, zh_cn: None, site_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """A notice with nothing to announce shows the reason in Chinese instead of a preview, and cannot be printed."""
    dialog = open_print_dialog(make_context(site_db), PrintKind.NOTICE)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.choices is not None and not dialog.is_busy(), timeout=10000)
    qtbot.waitUntil(lambda: "没有可以公示的记录" in dialog.preview.message_label.text(), timeout=5000)
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()


def test_trainings_page_prints_the_chosen_trainings_sign_in_sheet(
    qtbot: QtBot, demo_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """The trainings workspace's print button opens the sign-in dialog for the selected training."""
    page = TrainingsPage(make_context(demo_db))
    qtbot.addWidget(page)
    training = first_id(demo_db, "trainings")
    page.print_signin(training)
    dialog = page.findChild(PrintDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.choices is not None, timeout=5000)
    assert dialog.options.request().training_id == training
    wait_for_preview(qtbot, dialog)


def test_print_button_opens_the_print_dialog_without_blocking(
    qtbot: QtBot, site_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """“Print…” opens Qt's print dialog window-modally and returns at once."""
    dialog = open_print_dialog(make_context(site_db), PrintKind.SIGNIN)
    qtbot.addWidget(dialog)
    wait_for_preview(qtbot, dialog)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert dialog.print_dialog is not None and dialog.print_dialog.isVisible()
    dialog.print_dialog.reject()
