"""Hostile and broken files are refused before anything is parsed or written; big files still import."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from incubator_desktop.core.db import Database
from incubator_desktop.core.exchange import archive_checks
from incubator_desktop.core.exchange.errors import WorkbookRefused
from incubator_desktop.core.exchange.roster_import import import_roster

from .builders import SHEET_PART, TODAY, database_state, rewrite_zip, sheet_document, text_row

DOCTYPE = b'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE worksheet [<!ELEMENT worksheet ANY>]>'
ENTITIES = b'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'


@pytest.fixture
def roster(write_roster: Callable[..., Path]) -> Path:
    return write_roster([["组织名称", "类别"], ["篮球队", "文体活动类"]], name="good.xlsx")


def refusal(db: Database, path: Path) -> str:
    """Import `path`, expect a refusal, check nothing changed, and return the refusal's code."""
    before = database_state(db)
    with pytest.raises(WorkbookRefused) as refused, db.transaction() as session:
        import_roster(session, path, dry_run=False, today=TODAY)
    assert database_state(db) == before
    return refused.value.code


def strip_declaration(data: bytes) -> bytes:
    return data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data


def test_a_dtd_in_a_sheet_is_refused_even_when_openpyxl_would_read_it(
    township: Database, roster: Path, tmp_path: Path
) -> None:
    """A harmless-looking DTD, which defusedxml lets through, is still refused by the prolog check."""
    hostile = rewrite_zip(roster, tmp_path / "dtd.xlsx", {SHEET_PART: lambda xml: DOCTYPE + strip_declaration(xml)})
    assert load_workbook(hostile, read_only=True).worksheets[0]["A2"].value == "篮球队"  # openpyxl alone: read
    assert refusal(township, hostile) == "workbook_unsafe"


def test_entity_expansion_is_refused_by_both_layers(township: Database, roster: Path, tmp_path: Path) -> None:
    """A billion-laughs style DTD is refused by our check, and openpyxl with defusedxml refuses it too."""
    hostile = rewrite_zip(roster, tmp_path / "laughs.xlsx", {SHEET_PART: lambda xml: ENTITIES + strip_declaration(xml)})
    assert refusal(township, hostile) == "workbook_unsafe"
    with pytest.raises(ValueError):  # defusedxml's EntitiesForbidden, wrapped by openpyxl
        load_workbook(hostile)


@pytest.mark.parametrize("part", ["xl/workbook.xml", "xl/styles.xml", "[Content_Types].xml", "_rels/.rels"])
def test_a_dtd_in_any_part_is_refused(township: Database, roster: Path, tmp_path: Path, part: str) -> None:
    """Every XML part is checked, not only the sheets."""
    hostile = rewrite_zip(roster, tmp_path / "dtd.xlsx", {part: lambda xml: DOCTYPE + strip_declaration(xml)})
    assert refusal(township, hostile) == "workbook_unsafe"


def test_a_dtd_in_utf16_is_refused(township: Database, roster: Path, tmp_path: Path) -> None:
    """Re-encoding the part as UTF-16 does not hide its DTD."""

    def utf16(xml: bytes) -> bytes:
        text = '<?xml version="1.0" encoding="UTF-16"?>' + (DOCTYPE + strip_declaration(xml)).decode()
        return text.replace('<?xml version="1.0" encoding="UTF-8"?>', "", 1).encode("utf-16")

    hostile = rewrite_zip(roster, tmp_path / "utf16.xlsx", {SHEET_PART: utf16})
    assert refusal(township, hostile) == "workbook_unsafe"


def test_byte_order_marks_and_comments_before_the_root_are_fine(
    township: Database, roster: Path, tmp_path: Path
) -> None:
    """A UTF-8 byte order mark and a comment in the prolog are not mistaken for a DTD."""
    marked = rewrite_zip(
        roster, tmp_path / "bom.xlsx", {SHEET_PART: lambda xml: b"\xef\xbb\xbf<!-- WPS -->" + strip_declaration(xml)}
    )
    with township.transaction() as session:
        assert import_roster(session, marked, dry_run=True, today=TODAY).created == 1


