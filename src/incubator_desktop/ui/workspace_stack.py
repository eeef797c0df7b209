"""The stack of workspace pages: each page is built on its first visit and rebuilt after a language switch.

Building all fourteen pages at start-up cost 1.5 s and imported every library any page uses; here the
stack holds an empty stand-in per workspace until the page is shown or asked for. After a language
switch, a page is thrown away and rebuilt in the new language unless it holds work: a page that is busy
(an open dialog, a running task, unsaved input) keeps its old texts until it is idle and left.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QStackedWidget, QWidget

PageBuilder = Callable[[str], QWidget]


def page_is_busy(page: QWidget) -> bool:
    """Whether rebuilding `page` would lose something: unsaved input, a task at work, or an open dialog.

    The page or any widget in it (the sync page's import panel, say) tells with `has_unsaved_work()` or
    `is_busy()` where it has them; any visible dialog parented to it (a form, a confirmation) counts too.
    """
    for widget in (page, *page.findChildren(QWidget)):
        if isinstance(widget, QDialog) and widget.isVisible():
            return True
        for check in ("has_unsaved_work", "is_busy"):
            method = getattr(widget, check, None)
            if callable(method) and method():
                return True
    return False


class WorkspaceStack(QStackedWidget):
    """One slot per workspace key, in navigation order; `page(key)` builds the page if it is not there."""

    def __init__(self, keys: tuple[str, ...], build: PageBuilder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys = keys
        self._build = build
        self._pages: dict[str, QWidget] = {}
        self._stale: set[str] = set()  # built in an earlier language
        for _key in keys:
            self.addWidget(QWidget())  # a stand-in, replaced on the first visit

    def built(self) -> tuple[str, ...]:
        """Keys of the pages that exist now, in navigation order."""
        return tuple(key for key in self._keys if key in self._pages)

    def is_stale(self, key: str) -> bool:
        return key in self._stale

    def page(self, key: str) -> QWidget:
        """The page of `key`, built now if it was not (a stale page is returned as it is: callers may hold it)."""
        found = self._pages.get(key)
        if found is None:
            found = self._pages[key] = self._build(key)
            self._put(key, found)
        return found

    def show_key(self, key: str) -> QWidget:
        """Show `key`'s page: the page left behind is rebuilt later if stale and idle, the new one now."""
        if 0 <= self.currentIndex() < len(self._keys):
            self._drop_if_stale_and_idle(self._keys[self.currentIndex()])
        self._drop_if_stale_and_idle(key)
        page = self.page(key)
        self.setCurrentIndex(self._keys.index(key))
        return page

    def language_changed(self) -> None:
        """Every page built so far is out of date: idle ones go now; the one on screen is rebuilt in place with
        the search and filters it had."""
        current = self._keys[self.currentIndex()] if 0 <= self.currentIndex() < len(self._keys) else None
        shown = self._pages.get(current) if current is not None else None
        states = _view_states(shown) if shown is not None else []
        self._stale.update(self._pages)
        for key in list(self._pages):
            self._drop_if_stale_and_idle(key)
        if current is not None and current not in self._pages:
            _restore_view_states(self.show_key(current), states)

    def _drop_if_stale_and_idle(self, key: str) -> None:
        page = self._pages.get(key)
        if key not in self._stale or page is None or page_is_busy(page):
            return
        self._stale.discard(key)
        del self._pages[key]
        self._put(key, QWidget())

    def _put(self, key: str, widget: QWidget) -> None:
        """Swap what sits in `key`'s slot for `widget`, keeping which slot is current."""
        index = self._keys.index(key)
        current = self.currentIndex()
        old = self.widget(index)
        assert old is not None
        self.blockSignals(True)  # the swap is not a change of workspace
        try:
            self.insertWidget(index, widget)
            self.removeWidget(old)
            self.setCurrentIndex(current)
        finally:
            self.blockSignals(False)
        old.deleteLater()


def _with_view_state(page: QWidget) -> list[QWidget]:
    """The page's widgets that keep a view state (record lists), in the same order for every build of it."""
    return [widget for widget in (page, *page.findChildren(QWidget)) if callable(getattr(widget, "view_state", None))]


def _view_states(page: QWidget) -> list[object]:
    return [widget.view_state() for widget in _with_view_state(page)]  # type: ignore[attr-defined]


def _restore_view_states(page: QWidget, states: list[object]) -> None:
    for widget, state in zip(_with_view_state(page), states, strict=False):
        widget.restore_view_state(state)  # type: ignore[attr-defined]
