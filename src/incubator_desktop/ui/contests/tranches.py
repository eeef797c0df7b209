"""A winning entry's grant in tranches (50/30/20): plan them, record conditions met and payments, in order."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.errors import CoreError, InputRejected, NotFound
from incubator_desktop.core.services.contests import (
    TrancheStatus,
    list_tranches,
    pay_tranche,
    plan_tranches,
    record_condition_met,
)
from incubator_desktop.core.services.records import get_record
from incubator_desktop.core.vocab import EntryResult
from incubator_desktop.ui.contests.rules_text import yuan
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.error_text import core_error_text, error_text
from incubator_desktop.ui.widgets.form_fields import DateEditor, FieldProblem, MoneyEditor
from incubator_desktop.ui.widgets.section_table import SectionTable
from incubator_desktop.ui.widgets.vocab_labels import entry_result_labels, label_for, tranche_condition_labels


class TranchePanel(QWidget):
    """Tranches of one entry; every refusal of the contest service is shown as a sentence, nothing is written."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.entry_id: str | None = None
        self.tranches: list[TrancheStatus] = []
        self.state = QLabel()
        self.state.setObjectName("emptyState")
        self.state.setWordWrap(True)
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.grant = MoneyEditor(self.tr("yuan"))
        self.plan_button = QPushButton(self.tr("Plan tranches of 50 %, 30 % and 20 %"))
        self.plan_button.clicked.connect(self.plan)
        self._planning = QWidget()
        planning = QHBoxLayout(self._planning)
        planning.setContentsMargins(0, 0, 0, 0)
        planning.addWidget(QLabel(self.tr("Grant:")))
        planning.addWidget(self.grant.edit)
        planning.addWidget(self.plan_button)
        planning.addStretch(1)

        self.table = SectionTable(
            [
                self.tr("No."),
                self.tr("Share"),
                self.tr("Amount (yuan)"),
                self.tr("Condition"),
                self.tr("Condition met"),
                self.tr("Paid on"),
                self.tr("Status"),
            ],
            max_visible=3,
        )
        self.day = DateEditor(self.tr("e.g. 2024-05-01"))
        self.day.set_value(date.today())
        self.met_button = QPushButton(self.tr("Condition met on this day"))
        self.met_button.clicked.connect(self.mark_condition_met)
        self.pay_button = QPushButton(self.tr("Paid on this day"))
        self.pay_button.clicked.connect(self.pay)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("Selected tranche:")))
        actions.addWidget(self.day.widget)
        actions.addWidget(self.met_button)
        actions.addWidget(self.pay_button)
        self._paying = QWidget()
        paying = QVBoxLayout(self._paying)
        paying.setContentsMargins(0, 0, 0, 0)
        paying.addWidget(self.table)
        paying.addLayout(actions)

        self.refusal = QLabel()
        self.refusal.setObjectName("formError")
        self.refusal.setWordWrap(True)
        self.done = QLabel()
        self.done.setObjectName("fieldHint")
        self.done.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self._planning)
        layout.addWidget(self._paying)
        layout.addWidget(self.refusal)
        layout.addWidget(self.done)
        layout.addStretch(1)
        self.show_entry(None)

    # --- showing ------------------------------------------------------------------------------------

    def show_entry(self, entry_id: str | None) -> None:
        if entry_id != self.entry_id:
            self._say("", "")
        self.entry_id = entry_id
        self.reload()

    def reload(self) -> None:
        result, grant_fen = None, 0
        self.tranches = []
        if self.entry_id is not None:
            with self._context.db.reading() as session:
                try:
                    entry = get_record(session, m.ContestEntry, self.entry_id)
                except NotFound:
                    self.entry_id = None
                else:
                    result, grant_fen = entry.result, entry.grant_fen
                    self.tranches = list_tranches(session, self.entry_id)
        winner = result == EntryResult.WINNER.value
        self.state.setText(self._state_text(result))
        self.state.setVisible(not self.tranches)
        self._planning.setVisible(winner and not self.tranches)
        self._paying.setVisible(bool(self.tranches))
        if winner and not self.tranches:
            self.grant.set_value(grant_fen or None)
        self._fill_table()

    def _state_text(self, result: str | None) -> str:
        if result is None:
            return self.tr("Choose a winning entry in the ranking to plan and record its grant tranches.")
        if result != EntryResult.WINNER.value:
            return self.tr(
                "Only winning entries receive a grant in tranches; this entry's result is “{result}”."
            ).format(result=label_for(entry_result_labels(), result))
        return self.tr(
            "No tranches planned yet. Check the grant and plan them: 50 % at contract, 30 % at mid-term "
            "and 20 % at final acceptance."
        )

    def _fill_table(self) -> None:
        conditions = tranche_condition_labels()
        rows = [
            (
                str(t.sequence),
                f"{t.percent} %",
                yuan(t.amount_fen),
                label_for(conditions, t.condition),
                t.condition_met_on.isoformat() if t.condition_met_on else "",
                t.paid_on.isoformat() if t.paid_on else "",
                self._status(t),
            )
            for t in self.tranches
        ]
        self.table.set_rows(rows, [t.id for t in self.tranches])
        unpaid = next((row for row, t in enumerate(self.tranches) if t.paid_on is None), None)
        if unpaid is not None:
            self.table.selectRow(unpaid)

    def _status(self, tranche: TrancheStatus) -> str:
        if tranche.paid_on is not None:
            return self.tr("Paid")
        if tranche.payable:
            return self.tr("Can be paid")
        if tranche.condition_met_on is None:
            return self.tr("Waiting for the condition")
        return self.tr("Waiting for the earlier tranche")

    def statuses(self) -> list[str]:
        return self.table.texts(6)

    def select_tranche(self, sequence: int) -> None:
        self.table.selectRow(sequence - 1)

    # --- changes ------------------------------------------------------------------------------------

    def plan(self) -> None:
        entry_id = self.entry_id
        try:
            grant = self.grant.value()
        except FieldProblem as problem:
            self._say(error_text(problem.code, problem.params), "")
            return
        if entry_id is not None and self._change(lambda s: plan_tranches(s, entry_id, grant_fen=grant)):
            self._say("", self.tr("Tranches planned."))

    def _selected(self) -> TrancheStatus | None:
        row = self.table.currentRow()
        return self.tranches[row] if 0 <= row < len(self.tranches) else None

    def _day(self) -> date | None:
        try:
            day = self.day.value()
        except FieldProblem as problem:
            self._say(error_text(problem.code, problem.params), "")
            return None
        if day is None:
            self._say(self.tr("Type the date first."), "")
        return day

    def mark_condition_met(self) -> None:
        tranche, day = self._selected(), self._day()
        if tranche is None or day is None:
            return
        if self._change(lambda s: record_condition_met(s, tranche.id, day)):
            self._say(
                "",
                self.tr("Recorded: the condition of tranche {number} was met on {day}.").format(
                    number=tranche.sequence, day=day.isoformat()
                ),
            )

    def pay(self) -> None:
        tranche, day = self._selected(), self._day()
        if tranche is None or day is None:
            return
        if self._change(lambda s: pay_tranche(s, tranche.id, day)):
            self._say(
                "",
                self.tr("Recorded: tranche {number} was paid on {day}.").format(
                    number=tranche.sequence, day=day.isoformat()
                ),
            )

    def _change(self, change: Callable[[Session], object]) -> bool:
        self._say("", "")
        try:
            with self._context.db.transaction() as session:
                change(session)
        except InputRejected as refused:
            params = dict(refused.params)
            if "condition" in params:
                params["condition"] = label_for(tranche_condition_labels(), str(params["condition"]))
            self._say(error_text(refused.code, params), "")
            return False
        except CoreError as error:
            self._say(core_error_text(error), "")
            return False
        self._context.bus.notify("grant_tranches")
        self._context.bus.notify("contest_entries")
        self.reload()
        return True

    def _say(self, refusal: str, done: str) -> None:
        self.refusal.setText(refusal)
        self.refusal.setVisible(bool(refusal))
        self.done.setText(done)
        self.done.setVisible(bool(done))
