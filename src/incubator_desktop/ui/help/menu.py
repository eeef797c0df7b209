"""The Help menu: quick guide, language, clearing practice data, About; it retranslates itself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget

from incubator_desktop.ui.first_run.pages import LANGUAGE_NAMES
from incubator_desktop.ui.first_run.practice import confirm_and_clear
from incubator_desktop.ui.help.about import open_about
from incubator_desktop.ui.help.guide_dialog import open_quick_guide
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.i18n import switch_language
from incubator_desktop.ui.widgets.settings import DEFAULT_LANGUAGE


class HelpMenu(QMenu):
    """Switching language here keeps every open form and dialog: only the translators change."""

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("helpMenu")
        self._context = context
        self._dialogs: list[QWidget] = []
        self.guide_action = QAction(self)
        self.guide_action.setObjectName("quickGuideAction")
        self.guide_action.triggered.connect(lambda: self._keep(open_quick_guide(self.parentWidget())))
        self.language_menu = QMenu(self)
        group = QActionGroup(self)
        current = context.settings.language or DEFAULT_LANGUAGE
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, group)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, code=code: self.choose_language(code))
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.practice_action = QAction(self)
        self.practice_action.setObjectName("clearPracticeAction")
        self.practice_action.triggered.connect(lambda: confirm_and_clear(context, parent))
        self.about_action = QAction(self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.triggered.connect(lambda: self._keep(open_about(context.db.url, self.parentWidget())))
        self.addAction(self.guide_action)
        self.addMenu(self.language_menu)
        self.addSeparator()
        self.addAction(self.practice_action)
        self.addSeparator()
        self.addAction(self.about_action)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("HelpMenu", "&Help"))
        self.guide_action.setText(QCoreApplication.translate("HelpMenu", "&Quick guide"))
        self.language_menu.setTitle(QCoreApplication.translate("HelpMenu", "&Language"))
        self.practice_action.setText(QCoreApplication.translate("HelpMenu", "Clear practice data…"))
        self.about_action.setText(QCoreApplication.translate("HelpMenu", "&About"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def choose_language(self, language: str) -> None:
        """Install the language's translators and remember it; open windows stay as they are."""
        app = QApplication.instance()
        if app is not None:
            switch_language(app, language)
        self._context.settings.language = language
        self.language_actions[language].setChecked(True)

    def _keep(self, dialog: QWidget) -> None:
        self._dialogs = [kept for kept in self._dialogs if kept.isVisible()] + [dialog]


def add_help_menu(window: QMainWindow, context: AppContext) -> HelpMenu:
    menu = HelpMenu(context, window)
    window.menuBar().addMenu(menu)
    return menu
