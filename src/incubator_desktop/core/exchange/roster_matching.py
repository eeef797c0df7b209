"""Finds the stored organization a roster row means: by credit code, else by name and community."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m


class Findable(Protocol):
    """What matching reads of an organization: a stored one, or one this import is about to insert."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def credit_code(self) -> str | None: ...
    @property
    def community_id(self) -> str | None: ...


@dataclass(frozen=True)
class Match:
    """The organization a row names (None for a new one); `ambiguous` when several fit equally."""

    organization: Findable | None = None
    ambiguous: bool = False


class OrganizationIndex:
    """Live organizations, loaded once and looked up in memory so each row costs no query."""

    def __init__(self, session: Session) -> None:
        self._by_code: dict[str, Findable] = {}
        self._by_name: dict[str, list[Findable]] = defaultdict(list)
        query = select(m.Organization).where(m.Organization.deleted.is_(False)).order_by(m.Organization.created_at)
        for organization in session.scalars(query):
            self.add(organization)

    def add(self, organization: Findable) -> None:
        """Make `organization` findable under its current name and code (a renamed one stops matching its old name)."""
        if organization.credit_code:
            self._by_code.setdefault(organization.credit_code, organization)
        same_name = self._by_name[organization.name]
        if all(other is not organization for other in same_name):
            same_name.append(organization)

    def match(self, name: str, *, community_id: str | None, community_given: bool, credit_code: str | None) -> Match:
        """Apply the matching rules in order (they are explained in roster_import's module docstring)."""
        if credit_code and credit_code in self._by_code:
            return Match(self._by_code[credit_code])
        same_name = [org for org in self._by_name.get(name, []) if org.name == name]
        if community_given:
            exact = [org for org in same_name if community_id is not None and org.community_id == community_id]
            # An organization stored without a community is the same one when the roster now names it.
            candidates = exact or [org for org in same_name if org.community_id is None]
        else:
            # A roster without a community column cannot tell same-named groups apart: only a unique name fits.
            candidates = same_name
        if len(candidates) > 1:
            return Match(ambiguous=True)
        return Match(candidates[0] if candidates else None)
