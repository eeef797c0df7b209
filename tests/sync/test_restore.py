"""A township whose PC died is rebuilt from the district: new keys, its records back, no reused numbers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.services.records import create_record, update_record
from incubator_desktop.core.sync.errors import BundleRejected
from incubator_desktop.core.sync.exporter import export_restore_bundle
from incubator_desktop.core.sync.history import sync_history
from incubator_desktop.core.sync.trust import current_own_key, revoke_key
from incubator_desktop.core.vocab import SiteKind

from .conftest import TOWNSHIP_A, Network, introduce, make_site
from .test_exchange import add_organization


def test_restore_rebuilds_the_township_and_numbering_continues(
    network: Network, tmp_path: Path, site_database: Callable[[str], Database | None]
) -> None:
    """Restore brings back every record and target; the new PC's bundles continue the numbering, no gap."""
    old_pc, district = network.township_a, network.district
    _, org_id = add_organization(old_pc, "舞蹈队")
    district.import_(old_pc.export(network.sticks).path)
    add_organization(old_pc, "书法社", community="幸福社区")
    district.import_(old_pc.export(network.sticks).path)
    unsent = old_pc.export(network.sticks / "never-carried")
    with old_pc.db.reading() as session:
        old_key = current_own_key(session).key_id
    with district.db.transaction() as session:
        create_record(
            session,
            m.TargetSet,
            {
                "site_code": TOWNSHIP_A,
                "name": "2026 年度指标",
                "period_start": date(2026, 1, 1),
                "period_end": date(2026, 12, 31),
            },
        )
    old_pc.db.close()

    # The documented procedure: init the new PC, exchange keys, revoke the dead PC's key, restore.
    new_pc = make_site(
        tmp_path / "a-new", SiteKind.TOWNSHIP, TOWNSHIP_A, "托克扎克镇孵化基地", db=site_database("a-new")
    )
    introduce(district, new_pc)
    with district.db.transaction() as session:
        revoke_key(session, old_key)
    restore = export_restore_bundle(district.db, district.vault, out_dir=network.sticks, township=TOWNSHIP_A)
    result = new_pc.import_(restore.path)
    assert result.status == "applied" and result.kind == "restore"

    with new_pc.db.reading() as session:
        names = sorted(session.scalars(select(m.Organization.name)))
        sites = list(session.execute(select(m.Site.code, m.Site.id).where(m.Site.code == TOWNSHIP_A)))
        targets = list(session.scalars(select(m.TargetSet.name)))
        district_site_id = session.scalar(select(m.Site.id).where(m.Site.code == TOWNSHIP_A))
    assert names == ["书法社", "舞蹈队"] and targets == ["2026 年度指标"]
    assert len(sites) == 1
    with district.db.reading() as session:
        assert session.scalar(select(m.Site.id).where(m.Site.code == TOWNSHIP_A)) == district_site_id

    with new_pc.db.transaction() as session:
        update_record(session, m.Organization, org_id, {"members": 25})
    follow_up = new_pc.export(network.sticks)
    assert follow_up.sequence == 3  # continues after the 2 the district received; never reuses 1 or 2
    assert follow_up.counts.get("organizations") == 1 and "communities" not in follow_up.counts
    applied = district.import_(follow_up.path)
    assert applied.gap == [] and applied.counts["organizations"]["updated"] == 1

    with pytest.raises(BundleRejected) as refused:
        district.import_(unsent.path)
    assert refused.value.code == "bundle_signer_revoked"
    new_pc.db.close()


def test_bundles_the_dead_pc_received_are_not_missing_on_the_new_one(
    network: Network, tmp_path: Path, site_database: Callable[[str], Database | None]
) -> None:
    """The district's earlier bundles to the dead PC are in the restore: the new PC sees no gap, now or later."""
    old_pc, district = network.township_a, network.district
    district.import_(old_pc.export(network.sticks).path)
    for _ in range(2):
        old_pc.import_(district.export(network.sticks, TOWNSHIP_A).path)
    old_pc.db.close()

    new_pc = make_site(
        tmp_path / "a-new", SiteKind.TOWNSHIP, TOWNSHIP_A, "托克扎克镇孵化基地", db=site_database("a-new")
    )
    introduce(district, new_pc)
    restore = export_restore_bundle(district.db, district.vault, out_dir=network.sticks, township=TOWNSHIP_A)
    assert restore.sequence == 3
    result = new_pc.import_(restore.path)
    assert result.status == "applied" and result.gap == []
    later = new_pc.import_(district.export(network.sticks, TOWNSHIP_A).path)
    assert later.status == "applied" and later.gap == []
    with new_pc.db.reading() as session:
        assert sync_history(session).gaps == []

    lost = district.export(network.sticks / "lost", TOWNSHIP_A)  # a gap after the restore still shows
    assert new_pc.import_(district.export(network.sticks, TOWNSHIP_A).path).gap == [lost.sequence]
    new_pc.db.close()
