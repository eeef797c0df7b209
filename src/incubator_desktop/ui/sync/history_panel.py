"""Bundles sent and received, with missing numbers shown as rows of their own, and receipts to reprint."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from incubator_desktop.core.sync.history import Gap, ReceivedRow, SentRow
from incubator_desktop.ui.sync.jobs import SyncRecords
from incubator_desktop.ui.sync.receipt import ReceiptDialog, open_receipt
from incubator_desktop.ui.widgets.bundle_status import local_time_text
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.text_table import TextRow, TextTableModel, TextTableView, Tone


def _kind_text(kind: str) -> str:
    if kind == "restore":
        return QCoreApplication.translate("HistoryPanel", "Restore")
    return QCoreApplication.translate("HistoryPanel", "Changes")


def _records(counts: dict[str, object]) -> str:
    """Records in a sent bundle's counts ({type: n}) or a received one's ({type: {created: n, ...}})."""
    total = 0
    for value in counts.values():
        if isinstance(value, int):
            total += value
        elif isinstance(value, dict):
            total += sum(n for key, n in value.items() if key != "conflicts" and isinstance(n, int))
    return str(total)


class HistoryPanel(QWidget):
    """Two tables; a gap in a sender's numbers appears as a red “not received” row in its place."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.receipt_dialog: ReceiptDialog | None = None
        self.sent = TextTableModel(
            [
                self.tr("No."),
                self.tr("Sent to"),
                self.tr("Kind"),
                self.tr("Written"),
                self.tr("Records"),
                self.tr("State"),
            ],
            numeric=(0, 4),
        )
        self.received = TextTableModel(
            [
                self.tr("No."),
                self.tr("From"),
                self.tr("Kind"),
                self.tr("Made"),
                self.tr("Imported"),
                self.tr("Records"),
            ],
            numeric=(0, 5),
        )
        self.received_view = TextTableView(
            self.received, stretch=1, empty_text=self.tr("No bundle has been received yet.")
        )
        self.received_view.key_activated.connect(lambda _key: self.print_selected_receipt())
        self.received_view.selectionModel().currentRowChanged.connect(lambda _now, _before: self._update_button())
        self.gaps_label = QLabel()
        self.gaps_label.setObjectName("fieldError")
        self.gaps_label.setWordWrap(True)
        self.receipt_button = QPushButton(self.tr("Print the receipt of the chosen bundle…"))
        self.receipt_button.clicked.connect(self.print_selected_receipt)
        sent_title, received_title = QLabel(self.tr("Sent")), QLabel(self.tr("Received"))
        for title in (sent_title, received_title):
            title.setObjectName("sectionTitle")
        received_heading = QHBoxLayout()
        received_heading.addWidget(received_title)
        received_heading.addStretch(1)
        received_heading.addWidget(self.receipt_button)
        layout = QVBoxLayout(self)
        layout.addWidget(sent_title)
        layout.addWidget(TextTableView(self.sent, stretch=1, empty_text=self.tr("No bundle has been sent yet.")), 1)
        layout.addLayout(received_heading)
        layout.addWidget(self.gaps_label)
        layout.addWidget(self.received_view, 2)
        self._update_button()

    def set_records(self, records: SyncRecords) -> None:
        names = records.site_names
        self.sent.set_rows([self._sent_row(row, names) for row in records.history.sent])
        self.received.set_rows(self._received_rows(records.history.received, records.history.gaps, names))
        self._update_button()
        gaps = records.history.gaps
        self.gaps_label.setVisible(bool(gaps))
        if gaps:
            lines = [
                self.tr(
                    "From {site}: bundles No. {missing} have not arrived; later bundles carry their changes."
                ).format(
                    site=names.get(gap.sender, gap.sender),
                    missing=QCoreApplication.translate("ErrorText", ", ").join(str(n) for n in gap.missing),
                )
                for gap in gaps
            ]
            self.gaps_label.setText("\n".join(lines))

    def _sent_row(self, row: SentRow, names: dict[str, str]) -> TextRow:
        if row.acknowledged:
            state, tone = self.tr("Confirmed by the recipient"), Tone.GOOD
        elif row.status == "written":
            state, tone = self.tr("Written, not confirmed yet"), Tone.PLAIN
        else:
            state, tone = self.tr("Not finished (no file)"), Tone.MUTED
        cells = (
            str(row.sequence),
            names.get(row.recipient, row.recipient),
            _kind_text(row.kind),
            local_time_text(row.created_at),
            _records(row.counts),
            state,
        )
        return TextRow(cells, key=row.sequence, tone=tone, tooltip=row.file_name)

    def _received_rows(self, rows: list[ReceivedRow], gaps: list[Gap], names: dict[str, str]) -> list[TextRow]:
        found: list[tuple[tuple[str, int], TextRow]] = []
        for row in rows:
            cells = (
                str(row.sequence),
                names.get(row.sender, row.sender),
                _kind_text(row.kind),
                local_time_text(row.created),
                local_time_text(row.imported_at),
                _records(dict(row.summary.get("counts", {}))),
            )
            found.append(((row.sender, row.sequence), TextRow(cells, key=(row.sender, row.sequence))))
        for gap in gaps:
            for number in gap.missing:
                cells = (str(number), names.get(gap.sender, gap.sender), self.tr("Not received"), "", "", "")
                found.append(((gap.sender, number), TextRow(cells, tone=Tone.BAD)))
        found.sort(key=lambda item: (item[0][0], -item[0][1]))
        return [row for _order, row in found]

    def _update_button(self) -> None:
        self.receipt_button.setEnabled(isinstance(self.received_view.current_key(), tuple))

    def print_selected_receipt(self) -> None:
        key = self.received_view.current_key()
        sender, sequence = key if isinstance(key, tuple) else (None, None)
        self.receipt_dialog = open_receipt(self._context, sender=sender, sequence=sequence, parent=self.window())
