"""A contest's page: how scores are computed, the ranked entries with their flags, scores and tranches."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.errors import CoreError, NotFound
from incubator_desktop.core.services.contests import ContestStanding, EntryStanding
from incubator_desktop.core.services.records import delete_record, restore_record
from incubator_desktop.ui.contests.rules_text import flag_text, formula_text, normalization_text
from incubator_desktop.ui.contests.scores import ScorePanel
from incubator_desktop.ui.contests.spec import contest_form, entry_form
from incubator_desktop.ui.contests.standings import StandingTableModel, load_standing, standings_view
from incubator_desktop.ui.contests.tranches import TranchePanel
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.error_text import core_error_text
from incubator_desktop.ui.widgets.form_spec import FormSpec
from incubator_desktop.ui.widgets.record_form import RecordFormDialog
from incubator_desktop.ui.widgets.undo_bar import UndoBar

log = logging.getLogger(__name__)
SCOPES = frozenset({"*", "venture_contests", "contest_entries", "judge_scores", "grant_tranches", "organizations"})


class ContestDetailPage(QWidget):
    """Scores the contest off the GUI thread; `back_requested` asks for the list, `loaded` follows each load."""

    back_requested = Signal()
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.contest_id: str | None = None
        self.standing: ContestStanding | None = None
        self.form_dialog: RecordFormDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.confirm_delete_button: QAbstractButton | None = None
        self._keep: str | None = None
        self._generation = 0
        self._stale = False

        self.back_button = QPushButton(self.tr("← Back to the contests"))
        self.back_button.clicked.connect(self.back_requested)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Edit contest…"))
        self.edit_button.clicked.connect(self.edit_contest)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.edit_button)
        self.formula = QLabel()
        self.formula.setObjectName("sectionTitle")
        self.formula.setWordWrap(True)
        self.normalization = QLabel()
        self.normalization.setObjectName("fieldHint")
        self.normalization.setWordWrap(True)

        self.new_button = QPushButton(self.tr("New entry…"))
        self.new_button.clicked.connect(self.new_entry)
        self.edit_entry_button = QPushButton(self.tr("Edit entry…"))
        self.edit_entry_button.clicked.connect(self.edit_entry)
        self.delete_button = QPushButton(self.tr("Delete entry"))
        self.delete_button.clicked.connect(self.delete_entry)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_entry_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        self.undo_bar = UndoBar()

        self.model = StandingTableModel(self)
        self.table = standings_view(self.model)
        self.table.selectionModel().selectionChanged.connect(lambda _now, _before: self._selection_changed())
        self.table.doubleClicked.connect(lambda _index: self.edit_entry())
        self.empty_label = QLabel(self.tr("No entries yet. Press “New entry…” to add the first project."))
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._body = QStackedWidget()
        self._body.addWidget(self.table)
        self._body.addWidget(self.empty_label)
        self.flags_label = QLabel()
        self.flags_label.setObjectName("formError")
        self.flags_label.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._body, 1)
        left_layout.addWidget(self.flags_label)

        self.scores = ScorePanel(context)
        self.tranches = TranchePanel(context)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.scores, self.tr("Judges' scores"))
        self.tabs.addTab(self.tranches, self.tr("Grant tranches"))
        # The ranking needs the full width for its twelve columns; scores and tranches go underneath.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.formula)
        layout.addWidget(self.normalization)
        layout.addLayout(actions)
        layout.addWidget(self.undo_bar)
        layout.addWidget(splitter, 1)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.back_requested)
        context.bus.data_changed.connect(self._on_data_changed)
        self._selection_changed()

    # --- loading ------------------------------------------------------------------------------------

    def show_contest(self, contest_id: str, *, entry_id: str | None = None) -> None:
        if contest_id != self.contest_id:
            self.model.set_standing(None)
            self.undo_bar.dismiss()
        self.contest_id = contest_id
        self._keep = entry_id
        self.reload()

    def reload(self) -> None:
        contest_id, db = self.contest_id, self._context.db
        if contest_id is None:
            return
        self._generation += 1
        generation = self._generation
        self._context.tasks.run(
            lambda: load_standing(db, contest_id),
            on_result=lambda standing: self._show(generation, standing),
            on_error=self._failed,
            owner=self,
        )

    def _show(self, generation: int, standing: ContestStanding) -> None:
        if generation != self._generation:
            return  # a newer load is on its way
        keep, self._keep = self._keep or self.selected_entry_id(), None
        self.standing = standing
        self.title.setText(standing.name)
        self.formula.setText(formula_text(standing))
        self.normalization.setText(normalization_text(standing))
        self.model.set_standing(standing)
        count = len(standing.entries)
        self.count_label.setText(self.tr("%n project(s)", "", count))
        self._body.setCurrentWidget(self.table if count else self.empty_label)
        row = self.model.row_of(keep) if keep else None
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._selection_changed()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, NotFound):
            self.back_requested.emit()
        else:
            log.error("scoring a contest failed", exc_info=error)

    def _on_data_changed(self, scope: str) -> None:
        if self.contest_id is None or scope not in SCOPES:
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

    # --- selection ----------------------------------------------------------------------------------

    def selected_entry(self) -> EntryStanding | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.model.entry_at(index.row())

    def selected_entry_id(self) -> str | None:
        entry = self.selected_entry()
        return entry.entry_id if entry else None

    def select_entry(self, entry_id: str) -> None:
        row = self.model.row_of(entry_id)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))

    def _selection_changed(self) -> None:
        entry = self.selected_entry()
        for button in (self.edit_entry_button, self.delete_button):
            button.setEnabled(entry is not None)
        self.new_button.setEnabled(self.contest_id is not None)
        self.flags_label.setText("\n".join(f"⚠ {flag_text(flag)}" for flag in entry.flags) if entry else "")
        self.flags_label.setVisible(bool(entry and entry.flags))
        self.scores.show_entry(entry.entry_id if entry else None, self.judges())
        self.tranches.show_entry(entry.entry_id if entry else None)

    def judges(self) -> list[str]:
        """Everyone who has scored any entry of the contest, by name."""
        entries = self.standing.entries if self.standing else ()
        return sorted({judge for entry in entries for judge, _score in entry.judge_scores})

    # --- actions ------------------------------------------------------------------------------------

    def _form(self, spec: FormSpec, record_id: str | None = None) -> RecordFormDialog:
        dialog = RecordFormDialog(self._context, spec, record_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog.saved_id))
        self.form_dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, record_id: str | None) -> None:
        self._keep = record_id if record_id != self.contest_id else self._keep
        self.reload()

    def edit_contest(self) -> None:
        if self.contest_id is not None:
            self._form(contest_form(), self.contest_id)

    def new_entry(self) -> RecordFormDialog | None:
        return self._form(entry_form(self.contest_id)) if self.contest_id else None

    def edit_entry(self) -> RecordFormDialog | None:
        entry_id = self.selected_entry_id()
        return self._form(entry_form(self.contest_id or ""), entry_id) if entry_id else None

    def delete_entry(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete entry"))
        box.setText(self.tr("Delete the entry “{title}”?").format(title=entry.project_title))
        box.setInformativeText(self.tr("Its scores stay recorded; you can undo this right away."))
        self.confirm_delete_button = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole))
        box.finished.connect(
            lambda _result: self._delete(entry) if box.clickedButton() is self.confirm_delete_button else None
        )
        self.confirm_box = box
        box.open()

    def _delete(self, entry: EntryStanding) -> None:
        entry_id = entry.entry_id
        if self._write(lambda session: delete_record(session, m.ContestEntry, entry_id)):
            text = self.tr("Deleted the entry “{title}”.").format(title=entry.project_title)
            self.undo_bar.offer(text, lambda: self._restore(entry_id))

    def _restore(self, entry_id: str) -> None:
        self._keep = entry_id
        self._write(lambda session: restore_record(session, m.ContestEntry, entry_id))

    def _write(self, change: Callable[[Session], None]) -> bool:
        try:
            with self._context.db.transaction() as session:
                change(session)
        except CoreError as error:
            QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Venture contests"), core_error_text(error), parent=self
            ).open()
            return False
        self._context.bus.notify("contest_entries")
        return True
