"""The window's look in one place: a small style sheet keyed by object names, and the command font."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

APP_STYLE = """
QListWidget#navigation { border: none; border-right: 1px solid #d5dae0; background: #f4f6f8; }
QListWidget#navigation::item { padding-left: 14px; }
QListWidget#navigation::item:selected { background: #2d6fb4; color: white; }
QLabel#pageTitle { font-size: 20px; font-weight: bold; }
QLabel#sectionTitle { font-size: 15px; font-weight: bold; }
QLabel#emptyState { color: #5f6b77; font-size: 15px; padding: 24px; }
QLabel#statValue { font-size: 30px; font-weight: bold; color: #2d6fb4; }
QFrame#statCard { background: white; border: 1px solid #d5dae0; border-radius: 6px; padding: 8px; }
QLabel#commandLine { background: white; border: 1px solid #d5dae0; border-radius: 4px; padding: 8px; }
QListWidget#searchResults { border: 1px solid #9aa7b4; background: white; }
QListWidget#searchResults::item { padding: 4px 6px; }
QLabel#fieldError, QLabel#formError { color: #c0392b; }
QLabel#fieldHint { color: #5f6b77; }
QLabel#countLabel { color: #5f6b77; }
QFrame#undoBar { background: #fff8e1; border: 1px solid #f0c36d; border-radius: 4px; }
QFrame#verdict { border-radius: 6px; padding: 10px; }
QFrame#verdict[effective="true"] { background: #e8f5e9; border: 1px solid #81c784; }
QFrame#verdict[effective="false"] { background: #fff8e1; border: 1px solid #f0c36d; }
QFrame#dropZone { border: 2px dashed #9aa7b4; border-radius: 6px; background: #fafbfc; }
QFrame#dropZone[hovering="true"] { border-color: #2d6fb4; background: #eaf2fb; }
"""


def command_font(base: QFont) -> QFont:
    """A fixed-width font for command lines that still falls back to the CJK family for Chinese."""
    # The system fixed font is often a generic alias ("monospace"); name the family it resolves to.
    fixed = QFontInfo(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)).family()
    font = QFont(base)
    font.setFamilies([fixed, *base.families()])
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    return font
