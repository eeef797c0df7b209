"""Printouts from the shell: notices, reports, sign-in sheets, files and certificates as PDF."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from incubator_desktop.commands.base import EXIT_OK, Context, Registry, date_option, emit_json
from incubator_desktop.core.attachments import attachments_root
from incubator_desktop.core.reports.casebook import build_casebook
from incubator_desktop.core.reports.certificate import build_certificate
from incubator_desktop.core.reports.formats import DEFAULT_BLANK_ROWS
from incubator_desktop.core.reports.monthly import build_monthly
from incubator_desktop.core.reports.notice import build_notice
from incubator_desktop.core.reports.orgfile import build_orgfile
from incubator_desktop.core.reports.output import sha256_hex
from incubator_desktop.core.reports.signin import build_signin
from incubator_desktop.core.services.audit import record_audit
from incubator_desktop.core.vocab import NoticeKind


def _notice(session: Session, a: argparse.Namespace) -> Path:
    return build_notice(
        session,
        a.out,
        kind=a.kind,
        issued_on=date_option("date", a.date),
        start=date_option("start", a.start),
        end=date_option("end", a.end),
        contest_id=a.contest,
        days=a.days,
        issuing_unit=a.unit,
        office_address=a.address,
        office_phone=a.office_phone,
    )


def _monthly(session: Session, a: argparse.Namespace) -> Path:
    return build_monthly(session, a.out, month=a.month, attachments_dir=a.attachments_dir)


def _casebook(session: Session, a: argparse.Namespace) -> Path:
    return build_casebook(
        session,
        a.out,
        start=date_option("start", a.start),
        end=date_option("end", a.end),
        attachments_dir=a.attachments_dir,
    )


def _signin(session: Session, a: argparse.Namespace) -> Path:
    return build_signin(session, a.out, training_id=a.training, blank=a.blank, rows=a.rows)


def _orgfile(session: Session, a: argparse.Namespace) -> Path:
    return build_orgfile(session, a.out, organization_id=a.org)


def _certificate(session: Session, a: argparse.Namespace) -> Path:
    return build_certificate(
        session, a.out, contest_id=a.contest, issued_on=date_option("date", a.date), issuing_unit=a.unit
    )


BUILDERS = {
    "notice": _notice,
    "monthly": _monthly,
    "casebook": _casebook,
    "signin": _signin,
    "orgfile": _orgfile,
    "certificate": _certificate,
}


def cmd_print(ctx: Context) -> int:
    kind = ctx.args.print_command
    if hasattr(ctx.args, "attachments_dir") and not ctx.args.attachments_dir:
        ctx.args.attachments_dir = attachments_root(ctx.db.url)  # the store beside the database
    with ctx.db.transaction() as session:
        path = BUILDERS[kind](session, ctx.args)
        digest = sha256_hex(path.read_bytes())
        detail: dict[str, Any] = {"path": str(path), "sha256": digest}
        for option, key in (("kind", "notice_kind"), ("month", "month"), ("org", "org"), ("contest", "contest")):
            if getattr(ctx.args, option, None):
                detail[key] = getattr(ctx.args, option)
        if getattr(ctx.args, "training", None):
            detail["training"] = ctx.args.training
        # In the same transaction as the Notice row a notice writes: both exist, or neither does.
        record_audit(session, "print", summary=f"print {kind}", kind=kind, **detail)
    if ctx.args.json:
        emit_json({"kind": kind, **detail})
    else:
        print(ctx.say("printed", path=str(path)))
    return EXIT_OK


def _common(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--out", required=True, help="the PDF file to write")
    parser.add_argument("--json", action="store_true")
    return parser


def register(registry: Registry) -> None:
    registry.group("print", "printouts as PDF: notices, reports, sign-in sheets, files, certificates")
    notice = _common(registry.command("notice", cmd_print, "a public notice (公示) for the noticeboard", group="print"))
    notice.add_argument("--kind", default=NoticeKind.NEW_ORGS.value, choices=[k.value for k in NoticeKind])
    notice.add_argument("--date", help="issue date (default today); the notice period starts then")
    notice.add_argument("--from", dest="start", help="first day covered (default: day after the last such notice)")
    notice.add_argument("--to", dest="end", help="last day covered (default: the issue date)")
    notice.add_argument("--contest", help="contest id for --kind contest (default: the latest contest)")
    notice.add_argument("--days", type=int, help="notice period in working days (default 5; 7 for contest results)")
    notice.add_argument("--unit", help="issuing unit (default: the site's name)")
    notice.add_argument("--address", help="office address for objections (default: the site's address)")
    notice.add_argument("--office-phone", help="office landline for objections; a mobile number is refused")

    monthly = _common(registry.command("monthly", cmd_print, "the monthly progress report", group="print"))
    monthly.add_argument("--month", help="YYYY-MM (default: the latest month with records)")
    monthly.add_argument("--attachments-dir", help="attachment store (default: beside the database)")

    casebook = _common(registry.command("casebook", cmd_print, "the case-study booklet", group="print"))
    casebook.add_argument("--from", dest="start", help="first day (default: the indicators' period)")
    casebook.add_argument("--to", dest="end", help="last day (default: the indicators' period)")
    casebook.add_argument("--attachments-dir", help="attachment store (default: beside the database)")

    signin = _common(registry.command("signin", cmd_print, "a training sign-in sheet", group="print"))
    signin.add_argument("--training", help="training id: its heading and attendance record")
    signin.add_argument("--blank", action="store_true", help="with --training: empty rows for a training to come")
    signin.add_argument("--rows", type=int, default=DEFAULT_BLANK_ROWS, help="blank rows")

    orgfile = _common(registry.command("orgfile", cmd_print, "one organization's file", group="print"))
    orgfile.add_argument("--org", required=True, help="organization id")

    certificate = _common(registry.command("certificate", cmd_print, "contest award certificates", group="print"))
    certificate.add_argument("--contest", help="contest id (default: the latest contest)")
    certificate.add_argument("--date", help="date on the certificates (default today)")
    certificate.add_argument("--unit", help="issuing unit (default: the site's name)")
