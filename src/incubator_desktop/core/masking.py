"""Masking of ID numbers, phone numbers and names before they are drawn on screens and printouts."""

from __future__ import annotations

import re
import unicodedata

from incubator_desktop.core.validation.phones import is_mobile, normalize_phone, split_landline

_STAR = "*"
# CJK Unified Ideographs, Extension A, compatibility ideographs and the supplementary-plane extensions.
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def mask_id_number(value: str | None) -> str:
    """Keep the first 4 and last 2 characters (`1101************2X`); short values are masked whole."""
    text = _clean(value)
    # With 6 or fewer characters, "first 4 and last 2" would show everything.
    if len(text) <= 6:
        return _STAR * len(text)
    return text[:4] + _STAR * (len(text) - 6) + text[-2:]


def mask_phone(value: str | None) -> str:
    """Show a mobile as `139****5678` and a landline as `0998-*****67`; anything else keeps its last 2."""
    text = _clean(value)
    if not text:
        return ""
    phone = normalize_phone(text)
    if is_mobile(phone):
        return phone[:3] + _STAR * 4 + phone[-4:]
    parts = split_landline(phone)
    if parts is not None:
        area, local, extension = parts
        masked = f"{area}-{_STAR * (len(local) - 2)}{local[-2:]}"
        # The extension is masked too: with the area code it could narrow the number down to a desk.
        return f"{masked}-{_STAR * len(extension)}" if extension else masked
    return _mask_all_but_last(phone, keep=2)


def mask_name(value: str | None) -> str:
    """Mask a name: `张*`, `李*明`, `欧阳**明`; a Latin or other alphabetic name becomes `J***`."""
    text = _clean(value)
    if not text:
        return ""
    if _HAN.search(text) is None:
        # A fixed number of stars, so the mask does not give away the length of the name.
        return text[0] + _STAR * 3
    if len(text) == 1:
        return text
    if len(text) == 2:
        return text[0] + _STAR
    return text[0] + _STAR * (len(text) - 2) + text[-1]


def _clean(value: str | None) -> str:
    if not value:
        return ""
    return unicodedata.normalize("NFKC", value).strip()


def _mask_all_but_last(text: str, *, keep: int) -> str:
    if len(text) <= keep * 2:
        return _STAR * len(text)
    return _STAR * (len(text) - keep) + text[-keep:]
