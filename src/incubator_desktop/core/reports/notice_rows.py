"""The rows public notices show, selected column by column so no personal field can reach a noticeboard."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.errors import NotFound
from incubator_desktop.core.masking import mask_name
from incubator_desktop.core.reports.formats import short_date, yuan_from_fen
from incubator_desktop.core.services.contests import score_contest
from incubator_desktop.core.vocab import DonorKind, EntryResult

#: How an individual donor appears: never the full name of a private person.
KIND_DONOR = "爱心人士"
#: Recipient shown when a gift went to people rather than to an organization: no one is named.
GENERIC_RECIPIENT = "辖区受助群众"
#: Results a contest notice lists, in this order.
NOTICED_RESULTS = (EntryResult.WINNER, EntryResult.IDEA_AWARD, EntryResult.FINALIST)


@dataclass(frozen=True)
class NoticeRow:
    cells: tuple[str, ...]


def new_org_rows(session: Session, *, site_code: str, start: date, end: date) -> list[NoticeRow]:
    """Organizations filed in the period: name, category, community, filing date and number only."""
    query = (
        select(
            m.Organization.name,
            m.Organization.category,
            m.Community.name,
            m.Organization.filed_on,
            m.Organization.filing_number,
        )
        .outerjoin(m.Community, m.Community.id == m.Organization.community_id)
        .where(
            m.Organization.deleted.is_(False),
            m.Organization.origin_site == site_code,
            m.Organization.filed_on.between(start, end),
        )
        .order_by(m.Organization.filed_on, m.Organization.filing_number, m.Organization.name)
    )
    return [
        NoticeRow((name, category, community or "", "\n".join(filter(None, (short_date(filed_on), number)))))
        for name, category, community, filed_on, number in session.execute(query)
    ]


@dataclass(frozen=True)
class ScoredEntry:
    organization: str
    project: str
    expert: Decimal
    composite: Decimal
    result: str


def contest_entries(session: Session, contest: m.VentureContest) -> list[ScoredEntry]:
    """Noticed entries (winners, idea awards, finalists, in that order) with the contest service's scores.

    The scores come from services.contests.score_contest, so the notice shows exactly what the contest
    workspace ranks by; only names, titles, scores and results are taken from it.
    """
    order = {result.value: index for index, result in enumerate(NOTICED_RESULTS)}
    standing = score_contest(session, contest.id)
    entries = [
        ScoredEntry(
            organization=entry.organization_name or "",
            project=entry.project_title,
            expert=entry.expert_score if entry.expert_score is not None else Decimal("0.00"),
            composite=entry.composite,
            result=entry.result,
        )
        for entry in standing.entries  # already ranked best first
        if entry.result in order
    ]
    entries.sort(key=lambda entry: order[entry.result])  # stable: rank order kept within each result
    return entries


def contest_rows(entries: list[ScoredEntry]) -> list[NoticeRow]:
    return [NoticeRow((e.organization, e.project, str(e.expert), str(e.composite), e.result)) for e in entries]


def public_donor(donor: str, kind: str) -> str:
    """An individual donor as 爱心人士 with at most a masked name; organizations by their name."""
    if kind != DonorKind.INDIVIDUAL.value:
        return donor
    name = donor.strip().removeprefix(KIND_DONOR).strip("（）() ·")
    return f"{KIND_DONOR}（{mask_name(name)}）" if name else KIND_DONOR


def resource_rows(session: Session, *, site_code: str, start: date, end: date) -> tuple[list[NoticeRow], int]:
    """Resources received in the period: donor (public form), item, value, recipient organization; and the total."""
    query = (
        select(
            m.ResourceLink.donor,
            m.ResourceLink.donor_kind,
            m.ResourceLink.form,
            m.ResourceLink.description,
            m.ResourceLink.value_fen,
            m.Organization.name,
        )
        .outerjoin(
            m.Organization,
            (m.Organization.id == m.ResourceLink.recipient_organization_id) & m.Organization.deleted.is_(False),
        )
        .where(
            m.ResourceLink.deleted.is_(False),
            m.ResourceLink.origin_site == site_code,
            m.ResourceLink.received_on.between(start, end),
        )
        .order_by(m.ResourceLink.received_on, m.ResourceLink.donor)
    )
    rows, total = [], 0
    for donor, kind, form, item, value_fen, organization in session.execute(query):
        rows.append(
            NoticeRow(
                (
                    public_donor(donor, kind),
                    f"{item}（{form}）",
                    yuan_from_fen(value_fen),
                    organization or GENERIC_RECIPIENT,
                )
            )
        )
        total += int(value_fen)
    return rows, total


def find_contest(session: Session, site_code: str, contest_id: str | None) -> m.VentureContest:
    """The live contest `contest_id` of the site, or its latest contest when no id is given."""
    query = select(m.VentureContest).where(
        m.VentureContest.deleted.is_(False), m.VentureContest.origin_site == site_code
    )
    if contest_id:
        query = query.where(m.VentureContest.id == contest_id)
    contest = session.scalars(query.order_by(m.VentureContest.held_on.desc(), m.VentureContest.hlc.desc())).first()
    if contest is None:
        raise NotFound("not_found", what=contest_id or "venture_contests")
    return contest
