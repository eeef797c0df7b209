"""Adding a button to an existing row of buttons, found by a button already in it."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QLayout, QWidget


def _row_of(layout: QLayout, widget: QWidget) -> QBoxLayout | None:
    if isinstance(layout, QBoxLayout) and layout.indexOf(widget) >= 0:
        return layout
    for index in range(layout.count()):
        item = layout.itemAt(index)
        child = item.layout() if item is not None else None
        found = _row_of(child, widget) if child is not None else None
        if found is not None:
            return found
    return None


def add_beside(anchor: QWidget, widget: QWidget, *, before: bool = True) -> bool:
    """Put `widget` in the same row as `anchor` (before it, by default); False if the row was not found.

    Lets a workspace extend a shared page's button row without reaching into its private layout.
    """
    parent = anchor.parentWidget()
    layout = parent.layout() if parent is not None else None
    row = _row_of(layout, anchor) if layout is not None else None
    if row is None:
        return False
    position = row.indexOf(anchor)
    row.insertWidget(position if before else position + 1, widget)
    return True
