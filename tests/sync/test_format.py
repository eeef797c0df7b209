"""The bundle's parts on their own: header strictness, lossless record values, and a sentence for every code."""

from __future__ import annotations

import ast
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from incubator_desktop.core.messages import MESSAGES, placeholders
from incubator_desktop.core.sync import errors as sync_errors
from incubator_desktop.core.sync.codec import SchemaProblem, decode_row, encode_row, table_of
from incubator_desktop.core.sync.container import BundleHeader, parse_header
from incubator_desktop.core.sync.keys import canonical_json

SYNC_DIR = Path(sync_errors.__file__).parent


def header(**changes: object) -> dict[str, object]:
    base = BundleHeader(
        kind="changes",
        schema="0003",
        app="0.1.0",
        sender_site="653121103",
        sender_device="a" * 32,
        sender_key="b" * 32,
        recipient_site="653121",
        recipient_key="c" * 32,
        sequence=2,
        chain_start=1,
        previous="0" * 64,
        created="2026-11-22T10:00:00+00:00",
        counts={"organizations": 1},
        attachments=0,
        payload_length=100,
        ephemeral_key="d" * 64,
    ).to_json()
    return {**base, **changes}


def test_a_well_formed_header_parses_and_anything_else_is_damage() -> None:
    """Canonical JSON with every field parses; extra fields, bad values or non-canonical bytes do not."""
    assert parse_header(canonical_json(header())).sequence == 2
    bad = [
        canonical_json(header(extra=1)),
        canonical_json(header(sequence=0)),
        canonical_json(header(chain_start=3)),
        canonical_json(header(counts={"organizations": -1})),
        canonical_json(header(previous="xyz")),
        canonical_json(header(kind="everything")),
        canonical_json(header()).replace(b",", b", ", 1),
        b"[1, 2, 3]",
        b'{"a": 1, "a": 2}',
    ]
    for raw in bad:
        with pytest.raises(sync_errors.BundleRejected):
            parse_header(raw)


def test_record_values_round_trip_losslessly() -> None:
    """Dates, times, decimals, JSON lists and nulls survive encoding and decoding exactly."""
    table = table_of("activities")
    row = {column.key: None for column in table.columns}
    row.update(
        id="e" * 32,
        origin_site="653121103",
        device_id="f" * 32,
        hlc="1" * 19,
        deleted=False,
        created_at=datetime(2026, 3, 1, 8, 30, 5, 123456),
        updated_at=datetime(2026, 3, 2, 9, 0),
        title="重阳节敬老活动",
        held_on=date(2026, 10, 29),
        kind="社区活动",
        beneficiaries=120,
        volunteers=8,
        volunteer_hours=Decimal("16.5"),
    )
    encoded = encode_row(table, row)
    assert encoded["volunteer_hours"] == "16.50" and encoded["held_on"] == "2026-10-29"
    decoded = decode_row("activities", encoded)
    # the same instant, now with its zone stated (UTC), whichever database it was read from
    assert decoded["volunteer_hours"] == Decimal("16.50")
    assert decoded["created_at"] == row["created_at"].replace(tzinfo=UTC)
    for column, value in (("beneficiaries", "120"), ("held_on", "29/10/2026"), ("volunteer_hours", "1.234")):
        with pytest.raises(SchemaProblem):
            decode_row("activities", {**encoded, column: value})
    with pytest.raises(SchemaProblem):
        decode_row("activities", {**encoded, "secret_column": 1})
    with pytest.raises(SchemaProblem):
        decode_row("no_such_table", encoded)


def _codes_raised_in_sync() -> set[str]:
    classes = {"BundleRejected", "KeyProblem", "SyncCancelled", "InputRejected"}
    codes = set()
    for path in [*SYNC_DIR.glob("*.py"), SYNC_DIR.parent / "attachments.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            named = isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in classes
            if named and node.args and isinstance(node.args[0], ast.Constant):  # type: ignore[attr-defined]
                codes.add(str(node.args[0].value))  # type: ignore[attr-defined]
    return codes | {sync_errors.BundleRejected.code, sync_errors.KeyProblem.code, sync_errors.SyncCancelled.code}


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_sync_code_has_a_sentence(lang: str) -> None:
    """Each refusal the sync code can raise has a sentence in both languages, the last without placeholders."""
    codes = _codes_raised_in_sync()
    assert len(codes) > 30
    for code in codes:
        templates = MESSAGES[lang][code]
        assert placeholders(templates[-1]) == set(), code


def test_a_time_encodes_the_same_from_every_database() -> None:
    """A naive UTC time (as SQLite returns it) and the same instant with a zone (as PostgreSQL returns it)
    encode identically, so a record read back from either database compares equal to its incoming copy."""
    from datetime import UTC, datetime, timedelta, timezone

    from incubator_desktop.core.sync.codec import encode_row, table_of

    table = table_of("organizations")
    naive = datetime(2026, 3, 1, 8, 30, 15, 123456)
    aware = naive.replace(tzinfo=UTC).astimezone(timezone(timedelta(hours=8)))
    first = encode_row(table, {column.key: None for column in table.columns} | {"created_at": naive})
    second = encode_row(table, {column.key: None for column in table.columns} | {"created_at": aware})
    assert first["created_at"] == second["created_at"] == "2026-03-01T08:30:15.123456+00:00"
