"""The judges' scores of the selected entry: one score per judge, typed in, changed or removed at once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.errors import CoreError
from incubator_desktop.core.services.records import create_record, delete_record, list_records, update_record
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.error_text import core_error_text, error_text
from incubator_desktop.ui.widgets.form_fields import DecimalEditor, FieldProblem
from incubator_desktop.ui.widgets.section_table import SectionTable

SCOPE = "judge_scores"


class ScorePanel(QWidget):
    """Scores of one entry; saving a judge who already scored it replaces that judge's score."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.entry_id: str | None = None
        self._ids: list[str] = []
        self.hint = QLabel(self.tr("Choose an entry in the ranking to see and type in its judges' scores."))
        self.hint.setObjectName("emptyState")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table = SectionTable([self.tr("Judge"), self.tr("Score")], max_visible=6)
        self.table.itemSelectionChanged.connect(self._picked)
        self.judge = QComboBox()
        self.judge.setEditable(True)
        self.judge.setMinimumWidth(120)
        judge_line = self.judge.lineEdit()
        assert judge_line is not None  # an editable combo box has one
        judge_line.setPlaceholderText(self.tr("Judge's name"))
        self.score = DecimalEditor(self.tr("0–100"))
        self.score.edit.setMaximumWidth(90)
        self.score.edit.returnPressed.connect(self.save_score)
        self.save_button = QPushButton(self.tr("Save score"))
        self.save_button.clicked.connect(self.save_score)
        self.remove_button = QPushButton(self.tr("Remove selected score"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.message.hide()
        inputs = QHBoxLayout()
        inputs.addWidget(self.judge, 1)
        inputs.addWidget(self.score.edit)
        inputs.addWidget(self.save_button)
        note = QLabel(self.tr("A judge scored twice keeps the last score. Scores are out of 100."))
        note.setObjectName("fieldHint")
        note.setWordWrap(True)
        typing = QVBoxLayout()
        typing.addLayout(inputs)
        typing.addWidget(note)
        typing.addWidget(self.message)
        typing.addStretch(1)
        typing.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)
        self._editing = QWidget()
        editing = QHBoxLayout(self._editing)
        editing.setContentsMargins(0, 0, 0, 0)
        editing.addWidget(self.table, 1)
        editing.addLayout(typing, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint, 1)
        layout.addWidget(self._editing, 1)
        self.show_entry(None)

    def show_entry(self, entry_id: str | None, judges: Sequence[str] = ()) -> None:
        """Show `entry_id`'s scores; `judges` (everyone who scored in the contest) fill the name list."""
        same = entry_id == self.entry_id
        if not same:
            self.message.hide()
            self.score.set_value(None)
        self.entry_id = entry_id
        self.hint.setVisible(entry_id is None)
        self._editing.setVisible(entry_id is not None)
        typed = self.judge.currentText()
        self.judge.clear()
        self.judge.addItems(list(judges))
        self.judge.setCurrentText(typed if same else "")
        self.reload()

    def reload(self) -> None:
        if self.entry_id is None:
            self.table.set_rows([])
            self._ids = []
            return
        with self._context.db.reading() as session:
            scores = list_records(session, m.JudgeScore, filters={"entry_id": self.entry_id}, order_by=["judge"])
            rows = [(score.id, score.judge, Decimal(score.score)) for score in scores]
        self._ids = [row[0] for row in rows]
        self.table.set_rows([(judge, f"{value:.2f}") for _id, judge, value in rows], self._ids)
        self.remove_button.setEnabled(bool(rows))

    def scores(self) -> list[tuple[str, str]]:
        return list(zip(self.table.texts(0), self.table.texts(1), strict=True))

    def _picked(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._ids):
            self.judge.setCurrentText(self.table.texts(0)[row])
            self.score.edit.setText(self.table.texts(1)[row])

    def save_score(self) -> None:
        entry_id, judge = self.entry_id, self.judge.currentText().strip()
        if entry_id is None:
            return
        try:
            score = self.score.value()
        except FieldProblem as problem:
            self._say(error_text(problem.code, problem.params))
            return
        if not judge or score is None:
            self._say(self.tr("Type the judge's name and a score from 0 to 100."))
            return

        def save(session: Session) -> None:
            found = list_records(session, m.JudgeScore, filters={"entry_id": entry_id, "judge": judge})
            if found:
                update_record(session, m.JudgeScore, found[0].id, {"score": score})
            else:
                create_record(session, m.JudgeScore, {"entry_id": entry_id, "judge": judge, "score": score})

        if self._change(save):
            self.score.set_value(None)
            self.judge.setCurrentText("")

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._ids):
            score_id = self._ids[row]
            self._change(lambda session: delete_record(session, m.JudgeScore, score_id))

    def _change(self, change: Callable[[Session], None]) -> bool:
        self.message.hide()
        try:
            with self._context.db.transaction() as session:
                change(session)
        except CoreError as error:
            self._say(core_error_text(error))
            return False
        self.reload()
        self._context.bus.notify(SCOPE)
        return True

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
