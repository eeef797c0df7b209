"""Practice (demo) data: remove every record of a demo site while keeping the site and its keys set up."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.errors import InputRejected
from incubator_desktop.core.stamping import local_site


def remove_practice_data(session: Session) -> dict[str, int]:
    """Hard-delete every record of this demo site except its own Site row; clear is_demo; return counts.

    Refuses a site that is not marked as demo (`site_not_demo`): real work is never deleted this way.
    Keys, the local site and the site's own Site row stay, so the install remains set up.
    """
    me = local_site(session)
    if me is None:
        raise InputRejected("site_not_initialized")
    if not me.is_demo:
        raise InputRejected("site_not_demo")
    removed: dict[str, int] = {}
    # Children before parents: SYNCED_MODELS lists parents first.
    for model in reversed(m.SYNCED_MODELS):
        query = delete(model)
        if model is m.Site:
            query = query.where(m.Site.code != me.site_code)
        count = session.scalar(select(func.count()).select_from(model)) or 0
        session.execute(query)
        left = session.scalar(select(func.count()).select_from(model)) or 0
        if count - left:
            removed[model.__tablename__] = count - left
    # The log of practice edits would only confuse the real record of work.
    session.execute(delete(m.AuditEntry))
    me.is_demo = False
    session.flush()
    return removed
