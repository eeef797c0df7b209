"""Spreadsheets from the shell: roster import and export, templates and ledgers."""

from __future__ import annotations

from incubator_desktop.commands.base import Registry


def register(registry: Registry) -> None:
    """No commands yet: this capability is still being built."""
