"""年度评估: the district scores one township base for one year on the 100-point form, and saves it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from incubator_desktop.core.district.criteria import FULL_MARKS
from incubator_desktop.core.district.evaluation import Evaluation, grade_for
from incubator_desktop.core.district.townships import TownshipRef
from incubator_desktop.core.errors import ValidationFailed
from incubator_desktop.ui.district.evaluation_lines import CriterionLine, points_text
from incubator_desktop.ui.district.evaluation_load import (
    EvaluationSheet,
    load_evaluation_sheet,
    load_townships,
    save_evaluation,
)
from incubator_desktop.ui.widgets.change_bus import concerns
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.failure_text import failure_text
from incubator_desktop.ui.widgets.form_fields import FieldProblem, LineEditor, TextEditor

#: The scope announced after an evaluation is saved (the model's table).
SCOPE = "annual_evaluations"
_STYLE = """
QFrame#evaluationSheet { background: white; }
QLabel#columnHead { font-weight: bold; color: #3d4852; padding: 4px 0; border-bottom: 1px solid #c9d1d9; }
QLabel#totalLabel { font-size: 17px; font-weight: bold; color: #2d6fb4; }
"""


class EvaluationForm(QWidget):
    """Choose a township and a year, see the criteria and the figures behind them, score, comment and save.

    `export_requested` and `print_requested` hand the year's city-bureau workbook and PDF summary (which
    carry every saved evaluation) to the district page, which already makes them.
    """

    export_requested = Signal()
    print_requested = Signal()
    year_changed = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._context, self._today = context, today
        self._generation = 0
        self._busy = 0
        self._dirty = False
        self._refresh_sheet = False
        # Nothing is read until the tab is first shown, and a change while it is hidden waits for the next show:
        # the sheet computes a township's whole year of indicators.
        self._stale = True
        self._wanted_code: str | None = None  # a township asked for before the list was read
        self._shown_code: str | None = None
        self.sheet: EvaluationSheet | None = None
        self.lines: list[CriterionLine] = []
        self.setStyleSheet(_STYLE)

        self.township_combo = QComboBox()
        self.township_combo.setMinimumContentsLength(16)
        self.township_combo.currentIndexChanged.connect(self._township_chosen)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue((today or date.today()).year)
        self.year_spin.setSuffix(self.tr(" (year)"))
        self.year_spin.valueChanged.connect(self._year_chosen)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("countLabel")
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Township:")))
        choose.addWidget(self.township_combo)
        choose.addSpacing(12)
        choose.addWidget(QLabel(self.tr("Year:")))
        choose.addWidget(self.year_spin)
        choose.addSpacing(12)
        choose.addWidget(self.saved_label, 1)

        self.sheet_frame = QFrame()
        self.sheet_frame.setObjectName("evaluationSheet")
        self.grid = QGridLayout(self.sheet_frame)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(10)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnMinimumWidth(0, 150)
        self.grid.setColumnMinimumWidth(3, 110)
        self.comments = TextEditor(self.tr("Strengths, shortcomings, what to improve next year"))
        self.evaluator = LineEditor(self.tr("Name of the evaluator"))
        self.evaluator.edit.setMaximumWidth(240)
        notes = QFormLayout()
        notes.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        notes.addRow(self.tr("Comments:"), self.comments.widget)
        notes.addRow(self.tr("Evaluator:"), self.evaluator.widget)
        body = QWidget()
        body_column = QVBoxLayout(body)
        body_column.setContentsMargins(0, 0, 8, 0)
        body_column.addWidget(self.sheet_frame)
        body_column.addLayout(notes)
        body_column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(body)

        self.total_label = QLabel()
        self.total_label.setObjectName("totalLabel")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.suggest_button = QPushButton(self.tr("Fill empty scores with the suggestions"))
        self.suggest_button.clicked.connect(self.fill_suggestions)
        self.save_button = QPushButton(self.tr("Save evaluation"))
        self.save_button.setObjectName("primaryAction")
        self.save_button.clicked.connect(self.save)
        self.export_button = QPushButton(self.tr("Export evaluation workbook…"))
        self.export_button.setToolTip(self.tr("The city-bureau workbook: every township's scores, grade and comments"))
        self.export_button.clicked.connect(self.export_requested)
        self.print_button = QPushButton(self.tr("Print summary"))
        self.print_button.clicked.connect(self.print_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.total_label)
        buttons.addStretch(1)
        for button in (self.suggest_button, self.save_button, self.export_button, self.print_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.comments.edit.textChanged.connect(self._edited)
        self.evaluator.edit.textEdited.connect(self._edited)
        context.bus.data_changed.connect(self._on_data_changed)
        self._set_enabled(False)

    # --- state --------------------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._busy > 0

    def has_unsaved_work(self) -> bool:
        """Scores, comments or the evaluator typed in and not saved yet (a language switch keeps the page)."""
        return self._dirty

    def year(self) -> int:
        return self.year_spin.value()

    def set_year(self, year: int) -> None:
        """Follow the page's year (no signal back)."""
        if year != self.year_spin.value():
            self.year_spin.setValue(year)

    def township_code(self) -> str | None:
        data = self.township_combo.currentData()
        return data if isinstance(data, str) else None

    def choose_township(self, code: str) -> None:
        """Show `code`'s form (once the township list is read, if it is not yet)."""
        index = self.township_combo.findData(code)
        if index >= 0:
            self._wanted_code = None
            self.township_combo.setCurrentIndex(index)
        else:
            self._wanted_code = code

    def line(self, code: str) -> CriterionLine:
        return next(line for line in self.lines if line.code == code)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.save_button, self.suggest_button, self.comments.widget, self.evaluator.widget):
            widget.setEnabled(enabled)

    def _start(self, message: str) -> None:
        self._busy += 1
        self._show_message(message)

    def _finish(self) -> None:
        self._busy = max(0, self._busy - 1)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c0392b;" if error else "")
        self.message.setText(text)

    # --- loading ------------------------------------------------------------------------------------

    def reload_townships(self) -> None:
        db = self._context.db
        self._start(self.tr("Reading the townships…"))
        self._context.tasks.run(
            lambda: load_townships(db), on_result=self._show_townships, on_error=self._failed, owner=self
        )

    def _show_townships(self, townships: list[TownshipRef]) -> None:
        self._finish()
        keep, self._wanted_code = self._wanted_code or self.township_code(), None
        self.township_combo.blockSignals(True)
        self.township_combo.clear()
        for township in townships:
            self.township_combo.addItem(
                self.tr("{name} ({code})").format(name=township.name, code=township.code), township.code
            )
        index = self.township_combo.findData(keep)
        self.township_combo.setCurrentIndex(max(index, 0))
        self.township_combo.blockSignals(False)
        if not townships:
            self._show_message(self.tr("No township is known to this district yet: import a township's bundle first."))
            return
        self._show_message("")
        refresh, self._refresh_sheet = self._refresh_sheet, False
        if refresh or self.township_code() != self._shown_code or self.sheet is None:
            self.reload()

    def reload(self) -> None:
        """Read the chosen township's form for the chosen year, off the GUI thread."""
        code = self.township_code()
        if code is None:
            return
        if not self.isVisible():  # read on the next show
            self._stale = self._refresh_sheet = True
            return
        db, year, today = self._context.db, self.year(), self._today
        lang = QLocale().name()  # on the GUI thread: the worker must not read the application's locale
        self._generation += 1
        generation = self._generation
        self._start(self.tr("Reading the township's figures…"))
        self._context.tasks.run(
            lambda: load_evaluation_sheet(db, code, year, lang=lang, today=today),
            on_result=lambda sheet: self._loaded(sheet, generation),
            on_error=self._failed,
            owner=self,
        )

    def _loaded(self, sheet: EvaluationSheet, generation: int) -> None:
        self._finish()
        if generation != self._generation:
            return
        self.sheet = sheet
        self._shown_code = sheet.site_code
        self._build_lines(sheet)
        saved = sheet.saved
        self.comments.set_value(saved.comments if saved else None)
        self.evaluator.set_value(saved.evaluator if saved else None)
        self._show_saved(saved)
        self._dirty = False
        self._set_enabled(True)
        self._update_total()
        self._show_message("")

    def _build_lines(self, sheet: EvaluationSheet) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        heads = (self.tr("Criterion"), self.tr("Basis, and what the records show"), self.tr("Suggested"))
        for column, text in enumerate((*heads, self.tr("Score"))):
            head = QLabel(text)
            head.setObjectName("columnHead")
            self.grid.addWidget(head, 0, column)
        self.lines = []
        for row, criterion_sheet in enumerate(sheet.lines, start=1):
            line = CriterionLine(criterion_sheet)
            line.place(self.grid, row)
            line.set_points(sheet.saved_points(line.code))
            line.editor.edit.textEdited.connect(lambda _text, line=line: self._score_edited(line))
            self.lines.append(line)
        previous: QWidget = self.township_combo
        for line in self.lines:
            QWidget.setTabOrder(previous, line.editor.edit)
            previous = line.editor.edit
        QWidget.setTabOrder(previous, self.comments.edit)

    def _show_saved(self, saved: Evaluation | None) -> None:
        if saved is None:
            self.saved_label.setText(self.tr("Not evaluated yet for this year."))
            return
        by = saved.evaluator or self.tr("not recorded")
        self.saved_label.setText(
            self.tr("Saved on {day} by {evaluator}: {total} points, {grade}.").format(
                day=saved.evaluated_on.isoformat(),
                evaluator=by,
                total=points_text(saved.total),
                grade=self.grade_text(saved.grade),
            )
        )

    def _failed(self, error: BaseException) -> None:
        self._finish()
        self._show_message(failure_text(error), error=True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload_townships()

    def _on_data_changed(self, scope: str) -> None:
        if concerns(scope, "sync", "sites", "site"):
            # A bundle may bring a township or new figures; scores being typed are never overwritten.
            refresh = not self._dirty
        elif scope == "evaluation_criteria" and not self._dirty:
            refresh = True
        else:
            return
        self._refresh_sheet = self._refresh_sheet or refresh
        if self._stale or not self.isVisible():
            self._stale = True  # read when the tab is shown
        else:
            self.reload_townships()

    # --- choosing -----------------------------------------------------------------------------------

    def _township_chosen(self) -> None:
        if self.township_code() == self._shown_code:
            return
        if not self._confirm_discard():
            self.township_combo.blockSignals(True)
            self.choose_township(self._shown_code or "")
            self.township_combo.blockSignals(False)
            return
        self.reload()

    def _year_chosen(self, year: int) -> None:
        if self.sheet is not None and year != self.sheet.year and not self._confirm_discard():
            self.year_spin.blockSignals(True)
            self.year_spin.setValue(self.sheet.year)
            self.year_spin.blockSignals(False)
            self.year_changed.emit(self.sheet.year)  # the page follows back to the year still shown
            return
        self.year_changed.emit(year)
        self.reload()

    def _confirm_discard(self) -> bool:
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved scores"),
            self.tr("The scores typed in have not been saved. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    # --- editing ------------------------------------------------------------------------------------

    def _edited(self) -> None:
        if self.sheet is not None:
            self._dirty = True

    def _score_edited(self, line: CriterionLine) -> None:
        line.check(required=False)
        self._edited()
        self._update_total()

    def _update_total(self) -> None:
        total = Decimal(0)
        for line in self.lines:
            try:
                total += line.points(required=False) or Decimal(0)
            except FieldProblem:  # a wrong score counts for nothing until it is corrected
                continue
        filled = sum(1 for line in self.lines if line.text())
        self.total_label.setText(
            self.tr("Total {total} / {full} · {grade} ({filled} of {count} scored)").format(
                total=points_text(total),
                full=FULL_MARKS,
                grade=self.grade_text(grade_for(total)),
                filled=filled,
                count=len(self.lines),
            )
        )

    def grade_text(self, grade: str) -> str:
        """The core's grade (优秀, 良好, 合格, 不合格) in the UI's language."""
        words = {
            "优秀": self.tr("Excellent"),
            "良好": self.tr("Good"),
            "合格": self.tr("Pass"),
            "不合格": self.tr("Fail"),
        }
        return words.get(grade, grade)

    def fill_suggestions(self) -> None:
        """Put the suggested points into every empty score box (the evaluator still checks them)."""
        filled = 0
        for line in self.lines:
            if not line.text() and line.suggested is not None:
                line.set_points(line.suggested)
                line.clear_error()
                filled += 1
        if filled:
            self._dirty = True
        self._update_total()
        self._show_message(
            self.tr("%n score(s) filled with the suggestion; check them before saving.", "", filled)
            if filled
            else self.tr("No empty score has a suggestion: the rest are scored by hand.")
        )

    # --- saving -------------------------------------------------------------------------------------

    def save(self) -> None:
        """Check every score (all required, 0 to the criterion's points), then store it off the GUI thread."""
        sheet = self.sheet
        if sheet is None or self.is_busy():
            return
        scores: dict[str, Decimal] = {}
        wrong: list[CriterionLine] = []
        for line in self.lines:
            points = line.check(required=True)
            if points is None:
                wrong.append(line)
            else:
                scores[line.code] = points
        if wrong:
            self.scroll_area.ensureWidgetVisible(wrong[0].editor.edit)
            wrong[0].editor.edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self._show_message(self.tr("%n score(s) need correcting; nothing was saved.", "", len(wrong)), error=True)
            return
        db, today = self._context.db, self._today
        comments, evaluator = self.comments.value(), self.evaluator.value()
        code, year, name = sheet.site_code, sheet.year, sheet.name
        self._start(self.tr("Saving…"))
        self.save_button.setEnabled(False)
        self._context.tasks.run(
            lambda: save_evaluation(db, code, year, scores, comments, evaluator=evaluator, today=today),
            on_result=lambda evaluation: self._saved(evaluation, name),
            on_error=self._save_failed,
            owner=self,
        )

    def _saved(self, evaluation: Evaluation, name: str) -> None:
        self._finish()
        self.save_button.setEnabled(True)
        sheet = self.sheet
        # The clerk may have discarded and chosen another township or year while the save ran: that form is not
        # the one saved, so it keeps its own state and only hears that the earlier one was stored.
        if sheet is not None and (sheet.site_code, sheet.year) == (evaluation.site_code, evaluation.year):
            self._dirty = False
            self.sheet = EvaluationSheet(sheet.site_code, sheet.name, sheet.year, sheet.lines, evaluation)
            self._show_saved(evaluation)
        self._show_message(
            self.tr("Saved the {year} evaluation of {name}: {total} points, {grade}.").format(
                year=evaluation.year,
                name=name,
                total=points_text(evaluation.total),
                grade=self.grade_text(evaluation.grade),
            )
        )
        self._context.bus.notify(SCOPE)

    def _save_failed(self, error: BaseException) -> None:
        self._finish()
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationFailed):
            by_code = {line.code: line for line in self.lines}
            for item in error.errors:
                if item.field in by_code:
                    by_code[item.field].show_error(item)
        self._show_message(failure_text(error), error=True)
