"""Exports the organization roster in the layout the import reads, and the blank template for townships.

Personal data (the leader's phone and ID number) is masked unless `reveal`; revealing is written to the
audit log. A masked export still imports cleanly: starred cells mean "keep what is stored", so an
export → import round trip changes nothing either way (only a revealed one carries the full values).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.exchange.cells import Value
from incubator_desktop.core.exchange.files import export_target, save_workbook
from incubator_desktop.core.exchange.roster_columns import COMMUNITY, ROSTER_COLUMNS
from incubator_desktop.core.exchange.roster_layout import DEFAULT_TITLE, RosterLayout, build_roster_workbook
from incubator_desktop.core.masking import mask_id_number, mask_phone
from incubator_desktop.core.services.audit import record_audit
from incubator_desktop.core.services.sites import list_communities, require_site

#: The note above the template's header, telling the clerk how to fill it in.
TEMPLATE_NOTE = (
    "填写说明：每行填写一个组织；“组织名称”必填；类别、培育状态、所在村（社区）请从下拉列表中选择；"
    "日期写成 2023-05-01；身份证号、电话等列已设为文本格式，请直接输入完整号码。"
)
_MASKERS = {"leader_phone": mask_phone, "leader_id_number": mask_id_number}


@dataclass(frozen=True)
class RosterExport:
    """Where the roster was written, how many organizations it holds and whether it shows personal data."""

    path: Path
    rows: int
    revealed: bool


def export_roster(
    session: Session,
    path: Path | str,
    *,
    reveal: bool = False,
    captions: Mapping[str, str] | None = None,
    title: str | None = None,
) -> RosterExport:
    """Write every live organization to `path`; `captions` override column captions by field name."""
    target = export_target(path)
    site = require_site(session)
    communities = [community.name for community in list_communities(session)]
    rows = _roster_values(session, reveal=reveal)
    layout = RosterLayout(
        title=title or f"{site.name}{DEFAULT_TITLE}（{date.today().isoformat()}）",
        captions=captions or {},
        communities=communities,
    )
    workbook = build_roster_workbook(layout, rows)
    # Logged before the file is written: if writing fails, the caller's rollback removes the entry too.
    record_audit(session, "roster_export", summary=f"org export {target.name}", file=target.name, rows=len(rows))
    if reveal:
        record_audit(
            session,
            "reveal_personal_data",
            summary=f"org export --reveal {target.name}",
            fields=sorted(_MASKERS),
            rows=len(rows),
        )
    save_workbook(workbook, target)
    return RosterExport(path=target, rows=len(rows), revealed=reveal)


def export_template(
    path: Path | str,
    *,
    communities: Sequence[str] = (),
    captions: Mapping[str, str] | None = None,
    title: str | None = None,
) -> Path:
    """Write a blank roster with the export's columns, drop-downs and text columns, under a title row."""
    target = export_target(path)
    layout = RosterLayout(
        title=title or DEFAULT_TITLE, captions=captions or {}, communities=list(communities), note=TEMPLATE_NOTE
    )
    save_workbook(build_roster_workbook(layout, []), target)
    return target


def _roster_values(session: Session, *, reveal: bool) -> list[list[Value]]:
    query = (
        select(m.Organization, m.Community.name)
        .outerjoin(m.Community, m.Community.id == m.Organization.community_id)
        .where(m.Organization.deleted.is_(False))
        .order_by(m.Community.name, m.Organization.name, m.Organization.id)
    )
    rows: list[list[Value]] = []
    for organization, community in session.execute(query):
        values: list[Value] = []
        for column in ROSTER_COLUMNS:
            if column.field == COMMUNITY:
                values.append(community)
                continue
            value = getattr(organization, column.field)
            if column.field in _MASKERS and not reveal:
                value = _MASKERS[column.field](value) or None
            elif isinstance(value, list):
                value = "、".join(value) or None
            values.append(value)
        rows.append(values)
    return rows
