"""Checks a workbook file before any XML parser sees it: format, encryption, sizes and DTDs."""

from __future__ import annotations

import re
import stat
import zipfile
import zlib
from pathlib import Path

from defusedxml.ElementTree import fromstring

from incubator_desktop.core.exchange.errors import WorkbookRefused

MIB = 1024 * 1024
#: Limits far above any real roster or ledger, and far below what would exhaust a clerk's PC.
MAX_FILE_BYTES = 100 * MIB
MAX_MEMBERS = 2_000
MAX_TOTAL_UNCOMPRESSED = 400 * MIB
#: Worksheet XML compresses 10-30 times; a zip bomb compresses hundreds or thousands of times.
MAX_RATIO = 100
RATIO_CHECKED_FROM = 4 * MIB
#: A DTD can only sit in the prolog, before the root element; real prologs are a few dozen bytes.
PROLOG_BYTES = 64 * 1024
MAX_CONTENT_TYPES_BYTES = 1 * MIB
#: Worksheets are streamed row by row; every other part (shared strings above all) is read whole, at some
#: ten times its size in memory. Real rosters' shared strings take a few MB.
MAX_LOADED_PART = 32 * MIB

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted xlsx and old .xls files
ZIP_SIGNATURE = b"PK\x03\x04"
CONTENT_TYPES = "[Content_Types].xml"
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_PROLOG_ITEM = re.compile(r"\s+|<\?.*?\?>|<!--.*?-->", re.DOTALL)
# A part name is a relative path of plain segments: no "..", no leading "/", no drive, no backslash, no NUL.
_UNSAFE_NAME = re.compile(r"(^|/)\.\.?(/|$)|^/|^[A-Za-z]:|\\|\x00")


def check_workbook_file(path: Path) -> None:
    """Raise WorkbookRefused unless `path` is a plain, unencrypted xlsx of sane size without any DTD."""
    if not path.is_file():
        raise WorkbookRefused("workbook_missing", path=str(path))
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise WorkbookRefused("workbook_too_large", size_mb=_mib(size), limit_mb=_mib(MAX_FILE_BYTES))
    with path.open("rb") as handle:
        signature = handle.read(len(OLE_SIGNATURE))
    if signature == OLE_SIGNATURE:
        raise WorkbookRefused("workbook_encrypted")
    if not signature.startswith(ZIP_SIGNATURE):
        raise WorkbookRefused("workbook_not_xlsx")
    try:
        with zipfile.ZipFile(path) as archive:
            check_archive(archive)
    # ValueError: among others, a member name flagged UTF-8 that is not (UnicodeDecodeError).
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        EOFError,
        OSError,
        NotImplementedError,
        ValueError,
    ) as error:
        raise WorkbookRefused("workbook_damaged", detail=type(error).__name__) from None


def check_archive(archive: zipfile.ZipFile) -> None:
    """Check the members of an opened archive; the declared sizes bind, as zipfile stops at them."""
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise WorkbookRefused("workbook_too_many_parts", count=len(members), limit=MAX_MEMBERS)
    _check_names(members)
    if any(member.flag_bits & 0x1 for member in members):
        raise WorkbookRefused("workbook_encrypted")
    total = sum(member.file_size for member in members)
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise WorkbookRefused("workbook_too_large", size_mb=_mib(total), limit_mb=_mib(MAX_TOTAL_UNCOMPRESSED))
    for member in members:
        if member.file_size > RATIO_CHECKED_FROM and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise WorkbookRefused("workbook_bomb")
    for member in members:
        if member.filename.lower().endswith(_XML_SUFFIXES) and _has_dtd(archive, member):
            raise WorkbookRefused("workbook_unsafe")
    names = {member.filename for member in members}
    types = _content_types(archive) if CONTENT_TYPES in names else None
    if types is None or not any("spreadsheetml" in kind for kinds in types.values() for kind in kinds):
        raise WorkbookRefused("workbook_not_xlsx")
    _check_loaded_parts(members, types)


def _check_loaded_parts(members: list[zipfile.ZipInfo], types: dict[str, list[str]]) -> None:
    """Parts other than worksheets (shared strings, styles, ...) are read whole into memory: cap each."""
    for member in members:
        declared = types.get(member.filename, [])
        streamed = bool(declared) and all("worksheet+xml" in kind for kind in declared)
        if member.filename.lower().endswith(_XML_SUFFIXES) and not streamed and member.file_size > MAX_LOADED_PART:
            raise WorkbookRefused("workbook_too_large", size_mb=_mib(member.file_size), limit_mb=_mib(MAX_LOADED_PART))


def _check_names(members: list[zipfile.ZipInfo]) -> None:
    """Refuse path tricks, links and repeated names: never extracted here, but no real workbook has them."""
    seen: set[str] = set()
    for member in members:
        name = member.filename
        if _UNSAFE_NAME.search(name) or not name:
            raise WorkbookRefused("workbook_damaged", detail="unsafe part name")
        if stat.S_ISLNK(member.external_attr >> 16):
            raise WorkbookRefused("workbook_damaged", detail="link part")
        # Readers disagree on which of two same-named parts counts, so the file could mean two things.
        if name.lower() in seen:
            raise WorkbookRefused("workbook_damaged", detail="duplicate part")
        seen.add(name.lower())


def _content_types(archive: zipfile.ZipFile) -> dict[str, list[str]] | None:
    """The content types declared for each part (or extension), or None when the list cannot be read."""
    info = archive.getinfo(CONTENT_TYPES)
    if info.file_size > MAX_CONTENT_TYPES_BYTES:
        return None
    try:
        root = fromstring(archive.read(info), forbid_dtd=True)
    except Exception:  # any XML or defusedxml failure means this is no workbook we can trust
        return None
    types: dict[str, list[str]] = {}
    for element in root.iter():
        part = element.get("PartName", element.get("Extension", "")).lstrip("/")
        types.setdefault(part, []).append(element.get("ContentType", ""))
    return types


def _has_dtd(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bool:
    """True when the member's prolog holds a DTD, or when no root element appears where one must."""
    with archive.open(member) as stream:
        head = stream.read(PROLOG_BYTES)
    if not head.strip():
        return False
    text = _decode_head(head)
    position = 0
    while (match := _PROLOG_ITEM.match(text, position)) is not None and match.end() > position:
        position = match.end()
    rest = text[position:]
    # A root element starts with "<" and a name; "<!" here can only be a DOCTYPE (or garbage).
    return not (rest.startswith("<") and len(rest) > 1 and rest[1] not in "!?")


def _decode_head(head: bytes) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="replace")
    if head.startswith((b"<\x00", b"\x00<")):
        return head.decode("utf-16-le" if head[0] == ord("<") else "utf-16-be", errors="replace")
    return head.decode("utf-8", errors="replace").lstrip("\ufeff")


def _mib(size: int) -> str:
    return f"{size / MIB:.0f}"
