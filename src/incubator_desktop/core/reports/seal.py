"""The signature block of notices and certificates: issuing unit, date and a drawn circle for the seal."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable

from incubator_desktop.core.reports.glyphs import draw_string, string_width
from incubator_desktop.core.reports.guard import mask_sensitive

SEAL_TEXT = "（盖章）"


class SealBlock(Flowable):
    """Unit and date right-aligned, with a dashed circle over them where the seal goes.

    It draws its own strings, so it exposes them (`public_strings`) for the final guard.
    """

    def __init__(self, unit: str, dated: str, *, size: float = 15, seal_text: str = SEAL_TEXT) -> None:
        super().__init__()
        self.unit = mask_sensitive(unit)
        self.dated = mask_sensitive(dated)
        self.size = size
        self.seal_text = seal_text
        self.radius = size * 2.6

    @property
    def public_strings(self) -> tuple[str, ...]:
        return (self.unit, self.dated, self.seal_text)

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.width = aW
        self.height = self.radius * 2 + self.size * 0.4
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        right = self.width - self.size
        unit_y = self.height / 2 + self.size * 0.3
        date_y = unit_y - self.size * 1.6
        canvas.setFillColor(colors.black)
        draw_string(canvas, right, unit_y, self.unit, size=self.size, align="right")
        draw_string(canvas, right, date_y, self.dated, size=self.size, align="right")
        # The circle sits over the end of the unit's name, the way a seal is pressed on a signature.
        text_width = max(string_width(self.unit, self.size), string_width(self.dated, self.size))
        center_x = right - min(text_width / 2, self.radius * 1.2)
        center_y = (unit_y + date_y) / 2 + self.size * 0.3
        canvas.saveState()
        canvas.setStrokeColor(colors.Color(0.45, 0.45, 0.45))
        canvas.setDash(4, 3)
        canvas.setLineWidth(1)
        canvas.circle(center_x, center_y, self.radius)
        canvas.setFillColor(colors.Color(0.45, 0.45, 0.45))
        draw_string(
            canvas, center_x, center_y - self.radius * 0.75, self.seal_text, size=self.size * 0.7, align="center"
        )
        canvas.restoreState()
