"""This install's site: set it up once (`init`), read it back, and list the communities it serves."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.errors import InputRejected
from incubator_desktop.core.ids import new_id
from incubator_desktop.core.services.records import create_record
from incubator_desktop.core.stamping import local_site
from incubator_desktop.core.vocab import SiteKind


@dataclass(frozen=True)
class SiteInfo:
    code: str
    name: str
    role: SiteKind
    parent_code: str | None
    device_id: str
    is_demo: bool


def init_site(session: Session, *, role: SiteKind, code: str, name: str, parent_code: str | None = None) -> SiteInfo:
    """Make this database the site `code`; refuses a database that already belongs to a site."""
    if local_site(session) is not None:
        raise InputRejected("site_already_initialized")
    if role is SiteKind.TOWNSHIP and not parent_code and len(code.strip()) > 6:
        parent_code = code.strip()[:6]  # a township's division code starts with its district's
    session.add(m.LocalSite(id=1, site_code=code.strip(), role=role.value, device_id=new_id()))
    session.flush()
    create_record(session, m.Site, {"code": code, "name": name, "kind": role.value, "parent_code": parent_code})
    return require_site(session)


def current_site(session: Session) -> SiteInfo | None:
    me = local_site(session)
    if me is None:
        return None
    site = session.scalars(select(m.Site).where(m.Site.code == me.site_code)).first()
    return SiteInfo(
        code=me.site_code,
        name=site.name if site else me.site_code,
        role=SiteKind(me.role),
        parent_code=site.parent_code if site else None,
        device_id=me.device_id,
        is_demo=me.is_demo,
    )


def require_site(session: Session) -> SiteInfo:
    site = current_site(session)
    if site is None:
        raise InputRejected("site_not_initialized")
    return site


def list_communities(session: Session) -> list[m.Community]:
    query = select(m.Community).where(m.Community.deleted.is_(False)).order_by(m.Community.name)
    return list(session.scalars(query))


def find_community(session: Session, name: str) -> m.Community | None:
    query = select(m.Community).where(m.Community.name == name, m.Community.deleted.is_(False))
    return session.scalars(query).first()
