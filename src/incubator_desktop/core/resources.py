"""Finds the shipped resources (fonts, icons, translations) in a checkout, an install or a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def _roots() -> list[Path]:
    roots = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen))
    roots.append(_PACKAGE_DIR.parent.parent)  # src/incubator_desktop -> the project root
    roots.append(_PACKAGE_DIR)
    return roots


def resource_path(*parts: str) -> Path:
    """The path of a file under `resources/` (or `translations/` when the first part is "translations")."""
    for root in _roots():
        candidate = root.joinpath(*parts) if parts[0] == "translations" else root.joinpath("resources", *parts)
        if candidate.exists():
            return candidate
    raise FileNotFoundError("/".join(parts))


def cjk_font_path() -> Path:
    """The embedded font used by the UI and by every PDF: WenQuanYi Micro Hei (Apache-2.0), a TrueType
    collection covering Chinese, Latin letters, digits and punctuation, so text never needs a second font."""
    return resource_path("fonts", "wqy-microhei.ttc")
