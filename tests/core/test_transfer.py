"""Moving a database to another engine copies every row as it is and verifies counts and checksums."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database, open_database
from incubator_desktop.core.errors import InputRejected
from incubator_desktop.core.services import records
from incubator_desktop.core.services.search import search_records
from incubator_desktop.core.transfer import migrate_database, table_checksum


def fill(db: Database) -> None:
    with db.transaction() as session:
        community = records.create_record(session, m.Community, {"name": "团结村", "is_village": True})
        org = records.create_record(
            session,
            m.Organization,
            {
                "name": "团结村夕阳红舞蹈队",
                "category": "文体活动类",
                "stage": "已备案",
                "community_id": community.id,
                "service_areas": ["文化", "为老"],
                "filed_on": date(2026, 3, 1),
                "leader_phone": "13912345678",
            },
        )
        records.create_record(
            session,
            m.Training,
            {
                "title": "规范管理培训",
                "topic": "规范管理",
                "held_on": date(2026, 4, 2),
                "hours": Decimal("2.5"),
            },
        )
        records.create_record(
            session,
            m.ResourceLink,
            {
                "received_on": date(2026, 5, 1),
                "donor": "某商贸公司",
                "donor_kind": "企业",
                "form": "现金",
                "description": "慰问金",
                "value_fen": 500_050,
                "recipient_organization_id": org.id,
            },
        )
        deleted = records.create_record(session, m.Community, {"name": "幸福社区"})
        records.delete_record(session, m.Community, deleted.id)


def test_everything_arrives_identical(township: Database, tmp_path: Path) -> None:
    """Every table arrives with the same rows: ids, stamps, tombstones, money, decimals, JSON lists."""
    fill(township)
    target = open_database(str(tmp_path / "target.db"))
    report = migrate_database(township, target)
    assert {item.table: item.rows for item in report}["organizations"] == 1
    with township.engine.connect() as a, target.engine.connect() as b:
        for table in m.Base.metadata.sorted_tables:
            assert table_checksum(a, table) == table_checksum(b, table), table.name
    with target.reading() as session:
        assert [hit.title for hit in search_records(session, "夕阳红")] == ["团结村夕阳红舞蹈队"]
        assert session.scalar(select(func.count()).select_from(m.Community).where(m.Community.deleted)) == 1
    target.close()


def test_into_a_non_empty_database_is_refused(township: Database, make_database: Callable[[str], Database]) -> None:
    """Migrating into a database that already holds records is refused and adds nothing to it."""
    fill(township)
    target = make_database("target")
    migrate_database(township, target)
    with pytest.raises(InputRejected) as refused:
        migrate_database(township, target)
    assert refused.value.code == "target_not_empty"


def test_migrate_db_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`incubator migrate-db --from A --to B --json` copies and reports verified counts; exit 3 when refused."""
    import json

    from incubator_desktop.cli import main

    source, target = tmp_path / "a.db", tmp_path / "b.db"
    main(["--db", str(source), "init", "--role", "district", "--code", "653121", "--name", "疏附县民政局"])
    capsys.readouterr()
    assert main(["migrate-db", "--from", str(source), "--to", str(target), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["verified"] is True and payload["rows"] >= 2
    assert main(["migrate-db", "--from", str(source), "--to", str(target)]) == 3


def test_from_a_sqlite_file_to_this_backend(tmp_path: Path, make_database: Callable[[str], Database]) -> None:
    """A township's SQLite file moves to the suite's backend (PostgreSQL in the server run) with equal checksums."""
    from incubator_desktop.core.services.sites import init_site
    from incubator_desktop.core.vocab import SiteKind

    source = open_database(str(tmp_path / "township.db"))
    with source.transaction() as session:
        init_site(session, role=SiteKind.TOWNSHIP, code="653121103", name="托克扎克镇孵化基地")
    fill(source)
    target = make_database("server")
    report = migrate_database(source, target)
    assert sum(item.rows for item in report) >= 7
    with source.engine.connect() as a, target.engine.connect() as b:
        assert all(table_checksum(a, t) == table_checksum(b, t) for t in m.Base.metadata.sorted_tables)
    source.close()
