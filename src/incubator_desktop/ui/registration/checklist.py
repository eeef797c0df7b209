"""The checklist beside the cases: each document's status, progress "3/5", and room for extra documents."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from incubator_desktop.core import models as m
from incubator_desktop.core.errors import CoreError
from incubator_desktop.core.services.records import create_record, list_records, update_record
from incubator_desktop.core.vocab import ChecklistStatus
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.error_text import core_error_text
from incubator_desktop.ui.widgets.vocab_labels import checklist_item_labels, checklist_status_labels, label_for


@dataclass
class _Item:
    id: str
    item: str
    status: str
    position: int


class ChecklistPanel(QWidget):
    """Shows the selected case's documents; changing a status saves it at once."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.case_id: str | None = None
        self.items: list[_Item] = []
        self.combos: dict[str, QComboBox] = {}
        title = QLabel(self.tr("Documents"))
        title.setObjectName("sectionTitle")
        self.progress_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(8)
        self.hint = QLabel()
        self.hint.setObjectName("emptyState")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(0, 1)
        self.new_item = QLineEdit()
        self.new_item.setPlaceholderText(self.tr("Another document, e.g. 党建工作承诺书"))
        self.new_item.returnPressed.connect(self.add_item)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_item)
        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        adding = QHBoxLayout()
        adding.addWidget(self.new_item, 1)
        adding.addWidget(self.add_button)
        self._editing = QWidget()
        editing = QVBoxLayout(self._editing)
        editing.setContentsMargins(0, 0, 0, 0)
        editing.addWidget(self.progress_label)
        editing.addWidget(self.progress_bar)
        editing.addWidget(self._grid_host)
        editing.addLayout(adding)
        editing.addWidget(self.error_label)
        editing.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.hint, 1)
        layout.addWidget(self._editing, 1)
        self.show_record(None)

    def show_record(self, record_id: str | None, *, force: bool = False) -> None:
        if record_id == self.case_id and not force and record_id is not None:
            return
        self.case_id = record_id
        self.error_label.hide()
        if record_id is None:
            self.hint.setText(self.tr("Choose a case on the left to see and tick off its documents."))
            self.hint.show()
            self._editing.hide()
            return
        with self._context.db.reading() as session:
            rows = list_records(session, m.ChecklistItem, filters={"case_id": record_id}, order_by=["position"])
            self.items = [_Item(row.id, row.item, row.status, row.position) for row in rows]
        self.hint.hide()
        self._editing.show()
        self._rebuild()

    def _rebuild(self) -> None:
        while self._grid.count():
            cell = self._grid.takeAt(0)
            if cell is not None and (widget := cell.widget()) is not None:
                widget.deleteLater()
        self.combos = {}
        names, statuses = checklist_item_labels(), checklist_status_labels()
        for row, item in enumerate(self.items):
            label = QLabel(label_for(names, item.item))
            label.setWordWrap(True)
            combo = QComboBox()
            for value, text in statuses.items():
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(item.status)))
            combo.currentIndexChanged.connect(lambda _i, item=item, combo=combo: self._set(item, combo.currentData()))
            label.setBuddy(combo)
            self._grid.addWidget(label, row, 0)
            self._grid.addWidget(combo, row, 1)
            self.combos[item.item] = combo
        self._show_progress()

    def progress(self) -> tuple[int, int]:
        done = sum(1 for item in self.items if item.status == ChecklistStatus.APPROVED.value)
        return done, len(self.items)

    def _show_progress(self) -> None:
        done, total = self.progress()
        self.progress_label.setText(self.tr("Checked: {done}/{total}").format(done=done, total=total))
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def set_status(self, item: str, status: str) -> None:
        """Choose `status` for document `item` (as the clerk would in its combo box)."""
        combo = self.combos[item]
        combo.setCurrentIndex(combo.findData(status))

    def _set(self, item: _Item, status: str) -> None:
        try:
            with self._context.db.transaction() as session:
                update_record(session, m.ChecklistItem, item.id, {"status": status})
        except CoreError as error:
            self._fail(error)
            return
        item.status = status
        self._show_progress()
        self._context.bus.notify("checklist_items")

    def add_item(self) -> None:
        text = self.new_item.text().strip()
        if not text or self.case_id is None:
            return
        position = max((item.position for item in self.items), default=-1) + 1
        values = {"case_id": self.case_id, "item": text, "status": ChecklistStatus.MISSING.value, "position": position}
        try:
            with self._context.db.transaction() as session:
                record = create_record(session, m.ChecklistItem, values)
                self.items.append(_Item(record.id, record.item, record.status, position))
        except CoreError as error:
            self._fail(error)
            return
        self.new_item.clear()
        self._rebuild()
        self._context.bus.notify("checklist_items")

    def _fail(self, error: CoreError) -> None:
        self.error_label.setText(core_error_text(error))
        self.error_label.show()
