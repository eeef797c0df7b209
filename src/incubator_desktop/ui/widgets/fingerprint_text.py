"""A key fingerprint laid out as the printed enrolment form shows it: groups of five digits, a few to a line."""

from __future__ import annotations


def fingerprint_lines(fingerprint: str, per_line: int = 4) -> str:
    """The fingerprint's groups of five digits, `per_line` to a line, easy to read aloud and compare with the form.

    Only the digits count, so a fingerprint spelled with any spacing comes out the same.
    """
    digits = "".join(char for char in fingerprint if char.isdigit())
    groups = [digits[i : i + 5] for i in range(0, len(digits), 5)]
    return "\n".join("   ".join(groups[i : i + per_line]) for i in range(0, len(groups), per_line))
