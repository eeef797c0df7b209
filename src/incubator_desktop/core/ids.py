"""Record identifiers: random UUIDs as 32-character hex strings, the same on every database."""

from __future__ import annotations

import uuid


def new_id() -> str:
    """Return a fresh record id."""
    return uuid.uuid4().hex
