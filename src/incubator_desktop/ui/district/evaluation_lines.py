"""One line of the evaluation form: the criterion, its figures, the suggested points and the score typed in."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from incubator_desktop.core.errors import FieldError
from incubator_desktop.core.indicators import Indicator
from incubator_desktop.ui.district.evaluation_load import CriterionSheet
from incubator_desktop.ui.widgets.error_text import field_error_text
from incubator_desktop.ui.widgets.form_fields import DecimalEditor, FieldProblem
from incubator_desktop.ui.widgets.indicator_text import format_number, status_text, target_text

TENTH = Decimal("0.1")


def figure_text(indicator: Indicator) -> str:
    """One computed figure in words: what was achieved against the target, and whether that is met."""
    if indicator.target is None:
        return QCoreApplication.translate("EvaluationForm", "{label}: {value}").format(
            label=indicator.label, value=format_number(indicator.value, indicator.unit)
        )
    return QCoreApplication.translate("EvaluationForm", "{label}: {value} (target {target}) {status}").format(
        label=indicator.label,
        value=format_number(indicator.value, indicator.unit),
        target=target_text(indicator),
        status=status_text(indicator.status),
    )


def points_text(points: Decimal) -> str:
    return format(points.quantize(TENTH), "f")


class CriterionLine:
    """The widgets of one criterion in the form's grid; `points()` reads the score or raises FieldProblem."""

    def __init__(self, sheet: CriterionSheet) -> None:
        criterion = sheet.criterion
        self.code = criterion.code
        self.weight = criterion.weight
        self.suggested = sheet.suggested

        self.title = QLabel(criterion.label)
        self.title.setObjectName("fieldLabel")
        self.title.setStyleSheet("font-weight: bold;")
        self.full_marks = QLabel(
            QCoreApplication.translate("EvaluationForm", "%n point(s) at most", "", criterion.weight)
        )
        self.full_marks.setObjectName("fieldHint")
        name_cell = QWidget()
        name_column = QVBoxLayout(name_cell)
        name_column.setContentsMargins(0, 0, 0, 0)
        name_column.setSpacing(2)
        name_column.addWidget(self.title)
        name_column.addWidget(self.full_marks)
        name_column.addStretch(1)
        self.name_cell = name_cell

        self.basis = QLabel(criterion.basis)
        self.basis.setObjectName("fieldHint")
        self.basis.setWordWrap(True)
        figures = [figure_text(indicator) for indicator in sheet.indicators]
        if not criterion.indicators:
            figures = [
                QCoreApplication.translate(
                    "EvaluationForm", "Scored by the evaluator: the records hold no figure for this."
                )
            ]
        self.figures = QLabel("\n".join(figures))
        self.figures.setWordWrap(True)
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        basis_cell = QWidget()
        basis_column = QVBoxLayout(basis_cell)
        basis_column.setContentsMargins(0, 0, 0, 0)
        basis_column.setSpacing(3)
        basis_column.addWidget(self.basis)
        basis_column.addWidget(self.figures)
        self.basis_cell = basis_cell

        self.suggestion = QLabel(points_text(sheet.suggested) if sheet.suggested is not None else "—")
        self.suggestion.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.suggestion.setToolTip(
            QCoreApplication.translate(
                "EvaluationForm", "In proportion to how far the figures reached their targets; a suggestion only."
            )
        )

        self.editor = DecimalEditor(QCoreApplication.translate("EvaluationForm", "0 – {max}").format(max=self.weight))
        self.editor.edit.setMaximumWidth(96)
        self.editor.edit.setAccessibleName(criterion.label)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        score_cell = QWidget()
        score_column = QVBoxLayout(score_cell)
        score_column.setContentsMargins(0, 0, 0, 0)
        score_column.setSpacing(2)
        score_column.addWidget(self.editor.widget)
        score_column.addWidget(self.error)
        score_column.addStretch(1)
        self.score_cell = score_cell

    def place(self, grid: QGridLayout, row: int) -> None:
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self.name_cell, row, 0, top)
        grid.addWidget(self.basis_cell, row, 1, top)
        grid.addWidget(self.suggestion, row, 2, top | Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.score_cell, row, 3, top)

    # --- values -------------------------------------------------------------------------------------

    def text(self) -> str:
        return self.editor.edit.text().strip()

    def set_points(self, points: Decimal | None) -> None:
        self.editor.edit.setText("" if points is None else points_text(points))

    def points(self, *, required: bool) -> Decimal | None:
        """The score typed in (one decimal), None when empty and not `required`; FieldProblem when wrong."""
        value = self.editor.value()
        if value is None:
            if required:
                raise FieldProblem("required")
            return None
        points = value.quantize(TENTH, rounding=ROUND_HALF_UP)
        if not 0 <= points <= self.weight:
            raise FieldProblem("out_of_range", low=0, high=self.weight)
        return points

    def check(self, *, required: bool) -> Decimal | None:
        """Read the score and show its problem under the box (or clear it); None when it cannot be read."""
        try:
            points = self.points(required=required)
        except FieldProblem as problem:
            self.show_error(problem.as_field_error(self.code))
            return None
        self.clear_error()
        return points

    def show_error(self, error: FieldError) -> None:
        self.error.setText(field_error_text(error))
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""
