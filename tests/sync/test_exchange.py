"""A district and two townships exchange bundles: first sync, re-import, increments, deletions, receipts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from incubator_desktop.core import models as m
from incubator_desktop.core.attachments import attachments_root, has_attachment, store_bytes
from incubator_desktop.core.errors import InputRejected
from incubator_desktop.core.services.records import create_record, delete_record, update_record
from incubator_desktop.core.sync.history import list_conflicts, sync_history

from .conftest import TOWNSHIP_A, TOWNSHIP_B, Network, SiteHandle, enroll_one_way


def add_organization(site: SiteHandle, name: str, community: str = "团结村") -> tuple[str, str]:
    with site.db.transaction() as session:
        village = create_record(session, m.Community, {"name": community, "is_village": True})
        org = create_record(
            session,
            m.Organization,
            {"name": name, "category": "文体活动类", "stage": "入驻", "community_id": village.id},
        )
        return village.id, org.id


def rows(site: SiteHandle, model: type[m.SyncedRecord], **filters: object) -> list[m.SyncedRecord]:
    with site.db.reading() as session:
        found = list(session.scalars(select(model).filter_by(**filters)))
        session.expunge_all()  # detached copies keep their values after the read-only session rolls back
        return found


def test_first_bundle_arrives_and_reimport_changes_nothing(network: Network) -> None:
    """A township's first bundle creates its records at the district; importing it again is a no-op."""
    township, district = network.township_a, network.district
    _, org_id = add_organization(township, "团结村舞蹈队")
    bundle = township.export(network.sticks)
    assert bundle.sequence == 1 and bundle.counts["organizations"] == 1

    preview = district.import_(bundle.path, dry_run=True)
    assert preview.status == "previewed" and rows(district, m.Organization) == []

    applied = district.import_(bundle.path)
    assert applied.status == "applied" and applied.gap == []
    assert applied.counts["organizations"]["created"] == 1
    assert applied.counts["sites"]["created"] == 1
    assert [org.id for org in rows(district, m.Organization)] == [org_id]

    before = district.file_hash()
    again = district.import_(bundle.path)
    assert again.status == "already-applied"
    assert district.file_hash() == before


def test_receipts_limit_exports_to_new_changes_and_deletions_travel(network: Network) -> None:
    """After the district's receipt, the township sends only later changes, and tombstones travel."""
    township, district = network.township_a, network.district
    village_id, org_id = add_organization(township, "团结村舞蹈队")
    district.import_(township.export(network.sticks).path)
    reply = district.export(network.sticks, TOWNSHIP_A)
    assert township.import_(reply.path).acknowledged == [1]

    with township.db.transaction() as session:
        update_record(session, m.Organization, org_id, {"name": "团结村舞蹈协会"})
        delete_record(session, m.Community, village_id)
    second = township.export(network.sticks)
    assert second.sequence == 2
    assert "sites" not in second.counts and second.counts["organizations"] == 1

    result = district.import_(second.path)
    assert result.counts["organizations"]["updated"] == 1
    assert result.counts["communities"]["deleted"] == 1
    (org,) = rows(district, m.Organization)
    (village,) = rows(district, m.Community)
    assert org.name == "团结村舞蹈协会" and village.deleted


def test_a_lost_stick_repairs_itself_and_the_gap_is_reported(network: Network) -> None:
    """Bundle 2 carries bundle 1's changes when 1 was never acknowledged; the gap closes if 1 turns up late."""
    township, district = network.township_a, network.district
    add_organization(township, "舞蹈队")
    lost = township.export(network.sticks / "lost")
    add_organization(township, "书法社", community="幸福社区")
    second = township.export(network.sticks)

    result = district.import_(second.path)
    assert result.gap == [1]
    assert sorted(org.name for org in rows(district, m.Organization)) == ["书法社", "舞蹈队"]
    with district.db.reading() as session:
        assert [gap.missing for gap in sync_history(session).gaps] == [[1]]

    late = district.import_(lost.path)
    assert late.status == "applied" and late.gap == []
    assert late.counts["organizations"] == {"created": 0, "updated": 0, "unchanged": 1, "deleted": 0, "conflicts": 0}


