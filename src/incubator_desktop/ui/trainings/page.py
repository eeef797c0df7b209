"""The trainings workspace page: the trainings, with the selected training's attendance beside them."""

from __future__ import annotations

from incubator_desktop.ui.trainings.attendance import AttendancePanel
from incubator_desktop.ui.trainings.spec import training_page_spec
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.print_dialog import open_print_dialog
from incubator_desktop.ui.widgets.print_jobs import PrintKind
from incubator_desktop.ui.widgets.record_page import RecordPage


class TrainingsPage(RecordPage):
    """A RecordPage over trainings; `attendance` edits who attended the selected one."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context, training_page_spec())
        self.attendance = AttendancePanel(context)
        self.set_side_panel(self.attendance)
        self.add_action(self.tr("Print sign-in sheet…"), self.print_signin, tooltip=self.tr("Blank, or filled in"))

    def print_signin(self, training_id: str) -> None:
        open_print_dialog(self.context, PrintKind.SIGNIN, parent=self, training_id=training_id)
