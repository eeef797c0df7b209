"""Chinese line breaking that also handles runs of closing marks ("）。", "”，") and opening marks at line end.

ReportLab's CJK wrapping hangs at most one character that may not start a line (its comment: "We won't do
two or more"), so in "（社区）。" the "。" can still open the next line, and it never keeps "（" or "“" off a
line's end. This splitter uses the same measuring, but when a break would put a forbidden mark first on the
next line (or an opening mark last on this one) it carries the preceding characters down with it.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph, paragraph
from reportlab.rl_config import _FUZZ

#: Opening marks that must not end a line (GB/T 15834): they move down with what they open.
NO_LINE_END = "（《「『【〔〈“‘([{<"

# ReportLab helpers this splitter shares with its own CJK wrapper (not in the type stubs).
_cjk_unit: Any = paragraph.cjkU  # type: ignore[attr-defined]
_make_line: Any = paragraph.makeCJKParaLine  # type: ignore[attr-defined]
_bullet_width: Any = paragraph._handleBulletWidth  # type: ignore[attr-defined]


def _width(unit: Any, max_width: float) -> float:
    width = unit.width
    if hasattr(width, "normalizedValue"):  # a percentage width (inline images): relative to the line
        width._normalizer = max_width
        return float(width.normalizedValue(max_width))
    return float(width)


def _break_at(units: list[Any], start: int, end: int) -> int:
    """Move a break before `end` back until neither side breaks a rule, keeping at least one unit."""
    cannot_start: str = paragraph.ALL_CANNOT_START  # type: ignore[attr-defined]  # extended by fonts.py
    while end - 1 > start and end < len(units) and (units[end] in cannot_start or units[end - 1] in NO_LINE_END):
        end -= 1
    return end


def _latin_break(units: list[Any], start: int, end: int) -> int:
    """Inside Latin text, break after the last space or CJK character in the second half of the line."""
    for j in range(end - 1, (start + end) >> 1, -1):
        char = units[j]
        if char.isspace() or ord(char) >= 0x3000:
            return j + 1
    return end - 1


def split_units(frags: list[Any], max_widths: list[float], calc_bounds: bool) -> Any:
    """Break `frags` into lines of at most `max_widths` (one per line, the last repeating)."""
    units = []
    for frag in frags:
        text = frag.text.decode("utf8") if isinstance(frag.text, bytes) else frag.text
        units.extend([_cjk_unit(char, frag, "utf8") for char in text] if text else [_cjk_unit(text, frag, "utf8")])
    lines: list[Any] = []
    start = index = 0
    used = 0.0
    max_width = max_widths[0]
    while index < len(units):
        unit = units[index]
        index += 1
        used += _width(unit, max_width)
        line_break = hasattr(unit.frag, "lineBreak")
        if not (line_break or (used > max_width + _FUZZ and used > 0)):
            continue
        if not line_break:
            end = _latin_break(units, start, index) if ord(unit) < 0x3000 else index - 1
            if index - 1 > start and units[index - 1] in paragraph.ALL_CANNOT_START:  # type: ignore[attr-defined]
                end = index  # a single closing mark hangs in the margin, as ReportLab does
            index = _break_at(units, start, max(end, start + 1))
        width = sum(_width(u, max_width) for u in units[start:index])
        lines.append(_make_line(units[start:index], max_width, width, max_width - width, line_break, calc_bounds))
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        start, used = index, 0.0
    if start < len(units):
        width = sum(_width(u, max_width) for u in units[start:])
        lines.append(_make_line(units[start:], max_width, width, max_width - width, False, calc_bounds))
    return paragraph.ParaLines(kind=1, lines=lines)


class CJKParagraph(Paragraph):
    """A Paragraph whose CJK wrapping follows the rules above, whether it holds one font run or several."""

    def breakLinesCJK(self, maxWidths: Any) -> Any:
        widths = list(maxWidths) if isinstance(maxWidths, list | tuple) else [maxWidths]
        _bullet_width(self.bulletText, self.style, widths)
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            return self.blPara  # the second half of a split paragraph keeps the lines already made
        if not self.frags:
            return paragraph.ParaLines(
                kind=0,
                fontSize=self.style.fontSize,
                fontName=self.style.fontName,
                textColor=self.style.textColor,
                lines=[],
                ascent=self.style.fontSize,
                descent=-0.2 * self.style.fontSize,
            )
        auto_leading = getattr(self, "autoLeading", getattr(self.style, "autoLeading", ""))
        return split_units(self.frags, widths, auto_leading not in ("", "off"))
