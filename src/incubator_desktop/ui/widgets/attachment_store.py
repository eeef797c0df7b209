"""Photos and scans of a record: bytes in the core's content-addressed store, linked by Attachment records.

A thin adapter over `core.attachments` (the store) and the record services (the links), so workspaces
never handle hashes or paths themselves. `attach_files` copies files and may take a while: run it off
the GUI thread.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from incubator_desktop.core import models as m
from incubator_desktop.core.attachments import attachments_root, has_attachment, path_for, store_file
from incubator_desktop.core.db import Database
from incubator_desktop.core.errors import CoreError
from incubator_desktop.core.services.records import create_record, list_records

#: What can be attached: photos and scans.
ACCEPTED_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".bmp", ".gif", ".webp", ".tif", ".tiff", ".pdf"})
IMAGE_PREFIX = "image/"


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    sha256: str
    filename: str
    media_type: str
    size: int
    caption: str | None

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith(IMAGE_PREFIX)


@dataclass
class AttachResult:
    added: list[str] = field(default_factory=list)  # file names
    already: list[str] = field(default_factory=list)  # already attached to this record
    refused: list[tuple[str, str]] = field(default_factory=list)  # (file name, error code)


def store_root(db: Database) -> Path:
    return attachments_root(db.url)


def stored_file(db: Database, sha256: str) -> Path | None:
    """Where the bytes live, or None when they are not on this computer (yet)."""
    root = store_root(db)
    return path_for(root, sha256) if has_attachment(root, sha256) else None


def media_type_of(path: Path) -> str:
    guessed, _encoding = mimetypes.guess_type(path.name)
    return guessed or "application/octet-stream"


def list_attachments(db: Database, record_type: str, record_id: str) -> list[AttachmentInfo]:
    with db.reading() as session:
        rows = list_records(
            session, m.Attachment, filters={"record_type": record_type, "record_id": record_id}, order_by=["created_at"]
        )
        return [AttachmentInfo(r.id, r.sha256, r.filename, r.media_type, r.size, r.caption) for r in rows]


def attach_files(db: Database, record_type: str, record_id: str, paths: Sequence[Path]) -> AttachResult:
    """Copy each file into the store, then link the new ones to the record in one transaction."""
    result = AttachResult()
    root = store_root(db)
    stored: list[tuple[Path, str, int]] = []
    for path in paths:
        if path.suffix.lower() not in ACCEPTED_SUFFIXES:
            result.refused.append((path.name, "attachment_type"))
            continue
        try:
            sha256, size = store_file(root, path)
        except CoreError as error:
            result.refused.append((path.name, error.code))
            continue
        except OSError:
            result.refused.append((path.name, "attachment_unreadable"))
            continue
        stored.append((path, sha256, size))
    with db.transaction() as session:
        present = {
            row.sha256
            for row in list_records(session, m.Attachment, filters={"record_type": record_type, "record_id": record_id})
        }
        for path, sha256, size in stored:
            if sha256 in present:
                result.already.append(path.name)
                continue
            values = {
                "record_type": record_type,
                "record_id": record_id,
                "sha256": sha256,
                "filename": path.name,
                "media_type": media_type_of(path),
                "size": size,
            }
            create_record(session, m.Attachment, values)
            present.add(sha256)
            result.added.append(path.name)
    return result
