"""Spreadsheets from the shell: roster import and export, templates and ledgers."""

from __future__ import annotations

import sys

from incubator_desktop.commands.base import EXIT_OK, EXIT_REJECTED, Context, Registry, date_option, emit_json
from incubator_desktop.core.backups import backup_before
from incubator_desktop.core.exchange.ledger import export_ledger
from incubator_desktop.core.exchange.results import ImportSummary
from incubator_desktop.core.exchange.roster_export import export_roster, export_template
from incubator_desktop.core.exchange.roster_import import import_roster
from incubator_desktop.core.services.sites import list_communities


def cmd_org_import(ctx: Context) -> int:
    a = ctx.args
    if not a.dry_run:
        backup_before(ctx.db, "roster")
    with ctx.db.transaction() as session:
        summary = import_roster(session, a.file, dry_run=a.dry_run)
    if a.json:
        emit_json(summary.as_dict(lang=ctx.lang))
    else:
        _print_summary(ctx, summary)
    if summary.rejected and not summary.accepted:
        # Rows were read but none could be imported: the clerk must act, as for an unreadable file.
        print(ctx.say("roster_nothing_imported"), file=sys.stderr)
        return EXIT_REJECTED
    return EXIT_OK


def _print_summary(ctx: Context, summary: ImportSummary) -> None:
    counts = {
        "created": summary.created,
        "updated": summary.updated,
        "unchanged": summary.unchanged,
        "duplicates": summary.duplicates,
        "rejected": len(summary.rejected_rows),
    }
    print(ctx.say("roster_previewed" if summary.dry_run else "roster_imported", **counts))
    for problem in summary.rejected:
        reason = problem.reason(ctx.lang)
        print(ctx.say("roster_problem_line", row=problem.row, column=problem.column, reason=reason))
    for duplicate in summary.duplicate_rows:
        print(ctx.say("roster_duplicate_row", row=duplicate.row, first_row=duplicate.first_row, name=duplicate.name))


def cmd_org_export(ctx: Context) -> int:
    a = ctx.args
    with ctx.db.transaction() as session:
        result = export_roster(session, a.file, reveal=a.reveal)
    if a.json:
        emit_json({"path": str(result.path), "rows": result.rows, "revealed": result.revealed})
    else:
        print(ctx.say("roster_exported", count=result.rows, path=str(result.path)))
    return EXIT_OK


def cmd_org_template(ctx: Context) -> int:
    with ctx.db.reading() as session:
        communities = [community.name for community in list_communities(session)]
    path = export_template(ctx.args.file, communities=communities)
    if ctx.args.json:
        emit_json({"path": str(path)})
    else:
        print(ctx.say("template_written", path=str(path)))
    return EXIT_OK


def cmd_export_ledger(ctx: Context) -> int:
    a = ctx.args
    start, end = date_option("start", a.start), date_option("end", a.end)
    assert start is not None and end is not None  # argparse requires both
    with ctx.db.transaction() as session:
        result = export_ledger(session, a.file, start=start, end=end, reveal=a.reveal, site_code=a.site)
    if a.json:
        sheets = dict(result.sheets)
        emit_json({"path": str(result.path), "start": start, "end": end, "sheets": sheets, "revealed": result.revealed})
    else:
        print(ctx.say("ledger_exported", start=start.isoformat(), end=end.isoformat(), path=str(result.path)))
    return EXIT_OK


def register(registry: Registry) -> None:
    registry.group("org", "community organizations")
    org_import = registry.command("import", cmd_org_import, "import a roster workbook (.xlsx)", group="org")
    org_import.add_argument("file", help="the roster workbook")
    org_import.add_argument("--dry-run", action="store_true", help="report what would happen; change nothing")
    org_import.add_argument("--json", action="store_true")
    org_export = registry.command("export", cmd_org_export, "export the roster in the layout import reads", group="org")
    org_export.add_argument("file", help="the workbook to write (.xlsx)")
    org_export.add_argument(
        "--reveal", action="store_true", help="full phone and ID numbers (written to the audit log)"
    )
    org_export.add_argument("--json", action="store_true")
    template = registry.command("template", cmd_org_template, "write a blank roster template", group="org")
    template.add_argument("file", help="the workbook to write (.xlsx)")
    template.add_argument("--json", action="store_true")

    registry.group("export", "workbooks for the bureau")
    ledger = registry.command("ledger", cmd_export_ledger, "export the ledger (台账) for a period", group="export")
    ledger.add_argument("file", help="the workbook to write (.xlsx)")
    ledger.add_argument("--from", dest="start", required=True, help="first day, e.g. 2024-01-01")
    ledger.add_argument("--to", dest="end", required=True, help="last day, e.g. 2024-12-31")
    ledger.add_argument("--site", help="division code of the site (default: this site)")
    ledger.add_argument("--reveal", action="store_true", help="full phone and ID numbers (written to the audit log)")
    ledger.add_argument("--json", action="store_true")
