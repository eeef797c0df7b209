"""Practice data in the main window: the "Practice data" mark, and clearing it after a confirmation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from incubator_desktop.core.services.practice import remove_practice_data
from incubator_desktop.core.services.sites import current_site
from incubator_desktop.ui.widgets.change_bus import ALL_SCOPES
from incubator_desktop.ui.widgets.context import AppContext

BANNER_STYLE = "QLabel { background: #f9a825; color: #000; font-weight: bold; padding: 2px 10px; }"


class PracticeBanner(QLabel):
    """A bright mark in the status bar, shown only while the site holds practice (demo) data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("Practice", "Practice data"))
        self.setToolTip(
            QCoreApplication.translate(
                "Practice", "These records are for practice. Clear them from the Help menu before real work starts."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def is_practice_site(context: AppContext) -> bool:
    with context.db.reading() as session:
        site = current_site(session)
    return site is not None and site.is_demo


def clear_practice_data(context: AppContext) -> int:
    """Remove the practice records (no question asked) and tell every view; returns how many went."""
    with context.db.transaction() as session:
        removed = remove_practice_data(session)
    context.bus.notify(ALL_SCOPES)
    return sum(removed.values())


def confirm_and_clear(context: AppContext, parent: QWidget) -> bool:
    """Ask first; practice data is the only thing this program ever deletes for good."""
    if not is_practice_site(context):
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Practice", "Clear practice data"),
            QCoreApplication.translate("Practice", "This site holds no practice data."),
        )
        return False
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Practice", "Clear practice data"),
        QCoreApplication.translate(
            "Practice",
            "Delete every practice record for good? The site and its keys stay set up, "
            "ready for real work. This cannot be undone.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    count = clear_practice_data(context)
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Practice", "Clear practice data"),
        QCoreApplication.translate("Practice", "{count} practice records were deleted.").format(count=count),
    )
    return True
