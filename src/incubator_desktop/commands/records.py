"""Everyday records from the shell: set up the site, demo data, organizations, search."""

from __future__ import annotations

import sys
from dataclasses import asdict
from typing import Any

from incubator_desktop import __version__
from incubator_desktop.commands.base import EXIT_OK, Context, Registry, date_option, emit_json
from incubator_desktop.commands.sync import cli_vault
from incubator_desktop.core import models as m
from incubator_desktop.core.errors import CoreError
from incubator_desktop.core.services import organizations, records, search, sites
from incubator_desktop.core.services.audit import record_audit
from incubator_desktop.core.sync.errors import KeyProblem
from incubator_desktop.core.sync.trust import create_site_keys
from incubator_desktop.core.vocab import Category, SiteKind, Stage


def cmd_init(ctx: Context) -> int:
    a = ctx.args
    fingerprint: str | None = None
    with ctx.db.transaction() as session:
        info = sites.init_site(session, role=SiteKind(a.role), code=a.code, name=a.name, parent_code=a.parent_code)
        try:
            with session.begin_nested():
                fingerprint = create_site_keys(session, cli_vault(ctx)).fingerprint
        except KeyProblem as problem:
            # No credential store and no passphrase (a script, CI): the site still works; keys come later.
            print(ctx.say("keys_not_created", reason=ctx.say(problem.code, **problem.params)), file=sys.stderr)
    if a.json:
        emit_json({**asdict(info), "database": ctx.db.url, "fingerprint": fingerprint})
    else:
        print(ctx.say("site_initialized", name=info.name, code=info.code, database=ctx.db.url))
    return EXIT_OK


def cmd_info(ctx: Context) -> int:
    from incubator_desktop.core.migrate import current_revision

    with ctx.db.reading() as session:
        info = sites.current_site(session)
        counts = {kind: records.count_records(session, model) for kind, model in records.RECORD_KINDS.items()}
    payload = {
        "version": __version__,
        "database": ctx.db.url,
        "schema": current_revision(ctx.db.engine),
        "site": {**asdict(info), "role": info.role.value} if info else None,
        "counts": counts,
    }
    if ctx.args.json:
        emit_json(payload)
    else:
        for key, value in payload.items():
            if key != "counts":
                print(f"{key}: {value}")
        for kind, count in counts.items():
            if count:
                print(f"  {kind}: {count}")
    return EXIT_OK


def cmd_demo(ctx: Context) -> int:
    from incubator_desktop.core.demo import fill_demo

    with ctx.db.transaction() as session:
        summary = fill_demo(session, seed=ctx.args.seed)
    if ctx.args.json:
        emit_json(summary)
    else:
        print(ctx.say("demo_filled", **{k: v for k, v in summary.items() if not isinstance(v, dict)}))
    return EXIT_OK


def _org_payload(row: organizations.OrganizationRow) -> dict[str, Any]:
    data = asdict(row)
    data["founded"] = row.founded.isoformat() if row.founded else None
    data["filed_on"] = row.filed_on.isoformat() if row.filed_on else None
    return data


def cmd_org_list(ctx: Context) -> int:
    a = ctx.args
    with ctx.db.transaction() as session:
        community_id = None
        if a.community:
            community = sites.find_community(session, a.community)
            if community is None:
                raise CoreError("not_found", what=a.community)
            community_id = community.id
        rows = organizations.list_organizations(
            session,
            category=a.category,
            stage=a.stage,
            community_id=community_id,
            text=a.text,
            reveal=a.reveal,
        )
        if a.reveal:
            record_audit(session, "reveal_personal_data", summary="org list --reveal", fields=["phone"], rows=len(rows))
    if a.json:
        emit_json([_org_payload(row) for row in rows])
        return EXIT_OK
    for row in rows:
        founded = row.founded.isoformat() if row.founded else ""
        print("\t".join([row.id, row.name, row.category, row.community or "", row.stage, row.phone or "", founded]))
    print(ctx.say("org_count", count=len(rows)), file=sys.stderr)
    return EXIT_OK


