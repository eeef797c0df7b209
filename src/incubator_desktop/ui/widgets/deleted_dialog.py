"""The "recently deleted" dialog: tombstoned records of one kind, newest first, each restorable."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from incubator_desktop.core import models as m
from incubator_desktop.core.errors import CoreError
from incubator_desktop.core.services.browse import list_deleted_rows
from incubator_desktop.core.services.records import restore_record
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.error_text import core_error_text

_ID_ROLE = Qt.ItemDataRole.UserRole


class RecentlyDeletedDialog(QDialog):
    """Lists deleted records; Restore brings the selected one back and announces it on the change bus."""

    restored = Signal(str)

    def __init__(
        self, context: AppContext, model: type[m.SyncedRecord], title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context, self._model = context, model
        self.setWindowTitle(self.tr("Recently deleted: {kind}").format(kind=title))
        self.resize(480, 420)
        explanation = QLabel(self.tr("Deleted records are kept here. Choose one and press Restore to bring it back."))
        explanation.setWordWrap(True)
        self.list = QListWidget()
        self.list.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.empty_label = QLabel(self.tr("Nothing has been deleted."))
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.hide()
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore_selected)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        with self._context.db.reading() as session:
            rows = list_deleted_rows(session, self._model)
        self.list.clear()
        locale = QLocale()
        for row in rows:
            when = ""
            if row.changed_at is not None:
                stamp = QDateTime.fromSecsSinceEpoch(int(row.changed_at.timestamp())).toLocalTime()
                when = locale.toString(stamp, QLocale.FormatType.ShortFormat)
            item = QListWidgetItem(f"{row.title}    {when}".rstrip())
            item.setData(_ID_ROLE, row.id)
            self.list.addItem(item)
        if rows:
            self.list.setCurrentRow(0)
        self.list.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        self.restore_button.setEnabled(bool(rows))

    def titles(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        record_id = str(item.data(_ID_ROLE))
        try:
            with self._context.db.transaction() as session:
                restore_record(session, self._model, record_id)
        except CoreError as error:
            self.error_label.setText(core_error_text(error))
            self.error_label.show()
            return
        self._context.bus.notify(self._model.__tablename__)
        self.restored.emit(record_id)
        self.reload()
