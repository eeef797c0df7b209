"""Errors the core raises: each carries a stable code and the field it concerns, never prose."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class FieldError:
    """One problem with one input field; `code` is stable, `params` fill the sentence the UI shows."""

    field: str
    code: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)


class CoreError(Exception):
    """Base of every error the core raises on purpose."""

    code: str = "error"

    def __init__(self, code: str | None = None, **params: Any) -> None:
        self.code = code or self.code
        self.params = params
        super().__init__(self.code, params)


class ValidationFailed(CoreError):
    """Input was rejected; nothing was written. `errors` lists every field that is wrong."""

    code = "validation_failed"

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__(self.code)
        self.errors = errors


class InputRejected(CoreError):
    """A request that cannot be carried out as asked (unknown record, wrong state, ...)."""

    code = "input_rejected"


class NotFound(InputRejected):
    """The record asked for does not exist (or is deleted)."""

    code = "not_found"


class DatabaseRefused(CoreError):
    """The database cannot be opened where it is or as it is; it was left untouched."""

    code = "database_refused"
