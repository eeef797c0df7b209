"""Indicators from the shell: every indicator against its target."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy.orm import Session

from incubator_desktop.commands.base import EXIT_OK, Context, Registry, date_option, emit_json
from incubator_desktop.core.errors import FieldError, ValidationFailed
from incubator_desktop.core.indicators.captions import captions_for
from incubator_desktop.core.indicators.compute import compute_indicators
from incubator_desktop.core.indicators.model import Indicator, indicator_payload, json_number
from incubator_desktop.core.indicators.targets import current_targets, default_period, set_target


def _period(ctx: Context, session: Session) -> tuple[date, date]:
    """--from/--to; without either, the target set's period covering today, else this year up to today."""
    start = date_option("start", ctx.args.start)
    end = date_option("end", ctx.args.end)
    if start is None and end is None:
        return default_period(session, today=date.today())
    end = end or date.today()
    return start or date(end.year, 1, 1), end


def _line(ctx: Context, indicator: Indicator) -> str:
    value = json_number(indicator.value)
    shown = (
        f"{value}"
        if indicator.target is None
        else f"{value} {indicator.comparison.value} {json_number(indicator.target)}"
    )
    status = ctx.say(f"indicator_status_{indicator.status.value}")
    return f"{indicator.label}\t{shown} {indicator.unit}\t{status}"


def cmd_indicators(ctx: Context) -> int:
    with ctx.db.reading() as session:
        start, end = _period(ctx, session)
        targets = current_targets(session, start=start, end=end)
        indicators = compute_indicators(session, start=start, end=end, captions=captions_for(ctx.lang))
    if ctx.args.json:
        emit_json([indicator_payload(indicator) for indicator in indicators])
        return EXIT_OK
    source = targets.name or ctx.say("indicators_default_targets")
    print(ctx.say("indicators_period", start=start.isoformat(), end=end.isoformat(), targets=source))
    for indicator in indicators:
        print(_line(ctx, indicator))
        for miss in indicator.near_misses:
            print("  - " + ctx.say(f"near_miss_{miss.reason.value}", name=miss.name, activities=miss.activities))
    return EXIT_OK


def cmd_targets(ctx: Context) -> int:
    a = ctx.args
    with ctx.db.transaction() as session:
        start, end = default_period(session)
        start = date_option("start", a.start) or start
        end = date_option("end", a.end) or end
        if a.set:
            indicator, value = a.set
            try:
                amount = Decimal(value)
            except InvalidOperation:
                raise ValidationFailed([FieldError("value", "not_a_number", {"value": value})]) from None
            set_target(session, start=start, end=end, indicator=indicator, value=amount)
        targets = current_targets(session, start=start, end=end)
    values = {code: str(value) for code, value in targets.values.items()}
    if a.json:
        emit_json({"start": start, "end": end, "targets": values})
    else:
        for code, value in values.items():
            print(f"{code}\t{value}")
    return EXIT_OK


def register(registry: Registry) -> None:
    command = registry.command(
        "indicators", cmd_indicators, "every indicator computed from the records, against its target"
    )
    command.add_argument(
        "--from", dest="start", help="first day of the period (default: the target set's or 1 January)"
    )
    command.add_argument("--to", dest="end", help="last day of the period (default: the target set's or today)")
    command.add_argument("--json", action="store_true")
    targets = registry.command("targets", cmd_targets, "show the period's targets, or set one (--set CODE VALUE)")
    targets.add_argument("--from", dest="start", help="first day of the period (default: the target set's)")
    targets.add_argument("--to", dest="end", help="last day of the period (default: the target set's)")
    targets.add_argument("--set", nargs=2, metavar=("CODE", "VALUE"), help="set one indicator's target")
    targets.add_argument("--json", action="store_true")
