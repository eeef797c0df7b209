"""Generates a district database (every township's history) and one township's database with its next year.

    python -m benchmarks.generate --townships 21 --years 5 [--out DIR] [--scale quick|full]

Deterministic: the same arguments give the same records (ids, names, dates, photos); only the site keys
and the database files' internal layout differ between runs. Rows go in with SQLAlchemy Core executemany
in big transactions, stamped here as their owner site would have stamped them (the ORM's stamping is
bypassed), so the full scale takes minutes, not hours.
"""

from __future__ import annotations

import argparse
import random
import shutil
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from benchmarks.bulk import BulkLoader
from benchmarks.content import (
    DISTRICT_CODE,
    DISTRICT_NAME,
    TOWNSHIP_NAMES,
    Stamper,
    epoch_ms,
    horizon_stamp,
    record_id,
    township_weights,
)
from benchmarks.dataset import Dataset, use_key_files, vault_beside
from benchmarks.district import device_id, district_rows, received_bundles, service_file_counts
from benchmarks.photos import FreshPhotos, PhotoPool
from benchmarks.registers import RegisterBuilder, Registers, Rows
from benchmarks.roster import write_roster
from benchmarks.scale import Scale, default_data_dir, scale_for
from benchmarks.work import YearBuilder, YearPlan
from incubator_desktop.core import models as m
from incubator_desktop.core.attachments import attachments_root, store_bytes
from incubator_desktop.core.clock import format_stamp
from incubator_desktop.core.db import Database, open_database
from incubator_desktop.core.services.sites import init_site
from incubator_desktop.core.sync.trust import create_site_keys, enroll_public_keys, export_public_keys
from incubator_desktop.core.vocab import SiteKind

Say = Callable[[str], None]
#: Activities, trainings and gifts per township-year at weight 1 for the full scale (1,000,000 over 105).
FULL_ACTIVITIES_PER_YEAR = 1_000_000 / 105


def _open_site(path: Path, role: SiteKind, code: str, name: str, parent: str | None = None) -> Database:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(str(path))
    with db.transaction() as session:
        init_site(session, role=role, code=code, name=name, parent_code=parent)
    return db


def _create_keys(db: Database, path: Path) -> None:
    with db.transaction() as session:
        create_site_keys(session, vault_beside(path))


def _introduce(a: tuple[Database, Path], b: tuple[Database, Path]) -> None:
    """Each site enrolls the other's public-key file, as clerks do with a USB stick."""
    for (source, source_path), (target, _path) in ((a, b), (b, a)):
        with source.reading() as session:
            document = export_public_keys(session, vault_beside(source_path))
        with target.transaction() as session:
            enroll_public_keys(session, document)


def _settle_township(db: Database, device: str, first_day: date) -> dict[str, Any]:
    """Give the township a fixed device id and an old site row (the district holds the same row)."""
    when = datetime(first_day.year, first_day.month, first_day.day, 9, tzinfo=UTC)
    stamp = format_stamp(epoch_ms(first_day, hour=9), 0)
    with db.engine.begin() as connection:
        connection.execute(update(m.LocalSite).values(device_id=device))
        connection.execute(update(m.Site).values(device_id=device, hlc=stamp, created_at=when, updated_at=when))
        return dict(connection.execute(select(m.Site.__table__)).mappings().one())


def _district_device(db: Database) -> str:
    with db.reading() as session:
        local = session.get(m.LocalSite, 1)
        assert local is not None
        return local.device_id


def _year_plan(scale: Scale, weight: float, year: int, *, ceiling: date, report_month: int | None) -> YearPlan:
    per_year = scale.activities / (scale.townships * scale.years) * weight
    ratio = per_year / FULL_ACTIVITIES_PER_YEAR
    photos = [max(1, round(scale.photos_per_month * min(weight, 1.5)))] * 12
    if report_month is not None:
        photos[report_month - 1] = scale.report_photos
    return YearPlan(
        year=year,
        activities=round(per_year),
        trainings=max(3, round(40 * weight * min(1.0, ratio * 3))),
        resources=max(3, round(30 * weight * min(1.0, ratio * 3))),
        photos_per_month=tuple(photos),
        ceiling=ceiling,
    )


