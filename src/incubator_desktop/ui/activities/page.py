"""The activities workspace page: the activities, with the selected activity's photos beside them."""

from __future__ import annotations

from incubator_desktop.ui.activities.spec import RECORD_TYPE, activity_page_spec
from incubator_desktop.ui.widgets.attachments_panel import AttachmentsPanel
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.record_page import RecordPage


class ActivitiesPage(RecordPage):
    """A RecordPage over activities; `photos` holds the selected activity's photos and scans."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context, activity_page_spec())
        self.photos = AttachmentsPanel(context, RECORD_TYPE)
        self.set_side_panel(self.photos, width=400)
