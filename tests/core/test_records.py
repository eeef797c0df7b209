"""Record services: validation with codes and fields, stamping for sync, tombstones and restore."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.errors import InputRejected, ValidationFailed
from incubator_desktop.core.services import records
from incubator_desktop.core.services.organizations import (
    change_stage,
    count_organizations,
    effective_incubation,
    list_organizations,
)
from incubator_desktop.core.stamping import KEEP_STAMPS
from incubator_desktop.core.vocab import Stage

VALID_CREDIT_CODE = "91350100M000100Y43"
VALID_ID = "11010519491231002X"


def org_values(**extra: object) -> dict[str, object]:
    return {"name": "幸福社区夕阳红志愿服务队", "category": "公益慈善类", "stage": "培育中", **extra}


def codes(error: ValidationFailed) -> dict[str, str]:
    return {item.field: item.code for item in error.errors}


def test_create_and_read_back(township: Database) -> None:
    """A valid organization is stored with normalized values and read back the same."""
    with township.transaction() as session:
        org = records.create_record(
            session,
            m.Organization,
            org_values(leader_phone="139 1234-5678", leader_id_number="11010519491231002x", members=15),
        )
        org_id = org.id
    with township.reading() as session:
        stored = records.get_record(session, m.Organization, org_id)
        assert stored.leader_phone == "13912345678"
        assert stored.leader_id_number == VALID_ID
        assert stored.members == 15


@pytest.mark.parametrize(
    ("values", "field", "code"),
    [
        (org_values(name="  "), "name", "required"),
        (org_values(category="体育类"), "category", "unknown_choice"),
        (org_values(credit_code="91350100M000100Y44"), "credit_code", "credit_code_checksum"),
        (org_values(leader_id_number="110105194912310021"), "leader_id_number", "id_number_checksum"),
        (org_values(leader_phone="12345"), "leader_phone", "phone_invalid"),
        (org_values(members=-3), "members", "negative"),
        (org_values(founded_on=date.today() + timedelta(days=30)), "founded_on", "date_in_future"),
        (org_values(founded_on=date(2024, 5, 1), filed_on=date(2023, 5, 1)), "filed_on", "date_order"),
        (org_values(community_id="nope"), "community_id", "not_found"),
        (org_values(name="名" * 101), "name", "too_long"),
    ],
)
def test_bad_values_are_rejected_with_code_and_field(
    township: Database, values: dict[str, object], field: str, code: str
) -> None:
    """Each kind of bad input is rejected with a stable code on the right field, and nothing is written."""
    with township.transaction() as session, pytest.raises(ValidationFailed) as failed:
        records.create_record(session, m.Organization, values)
    assert codes(failed.value).get(field) == code
    with township.reading() as session:
        assert records.count_records(session, m.Organization) == 0


def test_every_problem_is_reported_at_once(township: Database) -> None:
    """A form with several mistakes gets all of them back, not just the first."""
    with township.transaction() as session, pytest.raises(ValidationFailed) as failed:
        records.create_record(session, m.Organization, {"category": "x", "stage": "培育中", "members": -1})
    assert set(codes(failed.value)) == {"name", "category", "members"}


def test_unknown_field_is_rejected(township: Database) -> None:
    """Typos in field names are an error, never silently dropped."""
    with township.transaction() as session, pytest.raises(ValidationFailed) as failed:
        records.create_record(session, m.Organization, org_values(nmae="x"))
    assert codes(failed.value) == {"nmae": "unknown_field"}


def test_credit_code_is_unique_among_live_organizations(township: Database) -> None:
    """Two live organizations cannot share a credit code; a deleted one frees it."""
    with township.transaction() as session:
        first = records.create_record(session, m.Organization, org_values(credit_code=VALID_CREDIT_CODE))
        with pytest.raises(ValidationFailed) as failed:
            records.create_record(session, m.Organization, org_values(name="另一个", credit_code=VALID_CREDIT_CODE))
        assert codes(failed.value) == {"credit_code": "duplicate"}
        records.delete_record(session, m.Organization, first.id)
        records.create_record(session, m.Organization, org_values(name="另一个", credit_code=VALID_CREDIT_CODE))


def test_records_are_stamped_for_sync(township: Database) -> None:
    """New and edited records carry the owner site, this device and strictly increasing clock stamps."""
    with township.transaction() as session:
        org = records.create_record(session, m.Organization, org_values())
        first_stamp = org.hlc
        device = session.scalars(select(m.LocalSite)).one().device_id
        assert (org.origin_site, org.device_id) == ("653121103", device)
    with township.transaction() as session:
        edited = records.update_record(session, m.Organization, org.id, {"members": 20})
        assert edited.hlc > first_stamp


def test_edit_is_validated_as_the_record_would_become(township: Database) -> None:
    """An edit that would make the record invalid is refused and the stored record is unchanged."""
    with township.transaction() as session:
        org_id = records.create_record(session, m.Organization, org_values(founded_on=date(2024, 3, 1))).id
    with township.transaction() as session, pytest.raises(ValidationFailed) as failed:
        records.update_record(session, m.Organization, org_id, {"filed_on": date(2024, 1, 1)})
    assert codes(failed.value) == {"filed_on": "date_order"}
    with township.reading() as session:
        assert records.get_record(session, m.Organization, org_id).filed_on is None


def test_delete_is_a_recoverable_tombstone(township: Database) -> None:
    """Deleting hides a record from lists and counts, lists it as recently deleted, and restore brings it back."""
    with township.transaction() as session:
        org_id = records.create_record(session, m.Organization, org_values()).id
        records.delete_record(session, m.Organization, org_id)
        assert records.count_records(session, m.Organization) == 0
        assert [org.id for org in records.list_deleted(session, m.Organization)] == [org_id]
        records.restore_record(session, m.Organization, org_id)
        assert records.count_records(session, m.Organization) == 1


def test_another_sites_record_is_read_only(township: Database) -> None:
    """A record owned by another site (arrived by sync) cannot be edited here."""
    with township.transaction() as session:
        org = records.create_record(session, m.Organization, org_values())
        session.info[KEEP_STAMPS] = True  # as a sync import would write it
        org.origin_site = "653121000"
    with pytest.raises(InputRejected) as refused, township.transaction() as session:
        records.update_record(session, m.Organization, org.id, {"members": 3})
    assert refused.value.code == "not_owner"


def test_writing_before_init_is_refused(db: Database) -> None:
    """Records cannot be created before the database knows which site it belongs to."""
    with pytest.raises(InputRejected) as refused, db.transaction() as session:
        records.create_record(session, m.Community, {"name": "团结村"})
    assert refused.value.code == "site_not_initialized"


def test_money_is_exact(township: Database) -> None:
    """Money is stored in integer fen and decimals stay decimals: no float rounding anywhere."""
    with township.transaction() as session:
        link = records.create_record(
            session,
            m.ResourceLink,
            {
                "received_on": date(2026, 3, 1),
                "donor": "新疆某商贸公司",
                "donor_kind": "企业",
                "form": "实物",
                "description": "大米 50 袋",
                "value_fen": 1_234_567,
            },
        )
        training = records.create_record(
            session,
            m.Training,
            {
                "title": "社区社会组织规范管理培训",
                "topic": "规范管理",
                "held_on": date(2026, 3, 2),
                "hours": Decimal("2.50"),
            },
        )
    with township.reading() as session:
        assert records.get_record(session, m.ResourceLink, link.id).value_fen == 1_234_567
        assert records.get_record(session, m.Training, training.id).hours == Decimal("2.50")


def test_contest_weights_must_total_100(township: Database) -> None:
    """A contest whose score weights do not add up to 100 % is rejected."""
    with township.transaction() as session, pytest.raises(ValidationFailed) as failed:
        records.create_record(
            session,
            m.VentureContest,
            {
                "name": "微公益创投大赛",
                "year": 2026,
                "expert_weight": 60,
                "pledge_weight": 30,
                "vote_weight": 20,
            },
        )
    assert codes(failed.value) == {"expert_weight": "weights_sum"}


def test_organization_list_masks_phones_unless_revealed(township: Database) -> None:
    """Listing shows a masked phone by default and the full number only when asked."""
    with township.transaction() as session:
        records.create_record(session, m.Organization, org_values(leader_phone="13912345678"))
        assert list_organizations(session)[0].phone == "139****5678"
        assert list_organizations(session, reveal=True)[0].phone == "13912345678"


def test_effective_incubation_needs_filing_and_two_activities(township: Database) -> None:
    """Only a filed organization with two or more activities counts; one activity short is reported as such."""
    with township.transaction() as session:
        org_id = records.create_record(session, m.Organization, org_values(founded_on=date(2025, 1, 1))).id
        activity = {"title": "敬老院慰问", "kind": "社区活动", "organization_id": org_id, "beneficiaries": 30}

        def status() -> tuple[bool, int]:
            found = next(s for s in effective_incubation(session) if s.organization_id == org_id)
            return found.effective, found.missing_activities

        records.create_record(session, m.Activity, {**activity, "held_on": date(2026, 1, 5)})
        records.create_record(session, m.Activity, {**activity, "held_on": date(2026, 2, 5)})
        assert status() == (False, 0)  # two activities but not yet filed
        change_stage(session, org_id, Stage.FILED, on=date(2026, 1, 20))
        assert status() == (True, 0)
        org = records.get_record(session, m.Organization, org_id)
        assert org.filed_on == date(2026, 1, 20)
        events = records.list_records(session, m.StageEvent, filters={"organization_id": org_id})
        assert [e.stage for e in events] == ["已备案"]
        only_one = next(s for s in effective_incubation(session, end=date(2026, 1, 31)) if s.organization_id == org_id)
        assert (only_one.effective, only_one.missing_activities) == (False, 1)


def test_effective_incubation_keeps_one_townships_organizations(township: Database) -> None:
    """Given a site code, only that township's organizations are judged (a district holds every township's)."""
    with township.transaction() as session:
        here = records.create_record(session, m.Organization, org_values()).id
        there = records.create_record(session, m.Organization, org_values(name="兰干乡舞蹈队")).id
        # As a district holds it: a record another township made (stamping forbids changing it in the ORM).
        session.connection().exec_driver_sql(f"UPDATE organizations SET origin_site = '653121200' WHERE id = '{there}'")
        site = session.get_one(m.Organization, here).origin_site
        assert {s.organization_id for s in effective_incubation(session)} == {here, there}
        assert [s.organization_id for s in effective_incubation(session, site_code=site)] == [here]
        assert [s.organization_id for s in effective_incubation(session, site_code="653121200")] == [there]


def test_organization_list_sorts_pages_and_counts_in_the_database(township: Database) -> None:
    """Sorting and paging happen in SQL (stable across pages) and the count matches the same filters."""
    with township.transaction() as session:
        for index, members in enumerate([30, 5, 18, None, 42]):
            records.create_record(session, m.Organization, org_values(name=f"组织{index}", members=members))
        records.create_record(session, m.Organization, org_values(name="百分之百_互助会", category="生活服务类"))
        by_members = [row.members for row in list_organizations(session, order="members", descending=True)]
        assert by_members == [42, 30, 18, 5, None, None]
        pages = list_organizations(session, order="members", limit=2) + list_organizations(
            session, order="members", limit=4, offset=2
        )
        assert len({row.id for row in pages}) == 6
        assert count_organizations(session) == 6
        assert count_organizations(session, category="生活服务类") == 1
        # % and _ typed by a clerk are literal text, not wildcards
        assert [row.name for row in list_organizations(session, text="百分之百_")] == ["百分之百_互助会"]
        assert list_organizations(session, text="组织_") == []
        assert count_organizations(session, text="%") == 0


def test_count_records_within_a_date_range(township: Database) -> None:
    """count_records counts a date column within an inclusive range, with either end open."""
    with township.transaction() as session:
        for day in (1, 15, 30):
            records.create_record(
                session, m.Activity, {"title": "活动", "kind": "社区活动", "held_on": date(2026, 4, day)}
            )
        assert (
            records.count_records(session, m.Activity, between=("held_on", date(2026, 4, 15), date(2026, 4, 30))) == 2
        )
        assert records.count_records(session, m.Activity, between=("held_on", None, date(2026, 4, 14))) == 1


def test_chinese_text_is_kept_as_typed(township: Database) -> None:
    """Names and descriptions keep full-width punctuation and line breaks; only the ends are trimmed."""
    description = "　成立于二〇二三年，宗旨：服务老人（高龄、独居）！\n\n活动每周一次。  "
    with township.transaction() as session:
        org = records.create_record(
            session, m.Organization, org_values(name=" 团结村（一队） ", description=description)
        )
    with township.reading() as session:
        stored = records.get_record(session, m.Organization, org.id)
        assert stored.name == "团结村（一队）"
        assert stored.description == "成立于二〇二三年，宗旨：服务老人（高龄、独居）！\n\n活动每周一次。"


def test_clearing_a_field_that_cannot_be_empty_is_a_required_error(township: Database) -> None:
    """Editing a defaulted, not-null field to empty is reported as "required", never a database crash;
    leaving it empty on create takes the default."""
    with township.transaction() as session:
        activity = records.create_record(
            session,
            m.Activity,
            {"title": "敬老活动", "kind": "社区活动", "held_on": date(2026, 4, 1), "volunteers": None},
        )
        assert activity.volunteers == 0
    with pytest.raises(ValidationFailed) as failed, township.transaction() as session:
        records.update_record(session, m.Activity, activity.id, {"beneficiaries": None})
    assert codes(failed.value) == {"beneficiaries": "required"}
