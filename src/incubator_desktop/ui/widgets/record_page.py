"""The page every record workspace is made of: search, filters, a lazy table, New/Edit/Delete, undo."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from incubator_desktop.core.errors import CoreError
from incubator_desktop.core.services.browse import BrowseQuery, BrowseRow, label_column
from incubator_desktop.core.services.records import delete_record, restore_record
from incubator_desktop.ui.widgets.change_bus import concerns
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.deleted_dialog import RecentlyDeletedDialog
from incubator_desktop.ui.widgets.error_text import core_error_text
from incubator_desktop.ui.widgets.page_spec import RecordPageSpec
from incubator_desktop.ui.widgets.record_filters import FilterBar
from incubator_desktop.ui.widgets.record_form import RecordFormDialog
from incubator_desktop.ui.widgets.record_source import BrowseSource
from incubator_desktop.ui.widgets.record_table import RecordTableModel, display_value
from incubator_desktop.ui.widgets.record_view import RecordTableView
from incubator_desktop.ui.widgets.undo_bar import UndoBar

SEARCH_DELAY_MS = 300


class SidePanel(Protocol):
    """A widget beside the table that shows more of the selected record (None: nothing selected)."""

    def show_record(self, record_id: str | None) -> None: ...


class RecordPage(QWidget):
    """A workspace page over one record type, declared by a RecordPageSpec.

    Double-click or Enter runs the open handler (the form, unless `set_open_handler` says otherwise).
    `record_selected(id | None)` follows the table's current row.
    """

    record_selected = Signal(object)

    def __init__(self, context: AppContext, spec: RecordPageSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.spec = context, spec
        self._keep_id: str | None = None
        self._side: SidePanel | None = None
        self._open: Callable[[str], object] = self.edit_record
        self._row_actions: list[QPushButton] = []
        self.form_dialog: RecordFormDialog | None = None
        self.deleted_dialog: RecentlyDeletedDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.confirm_delete_button: QAbstractButton | None = None

        source = spec.source(context.db) if spec.source else None
        source = source or BrowseSource(context.db, spec.model, search_fields=spec.search_fields, enrich=spec.enrich)
        self.model = RecordTableModel(source, spec.columns, order=spec.order, tasks=context.tasks, parent=self)
        self.model.loaded.connect(self._after_load)
        self.model.counted.connect(lambda _count: self._show_count())

        title = QLabel(spec.title)
        title.setObjectName("pageTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.count_label)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(spec.search_placeholder or self.tr("Search"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(200)
        self.filter_bar = FilterBar(context.db, spec.filters)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.filter_bar)

        self.new_button = QPushButton(self.tr("New…"))
        self.new_button.setToolTip(self.tr("Add a record (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected record (Delete key)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.deleted_button = QPushButton(self.tr("Recently deleted"))
        self.deleted_button.clicked.connect(self.open_recently_deleted)
        self._actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            self._actions.addWidget(button)
        self._actions.addStretch(1)
        self._actions.addWidget(self.deleted_button)

        self.undo_bar = UndoBar()
        self.table = RecordTableView(self.model)
        self.table.open_requested.connect(self._open_row)
        self.table.delete_requested.connect(self.delete_selected)
        self.table.selectionModel().currentRowChanged.connect(lambda _now, _before: self._selection_changed())
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self._body = QStackedWidget()
        self._body.addWidget(self.table)
        self._body.addWidget(self.empty_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._body)

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(filters)
        layout.addLayout(self._actions)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.splitter, 1)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_filters)
        self.filter_bar.changed.connect(self.apply_filters)
        self._reload_timer = QTimer(self, singleShot=True, interval=0)
        self._reload_timer.timeout.connect(self._reload_now)
        context.bus.data_changed.connect(self._on_data_changed)
        self._install_shortcuts()
        self._update_buttons()

    # --- building -----------------------------------------------------------------------------------

    def _install_shortcuts(self) -> None:
        # Window-wide, so it works from the navigation list too; Qt ignores it while the page is hidden.
        new = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        new.setContext(Qt.ShortcutContext.WindowShortcut)
        new.activated.connect(self.new_record)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(lambda: self.undo_bar.undo() if self.undo_bar.can_undo() else None)

    def add_action(self, text: str, handler: Callable[[str], object], *, tooltip: str = "") -> QPushButton:
        """A button after Delete that runs `handler(selected id)`; enabled only while a row is selected."""
        button = QPushButton(text)
        button.setToolTip(tooltip)
        button.clicked.connect(lambda: self._run_on_selected(handler))
        self._actions.insertWidget(len(self._row_actions) + 3, button)
        self._row_actions.append(button)
        self._update_buttons()
        return button

    def set_side_panel(self, panel: QWidget, *, width: int = 360) -> None:
        """Show `panel` right of the table; it must have `show_record(id | None)` (see SidePanel)."""
        assert hasattr(panel, "show_record"), "a side panel shows the selected record"
        self._side = panel
        self.splitter.addWidget(panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([max(600, self.width() - width), width])

    def set_open_handler(self, handler: Callable[[str], object]) -> None:
        self._open = handler

    # --- queries ------------------------------------------------------------------------------------

    def current_query(self) -> BrowseQuery:
        return BrowseQuery(
            equals=self.filter_bar.equals(), between=self.filter_bar.between(), text=self.search_edit.text()
        )

    def is_filtered(self) -> bool:
        return self.filter_bar.is_active() or bool(self.search_edit.text().strip())

    def view_state(self) -> dict[str, object]:
        """What the clerk narrowed the list to (search text, filter choices), to carry over to a rebuilt page."""
        chosen = {key: combo.currentData() for key, combo in self.filter_bar.combos.items()}
        return {"text": self.search_edit.text(), "filters": chosen, "selected": self.selected_id()}

    def restore_view_state(self, state: dict[str, object]) -> None:
        filters = state.get("filters")
        for key, value in (filters if isinstance(filters, dict) else {}).items():
            if value is not None and key in self.filter_bar.combos:
                self.filter_bar.choose(key, value)
        self.search_edit.setText(str(state.get("text") or ""))
        selected = state.get("selected")
        self._search_timer.stop()  # setText started it; the query is set once, here
        self.model.set_query(self.current_query(), keep_id=selected if isinstance(selected, str) else None)

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self.model.set_query(self.current_query(), keep_id=self.selected_id())

    def reload(self, *, keep_id: str | None = None) -> None:
        """Read the rows again soon (several calls in a row make one reload), keeping `keep_id` selected."""
        self._keep_id = keep_id or self._keep_id or self.selected_id()
        self._reload_timer.start()

    def _reload_now(self) -> None:
        keep, self._keep_id = self._keep_id, None
        self.model.reload(keep_id=keep)

    def is_busy(self) -> bool:
        return self._reload_timer.isActive() or self._search_timer.isActive() or self.model.is_loading()

    def _on_data_changed(self, scope: str) -> None:
        if concerns(scope, self.spec.kind, *self.spec.refresh_on):
            self.reload()
        references = self.filter_bar.references()
        if scope == "*" or scope in references:
            self.filter_bar.reload_references(None if scope == "*" else (scope,))

    def _show_count(self) -> None:
        """The number of records once it is known (the first page shows before a long list is counted)."""
        count = self.model.rowCount()
        # Explicit context: PySide's self.tr() finds plural forms only under the subclass's own name.
        text = QCoreApplication.translate("RecordPage", "%Ln record(s)", "", count) if self.model.is_counted() else ""
        self.count_label.setText(text)

    def _after_load(self, position: object) -> None:
        count = self.model.rowCount()
        self._show_count()
        if count == 0:
            filtered = self.is_filtered()
            self.empty_label.setText(self.spec.filtered_empty_text if filtered else self.spec.empty_text)
            self._body.setCurrentWidget(self.empty_label)
        else:
            self._body.setCurrentWidget(self.table)
        if isinstance(self._side, QWidget):
            # With nothing recorded at all there is nothing to show beside the table either.
            self._side.setVisible(count > 0 or self.is_filtered())
        if isinstance(position, int):
            index = self.model.index(position, 0)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        self._selection_changed()

    # --- selection ----------------------------------------------------------------------------------

    def selected_row(self) -> BrowseRow | None:
        row = self.table.selected_row()
        return None if row is None else self.model.row_at(row)

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return row.id if row else None

    def select_row(self, row: int) -> None:
        self.table.setCurrentIndex(self.model.index(row, 0))

    def _selection_changed(self) -> None:
        record_id = self.selected_id()
        self._update_buttons()
        if self._side is not None:
            self._side.show_record(record_id)
        self.record_selected.emit(record_id)

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        for button in (self.edit_button, self.delete_button, *self._row_actions):
            button.setEnabled(chosen)

    def _run_on_selected(self, handler: Callable[[str], object]) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            handler(record_id)

    def _open_row(self, row: int) -> None:
        record_id = self.model.id_at(row)
        if record_id is not None:
            self._open(record_id)

    def show_record(self, kind: str, record_id: str) -> None:
        """Bring a record into view (a search hit), clearing filters that would hide it."""
        if kind != self.spec.kind:
            return
        if self.is_filtered():
            for widget in (self.search_edit, self.filter_bar):
                widget.blockSignals(True)
            self.search_edit.clear()
            self.filter_bar.clear()
            for widget in (self.search_edit, self.filter_bar):
                widget.blockSignals(False)
            self._search_timer.stop()
            self.model.set_query(self.current_query(), keep_id=record_id)
        else:
            self.model.reload(keep_id=record_id)

    # --- actions ------------------------------------------------------------------------------------

    def new_record(self, initial: dict[str, object] | None = None) -> RecordFormDialog:
        return self._open_form(None, initial)

    def edit_selected(self) -> None:
        self._run_on_selected(self.edit_record)

    def edit_record(self, record_id: str) -> RecordFormDialog:
        return self._open_form(record_id, None)

    def _open_form(self, record_id: str | None, initial: dict[str, object] | None) -> RecordFormDialog:
        dialog = RecordFormDialog(self.context, self.spec.form(), record_id, initial=dict(initial or {}), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.reload(keep_id=dialog.saved_id))
        self.form_dialog = dialog
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        title = self.row_title(row)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete"))
        box.setText(self.tr("Delete “{title}”?").format(title=title))
        box.setInformativeText(self.tr("You can undo this right away, or restore it later from “Recently deleted”."))
        self.confirm_delete_button = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole))
        box.finished.connect(
            lambda _result: self._delete(row.id, title) if box.clickedButton() is self.confirm_delete_button else None
        )
        self.confirm_box = box
        box.open()

    def row_title(self, row: BrowseRow) -> str:
        """How a confirmation names the row: its name, or else what its first column shows."""
        name = label_column(self.spec.model)
        if name and row.values.get(name):
            return str(row.values[name])
        return display_value(self.spec.columns[0], row)

    def _delete(self, record_id: str, title: str) -> None:
        if not self._write(lambda session: delete_record(session, self.spec.model, record_id)):
            return
        self.undo_bar.offer(self.tr("Deleted “{title}”.").format(title=title), lambda: self._restore(record_id))

    def _restore(self, record_id: str) -> None:
        if self._write(lambda session: restore_record(session, self.spec.model, record_id)):
            self.reload(keep_id=record_id)

    def _write(self, change: Callable[..., None]) -> bool:
        try:
            with self.context.db.transaction() as session:
                change(session)
        except CoreError as error:
            warning = QMessageBox(QMessageBox.Icon.Warning, self.spec.title, core_error_text(error), parent=self)
            warning.open()
            return False
        self.context.bus.notify(self.spec.kind)
        return True

    def open_recently_deleted(self) -> RecentlyDeletedDialog:
        dialog = RecentlyDeletedDialog(self.context, self.spec.model, self.spec.title, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(lambda record_id: self.reload(keep_id=record_id))
        self.deleted_dialog = dialog
        dialog.open()
        return dialog
