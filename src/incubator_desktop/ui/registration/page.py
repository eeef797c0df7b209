"""The registration workspace page: the cases, with the selected case's checklist beside them."""

from __future__ import annotations

from incubator_desktop.ui.registration.checklist import ChecklistPanel
from incubator_desktop.ui.registration.spec import registration_page_spec
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.record_page import RecordPage


class RegistrationPage(RecordPage):
    """A RecordPage over registration cases; `checklist` shows and edits the selected case's documents."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context, registration_page_spec())
        self.checklist = ChecklistPanel(context)
        self.set_side_panel(self.checklist)
