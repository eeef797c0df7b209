"""Printouts from the shell: notices, reports, sign-in sheets, files and certificates as PDF."""

from __future__ import annotations

from incubator_desktop.commands.base import Registry


def register(registry: Registry) -> None:
    """No commands yet: this capability is still being built."""
