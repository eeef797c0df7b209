"""What every command shares: the parsed context, JSON output, and the registry that builds the parser."""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from incubator_desktop.core.db import Database, open_database
from incubator_desktop.core.errors import FieldError, ValidationFailed
from incubator_desktop.core.messages import describe
from incubator_desktop.core.validation.dates import parse_date

EXIT_OK, EXIT_UNEXPECTED, EXIT_USAGE, EXIT_REJECTED = 0, 1, 2, 3


class UsageError(Exception):
    """Arguments that parse but do not make sense together (exit 2)."""


def _json_default(value: object) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    raise TypeError(f"cannot serialize {type(value).__name__}")


def emit_json(payload: object) -> None:
    print(json.dumps(payload, ensure_ascii=False, default=_json_default))


def date_option(field: str, text: str | None) -> date | None:
    """Parse a date typed on the command line; a bad one is a rejected input naming the field."""
    try:
        return parse_date(text)
    except ValueError:
        raise ValidationFailed([FieldError(field, "date_invalid", {"value": text})]) from None


class Context:
    """What every command needs: the parsed arguments, the language and (lazily) the database."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.lang: str = args.lang or os.environ.get("INCUBATOR_LANG", "zh_CN")
        self._db: Database | None = None

    @property
    def db(self) -> Database:
        if self._db is None:
            self._db = open_database(self.args.db)
        return self._db

    def say(self, message: str, /, **params: Any) -> str:
        return describe(message, params, lang=self.lang)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()


Handler = Callable[[Context], int]


class Registry:
    """Adds commands to the parser; `group` makes (or returns) a command group such as `org`."""

    def __init__(self, commands: Any) -> None:
        self._commands = commands
        self._groups: dict[str, Any] = {}

    def group(self, name: str, help_text: str) -> Any:
        if name not in self._groups:
            parser = self._commands.add_parser(name, help=help_text)
            self._groups[name] = parser.add_subparsers(dest=f"{name}_command", required=True, metavar="COMMAND")
        return self._groups[name]

    def command(self, name: str, handler: Handler, help_text: str, *, group: str | None = None) -> Any:
        parent = self._groups[group] if group else self._commands
        sub = parent.add_parser(name, help=help_text)
        sub.set_defaults(handler=handler)
        return sub
