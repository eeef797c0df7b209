"""Workbooks with path tricks, links, repeated parts, bombs or the wrong format are refused, nothing changed.

DTDs, entity expansion, ratio bombs, encrypted, truncated and corrupt files and the row cap are proven in
tests/exchange/test_workbook_safety.py; this corpus adds what an archive can hide in its member list.
"""

from __future__ import annotations

import random
import sqlite3
import stat
import struct
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from incubator_desktop.core.db import Database
from incubator_desktop.core.exchange.errors import WorkbookRefused
from incubator_desktop.core.exchange.roster_import import import_roster

from ..exchange.builders import TODAY, database_state
from .caps import refused


@pytest.fixture
def roster(write_roster: Callable[..., Path]) -> Path:
    return write_roster([["组织名称", "类别"], ["篮球队", "文体活动类"]], name="good.xlsx")


@pytest.fixture
def write_roster(tmp_path: Path) -> Callable[..., Path]:
    from openpyxl import Workbook

    def write(rows: list[list[str]], *, name: str) -> Path:
        workbook = Workbook()
        sheet = workbook.active
        assert sheet is not None
        for row in rows:
            sheet.append(row)
        path = tmp_path / name
        workbook.save(path)
        return path

    return write


def import_refused(db: Database, path: Path) -> str:
    """Import `path`: refused with a plain sentence, in little time and memory, and not a row changed."""
    before = database_state(db)

    def run() -> None:
        with db.transaction() as session:
            import_roster(session, path, dry_run=False, today=TODAY)

    error = refused(run)
    assert isinstance(error, WorkbookRefused)
    assert database_state(db) == before
    return error.code


