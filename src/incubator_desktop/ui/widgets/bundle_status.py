"""The status bar's "last bundle": the newest bundle sent or received, read from the sync history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from incubator_desktop.core.db import Database
from incubator_desktop.core.sync.history import sync_history


@dataclass(frozen=True)
class LastBundle:
    """The newest bundle either way: sent (to `peer`) or received (from `peer`), its number and when."""

    sent: bool
    peer: str
    sequence: int
    at: datetime


def load_last_bundle(db: Database) -> LastBundle | None:
    with db.reading() as session:
        history = sync_history(session, limit=1)
    candidates = [LastBundle(True, row.recipient, row.sequence, row.created_at) for row in history.sent]
    candidates += [LastBundle(False, row.sender, row.sequence, row.imported_at) for row in history.received]
    return max(candidates, key=lambda bundle: bundle.at, default=None)


def local_time_text(moment: datetime | str) -> str:
    """A stored UTC time (naive, aware, or an ISO string such as a stamp's head) as local "YYYY-MM-DD HH:MM"."""
    if isinstance(moment, str):
        text = moment
        try:
            moment = datetime.fromisoformat(text[:19])
        except ValueError:
            return text[:16].replace("T", " ")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def last_bundle_text(last: LastBundle | None) -> str:
    translate = QCoreApplication.translate
    if last is None:
        return translate("MainWindow", "Last bundle: none yet")
    when = local_time_text(last.at)
    if last.sent:
        text = translate("BundleStatus", "Last bundle: No. {sequence} sent to {peer} on {when}")
    else:
        text = translate("BundleStatus", "Last bundle: No. {sequence} received from {peer} on {when}")
    return text.format(sequence=last.sequence, peer=last.peer, when=when)
