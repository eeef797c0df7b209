"""Database housekeeping from the shell: move a district's data to PostgreSQL."""

from __future__ import annotations

from incubator_desktop.commands.base import EXIT_OK, Context, Registry, emit_json
from incubator_desktop.core.db import open_database
from incubator_desktop.core.transfer import migrate_database


def cmd_migrate_db(ctx: Context) -> int:
    source = open_database(ctx.args.source)
    target = open_database(ctx.args.target)
    try:
        report = migrate_database(source, target)
    finally:
        source.close()
        target.close()
    rows = sum(item.rows for item in report)
    if ctx.args.json:
        emit_json({"tables": [item.__dict__ for item in report], "rows": rows, "verified": True})
    else:
        print(ctx.say("transfer_done", rows=rows, tables=len(report)))
    return EXIT_OK


def register(registry: Registry) -> None:
    move = registry.command("migrate-db", cmd_migrate_db, "copy all data to another database and verify it")
    move.add_argument("--from", dest="source", required=True, help="source database (file or URL)")
    move.add_argument("--to", dest="target", required=True, help="target database URL, e.g. postgresql://...")
    move.add_argument("--json", action="store_true")
