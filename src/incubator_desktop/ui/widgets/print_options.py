"""The options of each printout as a small form: notice kind and period, month, training, organization, contest."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from incubator_desktop.core.reports.formats import DEFAULT_BLANK_ROWS
from incubator_desktop.core.services.browse import Choice
from incubator_desktop.core.vocab import NoticeKind
from incubator_desktop.ui.widgets.period_chooser import date_edit, picked
from incubator_desktop.ui.widgets.print_jobs import PrintChoices, PrintKind, PrintRequest

MONTHS_OFFERED = 24


def fill_combo(combo: QComboBox, choices: Sequence[Choice], *, first: tuple[str, str | None] | None = None) -> None:
    """Replace the items, keeping the chosen id when it is still offered."""
    keep = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if first is not None:
        combo.addItem(first[0], first[1])
    for choice in choices:
        combo.addItem(choice.label, choice.id)
    index = combo.findData(keep)
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(False)


class PrintOptionsForm(QWidget):
    """The options of one kind; `changed` fires on every edit, `request()` reads them all."""

    changed = Signal()

    def __init__(self, kind: PrintKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.form = QFormLayout(self)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.notice_kind = QComboBox()
        for value, label in (
            (NoticeKind.NEW_ORGS.value, self.tr("Newly filed organizations")),
            (NoticeKind.CONTEST.value, self.tr("Contest results")),
            (NoticeKind.RESOURCES.value, self.tr("Resources received and where they went")),
        ):
            self.notice_kind.addItem(label, value)
        self.issued_on = date_edit()
        self.custom_period = QCheckBox(self.tr("Choose the period myself"))
        self.start, self.end = date_edit(date(date.today().year, 1, 1)), date_edit()
        self.contest = QComboBox()
        self.days = QSpinBox()
        self.days.setRange(0, 30)
        self.days.setSpecialValueText(self.tr("Automatic (5 working days; 7 for contest results)"))
        self.days.setSuffix(self.tr(" working days"))
        self.unit, self.address, self.phone = QLineEdit(), QLineEdit(), QLineEdit()
        self.address.setPlaceholderText(self.tr("The site's address"))
        self.phone.setPlaceholderText(self.tr("Office landline, e.g. 0998-1234567"))
        self.month = QComboBox()
        self.training = QComboBox()
        self.blank = QCheckBox(self.tr("Empty rows, for a training still to come"))
        self.rows = QSpinBox()
        self.rows.setRange(1, 200)
        self.rows.setValue(DEFAULT_BLANK_ROWS)
        self.organization = QComboBox()
        self.organization.setMinimumContentsLength(16)
        self.note = QLabel()
        self.note.setObjectName("fieldHint")
        self.note.setWordWrap(True)
        self._build()
        self._connect()
        self._update_rows()

    def _build(self) -> None:
        add = self.form.addRow
        if self.kind is PrintKind.NOTICE:
            add(self.tr("Notice about:"), self.notice_kind)
            add(self.tr("Contest:"), self.contest)
            add(self.tr("Issued on:"), self.issued_on)
            add(self.custom_period)
            add(self.tr("From:"), self.start)
            add(self.tr("To:"), self.end)
            add(self.tr("Notice period:"), self.days)
            add(self.tr("Issuing unit:"), self.unit)
            add(self.tr("Address for objections:"), self.address)
            add(self.tr("Office phone:"), self.phone)
        elif self.kind is PrintKind.MONTHLY:
            add(self.tr("Month:"), self.month)
        elif self.kind is PrintKind.CASEBOOK:
            add(self.custom_period)
            add(self.tr("From:"), self.start)
            add(self.tr("To:"), self.end)
        elif self.kind is PrintKind.SIGNIN:
            add(self.tr("Training:"), self.training)
            add(self.blank)
            add(self.tr("Empty rows:"), self.rows)
        elif self.kind is PrintKind.ORGFILE:
            add(self.tr("Organization:"), self.organization)
        else:
            add(self.tr("Contest:"), self.contest)
            add(self.tr("Date on the certificates:"), self.issued_on)
            add(self.tr("Issuing unit:"), self.unit)
        add(self.note)

    def _connect(self) -> None:
        for combo in (self.notice_kind, self.contest, self.month, self.training, self.organization):
            combo.currentIndexChanged.connect(self._edited)
        for edit in (self.issued_on, self.start, self.end):
            edit.dateChanged.connect(self._edited)
        for box in (self.custom_period, self.blank):
            box.toggled.connect(self._edited)
        for spin in (self.days, self.rows):
            spin.valueChanged.connect(self._edited)
        for line in (self.unit, self.address, self.phone):
            line.textChanged.connect(self._edited)

    def _edited(self) -> None:
        self._update_rows()
        self.changed.emit()

    def _update_rows(self) -> None:
        is_contest = self.notice_kind.currentData() == NoticeKind.CONTEST.value
        if self.kind is PrintKind.NOTICE:
            self.form.setRowVisible(self.contest, is_contest)
        for edit in (self.start, self.end):
            if self.form.indexOf(edit) >= 0:
                self.form.setRowVisible(edit, self.custom_period.isChecked())
        has_training = self.training.currentData() is not None
        self.blank.setEnabled(has_training)
        if self.form.indexOf(self.rows) >= 0:
            self.form.setRowVisible(self.rows, not has_training or self.blank.isChecked())

    # --- choices and presets ------------------------------------------------------------------------

    def set_choices(self, choices: PrintChoices) -> None:
        self.unit.setPlaceholderText(choices.site_name)
        fill_combo(self.contest, choices.contests)
        fill_combo(self.organization, choices.organizations)
        fill_combo(self.training, choices.trainings, first=(self.tr("No training: a blank sheet"), None))
        self._fill_months(choices.latest_month)
        if self.kind is PrintKind.ORGFILE and not choices.organizations:
            self.note.setText(self.tr("No organization is recorded yet."))
        elif self.kind in (PrintKind.CERTIFICATE,) and not choices.contests:
            self.note.setText(self.tr("No contest is recorded yet."))
        self._update_rows()

    def _fill_months(self, latest: str | None) -> None:
        keep = self.month.currentData()
        today = date.today()
        year, month = (int(latest[:4]), int(latest[5:7])) if latest else (today.year, today.month)
        year, month = max((year, month), (today.year, today.month))
        self.month.blockSignals(True)
        self.month.clear()
        for _ in range(MONTHS_OFFERED):
            key = f"{year:04d}-{month:02d}"
            label = QLocale().toString(QDate(year, month, 1), self.tr("MMMM yyyy"))
            self.month.addItem(label, key)
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        index = self.month.findData(keep or latest)
        self.month.setCurrentIndex(max(index, 0))
        self.month.blockSignals(False)

    def apply_preset(self, preset: Mapping[str, object]) -> None:
        """Choose what the caller already knows: notice_kind, month, training_id, organization_id, contest_id."""
        combos = {
            "notice_kind": self.notice_kind,
            "month": self.month,
            "training_id": self.training,
            "organization_id": self.organization,
            "contest_id": self.contest,
        }
        for key, combo in combos.items():
            value = preset.get(key)
            if value is None:
                continue
            index = combo.findData(value)
            if index < 0:  # not loaded yet (or gone): offer it so the request still names it
                combo.addItem(str(value), value)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
        if "blank" in preset:
            self.blank.setChecked(bool(preset["blank"]))
        self._update_rows()

    # --- reading ------------------------------------------------------------------------------------

    def missing(self) -> str | None:
        """Why nothing can be printed yet, or None."""
        if self.kind is PrintKind.ORGFILE and self.organization.currentData() is None:
            return self.tr("Choose an organization.")
        return None

    def request(self) -> PrintRequest:
        custom = self.custom_period.isChecked()
        return PrintRequest(
            kind=self.kind,
            notice_kind=str(self.notice_kind.currentData()),
            issued_on=picked(self.issued_on),
            start=picked(self.start) if custom else None,
            end=picked(self.end) if custom else None,
            contest_id=self.contest.currentData(),
            days=self.days.value() or None,
            issuing_unit=self.unit.text().strip() or None,
            office_address=self.address.text().strip() or None,
            office_phone=self.phone.text().strip() or None,
            month=self.month.currentData(),
            training_id=self.training.currentData(),
            blank=self.blank.isChecked() and self.training.currentData() is not None,
            rows=self.rows.value(),
            organization_id=self.organization.currentData(),
        )
