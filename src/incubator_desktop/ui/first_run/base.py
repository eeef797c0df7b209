"""A wizard page that sets its texts in `retranslate()`, again whenever the language changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget, QWizardPage

ERROR_STYLE = "color: #b3261e;"


class TranslatedPage(QWizardPage):
    """Subclasses build widgets in __init__ and put every visible text in `retranslate()`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def error_label() -> QLabel:
    """A red, word-wrapped label for an inline problem; hidden until there is one."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def note_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label
