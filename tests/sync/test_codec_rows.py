"""The bundle codec's fast path: rows selected and encoded per table give exactly what encode_row gives."""

from __future__ import annotations

import struct
import zlib
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.services.records import create_record
from incubator_desktop.core.sync.codec import (
    TRAVELLING,
    FlatValues,
    encode_row,
    select_encoded,
    table_codec,
    table_of,
)
from incubator_desktop.core.sync.keys import canonical_json
from incubator_desktop.core.sync.payload import pack_payload, unpack_payload


def _fill(township: Database) -> None:
    """Records with every awkward value: decimals, lists, dates, times with and without a fraction."""
    with township.transaction() as session:
        village = create_record(session, m.Community, {"name": "团结村"})
        org = create_record(
            session,
            m.Organization,
            {
                "name": "夕阳红舞蹈队",
                "category": "公益慈善类",
                "stage": "入驻",
                "community_id": village.id,
                "service_areas": ["青少年", "为老"],
                "founded_on": date(2019, 5, 1),
            },
        )
        for hours, held in ((Decimal("16.5"), date(2024, 10, 29)), (Decimal("0"), date(2024, 1, 1)), (None, None)):
            values = {
                "title": "重阳节敬老活动",
                "kind": "社区活动",
                "organization_id": org.id,
                "volunteer_hours": hours,
            }
            create_record(session, m.Activity, {**values, "held_on": held or date(2024, 2, 29)})
        org.created_at = datetime(2024, 3, 1, 8, 30, 5)  # a whole second: isoformat leaves out the fraction
        session.flush()


def _as_encode_row(session: object, kind: str) -> list[dict[str, object]]:
    table = table_of(kind)
    query = select(table).order_by(table.c.hlc, table.c.id)
    return [encode_row(table, row) for row in session.execute(query).mappings()]  # type: ignore[attr-defined]


def test_selected_rows_encode_as_encode_row_does(township: Database) -> None:
    """Every travelling table read through select_encoded (stored text on SQLite) equals encode_row of the
    rows SQLAlchemy returns, value for value, and keeps its keys in sorted order."""
    _fill(township)
    seen = 0
    with township.reading() as session:
        for kind in TRAVELLING:
            fast = select_encoded(session, kind)
            assert fast == _as_encode_row(session, kind), kind
            for values in fast:
                assert list(values) == sorted(values)
            seen += len(fast)
        activities = select_encoded(session, "activities")
    assert seen > 5
    assert sorted(a["volunteer_hours"] for a in activities) == ["0.00", "0.00", "16.50"]  # empty: the default
    assert {a["held_on"] for a in activities} == {"2024-10-29", "2024-01-01", "2024-02-29"}


def test_odd_time_spellings_fall_back_to_parsing(township: Database) -> None:
    """Times stored other than SQLAlchemy's way (a server default without fraction, an offset) still
    encode as the UTC instant, exactly as the parsed value would."""
    _fill(township)
    with township.transaction() as session:
        if session.get_bind().dialect.name != "sqlite":
            pytest.skip("stored text is SQLite's")
        org_id = session.scalars(select(m.Organization.id)).one()
        for stored, expected in (
            ("2024-03-01 08:30:05", "2024-03-01T08:30:05+00:00"),
            ("2024-03-01 08:30:05.000000", "2024-03-01T08:30:05+00:00"),
            ("2024-03-01 08:30:05.120000", "2024-03-01T08:30:05.120000+00:00"),
            ("2024-03-01T08:30:05+08:00", "2024-03-01T00:30:05+00:00"),
        ):
            session.execute(
                text("UPDATE organizations SET updated_at = :t WHERE id = :id"), {"t": stored, "id": org_id}
            )
            (fast,) = select_encoded(session, "organizations")
            (slow,) = _as_encode_row(session, "organizations")
            assert fast["updated_at"] == slow["updated_at"] == expected, stored


def test_stored_decimals_round_as_sqlalchemy_then_quantizing_does(township: Database) -> None:
    """Decimals read as SQLite stores them (REAL or INTEGER, even ones no form would write) spell exactly as
    SQLAlchemy's Decimal, quantized to the column's scale, would: one rounding, the same digits."""
    _fill(township)
    with township.transaction() as session:
        if session.get_bind().dialect.name != "sqlite":
            pytest.skip("stored text is SQLite's")
        activity_id = session.scalars(select(m.Activity.id).limit(1)).one()
        for stored in (2.675, 0.125, 1.005, -0.0, 7, 123456789012.5, 1e20):
            update = text("UPDATE activities SET volunteer_hours = :v WHERE id = :id")
            session.execute(update, {"v": stored, "id": activity_id})
            fast = {row["id"]: row for row in select_encoded(session, "activities")}[activity_id]
            slow = {row["id"]: row for row in _as_encode_row(session, "activities")}[activity_id]
            assert fast["volunteer_hours"] == slow["volunteer_hours"], stored


def test_bundle_lines_are_canonical_json(township: Database) -> None:
    """A packed payload's lines are byte for byte canonical_json of each record, whether its values are flat
    (written without sorting) or hold lists and mappings (sorted as always)."""
    _fill(township)
    with township.reading() as session:
        records = [{"type": kind, "values": values} for kind in TRAVELLING for values in select_encoded(session, kind)]
    assert any(type(r["values"]) is FlatValues for r in records)
    assert not table_codec("organizations").flat  # service areas are a JSON list
    odd = {"type": "x", "values": {"z": {"b": [1, {"d": 1, "c": 2}], "a": None}, "a": "文"}}
    manifest = {"receipt": {}}
    packed = pack_payload(manifest, [*records, odd], [])
    (length,) = struct.unpack_from(">Q", packed)
    lines = zlib.decompress(packed[8 : 8 + length]).split(b"\n")
    assert lines[1:] == [canonical_json(record) for record in [*records, odd]]
    assert unpack_payload(packed).records == [*records, odd]
