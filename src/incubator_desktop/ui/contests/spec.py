"""The contests workspace declared: the contest list, the contest form and the entry form."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.errors import FieldError, ValidationFailed
from incubator_desktop.core.services.browse import BrowseRow, SortOrder, count_children
from incubator_desktop.core.services.records import create_record, update_record
from incubator_desktop.core.vocab import EntryResult
from incubator_desktop.ui.widgets.form_spec import FieldKind, FieldSpec, FormSpec, SaveHook
from incubator_desktop.ui.widgets.page_spec import RecordPageSpec
from incubator_desktop.ui.widgets.record_filters import FilterSpec
from incubator_desktop.ui.widgets.record_table import Column
from incubator_desktop.ui.widgets.vocab_labels import entry_result_labels

translate = QCoreApplication.translate
K = FieldKind
YEARS_OFFERED = 6
CONTEST_NUMBERS = ("expert_weight", "pledge_weight", "vote_weight", "min_beneficiaries", "max_wins_per_org")
ENTRY_AMOUNTS = ("requested_fen", "pledged_fen", "votes", "grant_fen")


def year_choices(today: date | None = None) -> dict[int, str]:
    """Next year and the years before it, newest first, as filter choices."""
    year = (today or date.today()).year + 1
    return {value: str(value) for value in range(year, year - YEARS_OFFERED - 1, -1)}


def add_entry_counts(session: Session, rows: list[BrowseRow]) -> None:
    ids = [row.id for row in rows]
    entries = count_children(session, m.ContestEntry, "contest_id", ids)
    winners = count_children(session, m.ContestEntry, "contest_id", ids, equals={"result": EntryResult.WINNER.value})
    for row in rows:
        row.values["entries"] = entries[row.id]
        row.values["winners"] = winners[row.id]


def numbers_saver(
    model: type[m.SyncedRecord],
    *,
    required: tuple[str, ...] = (),
    zero: tuple[str, ...] = (),
    fixed: dict[str, Any] | None = None,
) -> SaveHook:
    """A save hook for forms whose number columns have defaults: the core would write an emptied number as
    NULL, which the column refuses, so `required` ones are reported as missing and `zero` ones become 0."""

    def save(session: Session, values: dict[str, Any], record_id: str | None) -> str:
        missing = [FieldError(name, "required") for name in required if name in values and values[name] is None]
        if missing:
            raise ValidationFailed(missing)
        values = {**values, **{name: 0 for name in zero if name in values and values[name] is None}}
        if record_id is not None:
            return update_record(session, model, record_id, values).id
        return create_record(session, model, {**(fixed or {}), **values}).id

    return save


def contest_form() -> FormSpec:
    weights_hint = translate("ContestSpec", "Experts, pledges and public votes; the three weights add up to 100.")
    return FormSpec(
        model=m.VentureContest,
        new_title=translate("ContestSpec", "New venture contest"),
        edit_title=translate("ContestSpec", "Edit venture contest"),
        save=numbers_saver(m.VentureContest, required=CONTEST_NUMBERS),
        fields=(
            FieldSpec("name", translate("ContestSpec", "Name"), required=True),
            FieldSpec("year", translate("ContestSpec", "Year"), K.INT, True, default=date.today().year),
            FieldSpec("held_on", translate("ContestSpec", "Held on"), K.DATE),
            FieldSpec(
                "expert_weight",
                translate("ContestSpec", "Weight of expert scores"),
                K.INT,
                True,
                default=60,
                hint=weights_hint,
            ),
            FieldSpec("pledge_weight", translate("ContestSpec", "Weight of pledges"), K.INT, True, default=20),
            FieldSpec("vote_weight", translate("ContestSpec", "Weight of public votes"), K.INT, True, default=20),
            FieldSpec(
                "min_beneficiaries",
                translate("ContestSpec", "Fewest direct beneficiaries"),
                K.INT,
                True,
                default=50,
            ),
            FieldSpec(
                "max_wins_per_org",
                translate("ContestSpec", "Most winning projects per organization a year"),
                K.INT,
                True,
                default=2,
            ),
            FieldSpec("description", translate("ContestSpec", "Description"), K.TEXT),
        ),
    )


def entry_form(contest_id: str) -> FormSpec:
    return FormSpec(
        model=m.ContestEntry,
        new_title=translate("ContestSpec", "New contest entry"),
        edit_title=translate("ContestSpec", "Edit contest entry"),
        save=numbers_saver(
            m.ContestEntry, required=("direct_beneficiaries",), zero=ENTRY_AMOUNTS, fixed={"contest_id": contest_id}
        ),
        scopes=("contest_entries",),
        fields=(
            FieldSpec(
                "organization_id",
                translate("ContestSpec", "Organization"),
                K.REFERENCE,
                True,
                reference="organizations",
                placeholder=translate("ContestSpec", "Type part of the name"),
            ),
            FieldSpec("project_title", translate("ContestSpec", "Project title"), required=True),
            FieldSpec("direct_beneficiaries", translate("ContestSpec", "Direct beneficiaries"), K.INT, True, default=0),
            FieldSpec("requested_fen", translate("ContestSpec", "Amount requested (yuan)"), K.MONEY, default=0),
            FieldSpec("pledged_fen", translate("ContestSpec", "Pledged donations (yuan)"), K.MONEY, default=0),
            FieldSpec("votes", translate("ContestSpec", "Public votes"), K.INT, default=0),
            FieldSpec(
                "result",
                translate("ContestSpec", "Result"),
                K.CHOICE,
                True,
                entry_result_labels(),
                default=EntryResult.ENTERED.value,
            ),
            FieldSpec(
                "grant_fen",
                translate("ContestSpec", "Grant (yuan)"),
                K.MONEY,
                default=0,
                hint=translate("ContestSpec", "For winners: paid in tranches of 50 %, 30 % and 20 %."),
            ),
            FieldSpec("summary", translate("ContestSpec", "Summary"), K.TEXT),
        ),
    )


def contest_page_spec() -> RecordPageSpec:
    return RecordPageSpec(
        model=m.VentureContest,
        title=translate("ContestSpec", "Venture contests"),
        columns=(
            Column("held_on", translate("ContestSpec", "Held on"), K.DATE),
            Column("name", translate("ContestSpec", "Name"), stretch=True),
            Column("year", translate("ContestSpec", "Year"), K.INT),
            Column("entries", translate("ContestSpec", "Entries"), K.INT, sortable=False),
            Column("winners", translate("ContestSpec", "Winners"), K.INT, sortable=False),
        ),
        form=contest_form,
        search_fields=("name", "description"),
        search_placeholder=translate("ContestSpec", "Name or description"),
        filters=(
            FilterSpec(
                "year",
                translate("ContestSpec", "Year:"),
                translate("ContestSpec", "All years"),
                choices=year_choices(),  # type: ignore[arg-type]  # stored years are ints
            ),
        ),
        order=SortOrder("held_on", descending=True),
        empty_text=translate(
            "ContestSpec",
            "No venture contests yet. Press “New…” (Ctrl+N) to set one up, then open it to add entries and scores.",
        ),
        filtered_empty_text=translate("ContestSpec", "No contest matches these filters."),
        refresh_on=("contest_entries",),
        enrich=add_entry_counts,
    )