def _without(rows: Rows, table: str) -> tuple[Rows, list[dict[str, Any]]]:
    rest = dict(rows)
    return rest, rest.pop(table, [])


def generate(scale: Scale, out: Path, *, say: Say = print) -> Dataset:
    """Write the data folder `out` (replacing it) for `scale`; returns its manifest."""
    started = time.perf_counter()
    use_key_files()
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    weights = township_weights(scale.townships)
    bench = min(range(scale.townships), key=lambda i: abs(weights[i] - 1.0))
    codes = [f"{DISTRICT_CODE}{100 + i:03d}" for i in range(scale.townships)]
    names = [TOWNSHIP_NAMES[i % len(TOWNSHIP_NAMES)] for i in range(scale.townships)]
    first_day = date(scale.first_year - 2, 1, 1)
    horizon, bench_end = date(scale.last_year, 12, 31), date(scale.bench_year, 12, 31)
    report_month = 6
    district_path, township_path = out / "district" / "incubator.db", out / "township" / "incubator.db"

    say(f"sites and keys in {out}")
    district = _open_site(district_path, SiteKind.DISTRICT, DISTRICT_CODE, DISTRICT_NAME)
    _create_keys(district, district_path)
    township = _open_site(
        township_path, SiteKind.TOWNSHIP, codes[bench], f"{names[bench]}社区社会组织孵化基地", parent=DISTRICT_CODE
    )
    bench_device = record_id(random.Random(f"{scale.seed}:device:{bench}"))
    bench_site = _settle_township(township, bench_device, first_day)
    _create_keys(township, township_path)
    _introduce((district, district_path), (township, township_path))
    district_device = _district_device(district)
    district.close()
    township.close()

    to_district, to_township = BulkLoader(district_path), BulkLoader(township_path)
    to_district.drop_indexes()
    to_township.drop_indexes()
    pool = PhotoPool(random.Random(f"{scale.seed}:pool"), 64 if scale.name == "full" else 8)
    fresh = FreshPhotos(random.Random(f"{scale.seed}:fresh"))
    district_stamp = Stamper(DISTRICT_CODE, district_device, random.Random(f"{scale.seed}:district"))
    bench_blobs: list[tuple[str, bytes]] = []
    bench_registers: Registers | None = None
    summary: list[dict[str, Any]] = []
    years = range(scale.first_year, scale.last_year + 1)
    for index, (code, name, weight) in enumerate(zip(codes, names, weights, strict=True)):
        rng = random.Random(f"{scale.seed}:{index}")
        is_bench = index == bench
        device = bench_device if is_bench else device_id(rng)
        stamp = Stamper(code, device, rng)
        if is_bench:
            to_district.add("sites", [bench_site])
        else:
            site = {"code": code, "name": f"{name}社区社会组织孵化基地", "kind": SiteKind.TOWNSHIP.value,
                    "parent_code": DISTRICT_CODE, "address": None, "contact": None}  # fmt: skip
            to_district.add("sites", [{**stamp(first_day, ceiling=first_day), **site}])
        registers = RegisterBuilder(
            rng, stamp, town=name, first_year=scale.first_year, horizon=horizon, end=bench_end
        ).build(
            organizations=max(8, round(scale.organizations * weight / scale.townships)),
            communities=rng.randrange(12, 19),
        )
        to_district.add_all(registers.history)
        if is_bench:
            bench_registers = registers
            to_township.add_all(registers.history)
            to_township.add_all(registers.bench)
        builder = YearBuilder(rng, stamp, registers, town=name, photo=pool)
        activities = 0
        files: list[dict[str, Any]] = []
        for year in [*years, *([scale.bench_year] if is_bench else [])]:
            in_bench_year = year == scale.bench_year
            builder.photo = fresh if in_bench_year else pool
            plan = _year_plan(
                scale, weight, year,
                ceiling=bench_end if in_bench_year else horizon,
                report_month=report_month if is_bench and in_bench_year else None,
            )  # fmt: skip
            rows, year_files = _without(builder.build(plan), "service_files")
            activities += len(rows.get("activities", []))
            if not in_bench_year:
                to_district.add_all(rows)
                files += year_files
            if is_bench:
                to_township.add_all({**rows, "service_files": year_files})
        for year in years:
            to_district.add_all(district_rows(district_stamp, code, year, ceiling=horizon))
        to_district.add("sync_service_file_counts", service_file_counts(code, files, as_of=horizon))
        if not is_bench:
            to_district.add("sync_received_bundles", received_bundles(rng, code, device, years))
        if is_bench:
            bench_blobs = builder.blobs
        summary.append({"code": code, "name": name, "weight": round(weight, 3), "activities": activities})
        say(f"  township {index + 1}/{scale.townships} {code} {name}: {activities} activities")

    say("indexes, search index, foreign-key check")
    to_township.add(
        "sync_peers", [{"site_code": DISTRICT_CODE, "acked_hlc": horizon_stamp(horizon), "sequence_floor": 0}]
    )
    to_district.finish()
    to_township.finish()
    _store_blobs(district_path, pool.blobs)
    _store_blobs(township_path, [*pool.blobs, *(data for _sha, data in bench_blobs)])
    _set_last_stamp(township_path, horizon_stamp(bench_end))

    assert bench_registers is not None
    say(f"roster of {scale.roster_rows} rows")
    write_roster(
        out / "roster.xlsx",
        random.Random(f"{scale.seed}:roster"),
        town=names[bench],
        orgs=bench_registers.orgs,
        communities=[name for _id, name in bench_registers.communities],
        rows=scale.roster_rows,
    )
    dataset = Dataset(
        folder=out,
        scale=scale.as_dict(),
        district_code=DISTRICT_CODE,
        townships=summary,
        bench_code=codes[bench],
        ledger_code=codes[0],
        report_month=f"{scale.bench_year}-{report_month:02d}",
        bench_year=scale.bench_year,
        last_year=scale.last_year,
        acked_hlc=horizon_stamp(horizon),
        counts={"district": to_district.counts, "township": to_township.counts},
        seconds=round(time.perf_counter() - started, 1),
    )
    dataset.save()
    say(f"done in {dataset.seconds:.0f} s: {sum(to_district.counts.values()):,} district rows")
    return dataset


