"""How a workspace declares a record form: its fields in order, and what saving does."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from incubator_desktop.core import models as m


class FieldKind(StrEnum):
    LINE = "line"
    TEXT = "text"
    DATE = "date"
    INT = "int"
    MONEY = "money"  # yuan on screen, integer fen stored
    DECIMAL = "decimal"
    CHOICE = "choice"
    MULTI = "multi"
    REFERENCE = "reference"
    BOOL = "bool"


@dataclass(frozen=True)
class FieldSpec:
    """One form field, shown in spec order (which is also the Tab order).

    `choices` maps stored value → translated label (CHOICE, MULTI); `reference` names the record kind
    (a table name, e.g. "organizations") a REFERENCE field chooses from, narrowed by `reference_filter`.
    """

    name: str
    label: str
    kind: FieldKind = FieldKind.LINE
    required: bool = False
    choices: Mapping[str, str] | None = None
    reference: str | None = None
    reference_filter: Mapping[str, Any] | None = None
    placeholder: str = ""
    default: Any = None
    create_only: bool = False
    hint: str = ""


#: Saves the form's values in the caller's transaction and returns the record's id.
SaveHook = Callable[[Session, dict[str, Any], str | None], str]
#: Runs right after a new record is created, in the same transaction (e.g. default checklist items).
AfterCreate = Callable[[Session, str], None]


@dataclass(frozen=True)
class FormSpec:
    """A record form: the model it edits, its fields, titles, and optional hooks around saving.

    `fixed` values are saved with every new record without a field (e.g. the plan a milestone belongs
    to). `scopes` are announced on the change bus after a save (default: the model's table). A `save`
    hook that writes other records can route their errors to its own fields with `error_fields`.
    """

    model: type[m.SyncedRecord]
    fields: tuple[FieldSpec, ...]
    new_title: str
    edit_title: str
    fixed: Mapping[str, Any] = field(default_factory=dict)
    save: SaveHook | None = None
    after_create: AfterCreate | None = None
    scopes: tuple[str, ...] = ()
    #: Errors the core reports on a record field this form shows under another field (record → form field).
    error_fields: Mapping[str, str] = field(default_factory=dict)

    def announced_scopes(self) -> tuple[str, ...]:
        return self.scopes or (self.model.__tablename__,)
