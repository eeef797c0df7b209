"""Search across every record type: FTS5 trigram for 3+ characters, LIKE on the tables for shorter text."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.services.text_match import ESCAPE, contains_pattern
from incubator_desktop.core.validation.text import normalize_text

#: Per searchable model: the column that names a hit, and the columns searched without the index.
SEARCH_FIELDS: dict[type[m.SyncedRecord], tuple[str, tuple[str, ...]]] = {
    m.Organization: ("name", ("name", "leader_name", "filing_number", "credit_code", "description")),
    m.Community: ("name", ("name",)),
    m.Person: ("name", ("name",)),
    m.Training: ("title", ("title", "topic", "trainer", "description")),
    m.Activity: ("title", ("title", "location", "description")),
    m.CaseStudy: ("title", ("title", "background", "process", "results")),
    m.ResourceLink: ("donor", ("donor", "description", "recipient", "purpose")),
    m.VentureContest: ("name", ("name", "description")),
    m.ContestEntry: ("project_title", ("project_title", "summary")),
    m.FundedProject: ("name", ("name", "contractor")),
    m.Notice: ("title", ("title",)),
}
MODELS_BY_TABLE = {model.__tablename__: model for model in SEARCH_FIELDS}
TRIGRAM = 3


@dataclass(frozen=True)
class SearchHit:
    kind: str
    id: str
    title: str


def _has_index(session: Session) -> bool:
    if session.get_bind().dialect.name != "sqlite":
        return False
    found = session.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'search_index'")).first()
    return found is not None


def _titles(session: Session, kind: str, ids: list[str]) -> dict[str, str]:
    model = MODELS_BY_TABLE[kind]
    title_column = getattr(model, SEARCH_FIELDS[model][0])
    rows = session.execute(select(model.id, title_column).where(model.id.in_(ids), model.deleted.is_(False)))
    return {row[0]: row[1] for row in rows}


def _indexed(session: Session, query: str, limit: int) -> list[tuple[str, str]]:
    phrase = '"' + query.replace('"', '""') + '"'
    rows = session.execute(
        text(
            "SELECT d.kind, d.record_id FROM search_index JOIN search_docs AS d ON d.rowid = search_index.rowid"
            " WHERE search_index MATCH :phrase ORDER BY rank LIMIT :limit"
        ),
        {"phrase": phrase, "limit": limit},
    )
    return [(row[0], row[1]) for row in rows]


def _scanned(session: Session, query: str, limit: int) -> list[tuple[str, str]]:
    pattern = contains_pattern(query)
    found: list[tuple[str, str]] = []
    for model, (_title, columns) in SEARCH_FIELDS.items():
        conditions = [getattr(model, column).like(pattern, escape=ESCAPE) for column in columns]
        rows = session.execute(
            select(model.id).where(model.deleted.is_(False), or_(*conditions)).limit(limit - len(found))
        )
        found += [(model.__tablename__, row[0]) for row in rows]
        if len(found) >= limit:
            break
    return found


def search_records(session: Session, query: str, *, limit: int = 50) -> list[SearchHit]:
    """Records whose names, titles or descriptions contain `query`, best matches first."""
    query = normalize_text(query)
    if not query:
        return []
    if len(query) >= TRIGRAM and _has_index(session):
        pairs = _indexed(session, query, limit)
    else:
        pairs = _scanned(session, query, limit)
    by_kind: dict[str, list[str]] = {}
    for kind, record_id in pairs:
        by_kind.setdefault(kind, []).append(record_id)
    titles = {kind: _titles(session, kind, ids) for kind, ids in by_kind.items()}
    return [
        SearchHit(kind=kind, id=record_id, title=titles[kind][record_id])
        for kind, record_id in pairs
        if record_id in titles[kind]
    ]
