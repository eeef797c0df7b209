"""Numbers in right-to-left screens: masked phones and IDs kept in their left-to-right order."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

LEFT_TO_RIGHT_ISOLATE, POP_DIRECTIONAL_ISOLATE = "\u2066", "\u2069"
# A digit next to a neutral mark or space ("182****8317", "1101**********002X", "3/5", a key fingerprint's groups
# "12345 67890 …"): in a right-to-left paragraph the bidi algorithm would reorder the digit runs around them.
# Right-to-left letters leave text alone.
_DIGITS_AND_MARKS = re.compile(r"\d\W|\W\d")
_RIGHT_TO_LEFT_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def right_to_left_screen() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def keep_left_to_right(text: str) -> str:
    """`text` isolated as left-to-right when it is a number with marks and holds no right-to-left letters."""
    if _DIGITS_AND_MARKS.search(text) and not _RIGHT_TO_LEFT_LETTER.search(text):
        return f"{LEFT_TO_RIGHT_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"
    return text
