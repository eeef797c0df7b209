"""Checks a record's values before they are written: generic rules from the model, then its own rules."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import Integer, Numeric, String, Text, inspect, select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core import vocab
from incubator_desktop.core.errors import FieldError
from incubator_desktop.core.validation.dates import check_date_order, check_not_future
from incubator_desktop.core.validation.identifiers import (
    check_credit_code,
    check_division_code,
    check_id_number,
    normalize_credit_code,
    normalize_id_number,
)
from incubator_desktop.core.validation.phones import check_phone, normalize_phone
from incubator_desktop.core.validation.text import normalize_text, tidy_text

#: Columns the program fills in; callers never set them.
SYSTEM_COLUMNS = frozenset({"id", "origin_site", "device_id", "hlc", "deleted", "created_at", "updated_at"})

MODELS_BY_TABLE: dict[str, type[m.SyncedRecord]] = {model.__tablename__: model for model in m.SYNCED_MODELS}

#: Which vocabulary each coded column takes its values from; list columns check every element.
CHOICES: dict[type[m.SyncedRecord], dict[str, type[StrEnum]]] = {
    m.Site: {"kind": vocab.SiteKind},
    m.Organization: {
        "category": vocab.Category,
        "stage": vocab.Stage,
        "service_areas": vocab.ServiceArea,
        "rating": vocab.Rating,
    },
    m.StageEvent: {"stage": vocab.Stage},
    m.IncubationPlan: {"support": vocab.SupportKind},
    m.RegistrationCase: {"kind": vocab.RegistrationKind, "status": vocab.CaseStatus},
    m.ChecklistItem: {"status": vocab.ChecklistStatus},
    m.Person: {
        "gender": vocab.Gender,
        "roles": vocab.PersonRole,
        "certificate_level": vocab.CertificateLevel,
    },
    m.Training: {"topic": vocab.TrainingTopic},
    m.Activity: {"kind": vocab.ActivityKind, "service_area": vocab.ServiceArea},
    m.ResourceLink: {"donor_kind": vocab.DonorKind, "form": vocab.ResourceForm},
    m.ContestEntry: {"result": vocab.EntryResult},
    m.GrantTranche: {"condition": vocab.TrancheCondition},
    m.BudgetLine: {"kind": vocab.BudgetKind},
    m.Expense: {"kind": vocab.BudgetKind},
    m.ServiceFile: {"kind": vocab.ServiceFileKind},
    m.Notice: {"kind": vocab.NoticeKind},
}

#: Dates that record something that has already happened, so a future date is a typing mistake.
PAST_DATES: dict[type[m.SyncedRecord], tuple[str, ...]] = {
    m.Organization: ("founded_on", "entered_on", "filed_on", "registered_on", "graduated_on", "exited_on"),
    m.StageEvent: ("happened_on",),
    m.PlanReview: ("reviewed_on",),
    m.PlanMilestone: ("done_on",),
    m.RegistrationCase: ("opened_on", "closed_on"),
    m.Activity: ("held_on",),
    m.CaseStudy: ("written_on",),
    m.ResourceLink: ("received_on",),
    m.GrantTranche: ("condition_met_on", "paid_on"),
    m.Expense: ("spent_on",),
    m.ServiceFile: ("opened_on", "closed_on"),
}

#: Pairs (earlier, later) that must not be out of order; the error is reported on the later field.
DATE_ORDER: dict[type[m.SyncedRecord], tuple[tuple[str, str], ...]] = {
    m.Organization: (
        ("founded_on", "entered_on"),
        ("founded_on", "filed_on"),
        ("founded_on", "registered_on"),
        ("filed_on", "registered_on"),
        ("filed_on", "graduated_on"),
        ("entered_on", "graduated_on"),
        ("entered_on", "exited_on"),
    ),
    m.IncubationPlan: (("start_on", "end_on"),),
    m.RegistrationCase: (("opened_on", "closed_on"),),
    m.FundedProject: (("start_on", "end_on"),),
    m.ServiceFile: (("opened_on", "closed_on"),),
    m.TargetSet: (("period_start", "period_end"),),
    m.Notice: (("period_start", "period_end"),),
}

#: Integer columns that may legitimately be negative (none today; kept explicit on purpose).
SIGNED_COLUMNS: frozenset[str] = frozenset()

Normalizer = Callable[[str], str]
NORMALIZERS: dict[str, Normalizer] = {
    "credit_code": normalize_credit_code,
    "leader_id_number": normalize_id_number,
    "id_number": normalize_id_number,
    "leader_phone": normalize_phone,
    "phone": normalize_phone,
}


def normalize_values(model: type[m.SyncedRecord], values: Mapping[str, Any]) -> dict[str, Any]:
    """Trim text (keeping its characters), canonicalize codes and phones; empty text becomes None.

    Only codes and phone numbers are NFKC-normalized: in names and descriptions full-width Chinese
    punctuation is correct and must be kept as typed.
    """
    columns = inspect(model).columns
    result: dict[str, Any] = {}
    for key, raw in values.items():
        value = raw
        if isinstance(raw, str) and key in columns and isinstance(columns[key].type, String):
            if key in NORMALIZERS:
                text = normalize_text(raw)
                value = NORMALIZERS[key](text) if text else None
            else:
                value = tidy_text(raw, multiline=isinstance(columns[key].type, Text)) or None
        result[key] = value
    return result


def _generic_errors(model: type[m.SyncedRecord], values: Mapping[str, Any]) -> list[FieldError]:
    errors: list[FieldError] = []
    choices = CHOICES.get(model, {})
    for column in inspect(model).columns:
        name = column.key
        if name in SYSTEM_COLUMNS:
            continue
        value = values.get(name)
        has_default = column.default is not None or column.server_default is not None
        if value is None:
            # A column that cannot be empty needs a value, unless it has a default and none was given at all
            # (create_record leaves such columns out so the default applies; a cleared field on edit is an error).
            if not column.nullable and (not has_default or name in values):
                errors.append(FieldError(name, "required"))
            continue
        if isinstance(value, list) and not value:
            if not column.nullable and not has_default:
                errors.append(FieldError(name, "required"))
            continue
        if name in choices:
            allowed = [member.value for member in choices[name]]
            items = value if isinstance(value, list) else [value]
            bad = [item for item in items if item not in allowed]
            if bad:
                errors.append(FieldError(name, "unknown_choice", {"value": bad[0], "allowed": allowed}))
        length = getattr(column.type, "length", None)
        if isinstance(column.type, String) and length and isinstance(value, str) and len(value) > length:
            errors.append(FieldError(name, "too_long", {"max": length}))
        numeric_column = isinstance(column.type, Integer | Numeric) and not isinstance(value, bool)
        if numeric_column and isinstance(value, int | Decimal) and value < 0 and name not in SIGNED_COLUMNS:
            errors.append(FieldError(name, "negative"))
    return errors


def _dated_errors(model: type[m.SyncedRecord], values: Mapping[str, Any], today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    for name in PAST_DATES.get(model, ()):
        error = check_not_future(values.get(name), field=name, today=today)
        if error:
            errors.append(error)
    for earlier, later in DATE_ORDER.get(model, ()):
        error = check_date_order(values.get(earlier), values.get(later), field=later)
        if error:
            errors.append(error)
    return errors


def _specific_errors(model: type[m.SyncedRecord], values: Mapping[str, Any], today: date) -> list[FieldError]:
    checks: list[FieldError | None] = []
    if model is m.Organization:
        if values.get("credit_code"):
            checks.append(check_credit_code(values["credit_code"]))
        if values.get("leader_id_number"):
            checks.append(check_id_number(values["leader_id_number"], field="leader_id_number", today=today))
        if values.get("leader_phone"):
            checks.append(check_phone(values["leader_phone"], field="leader_phone"))
    elif model is m.Person:
        if values.get("id_number"):
            checks.append(check_id_number(values["id_number"], today=today))
        if values.get("phone"):
            checks.append(check_phone(values["phone"]))
    elif model is m.Site:
        if values.get("code"):
            checks.append(check_division_code(values["code"], field="code"))
        if values.get("parent_code"):
            checks.append(check_division_code(values["parent_code"], field="parent_code"))
    elif model is m.VentureContest:
        weights = [values.get(k) for k in ("expert_weight", "pledge_weight", "vote_weight")]
        if all(isinstance(w, int) for w in weights) and sum(w for w in weights if w is not None) != 100:
            checks.append(FieldError("expert_weight", "weights_sum", {"total": sum(w or 0 for w in weights)}))
    elif model is m.JudgeScore:
        score = values.get("score")
        if score is not None and not 0 <= score <= 100:
            checks.append(FieldError("score", "out_of_range", {"low": 0, "high": 100}))
    elif model is m.GrantTranche:
        percent = values.get("percent")
        if percent is not None and not 0 < percent <= 100:
            checks.append(FieldError("percent", "out_of_range", {"low": 1, "high": 100}))
    if model in (m.VentureContest, m.FundedProject) and values.get("year") is not None:
        year = values["year"]
        if not 2000 <= year <= today.year + 1:
            checks.append(FieldError("year", "out_of_range", {"low": 2000, "high": today.year + 1}))
    return [error for error in checks if error is not None]


def _reference_errors(session: Session, model: type[m.SyncedRecord], values: Mapping[str, Any]) -> list[FieldError]:
    errors = []
    for column in inspect(model).columns:
        value = values.get(column.key)
        if value is None or not column.foreign_keys:
            continue
        target = MODELS_BY_TABLE[next(iter(column.foreign_keys)).column.table.name]
        # session.get answers from the identity map without SQL when the parent was just written or read.
        parent = session.get(target, value)
        if parent is None or parent.deleted:
            errors.append(FieldError(column.key, "not_found"))
    return errors


def _uniqueness_errors(
    session: Session, model: type[m.SyncedRecord], values: Mapping[str, Any], record_id: str | None
) -> list[FieldError]:
    unique_fields = {m.Organization: ("credit_code",), m.Site: ("code",)}.get(model, ())
    errors = []
    for name in unique_fields:
        value = values.get(name)
        if not value:
            continue
        column = getattr(model, name)
        query = select(model.id).where(column == value, model.deleted.is_(False))
        if record_id is not None:
            query = query.where(model.id != record_id)
        if session.execute(query).first() is not None:
            errors.append(FieldError(name, "duplicate", {"value": value}))
    return errors


def validate_record(
    session: Session,
    model: type[m.SyncedRecord],
    values: Mapping[str, Any],
    *,
    record_id: str | None = None,
    today: date | None = None,
) -> list[FieldError]:
    """Every problem with `values` (already normalized) as a new or edited record of `model`."""
    today = today or date.today()
    errors = _generic_errors(model, values) + _dated_errors(model, values, today)
    errors += _specific_errors(model, values, today)
    if not errors:
        errors += _reference_errors(session, model, values) + _uniqueness_errors(session, model, values, record_id)
    return errors
