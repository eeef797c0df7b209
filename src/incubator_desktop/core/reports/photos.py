"""Photos for printouts: Attachment rows of the records shown, found by SHA-256 in the attachments folder."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Table
from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.reports.flow import Composer
from incubator_desktop.core.reports.styles import layout_style

#: Photos per row and the largest share of a page's height one photo may take.
PER_ROW = 2
MAX_HEIGHT_SHARE = 0.3


def find_attachment_file(folder: Path, sha256: str, filename: str) -> Path | None:
    """The stored file of an attachment, in the layouts a content-addressed store commonly uses:
    `<sha>`, `<sha><suffix>`, `<sha[:2]>/<sha>` and `<sha[:2]>/<sha[2:]>`; None if none exists."""
    suffix = Path(filename).suffix.lower()
    candidates = [
        folder / sha256,
        folder / f"{sha256}{suffix}",
        folder / sha256[:2] / sha256,
        folder / sha256[:2] / f"{sha256}{suffix}",
        folder / sha256[:2] / sha256[2:],
    ]
    return next((path for path in candidates if path.is_file()), None)


def image_attachments(session: Session, record_ids: Iterable[str]) -> list[m.Attachment]:
    """Live image attachments of the given records, oldest first."""
    ids = list(record_ids)
    if not ids:
        return []
    query = (
        select(m.Attachment)
        .where(
            m.Attachment.deleted.is_(False),
            m.Attachment.record_id.in_(ids),
            m.Attachment.media_type.like("image/%"),
        )
        .order_by(m.Attachment.created_at, m.Attachment.id)
    )
    return list(session.scalars(query))


def _image(path: Path, max_width: float, max_height: float) -> Image | None:
    try:
        width, height = ImageReader(str(path)).getSize()
    except Exception:  # a damaged or unsupported file: the report is printed without it
        return None
    if not width or not height:
        return None
    scale = min(max_width / width, max_height / height)
    return Image(str(path), width=width * scale, height=height * scale)


def photo_grid(
    pen: Composer,
    session: Session,
    record_ids: Iterable[str],
    attachments_dir: Path | str | None,
    *,
    width: float,
    page_height: float,
) -> Flowable | None:
    """Photos of the records, two to a row with their captions, scaled to fit; None when there are none.

    Attachments whose file is missing or unreadable are skipped: the store may not be there at all.
    """
    if attachments_dir is None:
        return None
    folder = Path(attachments_dir)
    cell_width = width / PER_ROW - 8
    cells: list[list[Flowable]] = []
    for attachment in image_attachments(session, record_ids):
        path = find_attachment_file(folder, attachment.sha256, attachment.filename)
        image = _image(path, cell_width, page_height * MAX_HEIGHT_SHARE) if path else None
        if image is not None:
            cells.append([image, pen.para(attachment.caption or "", pen.styles.small)])
    if not cells:
        return None
    rows = [cells[index : index + PER_ROW] for index in range(0, len(cells), PER_ROW)]
    rows[-1] += [[]] * (PER_ROW - len(rows[-1]))
    table = Table(rows, colWidths=[width / PER_ROW] * PER_ROW)
    table.setStyle(layout_style(("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER")))
    return table
