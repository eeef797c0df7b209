"""The organization page: one organization's whole story, with the actions that move it along."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from incubator_desktop.core.errors import NotFound
from incubator_desktop.ui.organizations.plan_forms import milestone_form, plan_form
from incubator_desktop.ui.organizations.spec import organization_form, stage_form
from incubator_desktop.ui.organizations.story import OrganizationStory, load_organization_story
from incubator_desktop.ui.organizations.story_view import StoryView
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.form_spec import FormSpec
from incubator_desktop.ui.widgets.record_form import RecordFormDialog

log = logging.getLogger(__name__)

#: Changes to these kinds can alter what the page shows.
STORY_SCOPES = frozenset(
    {
        "*",
        "organizations",
        "communities",
        "stage_events",
        "incubation_plans",
        "plan_milestones",
        "registration_cases",
        "checklist_items",
        "activities",
        "attendance",
        "trainings",
        "resource_links",
        "contest_entries",
        "venture_contests",
        "case_studies",
    }
)


class OrganizationDetailPage(QWidget):
    """Loads the story off the GUI thread; `back_requested` asks the workspace to show the list again."""

    back_requested = Signal()
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.organization_id: str | None = None
        self.story: OrganizationStory | None = None
        self.form_dialog: RecordFormDialog | None = None
        self._stale = False

        self.back_button = QPushButton(self.tr("← Back to the list"))
        self.back_button.clicked.connect(self.back_requested)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_organization)
        self.stage_button = QPushButton(self.tr("Change stage…"))
        self.stage_button.clicked.connect(self.change_stage)
        self.plan_button = QPushButton(self.tr("New incubation plan…"))
        self.plan_button.clicked.connect(self.new_plan)
        actions = QHBoxLayout()
        actions.addWidget(self.back_button)
        actions.addStretch(1)
        for button in (self.edit_button, self.stage_button, self.plan_button):
            actions.addWidget(button)

        self.view = StoryView()
        self.view.add_milestone.connect(lambda plan_id: self._form(milestone_form(plan_id)))
        self.view.edit_plan.connect(lambda plan_id: self._form(plan_form(self.organization_id or ""), plan_id))
        self.view.edit_milestone.connect(lambda item_id: self._form(milestone_form(""), item_id))
        self._scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.view)
        self.message = QLabel()
        self.message.setObjectName("emptyState")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self._states = QStackedWidget()
        self._states.addWidget(self.message)
        self._states.addWidget(scroll)

        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self._states, 1)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.back_requested)
        context.bus.data_changed.connect(self._on_data_changed)

    def show_organization(self, organization_id: str) -> None:
        if organization_id != self.organization_id:
            self._scroll.verticalScrollBar().setValue(0)
        self.organization_id = organization_id
        self.story = None
        self.message.setText(self.tr("Loading…"))
        self._states.setCurrentIndex(0)
        self.reload()

    def reload(self) -> None:
        organization_id = self.organization_id
        if organization_id is None:
            return
        db = self._context.db
        self._context.tasks.run(
            lambda: load_organization_story(db, organization_id),
            on_result=lambda story: self._show(organization_id, story),
            on_error=self._failed,
            owner=self,
        )

    def _show(self, organization_id: str, story: OrganizationStory) -> None:
        if organization_id != self.organization_id:
            return
        self.story = story
        self.view.show_story(story)
        self._states.setCurrentIndex(1)
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, NotFound):
            self.message.setText(self.tr("This organization has been deleted."))
        else:
            log.error("loading an organization's page failed", exc_info=error)
            self.message.setText(self.tr("This organization's page could not be loaded."))
        self._states.setCurrentIndex(0)

    def _on_data_changed(self, scope: str) -> None:
        if self.organization_id is None or scope not in STORY_SCOPES:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    # --- actions ------------------------------------------------------------------------------------

    def _form(self, spec: FormSpec, record_id: str | None = None) -> RecordFormDialog:
        dialog = RecordFormDialog(self._context, spec, record_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form_dialog = dialog
        dialog.open()
        return dialog

    def edit_organization(self) -> None:
        if self.organization_id is not None:
            self._form(organization_form(), self.organization_id)

    def change_stage(self) -> None:
        if self.organization_id is not None:
            current = str(self.story.profile["stage"]) if self.story else None
            self._form(stage_form(self.organization_id, current))

    def new_plan(self) -> None:
        if self.organization_id is not None:
            self._form(plan_form(self.organization_id))
