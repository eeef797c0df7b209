"""A project's expenses: the list, and a form that warns before a budget cap is crossed or nearly so."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from incubator_desktop.core import models as m
from incubator_desktop.core.errors import CoreError
from incubator_desktop.core.services.browse import SortOrder
from incubator_desktop.core.services.budgets import BudgetWarning, BudgetWarningCode, check_expense
from incubator_desktop.ui.projects.scoped import ProjectScope, ProjectScopedSource
from incubator_desktop.ui.projects.warning_text import expense_warning_text
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.form_spec import FieldKind, FieldSpec, FormSpec
from incubator_desktop.ui.widgets.page_spec import RecordPageSpec
from incubator_desktop.ui.widgets.record_filters import FilterKind, FilterSpec
from incubator_desktop.ui.widgets.record_form import RecordFormDialog
from incubator_desktop.ui.widgets.record_page import RecordPage
from incubator_desktop.ui.widgets.record_table import Column
from incubator_desktop.ui.widgets.vocab_labels import budget_kind_labels

translate = QCoreApplication.translate
K = FieldKind
SEARCH_FIELDS = ("description", "payee_person_id")


def expense_form(project_id: str) -> FormSpec:
    return FormSpec(
        model=m.Expense,
        new_title=translate("ExpenseSpec", "New expense"),
        edit_title=translate("ExpenseSpec", "Edit expense"),
        fixed={"project_id": project_id},
        fields=(
            FieldSpec("spent_on", translate("ExpenseSpec", "Spent on"), K.DATE, True, default=date.today()),
            FieldSpec("kind", translate("ExpenseSpec", "Budget line"), K.CHOICE, True, budget_kind_labels()),
            FieldSpec("amount_fen", translate("ExpenseSpec", "Amount (yuan)"), K.MONEY, True),
            FieldSpec("description", translate("ExpenseSpec", "What for"), required=True),
            FieldSpec(
                "payee_person_id",
                translate("ExpenseSpec", "Paid to (person)"),
                K.REFERENCE,
                reference="people",
                placeholder=translate("ExpenseSpec", "For wages and fees: the person paid"),
            ),
        ),
    )


def expense_page_spec(scope: ProjectScope) -> RecordPageSpec:
    return RecordPageSpec(
        model=m.Expense,
        title=translate("ExpenseSpec", "Expenses"),
        columns=(
            Column("spent_on", translate("ExpenseSpec", "Spent on"), K.DATE),
            Column("kind", translate("ExpenseSpec", "Budget line"), K.CHOICE, budget_kind_labels(), width=110),
            Column("description", translate("ExpenseSpec", "What for"), stretch=True),
            Column("amount_fen", translate("ExpenseSpec", "Amount (yuan)"), K.MONEY),
            Column("payee_person_id", translate("ExpenseSpec", "Paid to"), K.REFERENCE, sortable=False, width=110),
        ),
        form=lambda: expense_form(scope.project_id),
        search_fields=SEARCH_FIELDS,
        search_placeholder=translate("ExpenseSpec", "What for, or who was paid"),
        filters=(
            FilterSpec(
                "kind",
                translate("ExpenseSpec", "Line:"),
                translate("ExpenseSpec", "All lines"),
                choices=budget_kind_labels(),
            ),
            FilterSpec(
                "spent_on", translate("ExpenseSpec", "Month:"), translate("ExpenseSpec", "All months"), FilterKind.MONTH
            ),
        ),
        order=SortOrder("spent_on", descending=True),
        empty_text=translate("ExpenseSpec", "No expenses recorded for this project yet. Press “New…” to add one."),
        filtered_empty_text=translate("ExpenseSpec", "No expense matches these filters."),
        refresh_on=("people",),
        source=lambda db: ProjectScopedSource(db, m.Expense, scope, search_fields=SEARCH_FIELDS),
    )


class ExpenseFormDialog(RecordFormDialog):
    """Before saving, asks `check_expense` what the expense does to its budget line; a cap crossed or nearly
    crossed is explained in a confirmation, and only "Save anyway" saves."""

    def __init__(
        self,
        context: AppContext,
        spec: FormSpec,
        record_id: str | None,
        *,
        project_id: str,
        initial: dict[str, Any] | None = None,
        parent: QWidget,
    ) -> None:
        super().__init__(context, spec, record_id, initial=initial, parent=parent)
        self._db, self.project_id = context.db, project_id
        self.confirm_box: QMessageBox | None = None
        self.confirm_save_button: QAbstractButton | None = None
        self.warnings: list[BudgetWarning] = []

    def save(self) -> None:
        values, problems = self.read()
        kind, amount = values.get("kind"), values.get("amount_fen")
        if problems or kind is None or amount is None:
            super().save()  # the form shows what is missing or unreadable
            return
        try:
            with self._db.reading() as session:
                self.warnings = check_expense(session, self.project_id, kind, amount, replacing=self.record_id)
        except CoreError:
            super().save()  # the same problem is reported by saving, under its field
            return
        if self.warnings:
            self._confirm()
        else:
            super().save()

    def _confirm(self) -> None:
        crossed = any(w.code is BudgetWarningCode.CAP_CROSSED for w in self.warnings)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning if crossed else QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Budget cap"))
        if crossed:
            box.setText(self.tr("This expense would take the budget line over its cap."))
        else:
            box.setText(self.tr("This expense brings the budget line close to its cap."))
        box.setInformativeText(
            "\n".join(expense_warning_text(w) for w in self.warnings)
            + "\n\n"
            + self.tr("Save it anyway, or go back and correct the amount or the line?")
        )
        self.confirm_save_button = box.addButton(self.tr("Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole))
        box.finished.connect(
            lambda _result: RecordFormDialog.save(self) if box.clickedButton() is self.confirm_save_button else None
        )
        self.confirm_box = box
        box.open()


class ExpensesPage(RecordPage):
    """A project's expenses; the form is an ExpenseFormDialog for the project in `scope`."""

    def __init__(self, context: AppContext, scope: ProjectScope) -> None:
        super().__init__(context, expense_page_spec(scope))
        self.scope = scope

    def new_record(self, initial: dict[str, object] | None = None) -> RecordFormDialog:
        return self._open_expense(None, initial)

    def edit_record(self, record_id: str) -> RecordFormDialog:
        return self._open_expense(record_id, None)

    def _open_expense(self, record_id: str | None, initial: dict[str, object] | None) -> ExpenseFormDialog:
        dialog = ExpenseFormDialog(
            self.context,
            self.spec.form(),
            record_id,
            project_id=self.scope.project_id,
            initial=dict(initial or {}),
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.reload(keep_id=dialog.saved_id))
        self.form_dialog = dialog
        dialog.open()
        return dialog
