"""New organizations of a roster go in without the ORM, yet are stamped, defaulted and searchable like any other."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from incubator_desktop.core import clock
from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.exchange.roster_import import import_roster
from incubator_desktop.core.services.records import create_record, update_record
from incubator_desktop.core.services.search import search_records
from incubator_desktop.core.stamping import local_site

from .builders import MESSY_CREATED, TODAY

HEADER = ["组织名称", "类别", "所在村（社区）", "联系电话", "成员人数"]


def _clock(db: Database) -> str:
    with db.reading() as session:
        me = local_site(session)
        assert me is not None
        return me.last_hlc


def test_imported_organizations_are_stamped_as_a_flush_stamps_new_records(
    township: Database, messy_roster: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each new organization carries our site, our device and its own stamp after the clock's; the clock moves
    past the last of them, so the audit entry and the next edit are stamped after every imported record even
    when the PC's clock does not move on meanwhile."""
    before = _clock(township)
    frozen = time.time_ns()
    monkeypatch.setattr(clock.time, "time_ns", lambda: frozen)
    with township.transaction() as session:
        import_roster(session, messy_roster, dry_run=False, today=TODAY)
    with township.reading() as session:
        me = local_site(session)
        assert me is not None
        query = select(
            m.Organization.id,
            m.Organization.name,
            m.Organization.origin_site,
            m.Organization.device_id,
            m.Organization.hlc,
        )
        orgs = list(session.execute(query.order_by(m.Organization.hlc)))
        audit = session.scalars(select(m.AuditEntry.hlc).where(m.AuditEntry.action == "roster_import")).one()
        site, device, site_clock = me.site_code, me.device_id, me.last_hlc
    assert [org.name for org in orgs] and sorted(org.name for org in orgs) == sorted(MESSY_CREATED)
    stamps = [org.hlc for org in orgs]
    assert len(set(stamps)) == len(stamps) and min(stamps) > before
    assert all((org.origin_site, org.device_id) == (site, device) for org in orgs)
    assert audit > max(stamps) and site_clock >= audit
    with township.transaction() as session:
        edited = update_record(session, m.Organization, orgs[0].id, {"members": 99})
        assert edited.hlc > site_clock


def test_imported_organizations_get_the_defaults_a_form_gives(
    township: Database, write_roster: Callable[..., Path]
) -> None:
    """A row that leaves out service areas stores the column's default (an empty list), live, with times set,
    exactly like the same organization entered through the form."""
    with township.transaction() as session:
        by_form = create_record(
            session, m.Organization, {"name": "表单舞蹈队", "category": "文体活动类", "stage": "入驻"}
        )
        form_id = by_form.id
    roster = write_roster([HEADER, ["名册舞蹈队", "文体活动类", None, None, None]])
    with township.transaction() as session:
        assert import_roster(session, roster, dry_run=False, today=TODAY).created == 1
    with township.reading() as session:
        imported = session.scalars(select(m.Organization).where(m.Organization.name == "名册舞蹈队")).one()
        form = session.get(m.Organization, form_id)
        assert form is not None
        assert (imported.service_areas, imported.deleted, imported.stage) == (form.service_areas, False, "入驻")
        assert imported.service_areas == []
        assert imported.created_at is not None and imported.updated_at is not None


def test_search_finds_imported_organizations(township: Database, messy_roster: Path) -> None:
    """The search triggers fire for the bulk insert: imported groups are found by 3+ characters (the trigram
    index) and by shorter text (the scan), and a dry run leaves nothing to find."""
    with township.transaction() as session:
        import_roster(session, messy_roster, dry_run=True, today=TODAY)
    with township.reading() as session:
        assert search_records(session, "舞蹈队") == []
    with township.transaction() as session:
        import_roster(session, messy_roster, dry_run=False, today=TODAY)
    with township.reading() as session:
        ids = {org.name: org.id for org in session.scalars(select(m.Organization))}
        for query, name in (("舞蹈队", "团结村舞蹈队"), ("红白理事", "光明村红白理事会"), ("编织", "幸福社区编织组")):
            hits = search_records(session, query)
            assert [(hit.kind, hit.id) for hit in hits] == [("organizations", ids[name])], query
