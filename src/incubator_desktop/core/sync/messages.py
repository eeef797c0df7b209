"""Sentences for this capability's error and outcome codes, merged into core.messages."""

from __future__ import annotations

ZH_CN: dict[str, tuple[str, ...]] = {}
EN: dict[str, tuple[str, ...]] = {}
