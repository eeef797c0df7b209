"""Normalization and checks for Chinese mobile and landline phone numbers."""

from __future__ import annotations

import re

from incubator_desktop.core.errors import FieldError
from incubator_desktop.core.validation.text import normalize_text

# re.ASCII keeps \d from accepting digits of other scripts, which NFKC leaves alone.
_MOBILE = re.compile(r"1[3-9]\d{9}", re.ASCII)
_LANDLINE = re.compile(r"(0\d{2,3})-(\d{7,8})(?:-(\d{1,6}))?", re.ASCII)
_EXTENSION = re.compile(r"\d{1,6}", re.ASCII)
_EXTENSION_MARK = re.compile(r"转|分机|ext\.?", re.IGNORECASE)
# People separate digit groups with whatever is at hand, including dashes Word substitutes for hyphens.
_SEPARATORS = re.compile(r"[\s().\-\u2010-\u2015]")
_DIGITS_ONLY = re.compile(r"\d+", re.ASCII)
# A prefix is dropped only when what follows is a whole mobile number, so landlines keep their 0.
_COUNTRY_PREFIXES = ("+86", "0086", "86")


def normalize_phone(value: str) -> str:
    """Return a mobile as 11 digits and a landline as `0998-1234567[-ext]`; anything else only trimmed."""
    text = normalize_text(value)
    canonical = _canonical_phone(text)
    return text if canonical is None else canonical


def check_phone(value: str, *, field: str = "phone") -> FieldError | None:
    """Accept a mainland mobile number or a landline with its area code, in any common spelling."""
    if _canonical_phone(normalize_text(value)) is None:
        return FieldError(field, "phone_invalid")
    return None


def is_mobile(value: str) -> bool:
    """Tell whether `value` is a mainland mobile number, in any common spelling."""
    canonical = _canonical_phone(normalize_text(value))
    return canonical is not None and _MOBILE.fullmatch(canonical) is not None


def split_landline(value: str) -> tuple[str, str, str] | None:
    """Return (area code, local number, extension or "") of a normalized landline, or None."""
    match = _LANDLINE.fullmatch(value)
    if match is None:
        return None
    area, local, extension = match.groups()
    return area, local, extension or ""


def _canonical_phone(text: str) -> str | None:
    head, mark, tail = _partition_extension(text)
    if mark:
        landline = _landline(_strip_separators(head))
        extension = _strip_separators(tail)
        if landline is None or not _EXTENSION.fullmatch(extension):
            return None
        return f"{landline}-{extension}"
    # Tried before the compact forms: after a complete landline, "-123" is an extension,
    # not more digits of the local number ("0998-1234567-1" must not become 0998-12345671).
    head, hyphen, tail = text.rpartition("-")
    if hyphen and _EXTENSION.fullmatch(tail.strip()):
        landline = _landline(_strip_separators(head))
        if landline is not None:
            return f"{landline}-{tail.strip()}"
    compact = _strip_separators(text)
    return _mobile(compact) or _landline(compact)


def _partition_extension(text: str) -> tuple[str, str, str]:
    match = _EXTENSION_MARK.search(text)
    if match is None:
        return text, "", ""
    return text[: match.start()], match.group(), text[match.end() :]


def _strip_separators(text: str) -> str:
    return _SEPARATORS.sub("", text)


def _mobile(compact: str) -> str | None:
    if _MOBILE.fullmatch(compact):
        return compact
    for prefix in _COUNTRY_PREFIXES:
        rest = compact.removeprefix(prefix)
        if rest != compact and _MOBILE.fullmatch(rest):
            return rest
    return None


def _landline(compact: str) -> str | None:
    if not _DIGITS_ONLY.fullmatch(compact) or not compact.startswith("0") or compact.startswith("00"):
        return None
    # Beijing (010) and the 02x cities have two-digit codes after the 0; every other area has three.
    area_length = 3 if compact.startswith(("010", "02")) else 4
    area, local = compact[:area_length], compact[area_length:]
    if not 7 <= len(local) <= 8:
        return None
    return f"{area}-{local}"
