"""Help: the quick guide and About open with their facts, and the Uyghur guide PDF holds shaped Uyghur text."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from incubator_desktop import __version__
from incubator_desktop.core.db import Database
from incubator_desktop.ui.help.about import AboutDialog
from incubator_desktop.ui.help.guide_dialog import QuickGuideDialog, write_guide_pdf
from incubator_desktop.ui.widgets.i18n import install_uyghur_font

#: Arabic letters or their presentation forms (what a shaping writer may emit for joined letters).
ARABIC = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")


def test_quick_guide_lists_sections_and_explains_indicators(qtbot: QtBot) -> None:
    """The Chinese guide has a contents list with USB export, printing a notice and the indicator rules."""
    dialog = QuickGuideDialog("zh_CN")
    qtbot.addWidget(dialog)
    titles = [dialog.contents.item(row).text() for row in range(dialog.contents.count())]
    assert "用U盘导出同步包" in titles and "打印公示" in titles and "各项指标的含义" in titles
    dialog.contents.setCurrentRow(titles.index("各项指标的含义"))
    assert "有效培育社区社会组织" in dialog.text.toPlainText()


def test_about_shows_version_folder_and_font_licences(qtbot: QtBot, site_db: Database) -> None:
    """About shows the version, the database path and the licences of both bundled fonts and PySide6."""
    dialog = AboutDialog(site_db.url)
    qtbot.addWidget(dialog)
    facts, licences = dialog.facts.text(), dialog.licences.toPlainText()
    assert __version__ in facts and "t.db" in facts
    for expected in ("WenQuanYi Micro Hei", "Apache-2.0", "Noto Sans Arabic", "OFL-1.1", "LGPL-3.0"):
        assert expected in licences


def test_uyghur_guide_pdf_has_shaped_uyghur_text(qapp: object, tmp_path: Path) -> None:
    """Qt's PDF writer produces a non-empty PDF with the Arabic font embedded and Uyghur text extractable."""
    from PySide6.QtWidgets import QApplication

    assert isinstance(qapp, QApplication)
    assert install_uyghur_font(qapp) == "Noto Sans Arabic"
    out = write_guide_pdf(tmp_path / "guide-ug.pdf", "ug")
    reader = PdfReader(out)
    assert len(reader.pages) >= 1
    fonts = {
        str(font.get_object().get("/BaseFont"))
        for page in reader.pages
        for font in (page.get("/Resources", {}).get("/Font", {}) or {}).values()
    }
    assert any("NotoSansArabic" in name for name in fonts), fonts
    text = "".join(page.extract_text() for page in reader.pages)
    assert len(ARABIC.findall(text)) > 100
