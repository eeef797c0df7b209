"""What openpyxl's read-only mode does not give: each sheet's part name and its merged cell ranges."""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from xml.etree.ElementTree import Element

from defusedxml.ElementTree import fromstring
from openpyxl.utils.cell import range_boundaries

from incubator_desktop.core.exchange.errors import WorkbookRefused

#: A merged range as (min_row, min_col, max_row, max_col), 1-based like the spreadsheet.
MergedRange = tuple[int, int, int, int]

_OFFICE_DOCUMENT = "/officeDocument"
_WORKSHEET = "/worksheet"
_CHUNK = 1024 * 1024
# Tags are matched whatever their namespace prefix (Excel writes none, the OpenXML SDK writes `x:`).
_MERGE_CELL = re.compile(rb"""<(?:[A-Za-z_][\w.\-]*:)?mergeCell\s[^>]*?\bref\s*=\s*["']([A-Za-z0-9:$]+)["']""")
_MAX_MERGES = 200_000


def worksheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Map each worksheet's title to its part name inside the archive, in workbook order."""
    workbook = _relationship_targets(archive, "", _OFFICE_DOCUMENT)
    if not workbook:
        raise WorkbookRefused("workbook_not_xlsx")
    workbook_part = workbook[0][1]
    targets = dict(_relationship_targets(archive, workbook_part, _WORKSHEET))
    root = _parse_small(archive, workbook_part)
    parts: dict[str, str] = {}
    for element in root.iter():
        if _local(element.tag) != "sheet":
            continue
        rel_id = next((value for key, value in element.attrib.items() if _local(key) == "id"), None)
        title = element.get("name")
        if rel_id in targets and title is not None:
            parts[title] = targets[rel_id]
    return parts


def merged_ranges(archive: zipfile.ZipFile, part: str) -> list[MergedRange]:
    """Every merged range of the sheet part, read by scanning its XML in chunks without building a tree."""
    ranges: list[MergedRange] = []
    pending = b""
    try:
        with archive.open(part) as stream:
            while chunk := stream.read(_CHUNK):
                buffer = pending + chunk
                # Only text up to the last "<" is complete: a tag never contains a raw "<".
                cut = buffer.rfind(b"<")
                complete, pending = (buffer[:cut], buffer[cut:]) if cut > 0 else (b"", buffer)
                ranges.extend(_ranges_in(complete))
                if len(ranges) > _MAX_MERGES:
                    raise WorkbookRefused("workbook_damaged", detail="mergeCells")
    except (KeyError, zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
        raise WorkbookRefused("workbook_damaged", detail=type(error).__name__) from None
    ranges.extend(_ranges_in(pending))
    return ranges


def _ranges_in(text: bytes) -> Iterator[MergedRange]:
    if b"mergeCell" not in text:
        return
    for match in _MERGE_CELL.finditer(text):
        try:
            min_col, min_row, max_col, max_row = range_boundaries(match.group(1).decode("ascii"))
        except ValueError:
            continue
        if None not in (min_col, min_row, max_col, max_row):
            yield (int(min_row or 0), int(min_col or 0), int(max_row or 0), int(max_col or 0))


def _relationship_targets(archive: zipfile.ZipFile, source_part: str, type_suffix: str) -> list[tuple[str, str]]:
    """(Id, part name) of the relationships of `source_part` ("" for the package) whose type ends so."""
    folder, name = posixpath.split(source_part)
    rels_part = posixpath.join(folder, "_rels", f"{name}.rels")
    if rels_part not in archive.namelist():
        return []
    found = []
    for element in _parse_small(archive, rels_part).iter():
        if _local(element.tag) != "Relationship" or not element.get("Type", "").endswith(type_suffix):
            continue
        target = element.get("Target", "")
        if element.get("TargetMode") == "External" or not target:
            continue
        # Targets are relative to the source part's folder unless they start with "/".
        part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        found.append((element.get("Id", ""), part))
    return found


def _parse_small(archive: zipfile.ZipFile, part: str) -> Element:
    try:
        return fromstring(archive.read(part), forbid_dtd=True)
    except KeyError:
        raise WorkbookRefused("workbook_not_xlsx") from None
    except Exception as error:  # malformed or unsafe XML in a package part: the file is not readable
        raise WorkbookRefused("workbook_damaged", detail=type(error).__name__) from None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]
