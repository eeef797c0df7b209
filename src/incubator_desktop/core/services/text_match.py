"""LIKE patterns built from what a clerk typed: `%` and `_` are text, not wildcards."""

from __future__ import annotations

ESCAPE = "\\"


def contains_pattern(text: str) -> str:
    """A LIKE pattern matching `text` anywhere; use with `escape=ESCAPE`."""
    escaped = text.replace(ESCAPE, ESCAPE * 2).replace("%", ESCAPE + "%").replace("_", ESCAPE + "_")
    return f"%{escaped}%"