def _store_blobs(db_path: Path, blobs: list[bytes]) -> None:
    root = attachments_root(f"sqlite:///{db_path}")
    for data in blobs:
        store_bytes(root, data)


def _set_last_stamp(db_path: Path, stamp: str) -> None:
    db = open_database(str(db_path), upgrade=False)
    with db.engine.begin() as connection:
        connection.execute(update(m.LocalSite).values(last_hlc=stamp))
    db.close()


def ensure_dataset(scale: Scale, folder: Path | None = None, *, say: Say = print) -> Dataset:
    """The data folder for `scale`, generated first if it is missing or was made for other settings.

    A folder given explicitly is used as it is when it holds data of this generator version, whatever its
    scale (say, one made with `--townships 4 --years 2`); it is generated only when it holds none.
    """
    found = Dataset.load(folder or default_data_dir(scale))
    usable = found is not None and found.district_db.exists()
    if usable and found and (found.matches(scale) or (folder is not None and found.current())):
        return found
    folder = folder or default_data_dir(scale)
    say(f"generating {scale.name} data ({scale.townships} townships × {scale.years} years) into {folder}")
    return generate(scale, folder, say=say)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__.split("\n")[0])
    parser.add_argument("--scale", choices=("quick", "full"), default="full")
    parser.add_argument("--townships", type=int, help="townships in the district (full: 21)")
    parser.add_argument("--years", type=int, help="years of history (full: 5)")
    parser.add_argument("--out", type=Path, help="data folder (default: $INCUBATOR_BENCH_DATA or the temp folder)")
    args = parser.parse_args(argv)
    scale = scale_for(args.scale, townships=args.townships, years=args.years)
    generate(scale, args.out or default_data_dir(scale))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
