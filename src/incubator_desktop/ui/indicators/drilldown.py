"""Beside the table: the chosen indicator's rule in words and the records behind its number."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from incubator_desktop.core.indicators import Indicator, NearMiss, NearMissReason
from incubator_desktop.ui.indicators.load import DrillRecord, load_drill_records
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.failure_text import failure_text
from incubator_desktop.ui.widgets.indicator_text import format_number, status_text, target_text
from incubator_desktop.ui.widgets.record_type_labels import record_type_label
from incubator_desktop.ui.widgets.tasks import TaskHandle
from incubator_desktop.ui.widgets.text_table import TextRow, TextTableModel, TextTableView, Tone


def near_miss_text(miss: NearMiss) -> str:
    translate = QCoreApplication.translate
    if miss.reason is NearMissReason.ONE_ACTIVITY_SHORT:
        return translate(
            "DrillDownPanel",
            "One step short: filed, %n activity(ies) in the period; one more makes it count.",
            "",
            miss.activities,
        )
    return translate(
        "DrillDownPanel",
        "One step short: %n activity(ies) in the period; filing with the township makes it count.",
        "",
        miss.activities,
    )


class DrillDownPanel(QWidget):
    """Shows one indicator; double-click or Enter on a record emits `record_requested(kind, id)`."""

    record_requested = Signal(str, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.indicator: Indicator | None = None
        self.records: list[DrillRecord] = []
        self._running: TaskHandle | None = None
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.rule = QLabel()
        self.rule.setObjectName("fieldHint")
        self.rule.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.model = TextTableModel([self.tr("Record"), self.tr("Note")])
        self.table = TextTableView(self.model)
        self.table.key_activated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        for widget in (self.title, self.figures, self.rule, self.note):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        self.show_indicator(None)

    def is_loading(self) -> bool:
        return self._running is not None and not self._running.done

    def show_indicator(self, indicator: Indicator | None) -> None:
        """Show `indicator`'s rule and load the records behind it (off the GUI thread)."""
        if self._running is not None:
            self._running.cancel()
        self.indicator, self.records = indicator, []
        self.model.set_rows([])
        if indicator is None:
            self.title.setText(self.tr("Choose an indicator"))
            self.figures.clear()
            self.rule.clear()
            self.note.setText(self.tr("Click a row of the table to see its rule and the records behind its number."))
            return
        self.title.setText(indicator.label)
        self.figures.setText(
            self.tr("Achieved {value} · target {target} · {status}").format(
                value=format_number(indicator.value, indicator.unit),
                target=target_text(indicator),
                status=status_text(indicator.status),
            )
        )
        self.rule.setText(self.tr("Rule: {rule}").format(rule=indicator.rule))
        if indicator.record_kind is None:
            self.note.setText(
                self.tr("Only the total is shown for this indicator: the records behind it are sensitive or summed.")
            )
            return
        self.note.setText(self.tr("Loading the records…"))
        db = self._context.db
        self._running = self._context.tasks.run(
            lambda: load_drill_records(db, indicator),
            on_result=lambda records: self._loaded(indicator, records),
            on_error=lambda error: self.note.setText(failure_text(error)),
            owner=self,
        )

    def _loaded(self, indicator: Indicator, records: list[DrillRecord]) -> None:
        self.records = records
        rows = [TextRow((record.name or self.tr("(no name)"), ""), key=(record.kind, record.id)) for record in records]
        rows += [
            TextRow((miss.name, near_miss_text(miss)), key=("organizations", miss.organization_id), tone=Tone.WARNING)
            for miss in indicator.near_misses
        ]
        self.model.set_rows(rows)
        self.table.setColumnHidden(1, not indicator.near_misses)  # notes only say why one is one step short
        translate = QCoreApplication.translate
        kind = record_type_label(indicator.record_kind or "")
        if not records and not indicator.near_misses:
            self.note.setText(self.tr("No records of {kind} are behind this number in this period.").format(kind=kind))
            return
        count = translate("DrillDownPanel", "%n record(s) of {kind} behind this number.", "", len(records))
        count = count.format(kind=kind)
        if indicator.near_misses:
            count += " " + translate(
                "DrillDownPanel",
                "%n organization(s) one step short are listed after them.",
                "",
                len(indicator.near_misses),
            )
        self.note.setText(count + " " + self.tr("Double-click one to open it."))

    def _open(self, key: object) -> None:
        if isinstance(key, tuple) and len(key) == 2:
            self.record_requested.emit(str(key[0]), str(key[1]))