def with_member(source: Path, target: Path, info: zipfile.ZipInfo | str, data: bytes = b"<x/>") -> Path:
    """A copy of the workbook with one more member, written exactly under the given name and attributes."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for member in old.infolist():
            new.writestr(member, old.read(member))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # zipfile warns about a duplicate name, which is the point
            new.writestr(info, data)
    return target


@pytest.mark.parametrize(
    "name",
    [
        "../../evil.xml",
        "xl/../../evil.xml",
        "/etc/cron.d/evil",
        "C:/Windows/evil.xml",
        "xl\\..\\..\\evil.xml",
        "xl/./worksheets/sheet9.xml",
        "xl/worksheets/sheet1.xml\x00.png",
    ],
)
def test_member_names_that_climb_out_are_refused(township: Database, roster: Path, tmp_path: Path, name: str) -> None:
    """A member named with "..", an absolute path, a drive, backslashes or a NUL byte refuses the whole file."""
    info = zipfile.ZipInfo("placeholder")
    info.filename = name  # set after construction: ZipInfo() would cut the name at a NUL byte
    assert import_refused(township, with_member(roster, tmp_path / "climb.xlsx", info)) == "workbook_damaged"


@pytest.mark.parametrize("name", ["xl/worksheets/sheet1.xml", "XL/Worksheets/Sheet1.xml", "[Content_Types].xml"])
def test_a_part_stored_twice_is_refused(township: Database, roster: Path, tmp_path: Path, name: str) -> None:
    """Two members with one (case-insensitive) name could be read two ways; the file is refused."""
    other = b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'
    assert import_refused(township, with_member(roster, tmp_path / "twice.xlsx", name, other)) == "workbook_damaged"


def test_a_symbolic_link_member_is_refused(township: Database, roster: Path, tmp_path: Path) -> None:
    """A member marked as a Unix symbolic link (pointing at /etc/passwd) refuses the file."""
    info = zipfile.ZipInfo("xl/media/image1.png")
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    assert import_refused(township, with_member(roster, tmp_path / "link.xlsx", info, b"/etc/passwd")) == (
        "workbook_damaged"
    )


def declare_size(path: Path, member: str, size: int) -> Path:
    """Rewrite the uncompressed size the central directory declares for `member` (zipfile trusts it)."""
    data = bytearray(path.read_bytes())
    encoded = member.encode()
    position = data.find(b"PK\x01\x02")
    while position != -1:
        name_length = struct.unpack_from("<H", data, position + 28)[0]
        if bytes(data[position + 46 : position + 46 + name_length]) == encoded:
            struct.pack_into("<I", data, position + 24, size)
        position = data.find(b"PK\x01\x02", position + 4)
    path.write_bytes(bytes(data))
    return path


def test_the_size_caps_hold_without_unpacking(township: Database, roster: Path, tmp_path: Path) -> None:
    """A member claiming 4 GB unpacked, and parts summing past 400 MB at a modest ratio, are refused unread."""
    bomb = with_member(roster, tmp_path / "claims.xlsx", "xl/media/image1.png", bytes(4096))
    declare_size(bomb, "xl/media/image1.png", 0xFFFF_FFF0)
    assert import_refused(township, bomb) in ("workbook_too_large", "workbook_bomb")
    # Five random megabytes stored, each declared ninety times larger: under the ratio, over the total.
    noise = random.Random(7).randbytes(5 * 1024 * 1024)
    big = with_member(roster, tmp_path / "total.xlsx", zipfile.ZipInfo("xl/media/image2.bin"), noise)
    declare_size(big, "xl/media/image2.bin", 90 * 5 * 1024 * 1024)
    assert import_refused(township, big) == "workbook_too_large"


def test_a_real_deflate_bomb_is_refused_quickly(township: Database, roster: Path, tmp_path: Path) -> None:
    """300 MB of zeros deflated into a sheet part is refused from its declared sizes, never inflated."""
    info = zipfile.ZipInfo("xl/worksheets/sheet2.xml")
    info.compress_type = zipfile.ZIP_DEFLATED
    path = tmp_path / "zeros.xlsx"
    with zipfile.ZipFile(roster) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for member in old.infolist():
            new.writestr(member, old.read(member))
        with new.open(info, "w", force_zip64=True) as stream:
            chunk = bytes(16 * 1024 * 1024)
            for _ in range(18):
                stream.write(chunk)
    assert path.stat().st_size < 2 * 1024 * 1024
    assert import_refused(township, path) == "workbook_bomb"


def renamed(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def zip_with(tmp_path: Path, name: str, members: dict[str, str]) -> Path:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as archive:
        for member, text in members.items():
            archive.writestr(member, text)
    return path


def test_other_files_renamed_to_xlsx_are_refused(township: Database, tmp_path: Path) -> None:
    """A PDF, a PNG, an SQLite database, a sync bundle, a Word file and an OpenDocument sheet named .xlsx."""
    sqlite_file = tmp_path / "copy.db"
    connection = sqlite3.connect(sqlite_file)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    word_types = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/'
        'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main'
        '+xml"/></Types>'
    )
    candidates = [
        renamed(tmp_path, "pdf.xlsx", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"),
        renamed(tmp_path, "png.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(64)),
        renamed(tmp_path, "db.xlsx", sqlite_file.read_bytes()),
        renamed(tmp_path, "bundle.xlsx", b"\x89IDB\r\n\x1a\n" + bytes(200)),
        zip_with(tmp_path, "word.xlsx", {"[Content_Types].xml": word_types, "word/document.xml": "<w/>"}),
        zip_with(tmp_path, "ods.xlsx", {"mimetype": "application/vnd.oasis.opendocument.spreadsheet"}),
        renamed(tmp_path, "zip-prefix.xlsx", b"PK\x03\x04" + bytes(100)),
    ]
    for path in candidates:
        assert import_refused(township, path) in ("workbook_not_xlsx", "workbook_damaged"), path.name


SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"


@pytest.mark.parametrize("part", ["xl/sharedStrings.xml", "xl/worksheets/sheet9.xml"])
def test_a_huge_part_that_would_be_read_whole_is_refused(
    township: Database, roster: Path, tmp_path: Path, part: str
) -> None:
    """Shared strings are read whole into memory (ten times their size): past 32 MB the file is refused.

    Declared under a worksheet's name too, since the reader finds shared strings by their content type.
    """
    noise = b'<?xml version="1.0"?><sst>' + random.Random(3).randbytes(4 * 1024 * 1024)
    with zipfile.ZipFile(roster) as archive:
        types = archive.read("[Content_Types].xml").replace(
            b"</Types>", f'<Override PartName="/{part}" ContentType="{SHARED_STRINGS_TYPE}"/></Types>'.encode()
        )
        members = {info.filename: archive.read(info) for info in archive.infolist() if info.filename != part}
    rebuilt = tmp_path / "strings2.xlsx"
    with zipfile.ZipFile(rebuilt, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, types if name == "[Content_Types].xml" else data)
        archive.writestr(zipfile.ZipInfo(part), noise)
    declare_size(rebuilt, part, 40 * 1024 * 1024)  # ten times the stored size: no bomb, but too big to load
    assert import_refused(township, rebuilt) == "workbook_too_large"


def test_a_member_name_flagged_utf8_that_is_not_is_refused(township: Database, roster: Path, tmp_path: Path) -> None:
    """A central-directory name marked UTF-8 but holding invalid bytes (found by fuzzing) is refused as damaged."""
    data = bytearray(roster.read_bytes())
    entry = data.find(b"PK\x01\x02")
    struct.pack_into("<H", data, entry + 8, struct.unpack_from("<H", data, entry + 8)[0] | 0x800)
    data[entry + 46] = 0xFF
    path = tmp_path / "name.xlsx"
    path.write_bytes(bytes(data))
    assert import_refused(township, path) == "workbook_damaged"
