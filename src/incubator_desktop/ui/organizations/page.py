"""The organizations workspace: the list of organizations, and each organization's own page."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from incubator_desktop.ui.organizations.detail import OrganizationDetailPage
from incubator_desktop.ui.organizations.spec import organization_page_spec
from incubator_desktop.ui.widgets.button_rows import add_beside
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.export_dialogs import export_titles, open_export_dialog
from incubator_desktop.ui.widgets.print_dialog import open_print_dialog
from incubator_desktop.ui.widgets.print_jobs import PrintKind
from incubator_desktop.ui.widgets.record_page import RecordPage
from incubator_desktop.ui.widgets.roster_import_dialog import open_roster_import


class OrganizationsPage(QWidget):
    """The list first; double-click, Enter or "Open page" shows the organization's page in its place."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_page = RecordPage(context, organization_page_spec())
        self.list_page.set_open_handler(self.open_organization)
        self.list_page.add_action(
            self.tr("Open page"), self.open_organization, tooltip=self.tr("The organization's whole story (Enter)")
        )
        self.list_page.add_action(self.tr("Print file…"), self.print_file, tooltip=self.tr("The organization's file"))
        self.spreadsheet_button = self._spreadsheet_button(context)
        add_beside(self.list_page.deleted_button, self.spreadsheet_button)
        self.detail = OrganizationDetailPage(context)
        self.detail.back_requested.connect(self.show_list)
        self.detail_print_button = QPushButton(self.tr("Print file…"))
        self.detail_print_button.clicked.connect(lambda: self.print_file(self.detail.organization_id))
        add_beside(self.detail.plan_button, self.detail_print_button, before=False)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.list_page)
        self._stack.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

    def _spreadsheet_button(self, context: AppContext) -> QPushButton:
        """Import a roster, export the roster, a blank template or the ledger."""
        button = QPushButton(self.tr("Spreadsheets"))
        menu = QMenu(button)
        menu.addAction(self.tr("Import a roster…")).triggered.connect(lambda: open_roster_import(context, self))
        for kind, title in export_titles().items():
            action = menu.addAction(title + "…")
            action.triggered.connect(lambda _checked=False, kind=kind: open_export_dialog(context, kind, self))
        button.setMenu(menu)
        return button

    def print_file(self, organization_id: str | None) -> None:
        if organization_id:
            open_print_dialog(self.list_page.context, PrintKind.ORGFILE, parent=self, organization_id=organization_id)

    def open_organization(self, organization_id: str) -> None:
        self.detail.show_organization(organization_id)
        self._stack.setCurrentWidget(self.detail)

    def show_list(self) -> None:
        self._stack.setCurrentWidget(self.list_page)
        self.list_page.table.setFocus()

    def showing_detail(self) -> bool:
        return self._stack.currentWidget() is self.detail

    def show_record(self, kind: str, record_id: str) -> None:
        """A search hit: an organization opens its page; the list behind it selects the organization."""
        if kind != "organizations":
            return
        self.list_page.show_record(kind, record_id)
        self.open_organization(record_id)

    def selected_id(self) -> str | None:
        return self.list_page.selected_id()
