"""Report tables draw one-line cells as plain strings (fast) and wrap only what needs it; photos go in binary."""

from __future__ import annotations

from pathlib import Path

from PIL import Image as PillowImage
from reportlab.platypus import Image, Paragraph

from incubator_desktop.core.reports.flow import Composer, story_strings
from incubator_desktop.core.reports.page import PageSetup, render
from incubator_desktop.core.reports.styles import make_styles


def test_one_line_cells_are_plain_strings_and_long_ones_wrap() -> None:
    """A date, a count or a short name is a plain string; text wider than its column stays a wrapping paragraph."""
    composer = Composer(make_styles())
    long_title = "建设村社区社会组织成果展示会暨志愿服务交流活动" * 3
    table = composer.table(
        ["日期", "活动名称", "人次"],
        [["2025-06-01", "敬老院探访", 69], ["2025-06-02", long_title, None]],
        [60, 120, 40],
        centered=(0, 2),
    )
    first, second = table._cellvalues[1], table._cellvalues[2]  # type: ignore[attr-defined]
    assert first == ["2025-06-01", "敬老院探访", "69"]
    assert isinstance(second[1], Paragraph) and second[2] == ""
    assert long_title in list(story_strings([table]))


def test_plain_cells_are_masked_like_paragraphs() -> None:
    """An ID or phone number in a one-line cell is masked before it is drawn, as in a paragraph."""
    composer = Composer(make_styles())
    table = composer.table(["电话"], [["13912345678"]], [200])
    assert table._cellvalues[1] == ["139****5678"]  # type: ignore[attr-defined]


def test_photos_are_stored_as_binary_streams(tmp_path: Path) -> None:
    """Images are written without ASCII85 encoding (pure Python without ReportLab's C accelerator, and larger)."""
    photo = tmp_path / "photo.png"
    PillowImage.new("RGB", (64, 48), (200, 40, 40)).save(photo)
    pdf = render([Image(str(photo), width=64, height=48)], PageSetup(title="照片"))
    assert b"/Subtype /Image" in pdf
    assert b"ASCII85Decode" not in pdf
