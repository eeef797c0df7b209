"""Draws an organization's story: profile, verdict on effective incubation, and one section per record kind."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from incubator_desktop.core.services.organizations import EFFECTIVE_MIN_ACTIVITIES, EffectiveStatus
from incubator_desktop.ui.organizations.story import OrganizationStory, Plan
from incubator_desktop.ui.widgets.bidi import keep_left_to_right, right_to_left_screen
from incubator_desktop.ui.widgets.section_table import SectionTable
from incubator_desktop.ui.widgets.vocab_labels import (
    activity_kind_labels,
    case_status_labels,
    category_labels,
    checklist_item_labels,
    checklist_status_labels,
    entry_result_labels,
    label_for,
    rating_labels,
    registration_kind_labels,
    resource_form_labels,
    service_area_labels,
    stage_labels,
    support_labels,
)

translate = QCoreApplication.translate


def verdict(status: EffectiveStatus | None) -> tuple[bool, str, str]:
    """(effective, headline, what is still missing or what was achieved) for the verdict box."""
    if status is None:
        return False, translate("StoryView", "Not yet effectively incubated"), ""
    if status.effective:
        detail = translate(
            "StoryView", "Filed with the township, and %n community service activities held.", "", status.activities
        )
        return True, translate("StoryView", "Effectively incubated"), detail
    missing = []
    if not status.filed:
        missing.append(translate("StoryView", "not yet filed with the township"))
    if status.missing_activities:
        missing.append(translate("StoryView", "still %n activity short", "", status.missing_activities))
    reason = translate("StoryView", "; ").join(missing)
    return False, translate("StoryView", "Not yet effectively incubated"), reason


def _day(value: object) -> str:
    return value.isoformat() if isinstance(value, date) else ""


def _yuan(fen: int) -> str:
    return f"{Decimal(fen) / 100:,.2f}"


class StoryView(QWidget):
    """Shows one OrganizationStory; the plan buttons ask the page to open the matching form."""

    add_milestone = Signal(str)  # plan id
    edit_plan = Signal(str)
    edit_milestone = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_label = QLabel()
        self.name_label.setObjectName("pageTitle")
        self.name_label.setWordWrap(True)
        self.subtitle = QLabel()
        self.verdict_box = QFrame()
        self.verdict_box.setObjectName("verdict")
        self.verdict_title = QLabel()
        self.verdict_title.setObjectName("sectionTitle")
        self.verdict_detail = QLabel()
        self.verdict_detail.setWordWrap(True)
        rule = QLabel(
            self.tr(
                "An organization counts as effectively incubated once it is filed with the township and has held "
                "at least %n community service activities.",
                "",
                EFFECTIVE_MIN_ACTIVITIES,
            )
        )
        rule.setObjectName("fieldHint")
        rule.setWordWrap(True)
        box = QVBoxLayout(self.verdict_box)
        box.addWidget(self.verdict_title)
        box.addWidget(self.verdict_detail)
        box.addWidget(rule)

        self.profile = QFormLayout()
        self.stage_table = SectionTable([self.tr("Date"), self.tr("Stage"), self.tr("Note")])
        self.plans_box = QVBoxLayout()
        self.case_table = SectionTable(
            [self.tr("Kind"), self.tr("Opened"), self.tr("Status"), self.tr("Checked"), self.tr("Still missing")]
        )
        self.activity_title = QLabel()
        self.activity_title.setObjectName("sectionTitle")
        self.activity_table = SectionTable([self.tr("Date"), self.tr("Activity"), self.tr("Kind"), self.tr("People")])
        self.training_table = SectionTable([self.tr("Date"), self.tr("Training"), self.tr("Attendee")])
        self.resource_table = SectionTable(
            [self.tr("Date"), self.tr("Donor"), self.tr("Form"), self.tr("Value (yuan)")]
        )
        self.entry_table = SectionTable([self.tr("Contest"), self.tr("Project"), self.tr("Result"), self.tr("Grant")])
        self.study_table = SectionTable([self.tr("Written on"), self.tr("Title")])

        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(self.name_label)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.verdict_box)
        layout.addWidget(self._title(self.tr("Profile")))
        layout.addLayout(self.profile)
        layout.addWidget(self._title(self.tr("Stage history")))
        layout.addWidget(self.stage_table)
        layout.addWidget(self._title(self.tr("Incubation plan and milestones")))
        layout.addLayout(self.plans_box)
        layout.addWidget(self._title(self.tr("Filing and registration checklist")))
        layout.addWidget(self.case_table)
        layout.addWidget(self.activity_title)
        layout.addWidget(self.activity_table)
        layout.addWidget(self._title(self.tr("Trainings attended")))
        layout.addWidget(self.training_table)
        layout.addWidget(self._title(self.tr("Resources received")))
        layout.addWidget(self.resource_table)
        layout.addWidget(self._title(self.tr("Venture contest entries")))
        layout.addWidget(self.entry_table)
        layout.addWidget(self._title(self.tr("Case studies")))
        layout.addWidget(self.study_table)
        layout.addStretch(1)

    def _title(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("sectionTitle")
        label.setContentsMargins(0, 10, 0, 0)
        return label

    def show_story(self, story: OrganizationStory) -> None:
        profile = story.profile
        stages = stage_labels()
        self.name_label.setText(str(profile["name"]))
        parts = [
            label_for(stages, str(profile["stage"])),
            label_for(category_labels(), str(profile["category"] or "")),
            story.community or self.tr("no village or community given"),
        ]
        self.subtitle.setText("  ·  ".join(part for part in parts if part))
        effective, headline, detail = verdict(story.status)
        self.verdict_title.setText(headline)
        self.verdict_detail.setText(detail)
        self.verdict_detail.setVisible(bool(detail))
        self.verdict_box.setProperty("effective", "true" if effective else "false")
        self.verdict_box.style().unpolish(self.verdict_box)
        self.verdict_box.style().polish(self.verdict_box)
        self._show_profile(profile)
        self.stage_table.set_rows(
            [[_day(day), label_for(stages, stage), note or ""] for day, stage, note in story.stages]
        )
        self._show_plans(story.plans)
        self._show_cases(story)
        self.activity_title.setText(self.tr("Service activities (%n held)", "", story.activity_count))
        kinds = activity_kind_labels()
        self.activity_table.set_rows(
            [[_day(day), title, label_for(kinds, kind), str(people)] for day, title, kind, people in story.activities]
        )
        self.training_table.set_rows([[_day(day), title, name] for day, title, name in story.trainings])
        forms = resource_form_labels()
        self.resource_table.set_rows(
            [[_day(day), donor, label_for(forms, form), _yuan(fen)] for day, donor, form, fen in story.resources]
        )
        results = entry_result_labels()
        self.entry_table.set_rows(
            [[contest, title, label_for(results, result), _yuan(fen)] for contest, title, result, fen in story.entries]
        )
        self.study_table.set_rows([[_day(day), title] for day, title in story.case_studies])

    def _show_profile(self, profile: dict[str, object]) -> None:
        while self.profile.rowCount():
            self.profile.removeRow(0)
        areas = service_area_labels()
        rows = (
            (self.tr("Leader"), profile.get("leader_name")),
            (self.tr("Leader's phone"), profile.get("leader_phone")),
            (self.tr("Members"), profile.get("members")),
            (self.tr("Service areas"), "、".join(label_for(areas, a) for a in profile.get("service_areas") or [])),  # type: ignore[attr-defined]
            (self.tr("Founded on"), _day(profile.get("founded_on"))),
            (self.tr("Moved in on"), _day(profile.get("entered_on"))),
            (self.tr("Filed on"), _day(profile.get("filed_on"))),
            (self.tr("Filing number"), profile.get("filing_number")),
            (self.tr("Registered on"), _day(profile.get("registered_on"))),
            (self.tr("Credit code"), profile.get("credit_code")),
            (self.tr("Rating"), label_for(rating_labels(), profile.get("rating"))),  # type: ignore[arg-type]
            (self.tr("Address"), profile.get("address")),
        )
        right_to_left = right_to_left_screen()
        for caption, value in rows:
            if value in (None, ""):
                continue
            label = QLabel(keep_left_to_right(str(value)) if right_to_left else str(value))
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.profile.addRow(caption + self.tr(":"), label)

    def _show_plans(self, plans: list[Plan]) -> None:
        while self.plans_box.count():
            item = self.plans_box.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        if not plans:
            empty = QLabel(self.tr("No incubation plan yet."))
            empty.setObjectName("fieldHint")
            self.plans_box.addWidget(empty)
        supports = support_labels()
        for plan in plans:
            frame = QFrame()
            column = QVBoxLayout(frame)
            column.setContentsMargins(0, 0, 0, 0)
            period = f"{_day(plan.start_on)} – {_day(plan.end_on)}" if plan.end_on else _day(plan.start_on)
            support = "、".join(label_for(supports, kind) for kind in plan.support)
            text = self.tr("{goals}\nSupport: {support} · Mentor: {mentor} · Period: {period}").format(
                goals=plan.goals, support=support or "—", mentor=plan.mentor or "—", period=period
            )
            summary = QLabel(text)
            summary.setWordWrap(True)
            milestones = SectionTable([self.tr("Milestone"), self.tr("Due"), self.tr("Done")])
            milestones.set_rows(
                [[item.title, _day(item.due_on), _day(item.done_on) or self.tr("not yet")] for item in plan.milestones],
                [item.id for item in plan.milestones],
            )
            milestones.row_activated.connect(self.edit_milestone)
            buttons = QHBoxLayout()
            add = QPushButton(self.tr("Add milestone…"))
            add.clicked.connect(lambda _checked=False, plan_id=plan.id: self.add_milestone.emit(plan_id))
            edit = QPushButton(self.tr("Edit plan…"))
            edit.clicked.connect(lambda _checked=False, plan_id=plan.id: self.edit_plan.emit(plan_id))
            buttons.addWidget(add)
            buttons.addWidget(edit)
            buttons.addStretch(1)
            column.addWidget(summary)
            column.addWidget(milestones)
            column.addLayout(buttons)
            self.plans_box.addWidget(frame)

    def _show_cases(self, story: OrganizationStory) -> None:
        kinds, statuses, items = registration_kind_labels(), case_status_labels(), checklist_item_labels()
        missing_status = next(iter(checklist_status_labels()))
        rows = []
        for case in story.cases:
            missing = [label_for(items, item) for item, status in case.items if status == missing_status]
            rows.append(
                [
                    label_for(kinds, case.kind),
                    _day(case.opened_on),
                    label_for(statuses, case.status),
                    f"{case.approved}/{len(case.items)}",
                    "、".join(missing) or "—",
                ]
            )
        self.case_table.set_rows(rows, [case.id for case in story.cases])
