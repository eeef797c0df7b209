"""One township's indicators against its targets, read-only: the township owns the records."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from incubator_desktop.core.district.overview import TownshipRow
from incubator_desktop.ui.widgets.indicator_text import format_number, status_text, target_text
from incubator_desktop.ui.widgets.text_table import TextRow, TextTableModel, TextTableView


class TownshipDrilldown(QDialog):
    """Lists a township's indicators (value, target, status in words); nothing here can be edited."""

    def __init__(self, row: TownshipRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{name} — indicators").format(name=row.name))
        self.resize(720, 480)
        self.model = TextTableModel([self.tr("Indicator"), self.tr("Achieved"), self.tr("Target"), self.tr("Status")])
        self.model.set_rows(
            [
                TextRow(
                    (item.label, format_number(item.value, item.unit), target_text(item), status_text(item.status)),
                    key=item.code,
                )
                for item in row.indicators
            ]
        )
        self.table = TextTableView(self.model, stretch=0)
        note = QLabel(self.tr("Read-only: the township owns these records and corrects them itself."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