def test_a_zip_bomb_is_refused_from_its_sizes_alone(township: Database, roster: Path, tmp_path: Path) -> None:
    """A member that would unpack a thousand times larger than it is stored is refused without unpacking."""
    bomb = rewrite_zip(roster, tmp_path / "bomb.xlsx", {"xl/media/image1.png": bytes(64 * 1024 * 1024)})
    with zipfile.ZipFile(bomb) as archive:
        info = archive.getinfo("xl/media/image1.png")
        assert info.file_size > 500 * info.compress_size
    assert refusal(township, bomb) == "workbook_bomb"


@pytest.mark.parametrize(
    ("limit", "code"),
    [
        (("MAX_TOTAL_UNCOMPRESSED", 1000), "workbook_too_large"),
        (("MAX_FILE_BYTES", 1000), "workbook_too_large"),
        (("MAX_MEMBERS", 3), "workbook_too_many_parts"),
    ],
)
def test_size_limits_are_checked_before_parsing(
    township: Database, roster: Path, monkeypatch: pytest.MonkeyPatch, limit: tuple[str, int], code: str
) -> None:
    """Total unpacked size, file size and member count each have a limit that refuses the file."""
    monkeypatch.setattr(archive_checks, *limit)
    assert refusal(township, roster) == code


def test_files_that_are_not_workbooks_are_refused(township: Database, tmp_path: Path) -> None:
    """A renamed text file, an empty file, a zip of something else and a missing file are all refused."""
    text = tmp_path / "名册.xlsx"
    text.write_text("组织名称,类别\n篮球队,文体活动类\n", encoding="utf-8")
    assert refusal(township, text) == "workbook_not_xlsx"
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    assert refusal(township, empty) == "workbook_not_xlsx"
    other = tmp_path / "other.xlsx"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr(
            "[Content_Types].xml", '<Types xmlns="x"><Default Extension="txt" ContentType="text/plain"/></Types>'
        )
        archive.writestr("readme.txt", "hello")
    assert refusal(township, other) == "workbook_not_xlsx"
    assert refusal(township, tmp_path / "missing.xlsx") == "workbook_missing"


def test_encrypted_and_old_xls_files_are_refused(township: Database, roster: Path, tmp_path: Path) -> None:
    """An OLE compound file (an encrypted xlsx or an .xls) and a zip with encrypted members are refused."""
    ole = tmp_path / "encrypted.xlsx"
    ole.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504))
    assert refusal(township, ole) == "workbook_encrypted"
    # zipfile cannot write encrypted members, so set the "encrypted" flag in each central directory entry.
    data = bytearray(roster.read_bytes())
    start = data.find(b"PK\x01\x02")
    while start != -1:
        data[start + 8] |= 0x1
        start = data.find(b"PK\x01\x02", start + 4)
    flagged = tmp_path / "flagged.xlsx"
    flagged.write_bytes(bytes(data))
    assert refusal(township, flagged) == "workbook_encrypted"


