"""Backups from the shell: back up, list, restore (under the single-instance lock) and check the database."""

from __future__ import annotations

import sys
from pathlib import Path

from incubator_desktop.commands.base import EXIT_OK, EXIT_REJECTED, Context, Registry, UsageError, emit_json
from incubator_desktop.core import backups, health
from incubator_desktop.core.db import open_database
from incubator_desktop.core.errors import DatabaseRefused
from incubator_desktop.core.instance import InstanceLock
from incubator_desktop.core.paths import resolve_database, sqlite_path


def _database_file(ctx: Context) -> Path:
    path = sqlite_path(resolve_database(ctx.args.db))
    if path is None:
        raise DatabaseRefused("backup_needs_sqlite")
    return path


def cmd_backup(ctx: Context) -> int:
    a = ctx.args
    source = _database_file(ctx)
    if not source.is_file():
        raise DatabaseRefused("backup_failed", detail=f"no database at {source}")
    if a.out:
        out = Path(a.out).expanduser().absolute()
        if out.exists():
            raise DatabaseRefused("backup_target_exists", path=str(out))
        made = backups.copy_checked(source, out)
    else:
        made = backups.backup_and_thin(source, "command")
    size = made.stat().st_size
    if a.json:
        emit_json({"path": str(made), "size": size, "checked": True})
    else:
        print(ctx.say("backup_made", path=str(made), size=size))
    return EXIT_OK


def cmd_backups(ctx: Context) -> int:
    source = _database_file(ctx)
    folder = backups.backup_folder(source)
    found = backups.list_backups(folder, source.stem)
    if ctx.args.json:
        rows = [{"path": str(b.path), "taken_at": b.taken_at, "reason": b.reason, "size": b.size} for b in found]
        emit_json({"folder": str(folder), "backups": rows})
        return EXIT_OK
    if not found:
        print(ctx.say("backup_list_empty", folder=str(folder)))
    for item in found:
        taken = item.taken_at.strftime("%Y-%m-%d %H:%M:%S")
        print(ctx.say("backup_list_line", taken_at=taken, reason=item.reason, size=item.size, path=str(item.path)))
    return EXIT_OK


def _confirmed(ctx: Context, source: Path) -> bool:
    if ctx.args.yes:
        return True
    if not sys.stdin.isatty():
        raise UsageError(ctx.say("restore_needs_confirmation"))
    answer = input(ctx.say("restore_confirm_prompt", path=str(source)))
    return answer.strip().lower() in ("y", "yes", "是", "确定")


def cmd_restore(ctx: Context) -> int:
    a = ctx.args
    target = _database_file(ctx)
    source = Path(a.file).expanduser().absolute()
    checked = backups.check_backup(source)  # refuse a bad file before asking anything
    if not _confirmed(ctx, source):
        print(ctx.say("restore_cancelled"), file=sys.stderr)
        return EXIT_REJECTED
    # The lock keeps the desktop client (and another restore) away; holding it, a damaged file may be moved aside.
    with InstanceLock(target):
        result = backups.restore_backup(target, source, set_aside_damaged=True, checked=checked)
        open_database(str(target)).close()  # an older backup is brought up to this version's schema now
    previous = str(result.previous) if result.previous else ""
    if a.json:
        emit_json({"restored_from": str(source), "revision": result.revision, "previous": previous or None})
    else:
        code = "restored_damaged_set_aside" if result.damaged_set_aside else "restored"
        if previous:
            print(ctx.say(code, source=str(source), revision=result.revision, previous=previous))
        else:
            print(ctx.say(code, source=str(source), revision=result.revision))
    return EXIT_OK


def cmd_check(ctx: Context) -> int:
    a = ctx.args
    path = _database_file(ctx)
    report = health.quick_check(path) if a.quick else health.run_full_check(path)
    kind = ctx.say("check_kind_quick" if a.quick else "check_kind_full")
    if a.json:
        payload = {"path": str(path), "ok": report.ok, "code": report.code, "detail": report.detail}
        emit_json({**payload, "full": report.full})
    if not report.ok:
        if not a.json:
            print(ctx.say("db_corrupt", detail=report.detail), file=sys.stderr)
        return EXIT_REJECTED
    if not a.json:
        print(ctx.say("check_ok", kind=kind, path=str(path)))
    return EXIT_OK


def register(registry: Registry) -> None:
    backup = registry.command("backup", cmd_backup, "back up the database (checked copy made with the backup API)")
    backup.add_argument("--out", help="the backup file to write (default: a dated file in the backups folder)")
    backup.add_argument("--json", action="store_true")
    listing = registry.command("backups", cmd_backups, "list the backups in the automatic backups folder")
    listing.add_argument("--json", action="store_true")
    restore = registry.command("restore", cmd_restore, "replace the data with a backup (the current data is kept)")
    restore.add_argument("file", help="the backup file to restore")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.add_argument("--json", action="store_true")
    check = registry.command("check", cmd_check, "check the database for damage (full integrity_check)")
    check.add_argument("--quick", action="store_true", help="only the fast quick_check")
    check.add_argument("--json", action="store_true")
