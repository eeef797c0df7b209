"""The organizations table: a lazy model that pages rows in from `list_organizations`, 200 at a time."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from incubator_desktop.core.db import Database
from incubator_desktop.core.services.organizations import OrganizationRow, list_organizations
from incubator_desktop.ui.widgets.vocab_labels import category_labels, label_for, stage_labels

BATCH_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

#: Column order; the headers are translated in `headerData`.
COLUMNS = ("name", "category", "community", "stage", "leader_name", "phone", "founded", "members")
AnyIndex = QModelIndex | QPersistentModelIndex


class OrganizationTableModel(QAbstractTableModel):
    """Holds a cache of OrganizationRow; `fetchMore` asks the service for the next batch."""

    def __init__(self, db: Database, *, batch_size: int = BATCH_SIZE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._batch_size = batch_size
        self._filters: dict[str, str | None] = {"category": None, "stage": None, "text": None}
        self._rows: list[OrganizationRow] = []
        self._exhausted = False
        self._categories = category_labels()
        self._stages = stage_labels()
        self.reload()

    # --- filtering and loading ----------------------------------------------------------------------

    def set_filter(self, *, category: str | None = None, stage: str | None = None, text: str | None = None) -> None:
        """Show only organizations matching every given filter (None or "" means any); reloads."""
        self._filters = {
            "category": category or None,
            "stage": stage or None,
            "text": (text or "").strip() or None,
        }
        self.reload()

    def reload(self) -> None:
        """Drop the cache and load the first batch again (after a change, or a new filter)."""
        self.beginResetModel()
        self._categories = category_labels()
        self._stages = stage_labels()
        self._rows = self._load(offset=0)
        self._exhausted = len(self._rows) < self._batch_size
        self.endResetModel()

    def _load(self, *, offset: int) -> list[OrganizationRow]:
        with self._db.reading() as session:
            return list_organizations(
                session,
                category=self._filters["category"],
                stage=self._filters["stage"],
                text=self._filters["text"],
                limit=self._batch_size,
                offset=offset,
            )

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        if parent.isValid() or self._exhausted:
            return
        batch = self._load(offset=len(self._rows))
        self._exhausted = len(batch) < self._batch_size
        if not batch:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(batch) - 1)
        self._rows.extend(batch)
        self.endInsertRows()

    # --- lookups ------------------------------------------------------------------------------------

    def row_at(self, row: int) -> OrganizationRow:
        return self._rows[row]

    def row_of(self, organization_id: str) -> int | None:
        """The row of an organization among those loaded so far, or None."""
        for row, item in enumerate(self._rows):
            if item.id == organization_id:
                return row
        return None

    def find(self, organization_id: str) -> int | None:
        """The row of an organization, paging in further batches until it is found or none are left."""
        row = self.row_of(organization_id)
        while row is None and self.canFetchMore():
            loaded = len(self._rows)
            self.fetchMore()
            row = next((r for r in range(loaded, len(self._rows)) if self._rows[r].id == organization_id), None)
        return row

    def is_filtered(self) -> bool:
        return any(self._filters.values())

    # --- Qt model interface -------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        headers = (
            self.tr("Name"),
            self.tr("Category"),
            self.tr("Village (community)"),
            self.tr("Stage"),
            self.tr("Leader"),
            self.tr("Phone"),
            self.tr("Founded"),
            self.tr("Members"),
        )
        return headers[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            value = getattr(row, column)
            if column == "members":
                return value if value is not None else -1
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "members":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: OrganizationRow, column: str) -> str:
        value = getattr(row, column)
        if column == "category":
            return label_for(self._categories, value)
        if column == "stage":
            return label_for(self._stages, value)
        if isinstance(value, date):
            return value.isoformat()
        return "" if value is None else str(value)
