"""The service-files workspace page: counts against targets on top, masked files below, reveal in the form."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QListWidgetItem, QVBoxLayout, QWidget

from incubator_desktop.core import models as m
from incubator_desktop.core.masking import mask_name
from incubator_desktop.core.services.browse import list_deleted_rows
from incubator_desktop.ui.service_files.form import ServiceFileFormDialog
from incubator_desktop.ui.service_files.spec import service_file_page_spec
from incubator_desktop.ui.service_files.summary import FileCounts, load_file_counts
from incubator_desktop.ui.widgets.change_bus import concerns
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.deleted_dialog import RecentlyDeletedDialog
from incubator_desktop.ui.widgets.record_page import RecordPage
from incubator_desktop.ui.widgets.vocab_labels import service_file_kind_labels

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class MaskedDeletedDialog(RecentlyDeletedDialog):
    """ "Recently deleted" for service files: the names it lists are masked like the table's."""

    def reload(self) -> None:
        with self._context.db.reading() as session:
            rows = list_deleted_rows(session, m.ServiceFile)
        self.list.clear()
        locale = QLocale()
        for row in rows:
            when = ""
            if row.changed_at is not None:
                stamp = QDateTime.fromSecsSinceEpoch(int(row.changed_at.timestamp())).toLocalTime()
                when = locale.toString(stamp, QLocale.FormatType.ShortFormat)
            item = QListWidgetItem(f"{mask_name(row.title)}    {when}".rstrip())
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
        if rows:
            self.list.setCurrentRow(0)
        self.list.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        self.restore_button.setEnabled(bool(rows))


class TargetsBar(QWidget):
    """One box per kind of file: how many were opened in the period, the target, and whether it is met."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period_label = QLabel()
        self.period_label.setObjectName("fieldHint")
        self.boxes: list[tuple[QFrame, QLabel]] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for _ in range(2):
            box = QFrame()
            box.setObjectName("verdict")
            text = QLabel()
            inner = QHBoxLayout(box)
            inner.setContentsMargins(4, 0, 4, 0)
            inner.addWidget(text)
            layout.addWidget(box)
            self.boxes.append((box, text))
        layout.addWidget(self.period_label)
        layout.addStretch(1)

    def show_counts(self, counts: FileCounts) -> None:
        labels = service_file_kind_labels()
        for (box, text), count in zip(self.boxes, counts.counts, strict=True):
            files = translate("TargetsBar", "%n file(s)", "", count.count)
            if count.missing:
                state = translate("TargetsBar", "%n short of the target", "", count.missing)
            else:
                state = translate("TargetsBar", "target met")
            text.setText(
                translate("TargetsBar", "{kind}: {files} (target ≥ {target}), {state}").format(
                    kind=labels[count.kind.value], files=files, target=count.target, state=state
                )
            )
            box.setProperty("effective", "false" if count.missing else "true")
            box.style().unpolish(box)
            box.style().polish(box)
        self.period_label.setText(
            translate("TargetsBar", "Opened {start} to {end}").format(
                start=counts.start.isoformat(), end=counts.end.isoformat()
            )
        )

    def texts(self) -> list[str]:
        return [text.text() for _box, text in self.boxes]


class ServiceFilesPage(RecordPage):
    """A RecordPage over service files; forms open masked, and "Recently deleted" masks names too."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context, service_file_page_spec())
        self.targets = TargetsBar()
        self.counts: FileCounts | None = None
        self._counting = False
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.targets)
        context.bus.data_changed.connect(self._counts_changed)
        self.reload_counts()

    def _counts_changed(self, scope: str) -> None:
        if concerns(scope, "service_files", "target_sets", "target_values"):
            self.reload_counts()

    def reload_counts(self) -> None:
        db = self.context.db
        self._counting = True
        self.context.tasks.run(
            lambda: load_file_counts(db), on_result=self._show_counts, on_error=self._counts_failed, owner=self
        )

    def _show_counts(self, counts: FileCounts) -> None:
        self._counting = False
        self.counts = counts
        self.targets.show_counts(counts)

    def _counts_failed(self, error: BaseException) -> None:
        self._counting = False
        log.error("counting service files failed", exc_info=error)

    def is_busy(self) -> bool:
        return super().is_busy() or self._counting

    def new_record(self, initial: dict[str, object] | None = None) -> ServiceFileFormDialog:
        return self._open_file(None, initial)

    def edit_record(self, record_id: str) -> ServiceFileFormDialog:
        return self._open_file(record_id, None)

    def _open_file(self, record_id: str | None, initial: dict[str, object] | None) -> ServiceFileFormDialog:
        dialog = ServiceFileFormDialog(
            self.context, self.spec.form(), record_id, initial=dict(initial or {}), parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.reload(keep_id=dialog.saved_id))
        self.form_dialog = dialog
        dialog.open()
        return dialog

    def open_recently_deleted(self) -> RecentlyDeletedDialog:
        dialog = MaskedDeletedDialog(self.context, self.spec.model, self.spec.title, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(lambda record_id: self.reload(keep_id=record_id))
        self.deleted_dialog = dialog
        dialog.open()
        return dialog