def test_a_truncated_workbook_is_refused(township: Database, roster: Path, tmp_path: Path) -> None:
    """Half a workbook (a copy interrupted mid-way) is refused as damaged."""
    half = tmp_path / "half.xlsx"
    half.write_bytes(roster.read_bytes()[: roster.stat().st_size // 2])
    assert refusal(township, half) == "workbook_damaged"


def test_malformed_sheet_xml_is_refused(township: Database, roster: Path, tmp_path: Path) -> None:
    """Sheet XML that breaks off mid-element is refused as damaged, whatever openpyxl raises."""
    broken = rewrite_zip(roster, tmp_path / "broken.xlsx", {SHEET_PART: lambda xml: xml[: len(xml) // 2]})
    assert refusal(township, broken) == "workbook_damaged"


def test_too_many_rows_are_refused_declared_or_real(township: Database, roster: Path, tmp_path: Path) -> None:
    """A sheet declaring, or really having, more than 200 000 rows is refused."""
    rows = [text_row(1, "组织名称", "类别"), text_row(2, "篮球队", "文体活动类")]
    declared = sheet_document(rows, dimension="A1:B300000")
    assert refusal(township, rewrite_zip(roster, tmp_path / "declared.xlsx", {SHEET_PART: declared})) == (
        "workbook_too_many_rows"
    )
    far = sheet_document([*rows, text_row(200_002, "远方队", "文体活动类")])
    assert refusal(township, rewrite_zip(roster, tmp_path / "far.xlsx", {SHEET_PART: far})) == "workbook_too_many_rows"


def test_a_hundred_thousand_rows_import(township: Database, roster: Path, tmp_path: Path) -> None:
    """100 000 data rows are read, checked and deduplicated in one go (1 000 organizations, each 100 times)."""
    rows = [text_row(1, "序号", "组织名称", "类别")]
    rows += [text_row(n, n - 1, f"第{n % 1000}号志愿服务队", "公益慈善类") for n in range(2, 100_002)]
    big = rewrite_zip(roster, tmp_path / "big.xlsx", {SHEET_PART: sheet_document(rows, dimension="A1:C100001")})
    with township.transaction() as session:
        summary = import_roster(session, big, dry_run=False, today=TODAY)
    assert (summary.created, summary.duplicates, summary.rejected) == (1000, 99_000, ())
    assert summary.duplicate_rows[-1].row == 100_001


def test_a_stale_declared_size_does_not_hide_rows_or_columns(township: Database, roster: Path, tmp_path: Path) -> None:
    """Writers that always declare the sheet as "A1" still have every column and row read."""
    rows = [text_row(1, "序号", "组织名称", "类别")] + [text_row(n, n, f"队{n}", "文体活动类") for n in (2, 3)]
    stale = rewrite_zip(roster, tmp_path / "stale.xlsx", {SHEET_PART: sheet_document(rows, dimension="A1")})
    with township.transaction() as session:
        summary = import_roster(session, stale, dry_run=True, today=TODAY)
    assert [o.name for o in summary.outcomes] == ["队2", "队3"]


def test_hidden_sheets_are_skipped(township: Database, tmp_path: Path) -> None:
    """A hidden sheet is never imported, even when it comes first and holds a roster."""
    workbook = Workbook()
    hidden = workbook.active
    assert hidden is not None
    hidden.title = "旧名册"
    hidden.append(["组织名称", "类别"])
    hidden.append(["旧队", "文体活动类"])
    hidden.sheet_state = "hidden"
    current = workbook.create_sheet("新名册")
    current.append(["组织名称", "类别"])
    current.append(["新队", "文体活动类"])
    path = tmp_path / "two.xlsx"
    workbook.save(path)
    with township.transaction() as session:
        summary = import_roster(session, path, dry_run=True, today=TODAY)
    assert (summary.sheet, [o.name for o in summary.outcomes]) == ("新名册", ["新队"])


def test_prefixed_sheet_xml_with_merges_imports(township: Database, roster: Path, tmp_path: Path) -> None:
    """Sheets written with an `x:` namespace prefix (as the OpenXML SDK does) import, merges included."""
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    def row(number: int, *texts: str) -> str:
        cells = "".join(
            f'<x:c r="{chr(65 + index)}{number}" t="inlineStr"><x:is><x:t>{text}</x:t></x:is></x:c>'
            for index, text in enumerate(texts)
            if text
        )
        return f'<x:row r="{number}">{cells}</x:row>'

    rows = [
        row(1, "组织名称", "类别", "社区"),
        row(2, "甲队", "文体活动类", "团结村"),
        row(3, "乙队", "文体活动类", ""),
    ]
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="{ns}"><x:sheetData>{"".join(rows)}'
        "</x:sheetData><x:mergeCells count='1'><x:mergeCell ref='C2:C3'/></x:mergeCells></x:worksheet>"
    )
    prefixed = rewrite_zip(roster, tmp_path / "prefixed.xlsx", {SHEET_PART: xml.encode()})
    with township.transaction() as session:
        summary = import_roster(session, prefixed, dry_run=False, today=TODAY)
    assert ([o.name for o in summary.outcomes], summary.rejected) == (["甲队", "乙队"], ())
    assert summary.communities_created == ("团结村",)
    names = {row[0]: row[-2] for row in database_state(township)["organizations"]}
    assert names == {"甲队": "团结村", "乙队": "团结村"}


def test_a_corrupt_compressed_sheet_is_refused(township: Database, roster: Path, tmp_path: Path) -> None:
    """Garbage inside the compressed sheet data is refused as damaged, whichever reader meets it first."""
    data = bytearray(roster.read_bytes())
    with zipfile.ZipFile(roster) as archive:
        info = archive.getinfo(SHEET_PART)
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for offset in range(start + 10, start + info.compress_size - 4):
        data[offset] ^= 0x5A
    corrupt = tmp_path / "corrupt.xlsx"
    corrupt.write_bytes(bytes(data))
    assert refusal(township, corrupt) == "workbook_damaged"
