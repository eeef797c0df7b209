"""Per-record-type counts of a bundle as table rows, with the types named in the current language."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication

from incubator_desktop.ui.widgets.record_type_labels import record_type_labels
from incubator_desktop.ui.widgets.text_table import TextRow, TextTableModel, Tone

#: The columns of an import preview, in the order of the core's per-type counts.
IMPORT_COLUMNS = ("created", "updated", "unchanged", "deleted", "conflicts")


def in_table_order(kinds: Iterable[str]) -> list[str]:
    """Record types in the order the program lists them (sites, communities, organizations, …)."""
    order = {kind: position for position, kind in enumerate(record_type_labels())}
    return sorted(kinds, key=lambda kind: (order.get(kind, len(order)), kind))


def export_counts_model() -> TextTableModel:
    translate = QCoreApplication.translate
    return TextTableModel([translate("SyncCounts", "Record type"), translate("SyncCounts", "Records")], numeric=(1,))


def import_counts_model() -> TextTableModel:
    translate = QCoreApplication.translate
    headers = [
        translate("SyncCounts", "Record type"),
        translate("SyncCounts", "New"),
        translate("SyncCounts", "Updated"),
        translate("SyncCounts", "Unchanged"),
        translate("SyncCounts", "Deleted"),
        translate("SyncCounts", "Conflicts"),
    ]
    return TextTableModel(headers, numeric=range(1, 6))


def export_count_rows(counts: Mapping[str, int]) -> list[TextRow]:
    labels = record_type_labels()
    rows = [TextRow((labels.get(kind, kind), str(counts[kind])), key=kind) for kind in in_table_order(counts)]
    total = sum(counts.values())
    return [*rows, TextRow((QCoreApplication.translate("SyncCounts", "Total"), str(total)), tone=Tone.MUTED)]


def import_count_rows(counts: Mapping[str, Mapping[str, int]]) -> list[TextRow]:
    """One row per record type; a type with conflicts is marked, and the conflict count says so in words."""
    labels = record_type_labels()
    rows = []
    totals = dict.fromkeys(IMPORT_COLUMNS, 0)
    for kind in in_table_order(counts):
        values = [int(counts[kind].get(column, 0)) for column in IMPORT_COLUMNS]
        for column, value in zip(IMPORT_COLUMNS, values, strict=True):
            totals[column] += value
        tone = Tone.WARNING if values[-1] else Tone.PLAIN
        rows.append(TextRow((labels.get(kind, kind), *(str(value) for value in values)), key=kind, tone=tone))
    total_cells = (QCoreApplication.translate("SyncCounts", "Total"), *(str(totals[c]) for c in IMPORT_COLUMNS))
    return [*rows, TextRow(total_cells, tone=Tone.MUTED)]
