"""Sync from the shell: keys, and bundles exported, inspected and imported, with their printouts."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from incubator_desktop.commands.base import EXIT_OK, Context, Registry, emit_json
from incubator_desktop.core.services.sites import require_site
from incubator_desktop.core.sync import history, trust
from incubator_desktop.core.sync.errors import BundleRejected
from incubator_desktop.core.sync.exporter import ExportResult, export_bundle, export_restore_bundle
from incubator_desktop.core.sync.importer import REJECTED, ImportResult, import_bundle, inspect_bundle
from incubator_desktop.core.sync.keyform import build_keyform_pdf
from incubator_desktop.core.sync.printouts import keyform_facts, latest_receipt_facts
from incubator_desktop.core.sync.receipt_pdf import build_receipt_pdf
from incubator_desktop.core.sync.vault import PASSPHRASE_ENV, KeyVault, vault_for

RESTORE_PROCEDURE = """Rebuild a township whose PC died, from everything the district holds of it.

On the new township PC:   incubator init --role township --code CODE --name NAME   (new device, new keys)
                          incubator keys export --out township.json ; incubator print keyform --out form.pdf
On the district:          incubator keys enroll township.json --fingerprint "<digits from the sealed form>"
                          incubator keys revoke <key id of the dead PC>      (see: incubator keys list)
                          incubator keys export --out district.json
                          incubator bundle restore --for CODE --to E:\\
On the new township PC:   incubator keys enroll district.json
                          incubator bundle import E:\\<file>.incubator-bundle

