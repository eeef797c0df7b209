"""Thumbnails of stored photos: decoded off the GUI thread at thumbnail size, kept in a bounded cache."""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap

from incubator_desktop.ui.widgets.tasks import TaskRunner

THUMBNAIL_SIZE = 140
CACHE_CAPACITY = 400


def read_scaled(path: Path, size: int) -> QImage | None:
    """Decode `path` straight to at most size×size: the reader scales while decoding (never the full photo)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # photos from phones carry their rotation in EXIF
    original = reader.size()
    if original.isValid():
        reader.setScaledSize(original.scaled(QSize(size, size), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else image


class ThumbnailCache(QObject):
    """sha256 → QPixmap; `thumbnail` answers from the cache or starts a decode and emits `ready` later."""

    ready = Signal(str)

    def __init__(
        self,
        tasks: TaskRunner,
        *,
        size: int = THUMBNAIL_SIZE,
        capacity: int = CACHE_CAPACITY,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks, self.size, self._capacity = tasks, size, capacity
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._pending: set[str] = set()
        self._failed: set[str] = set()

    def thumbnail(self, sha256: str, path: Path) -> QPixmap | None:
        pixmap = self._pixmaps.get(sha256)
        if pixmap is not None:
            self._pixmaps.move_to_end(sha256)
            return pixmap
        if sha256 not in self._pending and sha256 not in self._failed:
            self._pending.add(sha256)
            size = self.size
            self._tasks.run(
                lambda: read_scaled(path, size),
                on_result=lambda image: self._decoded(sha256, image),
                on_error=lambda _error: self._decoded(sha256, None),
                owner=self,
            )
        return None

    def _decoded(self, sha256: str, image: QImage | None) -> None:
        self._pending.discard(sha256)
        if image is None:
            self._failed.add(sha256)
            return
        # QPixmap belongs to the GUI thread, so the conversion happens here, not in the worker.
        self._pixmaps[sha256] = QPixmap.fromImage(image)
        while len(self._pixmaps) > self._capacity:
            self._pixmaps.popitem(last=False)
        self.ready.emit(sha256)

    def busy(self) -> bool:
        return bool(self._pending)
