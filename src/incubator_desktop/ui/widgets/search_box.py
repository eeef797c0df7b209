"""The global search box: type part of a name, pick a hit from the list under it, go to the record."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QSizePolicy, QWidget

from incubator_desktop.core.db import Database
from incubator_desktop.core.services.search import SearchHit, search_records
from incubator_desktop.ui.widgets.tasks import TaskHandle, TaskRunner
from incubator_desktop.ui.widgets.vocab_labels import label_for, record_kind_labels

SEARCH_DELAY_MS = 250
RESULT_LIMIT = 30
_HIT_ROLE = Qt.ItemDataRole.UserRole


class GlobalSearchBox(QLineEdit):
    """A line edit whose results list floats over the window; the edit keeps the keyboard throughout.

    Emits `hit_chosen(SearchHit)` when the user picks a result (Enter, or a click).
    """

    hit_chosen = Signal(object)
    searched = Signal(int)  # number of hits, once results for the current text have arrived

    def __init__(self, db: Database, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._tasks = db, tasks
        self._running: TaskHandle | None = None
        self._shown_for = ""  # the text the visible results answer
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Search names and titles (Ctrl+F)"))
        self.setMinimumWidth(280)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(lambda _text: self._timer.start())
        self._results: QListWidget | None = None

    # --- searching ----------------------------------------------------------------------------------

    def search_now(self) -> None:
        self._timer.stop()
        if self._running is not None:
            self._running.cancel()
        text = self.text().strip()
        if not text:
            self._show_hits([])
            return
        db = self._db

        def find() -> list[SearchHit]:
            with db.reading() as session:
                return search_records(session, text, limit=RESULT_LIMIT)

        self._running = self._tasks.run(find, on_result=lambda hits: self._show_hits(hits, text), owner=self)

    def _show_hits(self, hits: list[SearchHit], text: str = "") -> None:
        self._running = None
        self._shown_for = text
        results = self._results_list()
        results.clear()
        labels = record_kind_labels()
        for hit in hits:
            item = QListWidgetItem(f"{label_for(labels, hit.kind)}  ·  {hit.title}")
            item.setData(_HIT_ROLE, hit)
            results.addItem(item)
        if not hits and text:
            empty = QListWidgetItem(self.tr("Nothing found"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            results.addItem(empty)
        if results.count():
            results.setCurrentRow(0)
            self._place(results)
            results.show()
            results.raise_()
        else:
            results.hide()
        self.searched.emit(len(hits))

    # --- the results list ---------------------------------------------------------------------------

    def _results_list(self) -> QListWidget:
        if self._results is None:
            # A child of the window, not a popup: the edit keeps focus, so typing goes on undisturbed.
            results = QListWidget(self.window())
            results.setObjectName("searchResults")
            results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            results.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            results.itemClicked.connect(self._choose_item)
            results.hide()
            self._results = results
        return self._results

    def _place(self, results: QListWidget) -> None:
        window = self.window()
        width = max(self.width(), 360)
        left = self.mapTo(window, QPoint(self.width() - width, self.height()))
        left.setX(max(0, min(left.x(), window.width() - width)))
        rows = min(results.count(), 12)
        height = sum(results.sizeHintForRow(row) for row in range(rows)) + 2 * results.frameWidth()
        results.setGeometry(left.x(), left.y() + 2, width, height)

    def results(self) -> list[SearchHit]:
        if self._results is None:
            return []
        items = (self._results.item(row) for row in range(self._results.count()))
        return [hit for item in items if isinstance(hit := item.data(_HIT_ROLE), SearchHit)]

    def result_lines(self) -> list[str]:
        """The lines of the results list as shown, including a "nothing found" line."""
        if self._results is None:
            return []
        return [self._results.item(row).text() for row in range(self._results.count())]

    def results_visible(self) -> bool:
        return self._results is not None and self._results.isVisible()

    def choose(self, row: int) -> None:
        """Pick result `row` as if the user had clicked it."""
        if self._results is not None and 0 <= row < self._results.count():
            self._choose_item(self._results.item(row))

    def dismiss(self) -> None:
        if self._results is not None:
            self._results.hide()

    def _choose_item(self, item: QListWidgetItem) -> None:
        hit = item.data(_HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.dismiss()
            self.hit_chosen.emit(hit)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # Let a click on the list land before it disappears.
        QTimer.singleShot(150, self._hide_unless_focused)

    def _hide_unless_focused(self) -> None:
        if not self.hasFocus():
            self.dismiss()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        results = self._results
        if key == Qt.Key.Key_Escape and self.results_visible():
            self.dismiss()
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and results is not None and self.results_visible():
            step = 1 if key == Qt.Key.Key_Down else -1
            results.setCurrentRow(max(0, min(results.count() - 1, results.currentRow() + step)))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            fresh = self._shown_for == self.text().strip() and not self._timer.isActive()
            if fresh and self.results_visible() and results is not None and results.currentItem() is not None:
                self._choose_item(results.currentItem())
            else:
                self.search_now()
            return
        super().keyPressEvent(event)
