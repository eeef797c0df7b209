"""Printouts as PDF with ReportLab and the embedded CJK font; public ones never show personal data."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# core.messages imports this package for its message table, so the builders load lazily (see indicators).
_EXPORTS = {
    "build_casebook": "casebook",
    "build_certificate": "certificate",
    "build_monthly": "monthly",
    "build_notice": "notice",
    "build_orgfile": "orgfile",
    "build_signin": "signin",
    "notice_period": "workdays",
}

if TYPE_CHECKING:
    from incubator_desktop.core.reports.casebook import build_casebook
    from incubator_desktop.core.reports.certificate import build_certificate
    from incubator_desktop.core.reports.monthly import build_monthly
    from incubator_desktop.core.reports.notice import build_notice
    from incubator_desktop.core.reports.orgfile import build_orgfile
    from incubator_desktop.core.reports.signin import build_signin
    from incubator_desktop.core.reports.workdays import notice_period


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(name)
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


__all__ = [
    "build_casebook",
    "build_certificate",
    "build_monthly",
    "build_notice",
    "build_orgfile",
    "build_signin",
    "notice_period",
]
