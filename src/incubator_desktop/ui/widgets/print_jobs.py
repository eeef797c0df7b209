"""What a print button asks for, and the plain functions that build it: a preview records nothing, a print does.

These run on worker threads; they take the database and return paths or plain values, never widgets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from incubator_desktop.core.attachments import attachments_root
from incubator_desktop.core.db import Database
from incubator_desktop.core.errors import InputRejected
from incubator_desktop.core.reports.formats import DEFAULT_BLANK_ROWS
from incubator_desktop.core.reports.month_data import latest_month
from incubator_desktop.core.reports.output import sha256_hex
from incubator_desktop.core.services.audit import record_audit
from incubator_desktop.core.services.browse import Choice, reference_choices
from incubator_desktop.core.services.sites import require_site
from incubator_desktop.core.vocab import NoticeKind


class PrintKind(StrEnum):
    """The printouts a print button can ask for (the same names as `incubator print KIND`)."""

    NOTICE = "notice"
    MONTHLY = "monthly"
    CASEBOOK = "casebook"
    SIGNIN = "signin"
    ORGFILE = "orgfile"
    CERTIFICATE = "certificate"


@dataclass(frozen=True)
class PrintRequest:
    """Every option of every kind; each kind reads its own, and None means the core's default."""

    kind: PrintKind
    notice_kind: str = NoticeKind.NEW_ORGS.value
    issued_on: date | None = None
    start: date | None = None
    end: date | None = None
    contest_id: str | None = None
    days: int | None = None
    issuing_unit: str | None = None
    office_address: str | None = None
    office_phone: str | None = None
    month: str | None = None
    training_id: str | None = None
    blank: bool = False
    rows: int = DEFAULT_BLANK_ROWS
    organization_id: str | None = None

    def audit_detail(self) -> dict[str, Any]:
        """What the audit log keeps of the request (ids and choices; never personal data)."""
        detail: dict[str, Any] = {}
        pairs = (
            ("notice_kind", self.notice_kind if self.kind is PrintKind.NOTICE else None),
            ("month", self.month),
            ("org", self.organization_id),
            ("contest", self.contest_id),
            ("training", self.training_id),
        )
        for key, value in pairs:
            if value:
                detail[key] = value
        return detail


@dataclass(frozen=True)
class PrintChoices:
    """What the option forms offer: the site's name, the records to choose from, the months with records."""

    site_name: str
    trainings: list[Choice] = field(default_factory=list)
    organizations: list[Choice] = field(default_factory=list)
    contests: list[Choice] = field(default_factory=list)
    latest_month: str | None = None


def load_print_choices(db: Database) -> PrintChoices:
    with db.reading() as session:
        site = require_site(session)
        try:
            month: str | None = latest_month(session, site.code)
        except InputRejected:  # nothing dated recorded yet: the report's own refusal will say so
            month = None
        return PrintChoices(
            site_name=site.name,
            trainings=reference_choices(session, "trainings"),
            organizations=reference_choices(session, "organizations"),
            contests=reference_choices(session, "venture_contests"),
            latest_month=month,
        )


def build_printout(session: Session, request: PrintRequest, out: Path, *, attachments: Path) -> Path:
    """Write the PDF `request` asks for to `out` inside the caller's transaction (a notice also records itself)."""
    # ReportLab loads with the first printout, not with the window that offers it.
    from incubator_desktop.core.reports.casebook import build_casebook
    from incubator_desktop.core.reports.certificate import build_certificate
    from incubator_desktop.core.reports.monthly import build_monthly
    from incubator_desktop.core.reports.notice import build_notice
    from incubator_desktop.core.reports.orgfile import build_orgfile
    from incubator_desktop.core.reports.signin import build_signin

    kind = request.kind
    if kind is PrintKind.NOTICE:
        return build_notice(
            session,
            out,
            kind=request.notice_kind,
            issued_on=request.issued_on,
            start=request.start,
            end=request.end,
            contest_id=request.contest_id if request.notice_kind == NoticeKind.CONTEST.value else None,
            days=request.days,
            issuing_unit=request.issuing_unit,
            office_address=request.office_address,
            office_phone=request.office_phone,
        )
    if kind is PrintKind.MONTHLY:
        return build_monthly(session, out, month=request.month, attachments_dir=attachments)
    if kind is PrintKind.CASEBOOK:
        return build_casebook(session, out, start=request.start, end=request.end, attachments_dir=attachments)
    if kind is PrintKind.SIGNIN:
        return build_signin(session, out, training_id=request.training_id, blank=request.blank, rows=request.rows)
    if kind is PrintKind.ORGFILE:
        if not request.organization_id:
            raise ValueError("an organization file needs an organization")
        return build_orgfile(session, out, organization_id=request.organization_id)
    return build_certificate(
        session, out, contest_id=request.contest_id, issued_on=request.issued_on, issuing_unit=request.issuing_unit
    )


def preview_printout(db: Database, request: PrintRequest, out: Path) -> Path:
    """Build for the screen only: the session is rolled back, so a previewed notice is not recorded as issued."""
    with db.reading() as session:
        return build_printout(session, request, out, attachments=attachments_root(db.url))


def commit_printout(db: Database, request: PrintRequest, out: Path) -> Path:
    """Build for saving or printing, and record it (the notice row and the audit entry) in one transaction."""
    with db.transaction() as session:
        path = build_printout(session, request, out, attachments=attachments_root(db.url))
        detail = {"path": str(path), "sha256": sha256_hex(path.read_bytes()), **request.audit_detail()}
        record_audit(session, "print", summary=f"print {request.kind.value}", kind=request.kind.value, **detail)
    return path
