"""The trainings workspace declared: columns (with 人次), filters, and the training form."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.services.browse import BrowseRow, SortOrder, count_children
from incubator_desktop.ui.widgets.form_spec import FieldKind, FieldSpec, FormSpec
from incubator_desktop.ui.widgets.page_spec import RecordPageSpec
from incubator_desktop.ui.widgets.record_filters import FilterKind, FilterSpec
from incubator_desktop.ui.widgets.record_table import Column
from incubator_desktop.ui.widgets.vocab_labels import training_topic_labels

translate = QCoreApplication.translate
K = FieldKind


def add_attendance(session: Session, rows: list[BrowseRow]) -> None:
    counts = count_children(session, m.Attendance, "training_id", [row.id for row in rows])
    for row in rows:
        row.values["attendance"] = counts[row.id]


def training_form() -> FormSpec:
    return FormSpec(
        model=m.Training,
        new_title=translate("TrainingSpec", "New training"),
        edit_title=translate("TrainingSpec", "Edit training"),
        fields=(
            FieldSpec("title", translate("TrainingSpec", "Title"), required=True),
            FieldSpec("topic", translate("TrainingSpec", "Topic"), K.CHOICE, True, training_topic_labels()),
            FieldSpec("held_on", translate("TrainingSpec", "Held on"), K.DATE, True, default=date.today()),
            FieldSpec("trainer", translate("TrainingSpec", "Trainer")),
            FieldSpec("hours", translate("TrainingSpec", "Hours"), K.DECIMAL, True, default=Decimal(2)),
            FieldSpec("location", translate("TrainingSpec", "Place")),
            FieldSpec("description", translate("TrainingSpec", "Content"), K.TEXT),
        ),
    )


def training_page_spec() -> RecordPageSpec:
    return RecordPageSpec(
        model=m.Training,
        title=translate("TrainingSpec", "Trainings"),
        columns=(
            Column("held_on", translate("TrainingSpec", "Held on"), K.DATE),
            Column("title", translate("TrainingSpec", "Title"), stretch=True),
            Column("topic", translate("TrainingSpec", "Topic"), K.CHOICE, training_topic_labels()),
            Column("trainer", translate("TrainingSpec", "Trainer")),
            Column("hours", translate("TrainingSpec", "Hours"), K.DECIMAL),
            Column("attendance", translate("TrainingSpec", "Attendances"), K.INT, sortable=False),
        ),
        form=training_form,
        search_fields=("title", "trainer", "location", "description"),
        search_placeholder=translate("TrainingSpec", "Title, trainer or place"),
        filters=(
            FilterSpec(
                "topic",
                translate("TrainingSpec", "Topic:"),
                translate("TrainingSpec", "All topics"),
                choices=training_topic_labels(),
            ),
            FilterSpec(
                "held_on",
                translate("TrainingSpec", "Month:"),
                translate("TrainingSpec", "All months"),
                FilterKind.MONTH,
            ),
        ),
        order=SortOrder("held_on", descending=True),
        empty_text=translate(
            "TrainingSpec",
            "No trainings recorded yet. Press “New…” (Ctrl+N) after a training, then add who attended.",
        ),
        filtered_empty_text=translate("TrainingSpec", "No training matches these filters."),
        refresh_on=("attendance",),
        enrich=add_attendance,
    )
