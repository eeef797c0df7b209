"""The quick guide dialog: a contents list on one side, the chosen section on the other, and Save as PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from incubator_desktop.ui.help.guide_text import GuideSection, guide_for
from incubator_desktop.ui.widgets.qt_pdf import write_html_pdf


def current_language() -> str:
    return "ug" if QLocale().language() == QLocale.Language.Uighur else "zh_CN"


def guide_html(sections: list[GuideSection]) -> str:
    return "".join(f"<h2>{section.title}</h2>{section.body}" for section in sections)


def write_guide_pdf(out: Path, language: str) -> Path:
    """The quick guide of `language` as a PDF (Qt's writer, so Uyghur letters join)."""
    sections = guide_for(language)
    right_to_left = language == "ug"
    font = QFont()
    font.setFamilies(["Noto Sans Arabic", "WenQuanYi Micro Hei"] if right_to_left else ["WenQuanYi Micro Hei"])
    font.setPointSize(11)
    html = guide_html(sections)
    if right_to_left:
        html = f"<div dir='rtl' align='right'>{html}</div>"
    title = QCoreApplication.translate("QuickGuide", "Quick guide")
    return write_html_pdf(out, html, title=title, font=font, right_to_left=right_to_left)


class QuickGuideDialog(QDialog):
    """Modeless: the clerk can keep it open beside the window while working."""

    def __init__(self, language: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language or current_language()
        self.sections = guide_for(self.language)
        self.setWindowTitle(QCoreApplication.translate("QuickGuide", "Quick guide"))
        self.resize(900, 620)
        self.contents = QListWidget()
        self.contents.setObjectName("guideContents")
        self.contents.setFixedWidth(220)
        self.contents.addItems([section.title for section in self.sections])
        self.text = QTextBrowser()
        self.text.setObjectName("guideText")
        self.contents.currentRowChanged.connect(self.show_section)
        self.save_button = QPushButton(QCoreApplication.translate("QuickGuide", "Save as PDF…"))
        self.save_button.clicked.connect(self._save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.contents)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.contents.setCurrentRow(0)

    def show_section(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            section = self.sections[row]
            self.text.setHtml(f"<h2>{section.title}</h2>{section.body}")

    def _save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("QuickGuide", "Save the quick guide"),
            QCoreApplication.translate("QuickGuide", "quick-guide.pdf"),
            QCoreApplication.translate("QuickGuide", "PDF files (*.pdf)"),
        )
        if path:
            write_guide_pdf(Path(path), self.language)


def open_quick_guide(parent: QWidget | None = None) -> QuickGuideDialog:
    dialog = QuickGuideDialog(parent=parent)
    dialog.show()
    return dialog
