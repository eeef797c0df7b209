"""Normalization of free text typed or pasted by clerks, before it is checked or stored."""

from __future__ import annotations

import unicodedata


def normalize_text(value: str) -> str:
    """Return `value` in NFKC form, trimmed, with each run of inner whitespace made one space.

    NFKC turns full-width letters, digits and punctuation from Chinese input methods into their
    ordinary forms, so "１２３" and "123" compare equal; `str.split()` treats U+3000 and NBSP
    as whitespace, so text pasted from Word or web pages trims cleanly.
    """
    return " ".join(unicodedata.normalize("NFKC", value).split())
