"""Photos and scans of the selected record: drop files or choose them, see thumbnails, open or remove."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDragLeaveEvent, QDropEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from incubator_desktop.core import models as m
from incubator_desktop.core.errors import CoreError
from incubator_desktop.core.services.records import delete_record
from incubator_desktop.ui.widgets.attachment_store import (
    AttachmentInfo,
    AttachResult,
    attach_files,
    list_attachments,
    stored_file,
)
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.error_text import core_error_text, error_text
from incubator_desktop.ui.widgets.image_viewer import ImageViewerDialog
from incubator_desktop.ui.widgets.thumbnails import ThumbnailCache

_ID_ROLE = Qt.ItemDataRole.UserRole


class AttachmentsPanel(QWidget):
    """Attachments of one record of `record_type`; copying runs off the GUI thread, thumbnails too."""

    def __init__(self, context: AppContext, record_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context, self._record_type = context, record_type
        self.record_id: str | None = None
        self.attachments: list[AttachmentInfo] = []
        self.viewer: ImageViewerDialog | None = None
        self.thumbnails = ThumbnailCache(context.tasks, parent=self)
        self.thumbnails.ready.connect(self._thumbnail_ready)
        self.setAcceptDrops(True)

        title = QLabel(self.tr("Photos and scans"))
        title.setObjectName("sectionTitle")
        self.count_label = QLabel()
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.count_label)
        self.hint = QLabel(self.tr("Choose a record on the left to see or add its photos."))
        self.hint.setObjectName("emptyState")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.drop_zone = QFrame()
        self.drop_zone.setObjectName("dropZone")
        drop_text = QLabel(self.tr("Drag photos or scans here, or"))
        drop_text.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose files…"))
        self.choose_button.clicked.connect(self.choose_files)
        zone = QHBoxLayout(self.drop_zone)
        zone.addWidget(drop_text, 1)
        zone.addWidget(self.choose_button)
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(self.thumbnails.size, self.thumbnails.size))
        self.list.setGridSize(QSize(self.thumbnails.size + 20, self.thumbnails.size + 40))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(True)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_selected)
        self.no_files = QLabel(
            self.tr("No photos yet. Photos of the activity, sign-in sheets and other scans can be kept here.")
        )
        self.no_files.setObjectName("emptyState")
        self.no_files.setWordWrap(True)
        self.no_files.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)

        self._editing = QWidget()
        editing = QVBoxLayout(self._editing)
        editing.setContentsMargins(0, 0, 0, 0)
        editing.addWidget(self.drop_zone)
        editing.addWidget(self.list, 1)
        editing.addWidget(self.no_files, 1)
        editing.addLayout(buttons)
        editing.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.hint, 1)
        layout.addWidget(self._editing, 1)
        self.show_record(None)

    # --- showing ------------------------------------------------------------------------------------

    def show_record(self, record_id: str | None, *, force: bool = False) -> None:
        if record_id == self.record_id and record_id is not None and not force:
            return
        self.record_id = record_id
        self.message.hide()
        self.hint.setVisible(record_id is None)
        self._editing.setVisible(record_id is not None)
        self.setAcceptDrops(record_id is not None)
        if record_id is None:
            self.count_label.clear()
            self.attachments = []
            self.list.clear()
            return
        self.reload()

    def reload(self) -> None:
        if self.record_id is None:
            return
        self.attachments = list_attachments(self._context.db, self._record_type, self.record_id)
        self.list.clear()
        for info in self.attachments:
            item = QListWidgetItem(self._icon(info), info.filename)
            item.setData(_ID_ROLE, info.id)
            item.setToolTip(info.filename)
            self.list.addItem(item)
        self.count_label.setText(self.tr("%n file(s)", "", len(self.attachments)))
        has_files = bool(self.attachments)
        self.list.setVisible(has_files)
        self.no_files.setVisible(not has_files)
        self.open_button.setEnabled(has_files)
        self.remove_button.setEnabled(has_files)

    def _icon(self, info: AttachmentInfo) -> QIcon:
        path = stored_file(self._context.db, info.sha256)
        if info.is_image and path is not None:
            pixmap = self.thumbnails.thumbnail(info.sha256, path)
            if pixmap is not None:
                return QIcon(pixmap)
        if path is None:
            return self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    def _thumbnail_ready(self, sha256: str) -> None:
        for row, info in enumerate(self.attachments):
            if info.sha256 == sha256 and row < self.list.count():
                self.list.item(row).setIcon(self._icon(info))

    def filenames(self) -> list[str]:
        return [info.filename for info in self.attachments]

    # --- adding -------------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.record_id is not None and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
            self._hover(True)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._hover(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._hover(False)
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    def _hover(self, on: bool) -> None:
        self.drop_zone.setProperty("hovering", "true" if on else "false")
        self.drop_zone.style().unpolish(self.drop_zone)
        self.drop_zone.style().polish(self.drop_zone)

    def choose_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose photos or scans"),
            "",
            self.tr("Photos and scans (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff *.pdf)"),
        )
        if files:
            self.add_files([Path(name) for name in files])

    def add_files(self, paths: list[Path]) -> None:
        """Copy the files into the store and link them to the record (off the GUI thread)."""
        record_id, db, record_type = self.record_id, self._context.db, self._record_type
        if record_id is None:
            return
        self._say(self.tr("Copying %n file(s)…", "", len(paths)))
        self._context.tasks.run(
            lambda: attach_files(db, record_type, record_id, paths),
            on_result=lambda result: self._attached(record_id, result),
            on_error=self._failed,
            owner=self,
        )

    def _attached(self, record_id: str, result: AttachResult) -> None:
        lines = []
        if result.added:
            lines.append(self.tr("Added: {names}").format(names="、".join(result.added)))
        if result.already:
            lines.append(self.tr("Already attached: {names}").format(names="、".join(result.already)))
        for name, code in result.refused:
            lines.append(self.tr("Not added: {name} ({reason})").format(name=name, reason=error_text(code)))
        self._say("\n".join(lines))
        if result.added:
            self._context.bus.notify("attachments")
        if record_id == self.record_id:
            self.reload()

    def _failed(self, error: BaseException) -> None:
        self._say(core_error_text(error) if isinstance(error, CoreError) else error_text("error"))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- opening and removing -----------------------------------------------------------------------

    def _selected(self) -> AttachmentInfo | None:
        item = self.list.currentItem()
        return next((info for info in self.attachments if item and info.id == item.data(_ID_ROLE)), None)

    def open_selected(self) -> None:
        info = self._selected()
        path = stored_file(self._context.db, info.sha256) if info else None
        if info is None or path is None:
            return
        if info.is_image:
            self.viewer = ImageViewerDialog(path, info.filename, parent=self)
            self.viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.viewer.open()
        else:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(ImageViewerDialog.named_copy(path, info.filename))))

    def remove_selected(self) -> None:
        info = self._selected()
        if info is None:
            return
        try:
            with self._context.db.transaction() as session:
                delete_record(session, m.Attachment, info.id)
        except CoreError as error:
            self._say(core_error_text(error))
            return
        self._say(self.tr("Removed “{name}”.").format(name=info.filename))
        self._context.bus.notify("attachments")
        self.reload()
