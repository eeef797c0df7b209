"""A slim bar under the toolbar that says what was just deleted and offers to undo it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

HIDE_AFTER_MS = 30_000


class UndoBar(QFrame):
    """Hidden until `offer` is called; Undo runs the callback once and hides the bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.message = QLabel()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAutoDefault(False)
        self.undo_button.clicked.connect(self.undo)
        close = QToolButton()
        close.setText("×")
        close.setToolTip(self.tr("Close"))
        close.setAutoRaise(True)
        close.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(close)
        self._undo: Callable[[], None] | None = None
        self._timer = QTimer(self, singleShot=True, interval=HIDE_AFTER_MS)
        self._timer.timeout.connect(self.dismiss)
        self.hide()

    def offer(self, text: str, undo: Callable[[], None]) -> None:
        self.message.setText(text)
        self._undo = undo
        self.show()
        self._timer.start()

    def can_undo(self) -> bool:
        return self._undo is not None and not self.isHidden()

    def undo(self) -> None:
        action, self._undo = self._undo, None
        self.dismiss()
        if action is not None:
            action()

    def dismiss(self) -> None:
        self._timer.stop()
        self._undo = None
        self.hide()
