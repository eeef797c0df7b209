"""The townships a district knows: its own township sites, and any site it has received bundles from."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.errors import NotFound
from incubator_desktop.core.services.sites import require_site
from incubator_desktop.core.vocab import SiteKind


@dataclass(frozen=True)
class TownshipRef:
    code: str
    name: str


def known_townships(session: Session) -> list[TownshipRef]:
    """Township sites whose parent is this district, plus every sender of a bundle received here, by code."""
    me = require_site(session)
    names: dict[str, str] = {}
    sites = session.execute(
        select(m.Site.code, m.Site.name, m.Site.kind, m.Site.parent_code).where(m.Site.deleted.is_(False))
    )
    all_names = {}
    for code, name, kind, parent in sites:
        all_names[code] = name
        if kind == SiteKind.TOWNSHIP.value and parent == me.code:
            names[code] = name
    for sender in session.scalars(select(m.ReceivedBundle.sender_site).distinct()):
        if sender != me.code:
            names.setdefault(sender, all_names.get(sender, sender))
    return [TownshipRef(code, names[code]) for code in sorted(names)]


def require_township_code(session: Session, site_code: str) -> TownshipRef:
    """The known township `site_code`; an unknown code is `unknown_township`."""
    for township in known_townships(session):
        if township.code == site_code:
            return township
    raise NotFound("unknown_township", site=site_code)
