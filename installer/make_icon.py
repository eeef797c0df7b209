"""Draws the application icon (installer/icon.png and installer/icon.ico) from the shipped CJK font.

Run once after changing the design: `.venv/bin/python installer/make_icon.py`. The outputs are committed,
so a build never needs this script; it exists so the icon can be remade instead of hand-edited.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from incubator_desktop.core.resources import cjk_font_path

ROOT = Path(__file__).resolve().parent.parent
PNG = ROOT / "installer" / "icon.png"
ICO = ROOT / "installer" / "icon.ico"

SIZE = 256
BACKGROUND = (22, 128, 106, 255)  # a civil-affairs green that stays readable at 16 px
FOREGROUND = (255, 255, 255, 255)
GLYPH = "孵"  # 孵化: incubation
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (256, 256)]


def draw(size: int = SIZE) -> Image.Image:
    """A rounded square with the glyph centred in it."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    canvas = ImageDraw.Draw(image)
    canvas.rounded_rectangle((0, 0, size - 1, size - 1), radius=size // 6, fill=BACKGROUND)
    font = ImageFont.truetype(str(cjk_font_path()), int(size * 0.72))  # the same font the app ships
    left, top, right, bottom = canvas.textbbox((0, 0), GLYPH, font=font)
    x = (size - (right - left)) / 2 - left
    y = (size - (bottom - top)) / 2 - top
    canvas.text((x, y), GLYPH, font=font, fill=FOREGROUND)
    return image


def main() -> None:
    image = draw()
    image.save(PNG, optimize=True)
    # Pillow downsamples the 256 px master for each smaller size of the .ico.
    image.save(ICO, sizes=ICO_SIZES)
    for path in (PNG, ICO):
        print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
