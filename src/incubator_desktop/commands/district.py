"""The district workspace from the shell: overview, cross-checks, month approvals, evaluations, workbook, summary."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date
from typing import Any

from incubator_desktop.commands.base import EXIT_OK, Context, Registry, UsageError, date_option, emit_json
from incubator_desktop.core.district import approvals
from incubator_desktop.core.district.checks import Finding, cross_checks
from incubator_desktop.core.district.criteria import list_criteria
from incubator_desktop.core.district.evaluation import evaluate_township
from incubator_desktop.core.district.overview import TownshipRow, township_overview
from incubator_desktop.core.district.roles import require_district, year_bounds
from incubator_desktop.core.district.summary_pdf import build_district_summary
from incubator_desktop.core.district.workbook import export_city_workbook
from incubator_desktop.core.indicators.captions import captions_for
from incubator_desktop.core.indicators.model import indicator_payload, json_number
from incubator_desktop.core.reports.output import sha256_hex
from incubator_desktop.core.services.audit import record_audit


def _period(ctx: Context) -> tuple[date, date]:
    """--year, or --from/--to; without any, this year up to today."""
    a = ctx.args
    start, end = date_option("start", a.start), date_option("end", a.end)
    if a.year is not None:
        if start or end:
            raise UsageError(ctx.say("period_options_conflict"))
        return year_bounds(a.year)
    end = end or date.today()
    return start or date(end.year, 1, 1), end


def _row_payload(row: TownshipRow) -> dict[str, Any]:
    bundle = row.last_bundle
    return {
        "code": row.code,
        "name": row.name,
        "green": row.green,
        "amber": row.amber,
        "red": row.red,
        "last_bundle": None if bundle is None else {**asdict(bundle), "imported_at": bundle.imported_at.isoformat()},
        "missing_sequences": list(row.missing_sequences),
        "gaps": [{"device": gap.device, "missing": gap.missing} for gap in row.gaps],
        "communities": row.communities,
        "covered_communities": row.covered_communities,
        "coverage": json_number(row.coverage),
        "coverage_goal": json_number(row.coverage_goal),
        "coverage_goal_met": row.coverage_goal_met,
        "locked_months": list(row.locked_months),
        "pending_reopen": row.pending_reopen,
        "indicators": [indicator_payload(indicator) for indicator in row.indicators],
    }


def _row_line(ctx: Context, row: TownshipRow) -> str:
    last = ctx.say("district_no_bundle")
    bundle = row.last_bundle
    if bundle is not None:
        last = ctx.say("district_last_bundle", date=f"{bundle.imported_at:%Y-%m-%d}", sequence=bundle.sequence)
    if row.missing_sequences:
        last += "；" + ctx.say("district_gap", missing=list(row.missing_sequences))
    return ctx.say(
        "district_overview_line",
        name=row.name,
        code=row.code,
        green=row.green,
        amber=row.amber,
        red=row.red,
        coverage=json_number(row.coverage),
        goal=json_number(row.coverage_goal),
        last=last,
    )


def cmd_overview(ctx: Context) -> int:
    start, end = _period(ctx)
    with ctx.db.reading() as session:
        rows = township_overview(session, start=start, end=end, captions=captions_for(ctx.lang))
    if ctx.args.json:
        emit_json([_row_payload(row) for row in rows])
        return EXIT_OK
    print(ctx.say("district_overview_period", start=start.isoformat(), end=end.isoformat(), count=len(rows)))
    for row in rows:
        print(_row_line(ctx, row))
    return EXIT_OK


def _finding_line(ctx: Context, finding: Finding) -> str:
    params = dict(finding.params)
    if "match" in params:
        params["match"] = ctx.say(f"match_{params['match']}")
    return ctx.say(f"finding_{finding.code}", sites=list(finding.sites), **params)


def cmd_checks(ctx: Context) -> int:
    year = ctx.args.year or date.today().year
    year_bounds(year)
    with ctx.db.reading() as session:
        findings = cross_checks(session, year=year)
    if ctx.args.json:
        emit_json([asdict(finding) for finding in findings])
        return EXIT_OK
    if not findings:
        print(ctx.say("district_no_findings", year=year))
    for finding in findings:
        print(_finding_line(ctx, finding))
    return EXIT_OK


def _done(ctx: Context, payload: Any, code: str, **params: Any) -> int:
    if ctx.args.json:
        emit_json(payload)
    else:
        print(ctx.say(code, **params))
    return EXIT_OK


def cmd_approve(ctx: Context) -> int:
    a = ctx.args
    with ctx.db.transaction() as session:
        approver = a.approver or require_district(session).name
        info = approvals.approve_month(session, a.site, a.month, approver, note=a.note)
    return _done(ctx, asdict(info), "month_approval_saved", site=info.site_code, month=info.month)


def cmd_reopen(ctx: Context) -> int:
    a = ctx.args
    with ctx.db.transaction() as session:
        info = approvals.request_reopen(session, a.month, a.reason, requested_by=a.by)
    return _done(ctx, asdict(info), "reopen_request_saved", month=info.month)


def cmd_grant(ctx: Context) -> int:
    a = ctx.args
    decide = approvals.refuse_reopen if a.refuse else approvals.grant_reopen
    with ctx.db.transaction() as session:
        info = decide(session, a.site, a.month, decided_by=a.by, note=a.note)
    code = "reopen_refused_saved" if a.refuse else "reopen_granted_saved"
    return _done(ctx, asdict(info), code, site=info.site_code, month=info.month)


def cmd_months(ctx: Context) -> int:
    with ctx.db.reading() as session:
        states = approvals.list_month_states(session, ctx.args.site)
        requests = approvals.list_reopen_requests(session, site_code=ctx.args.site)
    if ctx.args.json:
        emit_json({"months": [asdict(state) for state in states], "reopen": [asdict(item) for item in requests]})
        return EXIT_OK
    for state in states:
        reopened = ctx.say("month_state_reopened") if state.reopened else ""
        print(
            ctx.say(
                "month_state_line",
                site=state.site_code,
                month=state.month,
                approver=state.approver,
                approved_on=state.approved_on.isoformat(),
                state=reopened,
            )
        )
    for item in requests:
        status = ctx.say(f"reopen_status_{item.status}")
        print(ctx.say("reopen_line", site=item.site_code, month=item.month, status=status))
    return EXIT_OK


def _scores(ctx: Context, pairs: list[str]) -> dict[str, str]:
    scores: dict[str, str] = {}
    for pair in pairs:
        code, sep, value = pair.partition("=")
        if not sep or not code.strip() or not value.strip():
            raise UsageError(ctx.say("score_argument_invalid", value=pair))
        scores[code.strip()] = value.strip()
    return scores


def cmd_evaluate(ctx: Context) -> int:
    a = ctx.args
    scores = _scores(ctx, a.score or [])
    with ctx.db.transaction() as session:
        result = evaluate_township(
            session, a.site, a.year, scores, a.comment, evaluator=a.evaluator, fill_suggested=a.suggested
        )
    payload = {
        **asdict(result),
        "total": json_number(result.total),
        "lines": [{**asdict(line), "points": json_number(line.points)} for line in result.lines],
    }
    return _done(ctx, payload, "evaluation_saved", site=a.site, year=a.year, total=result.total, grade=result.grade)


def cmd_criteria(ctx: Context) -> int:
    with ctx.db.reading() as session:
        criteria = list_criteria(session)
    if ctx.args.json:
        emit_json([{k: v for k, v in asdict(c).items() if k != "indicators"} for c in criteria])
        return EXIT_OK
    for criterion in criteria:
        print(f"{criterion.code}\t{criterion.label}\t{criterion.weight}\t{criterion.basis}")
    return EXIT_OK


def cmd_city_workbook(ctx: Context) -> int:
    a = ctx.args
    year_bounds(a.year)
    with ctx.db.transaction() as session:
        result = export_city_workbook(session, a.file, year=a.year)
    payload = {"path": str(result.path), "year": a.year, "sheets": list(result.sheets), "townships": result.townships}
    params = {"path": str(result.path), "townships": result.townships, "sheets": len(result.sheets)}
    return _done(ctx, payload, "city_workbook_written", **params)


def cmd_district_summary(ctx: Context) -> int:
    a = ctx.args
    year_bounds(a.year)
    with ctx.db.transaction() as session:
        path = build_district_summary(session, a.out, year=a.year)
        digest = sha256_hex(path.read_bytes())
        record_audit(session, "print", summary="print district-summary", kind="district-summary", path=str(path))
    return _done(ctx, {"kind": "district-summary", "path": str(path), "sha256": digest}, "printed", path=str(path))


def _json(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--json", action="store_true")
    return parser


def _site_month(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--site", required=True, help="the township's division code")
    parser.add_argument("--month", required=True, help="YYYY-MM")
    return _json(parser)


def register(registry: Registry) -> None:
    registry.group("district", "the district bureau's work: townships side by side, checks, approvals, evaluations")
    overview = _json(registry.command("overview", cmd_overview, "every township's indicators", group="district"))
    overview.add_argument("--year", type=int, help="calendar year (instead of --from/--to)")
    overview.add_argument("--from", dest="start", help="first day (default: 1 January)")
    overview.add_argument("--to", dest="end", help="last day (default: today)")

    checks = _json(registry.command("checks", cmd_checks, "problems across townships", group="district"))
    checks.add_argument("--year", type=int, help="year of projects and contests (default: this year)")

    approve = _site_month(registry.command("approve", cmd_approve, "approve a township's month", group="district"))
    approve.add_argument("--approver", help="who approves (default: the bureau's name)")
    approve.add_argument("--note")

    reopen = _json(registry.command("reopen", cmd_reopen, "township: ask to re-open a month", group="district"))
    reopen.add_argument("--month", required=True, help="YYYY-MM")
    reopen.add_argument("--reason", required=True, help="why the month's records must change")
    reopen.add_argument("--by", help="who asks")

    grant = _site_month(registry.command("grant", cmd_grant, "re-open a township's approved month", group="district"))
    grant.add_argument("--refuse", action="store_true", help="refuse the township's pending request instead")
    grant.add_argument("--by", help="who decides")
    grant.add_argument("--note")

    months = _json(registry.command("months", cmd_months, "approved months and re-open requests", group="district"))
    months.add_argument("--site", help="township code (on a township: itself)")

    evaluate = _json(registry.command("evaluate", cmd_evaluate, "a township's annual evaluation", group="district"))
    evaluate.add_argument("--site", required=True, help="the township's division code")
    evaluate.add_argument("--year", type=int, required=True)
    evaluate.add_argument(
        "--score", action="append", metavar="CRITERION=POINTS", help="points for one criterion (see: district criteria)"
    )
    evaluate.add_argument("--suggested", action="store_true", help="criteria not given take the suggested points")
    evaluate.add_argument("--comment")
    evaluate.add_argument("--evaluator")

    _json(registry.command("criteria", cmd_criteria, "the evaluation form: codes and points", group="district"))

    registry.group("export", "workbooks for the bureau")
    workbook = _json(registry.command("city-workbook", cmd_city_workbook, "the city bureau's workbook", group="export"))
    workbook.add_argument("file", help="the workbook to write (.xlsx)")
    workbook.add_argument("--year", type=int, required=True)

    registry.group("print", "printouts as PDF: notices, reports, sign-in sheets, files, certificates")
    summary = _json(registry.command("district-summary", cmd_district_summary, "the district summary", group="print"))
    summary.add_argument("--year", type=int, required=True)
    summary.add_argument("--out", required=True, help="the PDF file to write")
