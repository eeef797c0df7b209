"""The projects workspace: the list of funded projects, and each project's page with budget and spending."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from incubator_desktop.ui.projects.detail import ProjectDetailPage
from incubator_desktop.ui.projects.spec import project_page_spec
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.record_page import RecordPage


class ProjectsPage(QWidget):
    """The list first; double-click, Enter or "Open project" shows the project's page in its place."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_page = RecordPage(context, project_page_spec())
        self.list_page.set_open_handler(self.open_project)
        self.list_page.add_action(
            self.tr("Open project"), self.open_project, tooltip=self.tr("Budget, expenses, staff and reports (Enter)")
        )
        self.detail = ProjectDetailPage(context)
        self.detail.back_requested.connect(self.show_list)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.list_page)
        self._stack.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

    def open_project(self, project_id: str) -> None:
        self.detail.show_project(project_id)
        self._stack.setCurrentWidget(self.detail)

    def show_list(self) -> None:
        self._stack.setCurrentWidget(self.list_page)
        self.list_page.table.setFocus()

    def showing_detail(self) -> bool:
        return self._stack.currentWidget() is self.detail

    def show_record(self, kind: str, record_id: str) -> None:
        """A search hit: a project opens its page; the list behind it selects the project."""
        if kind == "funded_projects":
            self.list_page.show_record(kind, record_id)
            self.open_project(record_id)
