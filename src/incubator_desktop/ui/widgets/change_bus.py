"""The one change bus: after a write, emit the scope that changed; views refresh themselves."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

#: Scope emitted when anything may have changed (an import, a restore): every view refreshes.
ALL_SCOPES = "*"


class ChangeBus(QObject):
    """Carries "data changed" notices between workspaces without them knowing each other.

    The scope is a record kind as the core names it ("organizations", "activities", "site", ...)
    or ALL_SCOPES.
    """

    data_changed = Signal(str)

    def notify(self, scope: str) -> None:
        self.data_changed.emit(scope)


def concerns(scope: str, *kinds: str) -> bool:
    """Whether a change to `scope` should refresh a view that shows `kinds`."""
    return scope == ALL_SCOPES or scope in kinds
