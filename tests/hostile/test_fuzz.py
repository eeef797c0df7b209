"""Fuzzing the bundle reader and the roster reader: any bytes give a coded refusal or a result, never a crash.

A fixed budget of examples per target keeps the run to a few seconds each in CI; the counts are tallied.
"""

from __future__ import annotations

import contextlib
import io
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from incubator_desktop.core.exchange.errors import WorkbookRefused
from incubator_desktop.core.exchange.roster_columns import find_header
from incubator_desktop.core.exchange.roster_rows import roster_rows
from incubator_desktop.core.exchange.workbook_reader import RosterSheet, SheetRow, read_roster_sheet
from incubator_desktop.core.sync.codec import TRAVELLING, SchemaProblem, decode_row
from incubator_desktop.core.sync.container import split_bundle
from incubator_desktop.core.sync.errors import BundleRejected
from incubator_desktop.core.sync.payload import unpack_payload

from ..exchange.builders import CODES, TODAY, messy_sheet
from ..faults.counts import tally
from ..sync.conftest import SiteHandle
from ..sync.test_exchange import add_organization

Sites = tuple[SiteHandle, SiteHandle]

BUDGET = settings(
    max_examples=300,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    """`original` with a few bytes flipped, inserted, deleted or the tail cut: damage as a bad stick makes it."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "set", "insert", "delete", "cut"]))
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        if kind == "flip":
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "set":
            data[at] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        else:
            del data[at:]
    assume(bytes(data) != original)  # a "change" that rewrote a byte with itself is no damage
    return bytes(data)


@pytest.fixture
def bundle_bytes(sites: Sites, tmp_path: Path) -> bytes:
    township, _ = sites
    add_organization(township, "团结村舞蹈队")
    return Path(township.export(tmp_path / "usb").path).read_bytes()


def test_fuzz_the_bundle_layout(bundle_bytes: bytes) -> None:
    """Damaged copies of a real bundle, and random bytes, are split or refused with a code; nothing else."""
    tried: list[int] = []

    @settings(BUDGET, max_examples=1000)
    @given(st.one_of(mutated(bundle_bytes), st.binary(max_size=512)))
    def check(data: bytes) -> None:
        tried.append(1)
        with contextlib.suppress(BundleRejected):
            split_bundle(data)

    check()
    tally("fuzz_bundle", len(tried))


def test_fuzz_whole_imports_of_damaged_bundles(sites: Sites, bundle_bytes: bytes, tmp_path: Path) -> None:
    """Damaged bundles through the whole import: refused with a code and the district file never changes."""
    tried: list[int] = []
    _, district = sites
    before = district.file_hash()
    target = tmp_path / "fuzz.incubator-bundle"

    @settings(BUDGET, max_examples=200)
    @given(mutated(bundle_bytes))
    def check(data: bytes) -> None:
        tried.append(1)
        target.write_bytes(data)
        try:
            district.import_(target)
        except BundleRejected:
            return
        tally("hostile_accepted")
        pytest.fail("a damaged bundle was applied")

    check()
    tally("fuzz_bundle", len(tried))
    assert district.file_hash() == before


def test_fuzz_the_decrypted_payload(bundle_bytes: bytes) -> None:
    """What a trusted key could sign: any payload bytes are unpacked or refused with a code."""
    tried: list[int] = []

    @settings(BUDGET, max_examples=1000)
    @given(st.binary(max_size=2048))
    def check(data: bytes) -> None:
        tried.append(1)
        with contextlib.suppress(BundleRejected):
            unpack_payload(data)

    check()
    tally("fuzz_bundle", len(tried))


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


def test_fuzz_incoming_record_values() -> None:
    """Any JSON values under a record type's real columns are decoded or refused column by column."""
    tried: list[int] = []

    @settings(BUDGET, max_examples=150)
    @given(st.sampled_from(sorted(TRAVELLING)), st.data())
    def check(kind: str, data: st.DataObject) -> None:
        tried.append(1)
        columns = [column.key for column in TRAVELLING[kind].__table__.columns]
        values = {name: data.draw(JSON) for name in columns}
        with contextlib.suppress(SchemaProblem):
            decode_row(kind, values)

    check()
    tally("fuzz_bundle", len(tried))


@pytest.fixture(scope="module")
def roster_bytes() -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    messy_sheet(sheet, CODES)  # type: ignore[arg-type]
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


def test_fuzz_damaged_workbooks(roster_bytes: bytes, tmp_path: Path) -> None:
    """Damaged copies of a real roster workbook are read or refused with a code; nothing else escapes."""
    tried: list[int] = []
    target = tmp_path / "fuzz.xlsx"

    @settings(BUDGET, max_examples=400)
    @given(mutated(roster_bytes))
    def check(data: bytes) -> None:
        tried.append(1)
        target.write_bytes(data)
        with contextlib.suppress(WorkbookRefused):
            read_roster_sheet(target)

    check()
    tally("fuzz_roster", len(tried))


def test_fuzz_sheet_parts(roster_bytes: bytes, tmp_path: Path) -> None:
    """The sheet part replaced by damaged or random XML: read or refused with a code."""
    tried: list[int] = []
    with zipfile.ZipFile(io.BytesIO(roster_bytes)) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    sheet = members["xl/worksheets/sheet1.xml"]
    target = tmp_path / "fuzz.xlsx"

    @settings(BUDGET, max_examples=150)
    @given(st.one_of(mutated(sheet), st.text(max_size=300).map(str.encode)))
    def check(part: bytes) -> None:
        tried.append(1)
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in members.items():
                archive.writestr(name, part if name == "xl/worksheets/sheet1.xml" else data)
        with contextlib.suppress(WorkbookRefused):
            read_roster_sheet(target)

    check()
    tally("fuzz_roster", len(tried))


CELL = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(),
    st.datetimes(min_value=datetime(1900, 1, 1)),
    st.sampled_from(
        ["", "　", "十五人", "2023年5月1日", "139 1234 5678", CODES.id_a, CODES.credit_a, "已备案", "=1+1"]
    ),
)


def test_fuzz_roster_cells() -> None:
    """Any cell values under a real header become rows with problems listed, never an exception."""
    tried: list[int] = []
    header = find_header([("序号", "组织名称", "类别", "所在社区", "负责人", "手机", "身份证号", "成立日期", "人数",
                           "状态", "备案日期", "信用代码")])  # fmt: skip
    assert header is not None

    @BUDGET
    @given(st.lists(st.lists(CELL, max_size=14).map(tuple), max_size=6))
    def check(rows: list[tuple[Any, ...]]) -> None:
        tried.append(1)
        sheet = RosterSheet("名册", header, [SheetRow(number, cells) for number, cells in enumerate(rows, 2)], [])
        for row in roster_rows(sheet, today=TODAY):
            assert all(problem.code for problem in row.problems)

    check()
    tally("fuzz_roster", len(tried))
