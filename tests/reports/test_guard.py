"""The printing guard and text handling: masking keeps the text's own punctuation; one font draws it all."""

from __future__ import annotations

from incubator_desktop.core.reports.glyphs import markup
from incubator_desktop.core.reports.guard import find_sensitive, mask_sensitive


def test_masks_ids_and_phones_in_any_width() -> None:
    """ID numbers and mobiles are masked even in full-width digits; full-width punctuation stays."""
    text = "电话：13912345678，身份证：６５３１２１１９８００１０１００３０。"
    assert mask_sensitive(text) == "电话：139****5678，身份证：6531************30。"


def test_landlines_masked_unless_allowed() -> None:
    """A landline is masked unless it is the office number the notice is allowed to show."""
    assert mask_sensitive("0998-7654321") == "0998-*****21"
    assert mask_sensitive("办公室 0998-5123456", allowed=["0998-5123456"]) == "办公室 0998-5123456"


def test_ordinary_numbers_are_left_alone() -> None:
    """Dates, money and filing numbers are not mistaken for personal numbers."""
    text = "2024-06-28 金额 10,870.00 元 托备字〔2024〕第001号 人数 13"
    assert mask_sensitive(text) == text
    assert find_sensitive(text) == []


def test_one_font_draws_every_character_the_printouts_use() -> None:
    """The embedded font has a glyph for Chinese, digits, Latin letters and both widths of punctuation."""
    from reportlab.pdfbase import pdfmetrics

    from incubator_desktop.core.reports.fonts import register_cjk_font

    covered = pdfmetrics.getFont(register_cjk_font()).face.charToGlyph  # type: ignore[attr-defined]
    sample = "第12页 共3页 2026-05-01 托备字〔2024〕第001号 ABCxyz 10,870.00 “公示”——…·，。：；！？（）《》【】"
    assert [char for char in sample if char != " " and ord(char) not in covered] == []


def test_markup_escapes_and_keeps_line_breaks() -> None:
    """Text becomes Paragraph markup with XML special characters escaped and line breaks kept."""
    assert markup("a<b&c\n第二行") == "a&lt;b&amp;c<br/>第二行"
