"""The `incubator` command: the same services as the desktop client, for scripts, checks and servers."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from incubator_desktop import __version__
from incubator_desktop.commands import backup, database, district, exchange, indicators, printing, records, sync
from incubator_desktop.commands.base import (
    EXIT_REJECTED,
    EXIT_UNEXPECTED,
    EXIT_USAGE,
    Context,
    Registry,
    UsageError,
)
from incubator_desktop.core.errors import CoreError, ValidationFailed
from incubator_desktop.core.messages import describe_field_error

#: Every command module, in the order their commands appear in --help.
COMMAND_MODULES = (records, exchange, indicators, printing, sync, district, database, backup)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="incubator", description="Incubator Desktop command line")
    parser.add_argument("--db", help="database file or URL (default: $INCUBATOR_DB, else the per-user data folder)")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="language of messages (default zh_CN)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    registry = Registry(parser.add_subparsers(dest="command", required=True, metavar="COMMAND"))
    for module in COMMAND_MODULES:
        module.register(registry)
    return parser


def _rejection_line(ctx: Context, error: CoreError) -> str:
    if isinstance(error, ValidationFailed):
        return "；".join(describe_field_error(item, lang=ctx.lang) for item in error.errors)
    return ctx.say(error.code, **error.params)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    ctx = Context(args)
    try:
        code = int(args.handler(ctx))
    except CoreError as error:
        print(_rejection_line(ctx, error), file=sys.stderr)
        code = EXIT_REJECTED
    except UsageError as error:
        print(str(error), file=sys.stderr)
        code = EXIT_USAGE
    except Exception as error:
        print(ctx.say("unexpected", detail=f"{type(error).__name__}: {error}"), file=sys.stderr)
        code = EXIT_UNEXPECTED
    finally:
        ctx.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
