"""Every printout embeds TrueType subsets only, and no line starts with closing punctuation."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from incubator_desktop.core.reports.flow import Composer
from incubator_desktop.core.reports.fonts import NO_LINE_START
from incubator_desktop.core.reports.linebreak import NO_LINE_END
from incubator_desktop.core.reports.page import PageSetup, render
from incubator_desktop.core.reports.styles import make_styles

from .conftest import KINDS, layout_lines

STANDARD_FONTS = re.compile(r"Helvetica|Times|Courier|Symbol|ZapfDingbats|STSong|MSung|HeiseiMin|HYSMyeongJo")


def fonts_of(path: Path) -> dict[str, dict[str, object]]:
    """BaseFont -> font dictionary, over every page."""
    fonts: dict[str, dict[str, object]] = {}
    for page in PdfReader(str(path)).pages:
        for ref in page["/Resources"]["/Font"].values():  # type: ignore[index]
            font = ref.get_object()
            fonts[str(font["/BaseFont"])] = font
    return fonts


@pytest.mark.parametrize("kind", KINDS)
def test_only_embedded_truetype_subsets(demo_prints: dict[str, Path], kind: str) -> None:
    """Each font is a TrueType subset with FontFile2; no standard Type 1 or CID font is referenced."""
    fonts = fonts_of(demo_prints[kind])
    assert any("WenQuanYi" in name for name in fonts), fonts.keys()
    for name, font in fonts.items():
        assert not STANDARD_FONTS.search(name), name
        assert font["/Subtype"] == "/TrueType", name
        assert re.match(r"/[A-Z]{6}\+", name), name  # a subset
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), name  # type: ignore[attr-defined]


def starts_with_closing(lines: list[str]) -> list[str]:
    """Line pieces (table cells are separated by 2+ spaces in the layout) that start with a closing mark."""
    bad = []
    for line in lines:
        for piece in re.split(r"\s{2,}", line.strip()):
            # A cell holding only "—" (no value) is a placeholder, and a contents line's dot leader ending in
            # its page number is set apart by spaces in the layout; neither is a wrapped line.
            leader = re.fullmatch(r"(\. ?)+\d+", piece)
            if piece and piece[0] in NO_LINE_START and piece != "—" and not leader:
                bad.append(piece)
    return bad


def test_long_paragraph_never_starts_a_line_with_a_comma(tmp_path: Path) -> None:
    """A narrow paragraph dense with "，", "。" and runs like "）》、：" wraps without any line starting with a
    closing mark or ending with an opening one (plain ReportLab fails this: it hangs only one mark)."""
    pen = Composer(make_styles())
    sentence = "社区社会组织，" * 3 + "开展服务。" + "好，" * 7 + "（备注）》、：；！？"
    story = [pen.para(sentence * 12)]
    out = tmp_path / "p.pdf"
    out.write_bytes(render(story, PageSetup(title="断行", margin=70 * mm)))
    lines = [line for line in layout_lines(out) if line.strip()]
    assert len(lines) > 10  # the paragraph really wraps many times
    assert starts_with_closing(lines) == []
    assert [line for line in lines if line.rstrip()[-1] in NO_LINE_END] == []


@pytest.mark.parametrize("kind", KINDS)
def test_printouts_never_start_a_line_with_closing_punctuation(demo_prints: dict[str, Path], kind: str) -> None:
    """In every printout of the demo year, no line (or table cell line) starts with closing punctuation."""
    assert starts_with_closing(layout_lines(demo_prints[kind])) == []
