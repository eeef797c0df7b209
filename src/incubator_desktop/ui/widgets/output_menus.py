"""The main window's 打印 and 表格 menus, and the toolbar's two-click printouts, built in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from incubator_desktop.core.vocab import NoticeKind
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.export_dialogs import export_titles, open_export_dialog
from incubator_desktop.ui.widgets.print_dialog import open_print_dialog, print_titles
from incubator_desktop.ui.widgets.print_jobs import PrintKind


def _open_roster_import(context: AppContext, window: QMainWindow) -> None:
    # Reading a roster needs openpyxl: load it when a roster is imported, not when the window opens.
    from incubator_desktop.ui.widgets.roster_import_dialog import open_roster_import

    open_roster_import(context, window)


def add_output_menus(window: QMainWindow, context: AppContext, toolbar: QToolBar | None = None) -> list[QAction]:
    """Add the Print and Spreadsheets menus to `window`, and the two everyday printouts in front of `toolbar`.

    Returns the toolbar's two actions (this month's report, the new-organizations notice).
    """
    translate = QCoreApplication.translate

    def monthly() -> None:
        open_print_dialog(context, PrintKind.MONTHLY, parent=window)

    def notice() -> None:
        open_print_dialog(context, PrintKind.NOTICE, parent=window, notice_kind=NoticeKind.NEW_ORGS.value)

    print_menu = QMenu(translate("OutputMenus", "&Print"), window)
    print_menu.setObjectName("printMenu")
    print_menu.addAction(translate("OutputMenus", "This month's progress report…")).triggered.connect(monthly)
    print_menu.addAction(translate("OutputMenus", "Notice of newly filed organizations…")).triggered.connect(notice)
    print_menu.addSeparator()
    for printout, title in print_titles().items():
        action = print_menu.addAction(title + "…")
        action.triggered.connect(
            lambda _checked=False, printout=printout: open_print_dialog(context, printout, parent=window)
        )
    window.menuBar().addMenu(print_menu)

    table_menu = QMenu(translate("OutputMenus", "&Spreadsheets"), window)
    table_menu.setObjectName("spreadsheetMenu")
    importing = table_menu.addAction(translate("OutputMenus", "Import an organization roster…"))
    importing.triggered.connect(lambda: _open_roster_import(context, window))
    table_menu.addSeparator()
    for workbook, title in export_titles().items():
        action = table_menu.addAction(title + "…")
        action.triggered.connect(
            lambda _checked=False, workbook=workbook: open_export_dialog(context, workbook, window)
        )
    window.menuBar().addMenu(table_menu)

    quick = [
        QAction(translate("OutputMenus", "Print monthly report"), window),
        QAction(translate("OutputMenus", "Print notice"), window),
    ]
    quick[0].setToolTip(translate("OutputMenus", "Preview and print this month's progress report"))
    quick[0].triggered.connect(monthly)
    quick[1].setToolTip(translate("OutputMenus", "Preview and print the notice of newly filed organizations"))
    quick[1].triggered.connect(notice)
    if toolbar is not None:
        first = toolbar.actions()[0] if toolbar.actions() else None
        toolbar.insertActions(first, quick)  # type: ignore[arg-type]
    return quick
