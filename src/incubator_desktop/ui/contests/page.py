"""The contests workspace: the list of contests, and each contest's page with its ranked entries."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from incubator_desktop.core import models as m
from incubator_desktop.core.errors import NotFound
from incubator_desktop.core.services.records import get_record
from incubator_desktop.ui.contests.detail import ContestDetailPage
from incubator_desktop.ui.contests.spec import contest_page_spec
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.record_page import RecordPage


class ContestsPage(QWidget):
    """The list first; double-click, Enter or "Open contest" shows the contest's page in its place."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.list_page = RecordPage(context, contest_page_spec())
        self.list_page.set_open_handler(self.open_contest)
        self.list_page.add_action(
            self.tr("Open contest"), self.open_contest, tooltip=self.tr("Entries, scores, ranking and tranches (Enter)")
        )
        self.detail = ContestDetailPage(context)
        self.detail.back_requested.connect(self.show_list)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.list_page)
        self._stack.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

    def open_contest(self, contest_id: str, entry_id: str | None = None) -> None:
        self.detail.show_contest(contest_id, entry_id=entry_id)
        self._stack.setCurrentWidget(self.detail)

    def show_list(self) -> None:
        self._stack.setCurrentWidget(self.list_page)
        self.list_page.table.setFocus()

    def showing_detail(self) -> bool:
        return self._stack.currentWidget() is self.detail

    def show_record(self, kind: str, record_id: str) -> None:
        """A search hit: a contest opens its page; an entry opens its contest's page with the entry selected."""
        if kind == "venture_contests":
            self.list_page.show_record(kind, record_id)
            self.open_contest(record_id)
        elif kind == "contest_entries":
            try:
                with self._context.db.reading() as session:
                    contest_id = get_record(session, m.ContestEntry, record_id).contest_id
            except NotFound:
                return
            self.list_page.show_record("venture_contests", contest_id)
            self.open_contest(contest_id, record_id)