def test_district_targets_reach_only_their_township_and_stay_read_only(network: Network) -> None:
    """A target set issued for township A travels to A, not B, and A cannot edit the district's record."""
    district = network.district
    with district.db.transaction() as session:
        for code in (TOWNSHIP_A, TOWNSHIP_B):
            target_set = create_record(
                session,
                m.TargetSet,
                {
                    "site_code": code,
                    "name": f"{code} 2026 年度指标",
                    "period_start": date(2026, 1, 1),
                    "period_end": date(2026, 12, 31),
                },
            )
            create_record(
                session,
                m.TargetValue,
                {"target_set_id": target_set.id, "indicator": "new_orgs", "value": Decimal("10.50")},
            )
    bundle = district.export(network.sticks, TOWNSHIP_A)
    assert bundle.counts["target_sets"] == 1 and bundle.counts["target_values"] == 1
    network.township_a.import_(bundle.path)
    (received,) = rows(network.township_a, m.TargetSet)
    (value,) = rows(network.township_a, m.TargetValue)
    assert received.site_code == TOWNSHIP_A and value.value == Decimal("10.50")
    with pytest.raises(InputRejected) as refused, network.township_a.db.transaction() as session:
        update_record(session, m.TargetSet, received.id, {"name": "改过的指标"})
    assert refused.value.code == "not_owner"


def test_attachments_travel_once_and_service_files_only_as_counts(network: Network) -> None:
    """Photo bytes go with their record once (not again after the receipt); service files go as counts only."""
    township, district = network.township_a, network.district
    _, org_id = add_organization(township, "舞蹈队")
    photo = b"\x89PNG fake photo bytes" * 100
    sha256 = store_bytes(attachments_root(township.db.url), photo)
    with township.db.transaction() as session:
        attachment = create_record(
            session,
            m.Attachment,
            {
                "record_type": "organizations",
                "record_id": org_id,
                "sha256": sha256,
                "filename": "合影.png",
                "media_type": "image/png",
                "size": len(photo),
            },
        )
        for month in (3, 3, 4):
            create_record(
                session,
                m.ServiceFile,
                {"kind": "婚俗宣传", "opened_on": date(2025, month, 2), "subject_name": "张三丰"},
            )
    first = township.export(network.sticks)
    assert first.attachments == 1 and "service_files" not in first.counts
    assert district.import_(first.path).attachments == 1
    assert has_attachment(attachments_root(district.db.url), sha256)
    with district.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(m.ServiceFile)) == 0
        counts = session.execute(select(m.ServiceFileCount.month, m.ServiceFileCount.count)).all()
    assert sorted(counts) == [("2025-03", 2), ("2025-04", 1)]

    township.import_(district.export(network.sticks, TOWNSHIP_A).path)
    with township.db.transaction() as session:
        update_record(session, m.Attachment, attachment.id, {"caption": "成立合影"})
    second = township.export(network.sticks)
    assert second.counts["attachments"] == 1 and second.attachments == 0


def test_two_devices_of_one_site_conflict_and_the_loser_is_logged(
    network: Network, tmp_path: Path, clone_device: Callable[[SiteHandle, Path], SiteHandle]
) -> None:
    """Both PCs of one township edit the same record: the newest stamp wins everywhere, the other is logged."""
    first_pc, district = network.township_a, network.district
    _, org_id = add_organization(first_pc, "舞蹈队")
    second_pc = clone_device(first_pc, tmp_path / "a2")
    enroll_one_way(second_pc, district)
    with second_pc.db.transaction() as session:
        update_record(session, m.Organization, org_id, {"members": 12})
    with first_pc.db.transaction() as session:
        update_record(session, m.Organization, org_id, {"members": 30})  # later, so it wins
    older, newer = second_pc.export(network.sticks), first_pc.export(network.sticks)

    assert district.import_(newer.path).conflicts == 0
    late = district.import_(older.path)
    assert late.conflicts == 1 and late.counts["organizations"]["unchanged"] == 1
    (org,) = rows(district, m.Organization)
    assert org.members == 30
    with district.db.reading() as session:
        (conflict,) = list_conflicts(session)
    assert conflict.record_id == org_id and conflict.lost_values["members"] == 12
    second_pc.db.close()


def test_progress_is_reported_and_cancel_leaves_nothing_behind(network: Network) -> None:
    """Export and import report progress to 1.0, and cancelling either writes no file and no row."""
    from incubator_desktop.core.sync.errors import SyncCancelled
    from incubator_desktop.core.sync.exporter import export_bundle
    from incubator_desktop.core.sync.importer import import_bundle

    township, district = network.township_a, network.district
    add_organization(township, "舞蹈队")
    with pytest.raises(SyncCancelled):
        export_bundle(township.db, township.vault, out_dir=network.sticks, cancelled=lambda: True)
    assert not network.sticks.exists()
    steps: list[float] = []
    bundle = export_bundle(township.db, township.vault, out_dir=network.sticks, progress=lambda f, _: steps.append(f))
    assert bundle.sequence == 1 and steps[-1] == 1.0
    before = district.file_hash()
    with pytest.raises(SyncCancelled):
        import_bundle(district.db, district.vault, Path(bundle.path), cancelled=lambda: True)
    assert district.file_hash() == before
    steps.clear()
    import_bundle(district.db, district.vault, Path(bundle.path), progress=lambda f, _: steps.append(f))
    assert steps[0] == 0.0 and steps[-1] == 1.0
