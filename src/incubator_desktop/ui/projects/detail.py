"""A project's page: its budget against the rules, its expenses, its staff and its monthly reports."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.errors import CoreError, NotFound
from incubator_desktop.core.services.budgets import BudgetStatus, StaffStatus, budget_status, staff_check
from incubator_desktop.core.services.records import delete_record, get_record, list_records, restore_record
from incubator_desktop.ui.projects.budget_view import BudgetView
from incubator_desktop.ui.projects.expenses import ExpensesPage
from incubator_desktop.ui.projects.reports import ReportsPage
from incubator_desktop.ui.projects.scoped import NO_PROJECT, ProjectScope
from incubator_desktop.ui.projects.spec import budget_line_form, project_form
from incubator_desktop.ui.projects.staff import StaffPanel, qualification_form, staff_form
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.error_text import core_error_text
from incubator_desktop.ui.widgets.form_spec import FormSpec
from incubator_desktop.ui.widgets.record_form import RecordFormDialog
from incubator_desktop.ui.widgets.undo_bar import UndoBar

log = logging.getLogger(__name__)
SCOPES = frozenset({"*", "funded_projects", "budget_lines", "expenses", "project_staff", "people"})


@dataclass(frozen=True)
class ProjectSnapshot:
    """What the page shows above and beside the lists, as plain values."""

    id: str
    name: str
    contractor: str
    funder: str | None
    start_on: date
    end_on: date | None
    budget: BudgetStatus
    staff: StaffStatus
    staff_links: dict[str, str]  # person id → project_staff id


def load_project(db: Database, project_id: str) -> ProjectSnapshot:
    with db.reading() as session:
        project = get_record(session, m.FundedProject, project_id)
        links = list_records(session, m.ProjectStaff, filters={"project_id": project_id})
        return ProjectSnapshot(
            id=project.id,
            name=project.name,
            contractor=project.contractor,
            funder=project.funder,
            start_on=project.start_on,
            end_on=project.end_on,
            budget=budget_status(session, project_id),
            staff=staff_check(session, project_id),
            staff_links={link.person_id: link.id for link in links},
        )


class ProjectDetailPage(QWidget):
    """Loads the project off the GUI thread; `back_requested` asks for the list, `loaded` follows each load."""

    back_requested = Signal()
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.scope = ProjectScope()
        self.snapshot: ProjectSnapshot | None = None
        self.form_dialog: RecordFormDialog | None = None
        self._stale = False
        self._generation = 0

        self.back_button = QPushButton(self.tr("← Back to the projects"))
        self.back_button.clicked.connect(self.back_requested)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Edit project…"))
        self.edit_button.clicked.connect(self.edit_project)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.edit_button)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("fieldHint")
        self.subtitle.setWordWrap(True)
        self.undo_bar = UndoBar()

        self.budget = BudgetView()
        self.budget.edit_line.connect(self.edit_budget_line)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.budget)
        self.expenses = ExpensesPage(context, self.scope)
        self.staff = StaffPanel()
        self.staff.add_requested.connect(lambda: self._form(staff_form(self.scope.project_id)))
        self.staff.edit_requested.connect(lambda link_id: self._form(staff_form(self.scope.project_id), link_id))
        self.staff.qualify_requested.connect(lambda person_id: self._form(qualification_form(), person_id))
        self.staff.remove_requested.connect(self.remove_staff)
        self.reports = ReportsPage(context, self.scope)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("Budget"))
        self.tabs.addTab(self.expenses, self.tr("Expenses"))
        self.tabs.addTab(self.staff, self.tr("Staff"))
        self.tabs.addTab(self.reports, self.tr("Monthly reports"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.tabs, 1)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.back_requested)
        context.bus.data_changed.connect(self._on_data_changed)

    # --- loading ------------------------------------------------------------------------------------

    def show_project(self, project_id: str) -> None:
        if project_id != self.scope.project_id:
            self.undo_bar.dismiss()
        self.scope.project_id = project_id
        self.expenses.reload()
        self.reports.reload()
        self.reload()

    def reload(self) -> None:
        project_id, db = self.scope.project_id, self._context.db
        if project_id == NO_PROJECT:
            return
        self._generation += 1
        generation = self._generation
        self._context.tasks.run(
            lambda: load_project(db, project_id),
            on_result=lambda snapshot: self._show(generation, snapshot),
            on_error=self._failed,
            owner=self,
        )

    def _show(self, generation: int, snapshot: ProjectSnapshot) -> None:
        if generation != self._generation:
            return  # a newer load is on its way
        self.snapshot = snapshot
        self.title.setText(snapshot.name)
        period = f"{snapshot.start_on.isoformat()} – {snapshot.end_on.isoformat() if snapshot.end_on else '…'}"
        self.subtitle.setText(
            self.tr("Undertaken by {contractor} · funded by {funder} · {period}").format(
                contractor=snapshot.contractor, funder=snapshot.funder or "—", period=period
            )
        )
        self.budget.show_status(snapshot.budget)
        self.staff.show_status(snapshot.staff, snapshot.staff_links)
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, NotFound):
            self.back_requested.emit()
        else:
            log.error("loading a project failed", exc_info=error)

    def _on_data_changed(self, scope: str) -> None:
        if self.scope.project_id == NO_PROJECT or scope not in SCOPES:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    # --- actions ------------------------------------------------------------------------------------

    def _form(self, spec: FormSpec, record_id: str | None = None) -> RecordFormDialog:
        dialog = RecordFormDialog(self._context, spec, record_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form_dialog = dialog
        dialog.open()
        return dialog

    def edit_project(self) -> None:
        if self.scope.project_id != NO_PROJECT:
            self._form(project_form(), self.scope.project_id)

    def edit_budget_line(self, kind: str) -> RecordFormDialog:
        project_id = self.scope.project_id
        with self._context.db.reading() as session:
            lines = list_records(session, m.BudgetLine, filters={"project_id": project_id, "kind": kind})
        return self._form(budget_line_form(project_id, kind), lines[0].id if lines else None)

    def remove_staff(self, link_id: str) -> None:
        if self._write(lambda session: delete_record(session, m.ProjectStaff, link_id)):
            self.undo_bar.offer(self.tr("Removed from the project's staff."), lambda: self._restore_staff(link_id))

    def _restore_staff(self, link_id: str) -> None:
        self._write(lambda session: restore_record(session, m.ProjectStaff, link_id))

    def _write(self, change: Callable[[Session], None]) -> bool:
        try:
            with self._context.db.transaction() as session:
                change(session)
        except CoreError as error:
            QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Projects & budget"), core_error_text(error), parent=self
            ).open()
            return False
        self._context.bus.notify("project_staff")
        return True
