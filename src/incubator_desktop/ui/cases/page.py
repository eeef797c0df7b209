"""The case-studies workspace page: the cases, with the selected case's photos beside them."""

from __future__ import annotations

from incubator_desktop.ui.cases.spec import RECORD_TYPE, case_page_spec
from incubator_desktop.ui.widgets.attachments_panel import AttachmentsPanel
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.record_page import RecordPage


class CasesPage(RecordPage):
    """A RecordPage over case studies; `photos` holds the selected case's photos and scans."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context, case_page_spec())
        self.photos = AttachmentsPanel(context, RECORD_TYPE)
        self.set_side_panel(self.photos, width=380)