def cmd_org_add(ctx: Context) -> int:
    a = ctx.args
    values: dict[str, Any] = {
        "name": a.name,
        "category": a.category,
        "stage": a.stage,
        "leader_name": a.leader,
        "leader_phone": a.phone,
        "leader_id_number": a.id_number,
        "credit_code": a.credit_code,
        "members": a.members,
        "founded_on": date_option("founded_on", a.founded),
        "filed_on": date_option("filed_on", a.filed),
        "filing_number": a.filing_number,
    }
    with ctx.db.transaction() as session:
        if a.community:
            community = sites.find_community(session, a.community)
            if community is None:
                community = records.create_record(session, m.Community, {"name": a.community})
            values["community_id"] = community.id
        org = records.create_record(session, m.Organization, {k: v for k, v in values.items() if v is not None})
        created = org.id
    if a.json:
        emit_json({"id": created, "name": a.name})
    else:
        print(created)
    return EXIT_OK


def cmd_org_delete(ctx: Context) -> int:
    with ctx.db.transaction() as session:
        if ctx.args.restore:
            records.restore_record(session, m.Organization, ctx.args.id)
        else:
            records.delete_record(session, m.Organization, ctx.args.id)
    return EXIT_OK


def cmd_search(ctx: Context) -> int:
    with ctx.db.reading() as session:
        hits = search.search_records(session, ctx.args.text, limit=ctx.args.limit)
    if ctx.args.json:
        emit_json([asdict(hit) for hit in hits])
    else:
        for hit in hits:
            print(f"{hit.kind}\t{hit.id}\t{hit.title}")
    return EXIT_OK


def register(registry: Registry) -> None:
    init = registry.command("init", cmd_init, "make this database a township base or district bureau")
    init.add_argument("--role", required=True, choices=[kind.value for kind in SiteKind])
    init.add_argument("--code", required=True, help="administrative division code (6, 9 or 12 digits)")
    init.add_argument("--name", required=True)
    init.add_argument("--parent-code")
    init.add_argument("--json", action="store_true")

    info = registry.command("info", cmd_info, "show the site, the database and record counts")
    info.add_argument("--json", action="store_true")

    demo = registry.command("demo", cmd_demo, "fill the site with a plausible year of demo data")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--json", action="store_true")

    registry.group("org", "community organizations")
    org_list = registry.command("list", cmd_org_list, "list organizations", group="org")
    org_list.add_argument("--category", choices=[c.value for c in Category])
    org_list.add_argument("--stage", choices=[s.value for s in Stage])
    org_list.add_argument("--community")
    org_list.add_argument("--text", help="part of the name or leader's name")
    org_list.add_argument("--reveal", action="store_true", help="show full phone numbers (written to the audit log)")
    org_list.add_argument("--json", action="store_true")
    org_add = registry.command("add", cmd_org_add, "register an organization", group="org")
    org_add.add_argument("--name", required=True)
    org_add.add_argument("--category", required=True, choices=[c.value for c in Category])
    org_add.add_argument("--stage", default=Stage.ENTERED.value, choices=[s.value for s in Stage])
    org_add.add_argument("--community")
    org_add.add_argument("--leader")
    org_add.add_argument("--phone")
    org_add.add_argument("--id-number")
    org_add.add_argument("--credit-code")
    org_add.add_argument("--filing-number")
    org_add.add_argument("--members", type=int)
    org_add.add_argument("--founded", help="date, e.g. 2023-05-01")
    org_add.add_argument("--filed", help="filing (备案) date")
    org_add.add_argument("--json", action="store_true")
    org_delete = registry.command(
        "delete", cmd_org_delete, "delete (recoverably) or restore an organization", group="org"
    )
    org_delete.add_argument("id")
    org_delete.add_argument("--restore", action="store_true")

    found = registry.command("search", cmd_search, "find records by part of a name, title or description")
    found.add_argument("text")
    found.add_argument("--limit", type=int, default=50)
    found.add_argument("--json", action="store_true")
