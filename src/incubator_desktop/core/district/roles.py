"""Which side of the district ↔ township line this database is on, and refusals for the wrong side."""

from __future__ import annotations

import re
from datetime import date, timedelta

from sqlalchemy.orm import Session

from incubator_desktop.core.errors import FieldError, InputRejected, ValidationFailed
from incubator_desktop.core.services.sites import SiteInfo, require_site
from incubator_desktop.core.vocab import SiteKind

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def require_district(session: Session) -> SiteInfo:
    """This site, which must be a district bureau; a township gets `district_only`."""
    site = require_site(session)
    if site.role is not SiteKind.DISTRICT:
        raise InputRejected("district_only", site=site.code)
    return site


def require_township(session: Session) -> SiteInfo:
    """This site, which must be a township base; a district gets `township_only`."""
    site = require_site(session)
    if site.role is not SiteKind.TOWNSHIP:
        raise InputRejected("township_only", site=site.code)
    return site


def check_month(text: str, *, field: str = "month") -> str:
    """A month as "YYYY-MM"; anything else is rejected naming `field`."""
    match = _MONTH.match(text.strip())
    if match is None or not 1 <= int(match.group(2)) <= 12 or int(match.group(1)) < 2000:
        raise ValidationFailed([FieldError(field, "month_invalid", {"value": text})])
    return text.strip()


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_bounds(month: str) -> tuple[date, date]:
    """First and last day of a "YYYY-MM" month."""
    year, number = int(month[:4]), int(month[5:7])
    first = date(year, number, 1)
    following = date(year + 1, 1, 1) if number == 12 else date(year, number + 1, 1)
    return first, following - timedelta(days=1)


def year_bounds(year: int) -> tuple[date, date]:
    if not 2000 <= year <= 2100:
        raise ValidationFailed([FieldError("year", "out_of_range", {"low": 2000, "high": 2100})])
    return date(year, 1, 1), date(year, 12, 31)
