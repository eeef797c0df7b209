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


def tidy_text(value: str, *, multiline: bool = False) -> str:
    """Trim what a clerk typed without changing its characters (no NFKC: Chinese punctuation stays full-width).

    One-line text has each run of whitespace (including U+3000) made one space; multi-line text keeps its
    line breaks and loses only trailing spaces and blank lines at either end.
    """
    if not multiline:
        return " ".join(value.split())
    lines = [line.rstrip() for line in value.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n \t\u3000")
