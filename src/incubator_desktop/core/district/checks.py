"""Checks across townships that no single township can make: duplicates, double pay, wins and budget caps."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.district.roles import require_district
from incubator_desktop.core.indicators.counts import fen_to_yuan
from incubator_desktop.core.services.budgets import BudgetWarningCode, budget_status, people_paid_by_several_projects
from incubator_desktop.core.services.contests import organizations_over_win_limit, wins_per_organization

#: The finding codes, in the order they are listed.
CHECK_CODES = ("org_in_two_townships", "person_paid_twice", "org_over_win_limit", "budget_cap_crossed")

#: How two organization records are recognised as one: the leader's ID number is matched, never shown.
MATCH_KINDS = ("credit_code", "filing_number", "leader_id_number")
SHOWN_MATCHES = frozenset({"credit_code", "filing_number"})
WIN_LIMIT = 2


@dataclass(frozen=True)
class Finding:
    """One problem found across townships, with the records behind it for drill-down.

    `params` fill the sentence the UI shows (names, amounts, the kind of match); never an ID number.
    """

    code: str
    sites: tuple[str, ...]
    record_kind: str
    record_ids: tuple[str, ...]
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class _Org:
    id: str
    site: str
    name: str
    keys: dict[str, str]


def _organizations(session: Session) -> list[_Org]:
    query = select(
        m.Organization.id,
        m.Organization.origin_site,
        m.Organization.name,
        m.Organization.credit_code,
        m.Organization.filing_number,
        m.Organization.leader_id_number,
    ).where(m.Organization.deleted.is_(False))
    orgs = []
    for org_id, site, name, credit, filing, leader in session.execute(query):
        raw = {"credit_code": credit, "filing_number": filing, "leader_id_number": leader}
        keys = {kind: "".join(value.split()).upper() for kind, value in raw.items() if value and value.strip()}
        orgs.append(_Org(org_id, site, name, keys))
    return orgs


def _duplicate_groups(orgs: list[_Org]) -> list[tuple[str, str, list[_Org]]]:
    """(match kind, value, organizations) for every value shared by organizations of two or more sites."""
    groups: dict[tuple[str, str], list[_Org]] = defaultdict(list)
    for org in orgs:
        for kind, value in org.keys.items():
            groups[(kind, value)].append(org)
    found = []
    for (kind, value), members in groups.items():
        if len({org.site for org in members}) > 1:
            found.append((kind, value, sorted(members, key=lambda org: (org.site, org.name, org.id))))
    found.sort(key=lambda item: (MATCH_KINDS.index(item[0]), [org.site for org in item[2]], item[1]))
    return found


def _org_in_two_townships(groups: list[tuple[str, str, list[_Org]]]) -> list[Finding]:
    findings = []
    for kind, value, members in groups:
        params: dict[str, Any] = {"match": kind, "names": [org.name for org in members]}
        if kind in SHOWN_MATCHES:
            params["value"] = value
        sites = tuple(sorted({org.site for org in members}))
        findings.append(Finding("org_in_two_townships", sites, "organizations", tuple(o.id for o in members), params))
    return findings


def _clusters(orgs: list[_Org], groups: list[tuple[str, str, list[_Org]]]) -> list[set[str]]:
    """Organization ids that are one organization across townships (joined through any shared identifier)."""
    parent = {org.id: org.id for org in orgs}

    def root(org_id: str) -> str:
        while parent[org_id] != org_id:
            parent[org_id] = parent[parent[org_id]]
            org_id = parent[org_id]
        return org_id

    for _kind, _value, members in groups:
        for other in members[1:]:
            parent[root(other.id)] = root(members[0].id)
    clusters: dict[str, set[str]] = defaultdict(set)
    for org in orgs:
        clusters[root(org.id)].add(org.id)
    return [ids for ids in clusters.values() if len(ids) > 1]


def _person_paid_twice(session: Session, year: int) -> list[Finding]:
    findings = []
    for person in people_paid_by_several_projects(session, year):
        params = {
            "name": person.name,
            "projects": [link.project_name for link in person.projects],
            "match": "id_number" if person.matched_by_id_number else "record",
        }
        sites = tuple(sorted({link.origin_site for link in person.projects}))
        findings.append(Finding("person_paid_twice", sites, "people", person.person_ids, params))
    return findings


def _over_win_limit(session: Session, year: int, orgs: list[_Org], clusters: list[set[str]]) -> list[Finding]:
    by_id = {org.id: org for org in orgs}
    over = organizations_over_win_limit(session, year, limit=WIN_LIMIT)
    findings = []
    for org_id, wins in sorted(over.items(), key=lambda item: (by_id[item[0]].site, by_id[item[0]].name)):
        org = by_id[org_id]
        params = {"name": org.name, "wins": wins, "limit": WIN_LIMIT, "year": year}
        findings.append(Finding("org_over_win_limit", (org.site,), "organizations", (org.id,), params))
    # The same organization entered in several townships: each stays within the limit, together they do not.
    wins_by_org = wins_per_organization(session, year)
    for cluster in clusters:
        members = sorted((by_id[org_id] for org_id in cluster), key=lambda org: (org.site, org.id))
        total = sum(wins_by_org.get(org.id, 0) for org in members)
        if total > WIN_LIMIT and not any(org.id in over for org in members):
            names = sorted({org.name for org in members})
            params = {"name": "、".join(names), "wins": total, "limit": WIN_LIMIT, "year": year, "combined": True}
            sites = tuple(sorted({org.site for org in members}))
            findings.append(Finding("org_over_win_limit", sites, "organizations", tuple(o.id for o in members), params))
    return findings


def _budget_caps(session: Session, year: int, today: date | None) -> list[Finding]:
    projects = session.execute(
        select(m.FundedProject.id, m.FundedProject.origin_site)
        .where(m.FundedProject.deleted.is_(False), m.FundedProject.year == year)
        .order_by(m.FundedProject.origin_site, m.FundedProject.name, m.FundedProject.id)
    ).all()
    findings = []
    for project_id, site in projects:
        status = budget_status(session, project_id, today=today)
        for warning in status.warnings:
            if warning.code is not BudgetWarningCode.CAP_CROSSED:
                continue
            params = {
                "project": status.name,
                "kind": warning.kind.value if warning.kind else "",
                "spent_yuan": fen_to_yuan(warning.params["spent_fen"]),
                "cap_yuan": fen_to_yuan(warning.params["cap_fen"]),
                "over_yuan": fen_to_yuan(warning.params["over_fen"]),
            }
            findings.append(Finding("budget_cap_crossed", (site,), "funded_projects", (project_id,), params))
    return findings


def cross_checks(session: Session, *, year: int, today: date | None = None) -> list[Finding]:
    """Every finding of `year`, grouped by code in CHECK_CODES order.

    Duplicate organizations are looked for among all live organizations, whatever the year: a duplicate
    registration does not expire. Persons, wins and budgets look at the projects and contests of `year`.
    """
    require_district(session)
    orgs = _organizations(session)
    groups = _duplicate_groups(orgs)
    return [
        *_org_in_two_townships(groups),
        *_person_paid_twice(session, year),
        *_over_win_limit(session, year, orgs, _clusters(orgs, groups)),
        *_budget_caps(session, year, today),
    ]


def finding_counts(findings: list[Finding]) -> dict[str, int]:
    """How many findings of each code (every code present, zero included)."""
    counts = dict.fromkeys(CHECK_CODES, 0)
    for finding in findings:
        counts[finding.code] += 1
    return counts
