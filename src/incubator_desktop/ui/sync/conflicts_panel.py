"""The conflict log: records changed on two devices, which version was kept, and marking them as seen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from incubator_desktop.core.services.browse import LABEL_COLUMNS
from incubator_desktop.core.sync.history import ConflictRow, mark_conflicts_seen
from incubator_desktop.ui.widgets.bundle_status import local_time_text
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.failure_text import failure_text
from incubator_desktop.ui.widgets.record_type_labels import record_type_label
from incubator_desktop.ui.widgets.text_table import TextRow, TextTableModel, TextTableView, Tone


def _stamp(hlc: str) -> str:
    """The wall-clock part of a hybrid-logical-clock stamp, as people read a time."""
    return local_time_text(hlc)


class ConflictsPanel(QWidget):
    """Unseen conflicts stand out; “Mark all as seen” records that the clerk has looked at them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.conflicts: list[ConflictRow] = []
        self.model = TextTableModel(
            [
                self.tr("Found"),
                self.tr("Record type"),
                self.tr("Record"),
                self.tr("Version kept"),
                self.tr("Version set aside"),
                self.tr("Seen"),
            ]
        )
        self.explanation = QLabel(
            self.tr(
                "When the same record was changed on two computers of one site, the newer change is kept and the "
                "other is set aside here, so nothing is lost silently."
            )
        )
        self.explanation.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.seen_button = QPushButton(self.tr("Mark all as seen"))
        self.seen_button.clicked.connect(self.mark_all_seen)
        row = QHBoxLayout()
        row.addWidget(self.count_label, 1)
        row.addWidget(self.seen_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(row)
        layout.addWidget(TextTableView(self.model, stretch=2), 1)
        self.set_conflicts([])

    def set_conflicts(self, conflicts: list[ConflictRow]) -> None:
        self.conflicts = list(conflicts)
        rows = []
        for conflict in conflicts:
            name_column = LABEL_COLUMNS.get(conflict.record_type)
            name = str(conflict.lost_values.get(name_column, "")) if name_column else ""
            cells = (
                local_time_text(conflict.detected_at),
                record_type_label(conflict.record_type),
                name or conflict.record_id[:8],
                self.tr("{time}, device {device}").format(
                    time=_stamp(conflict.kept_hlc), device=conflict.kept_device[:8]
                ),
                self.tr("{time}, device {device}").format(
                    time=_stamp(conflict.lost_hlc), device=conflict.lost_device[:8]
                ),
                self.tr("Seen") if conflict.seen else self.tr("Not seen yet"),
            )
            rows.append(TextRow(cells, key=conflict.id, tone=Tone.PLAIN if conflict.seen else Tone.WARNING))
        self.model.set_rows(rows)
        unseen = [conflict.id for conflict in conflicts if not conflict.seen]
        self.seen_button.setEnabled(bool(unseen))
        if not conflicts:
            self.count_label.setText(self.tr("No conflicts so far."))
        else:
            text = QCoreApplication.translate(
                "ConflictsPanel", "%n conflict(s), {unseen} not seen yet.", "", len(conflicts)
            )
            self.count_label.setText(text.format(unseen=len(unseen)))

    def unseen_ids(self) -> list[int]:
        return [conflict.id for conflict in self.conflicts if not conflict.seen]

    def mark_all_seen(self) -> None:
        ids, db = self.unseen_ids(), self._context.db
        if not ids:
            return

        def mark() -> int:
            with db.transaction() as session:
                return mark_conflicts_seen(session, ids)

        self.seen_button.setEnabled(False)
        self._context.tasks.run(
            mark,
            on_result=lambda _count: self._context.bus.notify("sync"),
            on_error=lambda error: self.count_label.setText(failure_text(error)),
            owner=self,
        )
