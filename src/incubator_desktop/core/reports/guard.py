"""The last line of defence on printouts: masks ID and phone numbers in any string about to be drawn."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from incubator_desktop.core.errors import InputRejected
from incubator_desktop.core.masking import mask_id_number, mask_phone

# Digits are matched as ASCII: the text is NFKC-normalized first, which folds full-width digits.
_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])", re.ASCII)
_MOBILE = re.compile(r"(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?!\d)", re.ASCII)
_LANDLINE = re.compile(r"(?<!\d)0\d{2,3}[-\s]?\d{7,8}(?!\d)", re.ASCII)
_PATTERNS = (_ID_NUMBER, _MOBILE, _LANDLINE)


def _normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _folded(text: str) -> tuple[str, list[int]]:
    """`text` with full-width digits and the like folded to ASCII, and where each folded char came from.

    Only the matching uses the folded copy: the text that is drawn keeps its own characters, so "，" stays
    a full-width comma.
    """
    folded, origin = [], []
    for index, char in enumerate(text):
        for piece in _normalize(char):
            folded.append(piece)
            origin.append(index)
    return "".join(folded), origin


def _mask_match(match: re.Match[str], keep: set[str]) -> str:
    found = match.group()
    if found in keep:
        return found
    return mask_id_number(found) if match.re is _ID_NUMBER else mask_phone(found)


def mask_sensitive(text: str, *, allowed: Iterable[str] = ()) -> str:
    """`text` with every ID number and phone number masked, except the exact numbers in `allowed`
    (the issuing office's landline, which a notice must show)."""
    keep = {_normalize(item) for item in allowed if item}
    result = text
    for pattern in _PATTERNS:
        folded, origin = _folded(result)
        pieces, last = [], 0
        for match in pattern.finditer(folded):
            first, after = origin[match.start()], origin[match.end() - 1] + 1
            pieces += [result[last:first], _mask_match(match, keep)]
            last = after
        result = "".join(pieces) + result[last:]
    return result


def find_sensitive(text: str, *, allowed: Iterable[str] = ()) -> list[str]:
    """The ID-like and phone-like numbers in `text` that are not explicitly allowed."""
    keep = {_normalize(item) for item in allowed if item}
    normalized = _normalize(text)
    return [
        match.group() for pattern in _PATTERNS for match in pattern.finditer(normalized) if match.group() not in keep
    ]


def reject_sensitive(strings: Iterable[str], *, allowed: Iterable[str] = ()) -> None:
    """Raise if any string still holds an ID or phone number: a builder forgot to mask, so print nothing."""
    allowed = tuple(allowed)
    for text in strings:
        if find_sensitive(text, allowed=allowed):
            raise InputRejected("unsafe_public_text")
