"""A project's budget at a glance: one bar per line against its cap or floor, and the rules' warnings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from incubator_desktop.core.services.budgets import NEAR_CAP_PERCENT, BudgetStatus, LineStatus, Severity
from incubator_desktop.ui.projects.warning_text import budget_warning_text, yuan
from incubator_desktop.ui.widgets.vocab_labels import budget_kind_labels

_RED, _AMBER, _GREEN, _BLUE = "#c0392b", "#e6a23c", "#4caf50", "#2d6fb4"


def _limit(line: LineStatus) -> int | None:
    return line.cap_fen if line.cap_fen is not None else line.floor_fen if line.floor_fen is not None else None


class BudgetView(QWidget):
    """Shows one BudgetStatus; `edit_line(kind)` asks the page to open that budget line's form."""

    edit_line = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.totals = QLabel()
        self.totals.setObjectName("sectionTitle")
        self.totals.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(14)
        self.grid.setColumnStretch(1, 1)
        headers = (
            self.tr("Budget line"),
            self.tr("Spent against the rule"),
            self.tr("Planned"),
            self.tr("Spent"),
            self.tr("Rule"),
            self.tr("Left"),
        )
        for column, text in enumerate(headers):
            label = QLabel(text)
            label.setObjectName("fieldHint")
            self.grid.addWidget(label, 0, column)
        self.bars: dict[str, QProgressBar] = {}
        self._cells: dict[str, list[QLabel]] = {}
        self._next_row = 1
        self.rule_note = QLabel(
            self.tr(
                "Yuan. Personnel and evaluation/other may not go over their caps; service spending must reach "
                "its floor by the end of the project. A line turns amber at {near} % of its cap."
            ).format(near=NEAR_CAP_PERCENT)
        )
        self.rule_note.setObjectName("fieldHint")
        self.rule_note.setWordWrap(True)
        self.warnings_box = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.totals)
        layout.addLayout(self.grid)
        layout.addWidget(self.rule_note)
        layout.addLayout(self.warnings_box)
        layout.addStretch(1)
        self.warning_labels: list[QLabel] = []

    def _row_for(self, kind: str) -> tuple[QProgressBar, list[QLabel]]:
        if kind not in self.bars:
            row = self._next_row
            self._next_row += 1
            self.grid.addWidget(QLabel(budget_kind_labels().get(kind, kind)), row, 0)
            bar = QProgressBar()
            bar.setRange(0, 1000)
            bar.setMinimumWidth(160)
            self.grid.addWidget(bar, row, 1)
            cells = [QLabel() for _ in range(4)]
            for column, cell in enumerate(cells, 2):
                cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.grid.addWidget(cell, row, column)
            button = QPushButton(self.tr("Change…"))
            button.clicked.connect(lambda: self.edit_line.emit(kind))
            self.grid.addWidget(button, row, 6)
            self.bars[kind], self._cells[kind] = bar, cells
        return self.bars[kind], self._cells[kind]

    def show_status(self, status: BudgetStatus) -> None:
        share = f"{status.spent_fen * 100 / status.total_fen:.1f}" if status.total_fen else "0"
        self.totals.setText(
            self.tr("Total {total} yuan · budget lines {planned} yuan · spent {spent} yuan ({share} %)").format(
                total=yuan(status.total_fen),
                planned=yuan(status.planned_fen),
                spent=yuan(status.spent_fen),
                share=share,
            )
        )
        for line in status.lines:
            self._show_line(line)
        for label in self.warning_labels:
            label.deleteLater()
        self.warning_labels = []
        texts = [(w.severity, budget_warning_text(w)) for w in status.warnings]
        if not texts:
            texts = [(Severity.INFO, self.tr("The budget keeps to the policy's caps and floor."))]
        for severity, text in texts:
            label = QLabel(("ⓘ " if severity is Severity.INFO else "⚠ ") + text)
            label.setObjectName("fieldHint" if severity is Severity.INFO else "formError")
            label.setWordWrap(True)
            self.warnings_box.addWidget(label)
            self.warning_labels.append(label)

    def _show_line(self, line: LineStatus) -> None:
        bar, (planned, spent, rule, left) = self._row_for(line.kind.value)
        limit = _limit(line) or line.planned_fen
        permille = min(1000, line.spent_fen * 1000 // limit) if limit else 0
        bar.setValue(permille)
        bar.setFormat(f"{line.spent_fen * 100 / limit:.1f} %" if limit else "—")
        planned.setText(yuan(line.planned_fen))
        spent.setText(yuan(line.spent_fen))
        color = _BLUE
        if line.cap_fen is not None:
            rule.setText(self.tr("at most {amount}").format(amount=yuan(line.cap_fen)))
            remaining = line.remaining_to_cap_fen or 0
            if remaining < 0:
                left.setText(self.tr("{amount} over").format(amount=yuan(-remaining)))
                color = _RED
            else:
                left.setText(yuan(remaining))
                color = _AMBER if line.spent_fen * 100 >= line.cap_fen * NEAR_CAP_PERCENT and line.spent_fen else _BLUE
        elif line.floor_fen is not None:
            rule.setText(self.tr("at least {amount}").format(amount=yuan(line.floor_fen)))
            missing = line.missing_to_floor_fen or 0
            left.setText(self.tr("{amount} to go").format(amount=yuan(missing)) if missing else self.tr("reached"))
            color = _GREEN if not missing else _BLUE
        else:
            rule.setText("—")
            left.setText(yuan(line.planned_fen - line.spent_fen))
        bar.setStyleSheet(
            "QProgressBar { border: 1px solid #c8cdd3; border-radius: 3px; background: white; text-align: center; }"
            f" QProgressBar::chunk {{ background: {color}; }}"
        )

    def line_texts(self, kind: str) -> list[str]:
        return [cell.text() for cell in self._cells.get(kind, [])]
