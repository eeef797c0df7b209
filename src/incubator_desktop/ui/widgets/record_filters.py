"""The filter combos above a record table: fixed choices, another record (organization, community), a month."""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from incubator_desktop.core.db import Database
from incubator_desktop.core.services.browse import reference_choices
from incubator_desktop.core.services.records import DateRange

MONTHS_OFFERED = 36


class FilterKind(StrEnum):
    CHOICE = "choice"
    REFERENCE = "reference"
    MONTH = "month"


@dataclass(frozen=True)
class FilterSpec:
    """One filter: `key` is the column it narrows (for MONTH, a date column); `any_text` is its "all" entry."""

    key: str
    label: str
    any_text: str
    kind: FilterKind = FilterKind.CHOICE
    choices: Mapping[str, str] | None = None
    reference: str | None = None


def month_range(month: str) -> tuple[date, date]:
    """ "2024-05" → (2024-05-01, 2024-05-31)."""
    year, number = (int(part) for part in month.split("-"))
    return date(year, number, 1), date(year, number, calendar.monthrange(year, number)[1])


class FilterBar(QWidget):
    """A row of labelled combos; `changed` fires when the user picks another value in any of them."""

    changed = Signal()

    def __init__(
        self, db: Database, specs: tuple[FilterSpec, ...], *, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db, self.specs = db, specs
        self.combos: dict[str, QComboBox] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for spec in specs:
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            combo.setMaximumWidth(220)
            combo.addItem(spec.any_text, None)
            if spec.kind is FilterKind.CHOICE:
                for value, label in (spec.choices or {}).items():
                    combo.addItem(label, value)
            elif spec.kind is FilterKind.MONTH:
                self._add_months(combo, today or date.today())
            caption = QLabel(spec.label)
            caption.setBuddy(combo)
            layout.addWidget(caption)
            layout.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
            self.combos[spec.key] = combo
        self.reload_references()

    def _add_months(self, combo: QComboBox, today: date) -> None:
        year, month = today.year, today.month
        locale = QLocale()
        for _ in range(MONTHS_OFFERED):
            combo.addItem(locale.toString(QDate(year, month, 1), self.tr("MMM yyyy")), f"{year:04d}-{month:02d}")
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)

    def reload_references(self, kinds: tuple[str, ...] | None = None) -> None:
        """Refill the combos that choose another record (after those records changed), keeping the choice."""
        for spec in self.specs:
            if spec.kind is not FilterKind.REFERENCE or (kinds is not None and spec.reference not in kinds):
                continue
            assert spec.reference is not None
            combo = self.combos[spec.key]
            chosen = combo.currentData()
            with self._db.reading() as session:
                options = reference_choices(session, spec.reference)
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(spec.any_text, None)
            for option in options:
                combo.addItem(option.label, option.id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            combo.blockSignals(False)

    def references(self) -> set[str]:
        return {spec.reference for spec in self.specs if spec.reference}

    def choose(self, key: str, value: Any) -> None:
        """Pick `value` in the combo for `key` (as a user would)."""
        combo = self.combos[key]
        combo.setCurrentIndex(combo.findData(value))

    def equals(self) -> dict[str, Any]:
        return {
            spec.key: self.combos[spec.key].currentData()
            for spec in self.specs
            if spec.kind is not FilterKind.MONTH and self.combos[spec.key].currentData() is not None
        }

    def between(self) -> DateRange | None:
        for spec in self.specs:
            month = self.combos[spec.key].currentData()
            if spec.kind is FilterKind.MONTH and month:
                start, end = month_range(month)
                return (spec.key, start, end)
        return None

    def is_active(self) -> bool:
        return any(combo.currentIndex() > 0 for combo in self.combos.values())

    def clear(self) -> None:
        """Back to "all" everywhere; `changed` fires once, if anything changed."""
        was_active = self.is_active()
        for combo in self.combos.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        if was_active:
            self.changed.emit()