The restore carries every record the district holds of the township (service files never travel, so they
are not in it) and the district's targets for it. The new PC numbers its bundles after the last one the
district received, so no sequence number is ever used twice.
"""


def cli_passphrase() -> str | None:
    """$INCUBATOR_PASSPHRASE, else a prompt on a terminal; None when neither is possible (scripts, CI)."""
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    try:
        interactive = sys.stdin.isatty()
    except (AttributeError, ValueError, OSError):
        interactive = False
    return (getpass.getpass("Passphrase / 密钥口令: ") or None) if interactive else None


def cli_vault(ctx: Context) -> KeyVault:
    return vault_for(ctx.db.url, cli_passphrase)


def _print(ctx: Context, payload: Any, code: str | None = None, **params: Any) -> int:
    if ctx.args.json:
        emit_json(payload)
    elif code is not None:
        print(ctx.say(code, **params))
    return EXIT_OK


# Keys ---------------------------------------------------------------------------------------------------


def cmd_keys_show(ctx: Context) -> int:
    with ctx.db.reading() as session:
        site, key = require_site(session), trust.current_own_key(session)
        payload = {"site": site.code, "key_id": key.key_id, "fingerprint": key.fingerprint, "storage": key.storage}
    if not ctx.args.json:
        print(f"{payload['site']}\t{payload['fingerprint']}")
    return _print(ctx, payload)


def cmd_keys_list(ctx: Context) -> int:
    with ctx.db.reading() as session:
        rows = trust.list_keys(session)
    if not ctx.args.json:
        for row in rows:
            print("\t".join([row.site_code, row.key_id, row.status, "own" if row.own else "", row.fingerprint]))
    return _print(ctx, [asdict(row) for row in rows])


def cmd_keys_generate(ctx: Context) -> int:
    with ctx.db.transaction() as session:
        row = trust.create_site_keys(session, cli_vault(ctx))
    if not ctx.args.json:
        print(f"{row.site_code}\t{row.fingerprint}")
    return _print(ctx, asdict(row))


def cmd_keys_export(ctx: Context) -> int:
    with ctx.db.reading() as session:
        document = trust.export_public_keys(session, cli_vault(ctx))
    out = Path(ctx.args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(document)
    return _print(ctx, {"path": str(out)}, "file_written", path=str(out))


def cmd_keys_enroll(ctx: Context) -> int:
    data = Path(ctx.args.file).read_bytes()
    with ctx.db.transaction() as session:
        row = trust.enroll_public_keys(session, data, expect_fingerprint=ctx.args.fingerprint)
    return _print(ctx, asdict(row), "keys_enrolled", site=row.site_code, fingerprint=row.fingerprint)


def cmd_keys_rotate(ctx: Context) -> int:
    with ctx.db.transaction() as session:
        row = trust.rotate_keys(session, cli_vault(ctx), revoke_old=ctx.args.revoke_old)
    if not ctx.args.json:
        print(f"{row.site_code}\t{row.fingerprint}")
    return _print(ctx, asdict(row))


def cmd_keys_revoke(ctx: Context) -> int:
    with ctx.db.transaction() as session:
        row = trust.revoke_key(session, ctx.args.key_id)
    if not ctx.args.json:
        print(f"{row.site_code}\t{row.key_id}\t{row.status}")
    return _print(ctx, asdict(row))


# Bundles ------------------------------------------------------------------------------------------------


def _export_done(ctx: Context, result: ExportResult) -> int:
    if not ctx.args.json:
        print(result.path)
    return _print(ctx, asdict(result))


def cmd_bundle_export(ctx: Context) -> int:
    result = export_bundle(ctx.db, cli_vault(ctx), out_dir=Path(ctx.args.to), recipient=ctx.args.for_site)
    return _export_done(ctx, result)


def cmd_bundle_restore(ctx: Context) -> int:
    result = export_restore_bundle(ctx.db, cli_vault(ctx), out_dir=Path(ctx.args.to), township=ctx.args.for_site)
    return _export_done(ctx, result)


def cmd_bundle_inspect(ctx: Context) -> int:
    header = inspect_bundle(Path(ctx.args.file))
    payload = {
        "sender": header.sender_site,
        "sender_device": header.sender_device,
        "recipient": header.recipient_site,
        "sequence": header.sequence,
        "created": header.created,
        "kind": header.kind,
        "schema": header.schema,
        "counts": header.counts,
        "attachments": header.attachments,
        "previous": header.previous,
    }
    if not ctx.args.json:
        for key, value in payload.items():
            print(f"{key}: {value}")
    return _print(ctx, payload)


def _import_lines(ctx: Context, result: ImportResult) -> None:
    code = {"applied": "bundle_imported", "already-applied": "bundle_already_applied"}.get(
        result.status, "bundle_previewed"
    )
    print(ctx.say(code, sender=result.sender, sequence=result.sequence))
    for kind, counts in result.counts.items():
        print(f"  {kind}\t" + "\t".join(f"{name}={value}" for name, value in counts.items()))
    if result.gap:
        print(ctx.say("bundle_gap", missing=result.gap))


def cmd_bundle_import(ctx: Context) -> int:
    try:
        result = import_bundle(ctx.db, cli_vault(ctx), Path(ctx.args.file), dry_run=ctx.args.dry_run)
    except BundleRejected as rejected:
        if ctx.args.json:
            emit_json({"status": REJECTED, "reason": rejected.code, **rejected.params})
        raise  # the CLI prints the one-line reason and exits 3
    if ctx.args.receipt and result.status == "applied":
        with ctx.db.reading() as session:
            facts = latest_receipt_facts(session, sender=result.sender, sequence=result.sequence)
        build_receipt_pdf(Path(ctx.args.receipt), facts)
    if ctx.args.json:
        emit_json(asdict(result))
    else:
        _import_lines(ctx, result)
    return EXIT_OK


def cmd_bundle_history(ctx: Context) -> int:
    with ctx.db.reading() as session:
        found = history.sync_history(session)
    if not ctx.args.json:
        for sent in found.sent:
            print(f"sent\t{sent.recipient}\t{sent.sequence}\t{sent.status}\t{'acked' if sent.acknowledged else ''}")
        for got in found.received:
            print(f"received\t{got.sender}\t{got.sequence}\t{got.kind}\t{got.imported_at:%Y-%m-%d %H:%M}")
        for gap in found.gaps:
            print(f"gap\t{gap.sender}\t{gap.device}\t{gap.missing}")
    return _print(ctx, asdict(found))


def cmd_bundle_conflicts(ctx: Context) -> int:
    with ctx.db.reading() as session:
        rows = history.list_conflicts(session, unseen_only=ctx.args.unseen)
    if not ctx.args.json:
        for row in rows:
            print(f"{row.record_type}\t{row.record_id}\tkept {row.kept_hlc}\tlost {row.lost_hlc} ({row.lost_device})")
    return _print(ctx, [asdict(row) for row in rows])


# Printouts ----------------------------------------------------------------------------------------------


def cmd_print_keyform(ctx: Context) -> int:
    with ctx.db.reading() as session:
        facts = keyform_facts(session)
    path = build_keyform_pdf(Path(ctx.args.out), facts)
    return _print(ctx, {"path": str(path), "fingerprint": facts.fingerprint}, "file_written", path=str(path))


def cmd_print_receipt(ctx: Context) -> int:
    with ctx.db.reading() as session:
        facts = latest_receipt_facts(session, sender=ctx.args.sender, sequence=ctx.args.sequence)
    path = build_receipt_pdf(Path(ctx.args.out), facts)
    return _print(ctx, {"path": str(path)}, "file_written", path=str(path))


def _json(parser: Any) -> Any:
    parser.add_argument("--json", action="store_true")
    return parser


def register(registry: Registry) -> None:
    registry.group("keys", "this site's sync keys and the keys it trusts")
    _json(registry.command("show", cmd_keys_show, "site code and key fingerprint", group="keys"))
    _json(registry.command("list", cmd_keys_list, "every trusted key, ours included", group="keys"))
    _json(registry.command("generate", cmd_keys_generate, "make this site's keys (if init could not)", group="keys"))
    _json(registry.command("export", cmd_keys_export, "write the public-key file", group="keys")).add_argument(
        "--out", required=True
    )
    enroll = _json(registry.command("enroll", cmd_keys_enroll, "trust another site's public-key file", group="keys"))
    enroll.add_argument("file")
    enroll.add_argument("--fingerprint", help="the fingerprint from the signed paper form; refuse if different")
    rotate = _json(registry.command("rotate", cmd_keys_rotate, "replace this site's keys", group="keys"))
    rotate.add_argument("--revoke-old", action="store_true", help="also revoke the old key (it may be compromised)")
    _json(registry.command("revoke", cmd_keys_revoke, "stop trusting a key", group="keys")).add_argument("key_id")

    registry.group("bundle", "sync bundles carried between sites on a USB stick")
    export = _json(registry.command("export", cmd_bundle_export, "write a bundle for the other site", group="bundle"))
    export.add_argument("--to", required=True, help="folder, e.g. the USB stick")
    export.add_argument("--for", dest="for_site", help="township code (district only)")
    restore = _json(registry.command("restore", cmd_bundle_restore, "rebuild a township (district)", group="bundle"))
    restore.description = RESTORE_PROCEDURE
    restore.formatter_class = argparse.RawDescriptionHelpFormatter
    restore.add_argument("--for", dest="for_site", required=True)
    restore.add_argument("--to", required=True)
    _json(registry.command("inspect", cmd_bundle_inspect, "show a bundle's header", group="bundle")).add_argument(
        "file"
    )
    imported = _json(registry.command("import", cmd_bundle_import, "check and apply a bundle", group="bundle"))
    imported.add_argument("file")
    imported.add_argument("--dry-run", action="store_true", help="check and preview only; change nothing")
    imported.add_argument("--receipt", help="also write the import receipt (导入回执) PDF here")
    _json(registry.command("history", cmd_bundle_history, "bundles sent and received, gaps", group="bundle"))
    conflicts = _json(registry.command("conflicts", cmd_bundle_conflicts, "the conflict log", group="bundle"))
    conflicts.add_argument("--unseen", action="store_true")

    registry.group("print", "printouts as PDF")
    keyform = _json(registry.command("keyform", cmd_print_keyform, "the key enrolment form", group="print"))
    keyform.add_argument("--out", required=True)
    receipt = _json(
        registry.command("import-receipt", cmd_print_receipt, "the receipt of an imported bundle", group="print")
    )
    receipt.add_argument("--out", required=True)
    receipt.add_argument("--sender")
    receipt.add_argument("--sequence", type=int)
