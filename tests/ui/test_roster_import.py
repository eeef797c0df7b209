"""Roster import and workbook export dialogs: the trial run is the core's, confirming imports, rows to correct."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from PySide6.QtCore import QLocale
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.exchange.roster_import import import_roster
from incubator_desktop.core.services.audit import list_audit
from incubator_desktop.core.services.records import count_records
from incubator_desktop.ui.organizations.page import OrganizationsPage
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.export_dialogs import ExportDialog, ExportKind, open_export_dialog
from incubator_desktop.ui.widgets.roster_import_dialog import RosterImportDialog, open_roster_import

from ..exchange.builders import CODES, MESSY_CREATED, messy_sheet


@pytest.fixture
def roster(tmp_path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert isinstance(sheet, Worksheet)
    messy_sheet(sheet, CODES)
    path = tmp_path / "名册.xlsx"
    workbook.save(path)
    return path


def previewed(qtbot: QtBot, context: AppContext, path: Path) -> RosterImportDialog:
    dialog = open_roster_import(context)
    qtbot.addWidget(dialog)
    dialog.preview(path)
    qtbot.waitUntil(lambda: dialog.preview_summary is not None and not dialog.is_busy(), timeout=10000)
    return dialog


def organizations(db: Database) -> int:
    with db.reading() as session:
        return count_records(session, m.Organization)


def test_trial_run_shows_what_import_roster_reports_and_writes_nothing(
    qtbot: QtBot, site_db: Database, roster: Path, make_context: Callable[[Database], AppContext]
) -> None:
    """The preview's counts and rejected rows (row, column, reason) are the core's dry run; nothing is saved."""
    dialog = previewed(qtbot, make_context(site_db), roster)
    with site_db.reading() as session:
        expected = import_roster(session, roster, dry_run=True)
        session.rollback()
    summary = dialog.preview_summary
    assert summary is not None and summary.as_dict() == expected.as_dict()
    lang = QLocale().name()
    shown = [tuple(row.cells) for row in dialog.problems.rows()]
    assert shown == [(str(p.row), p.column, p.reason(lang)) for p in expected.rejected]
    assert dialog.to_import.column_texts(1) == [o.name for o in expected.outcomes]
    assert organizations(site_db) == 0
    assert dialog.import_button.isEnabled() and dialog.save_button.isEnabled()


def test_confirming_imports_the_rows(
    qtbot: QtBot, site_db: Database, roster: Path, make_context: Callable[[Database], AppContext]
) -> None:
    """“Import” creates the accepted organizations and announces the change on the bus."""
    context = make_context(site_db)
    dialog = previewed(qtbot, context, roster)
    with qtbot.waitSignals([dialog.imported, context.bus.data_changed], timeout=10000):
        dialog.confirm()
    assert dialog.result_summary is not None and not dialog.result_summary.dry_run
    assert dialog.result_summary.created == len(MESSY_CREATED) == organizations(site_db)
    assert not dialog.import_button.isEnabled()


def test_rows_to_correct_are_saved_with_their_reasons(
    qtbot: QtBot, tmp_path: Path, site_db: Database, roster: Path, make_context: Callable[[Database], AppContext]
) -> None:
    """The saved workbook holds each rejected row once, by its original row number, with the problem beside it."""
    dialog = previewed(qtbot, make_context(site_db), roster)
    target = tmp_path / "待修改.xlsx"
    dialog.save_rejected_to(target)
    qtbot.waitUntil(lambda: dialog.saved_rejected == target, timeout=10000)
    sheet = load_workbook(target).active
    assert sheet is not None
    numbers = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert dialog.preview_summary is not None and numbers == list(dialog.preview_summary.rejected_rows)
    assert all(row[-1] for row in sheet.iter_rows(min_row=2, values_only=True))


def test_unreadable_file_is_refused_with_a_sentence(
    qtbot: QtBot, tmp_path: Path, site_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """A text file renamed .xlsx is refused before anything is read, and import stays impossible."""
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook", encoding="utf-8")
    dialog = open_roster_import(make_context(site_db))
    qtbot.addWidget(dialog)
    dialog.preview(fake)
    qtbot.waitUntil(lambda: not dialog.is_busy() and bool(dialog.summary_label.text()), timeout=5000)
    assert dialog.preview_summary is None and not dialog.import_button.isEnabled()
    assert "xlsx" in dialog.summary_label.text()


def test_import_tables_pass_qtmodeltester(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    site_db: Database,
    roster: Path,
    make_context: Callable[[Database], AppContext],
) -> None:
    """The three preview tables are well-behaved Qt models."""
    dialog = previewed(qtbot, make_context(site_db), roster)
    for model in (dialog.problems, dialog.to_import, dialog.repeated):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


@pytest.mark.parametrize("kind", list(ExportKind))
def test_exports_write_their_workbook(
    qtbot: QtBot, tmp_path: Path, kind: ExportKind, site_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """Roster, template and ledger are written where asked; revealing personal data is audited."""
    dialog = open_export_dialog(make_context(site_db), kind)
    qtbot.addWidget(dialog)
    dialog.reveal.setChecked(kind is not ExportKind.TEMPLATE)
    target = tmp_path / f"{kind.value}.xlsx"
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        dialog.export_to(target)
    assert load_workbook(target).sheetnames
    with site_db.reading() as session:
        actions = [entry.action for entry in list_audit(session)]
    assert ("reveal_personal_data" in actions) == (kind is not ExportKind.TEMPLATE)


def test_organizations_page_offers_the_spreadsheet_actions(
    qtbot: QtBot, site_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """The organizations list has a Spreadsheets button whose menu opens the import and export dialogs."""
    page = OrganizationsPage(make_context(site_db))
    qtbot.addWidget(page)
    menu = page.spreadsheet_button.menu()
    assert menu is not None and len(menu.actions()) == 1 + len(ExportKind)
    menu.actions()[0].trigger()
    assert page.findChild(RosterImportDialog) is not None
    menu.actions()[-1].trigger()
    export = page.findChild(ExportDialog)
    assert export is not None and export.kind is ExportKind.LEDGER
