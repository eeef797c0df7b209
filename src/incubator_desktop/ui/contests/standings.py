"""The ranked entries of a contest as a table model: scores from `score_contest`, rule flags beside them."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from incubator_desktop.core.db import Database
from incubator_desktop.core.services.contests import ContestStanding, EntryStanding, score_contest
from incubator_desktop.ui.contests.rules_text import flag_short, flag_text, yuan
from incubator_desktop.ui.widgets.vocab_labels import entry_result_labels, label_for

ID_ROLE = Qt.ItemDataRole.UserRole
AnyIndex = QModelIndex | QPersistentModelIndex
FLAGGED = QColor("#fff3cd")
translate = QCoreApplication.translate


def _score(value: Decimal | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def _columns() -> list[tuple[str, Callable[[EntryStanding], str], bool]]:
    """(title, text of an entry, right-aligned) for each column, in order."""
    results = entry_result_labels()
    return [
        (translate("StandingTableModel", "Rank"), lambda e: str(e.rank), True),
        (translate("StandingTableModel", "Organization"), lambda e: e.organization_name or "", False),
        (translate("StandingTableModel", "Project"), lambda e: e.project_title, False),
        (translate("StandingTableModel", "Direct beneficiaries"), lambda e: str(e.direct_beneficiaries), True),
        (translate("StandingTableModel", "Pledged (yuan)"), lambda e: yuan(e.pledged_fen), True),
        (translate("StandingTableModel", "Votes"), lambda e: str(e.votes), True),
        (translate("StandingTableModel", "Expert score"), lambda e: _score(e.expert_score), True),
        (translate("StandingTableModel", "Pledge score"), lambda e: _score(e.pledge_score), True),
        (translate("StandingTableModel", "Vote score"), lambda e: _score(e.vote_score), True),
        (translate("StandingTableModel", "Composite"), lambda e: _score(e.composite), True),
        (translate("StandingTableModel", "Result"), lambda e: label_for(results, e.result), False),
        (
            translate("StandingTableModel", "Rule flags"),
            lambda e: translate("StandingTableModel", "; ").join(flag_short(f) for f in e.flags),
            False,
        ),
    ]


class StandingTableModel(QAbstractTableModel):
    """Rows are a ContestStanding's entries, best first; `ID_ROLE` gives an entry's id."""

    PROJECT = 2
    FLAGS = 11

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = _columns()
        self.standing: ContestStanding | None = None
        self._entries: tuple[EntryStanding, ...] = ()

    def set_standing(self, standing: ContestStanding | None) -> None:
        self.beginResetModel()
        self.standing = standing
        self._entries = standing.entries if standing else ()
        self.endResetModel()

    def entry_at(self, row: int) -> EntryStanding | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, entry_id: str) -> int | None:
        return next((row for row, entry in enumerate(self._entries) if entry.entry_id == entry_id), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        return self._columns[section][0] if horizontal and 0 <= section < len(self._columns) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry_at(index.row()) if index.isValid() else None
        if entry is None or not 0 <= index.column() < len(self._columns):
            return None
        _title, text, right = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text(entry)
        if role == ID_ROLE:
            return entry.entry_id
        if role == Qt.ItemDataRole.ToolTipRole and entry.flags:
            return "\n".join(flag_text(flag) for flag in entry.flags)
        if role == Qt.ItemDataRole.BackgroundRole and entry.flags and index.column() == self.FLAGS:
            return QBrush(FLAGGED)
        if role == Qt.ItemDataRole.TextAlignmentRole and right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def load_standing(db: Database, contest_id: str) -> ContestStanding:
    """The contest scored and ranked by the core (run off the GUI thread)."""
    with db.reading() as session:
        return score_contest(session, contest_id)


def standings_view(model: StandingTableModel) -> QTableView:
    """A read-only table of the ranking: whole rows selected, the project column taking the spare width."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(StandingTableModel.PROJECT, QHeaderView.ResizeMode.Stretch)
    return table
