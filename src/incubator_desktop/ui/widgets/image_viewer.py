"""Shows one stored photo, decoded at the size of the screen rather than at its full resolution."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from incubator_desktop.ui.widgets.thumbnails import read_scaled


class ImageViewerDialog(QDialog):
    """A photo fitted to about 80 % of the screen; Esc closes it."""

    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        screen = QGuiApplication.primaryScreen()
        available = screen.availableSize() if screen is not None else QSize(1280, 800)
        longest = int(max(available.width(), available.height()) * 0.8)
        image = read_scaled(path, longest)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if image is None:
            self.picture.setText(self.tr("This file cannot be shown as a picture."))
        else:
            self.picture.setPixmap(QPixmap.fromImage(image))
        scroll = QScrollArea()
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        hint = self.picture.sizeHint().boundedTo(QSize(int(available.width() * 0.85), int(available.height() * 0.85)))
        self.resize(hint.expandedTo(QSize(320, 240)) + QSize(8, 8))

    @staticmethod
    def named_copy(path: Path, filename: str) -> Path:
        """A temporary copy under the original file name, so the system knows which program opens it."""
        folder = Path(tempfile.mkdtemp(prefix="incubator-"))
        target = folder / Path(filename).name
        shutil.copyfile(path, target)
        return target
