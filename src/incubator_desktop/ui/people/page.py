"""The people workspace page: the generic record page over people."""

from __future__ import annotations

from incubator_desktop.ui.people.spec import person_page_spec
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.record_page import RecordPage


class PeoplePage(RecordPage):
    """A RecordPage over people; ID numbers and phones are listed masked."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context, person_page_spec())
