"""Helpers for driving record pages and forms in tests: wait for loads, read columns, fill and save."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from incubator_desktop.ui.widgets.record_form import RecordFormDialog
from incubator_desktop.ui.widgets.record_page import RecordPage


def wait_idle(qtbot: QtBot, page: RecordPage) -> None:
    """Until the page's reload, search delay and page reads are all done."""
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=5000)


def column(page: RecordPage, key: str) -> list[str]:
    """Every row's text in the column `key` (reads rows directly, so lazy pages need no painting)."""
    position = [c.key for c in page.spec.columns].index(key)
    model = page.model
    texts = []
    for row in range(model.rowCount()):
        found = model.row_at(row)
        assert found is not None
        texts.append(model.data(model.index(row, position)) or "")
    return texts


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type `text` as a clerk would: ASCII as key presses, Chinese as an input method's committed text.

    (QTest cannot press keys for Chinese characters; a Chinese IME delivers them as a commit string.)
    """
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def press_enter(qtbot: QtBot, dialog: RecordFormDialog, field: str) -> None:
    """Press Enter in a field, as a clerk finishing the form would."""
    qtbot.keyClick(dialog.editors[field].focus_widget(), Qt.Key.Key_Return)


def saved(dialog: RecordFormDialog) -> bool:
    return dialog.result() == QDialog.DialogCode.Accepted and dialog.saved_id is not None


def choose(combo_owner: object, value: object) -> None:
    """Pick the item whose data is `value` in a ChoiceEditor or ReferenceEditor."""
    combo = combo_owner.combo  # type: ignore[attr-defined]
    index = combo.findData(value)
    assert index >= 0, f"{value!r} is not offered"
    combo.setCurrentIndex(index)


def confirm_delete(qtbot: QtBot, page: RecordPage) -> None:
    """Delete the selected row, answering the confirmation with "Delete"."""
    page.delete_selected()
    box = page.confirm_box
    assert box is not None and box.isVisible()
    qtbot.mouseClick(page.confirm_delete_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
