"""Sync bundles of a township year: export vs JSON lines + zlib + encryption, import vs sqlite3 executemany.

The export runs on a copy of the township database (so its sent-bundle numbering never moves). The import
goes into the large district database itself, which is put back as generated before and after every
import (the year's rows, the bundle's history entry and the photo files are removed again), so every
import measured is a first import and repeated runs measure the same thing.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import sqlite3
import statistics
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from benchmarks.dataset import vault_beside
from benchmarks.figures import Context, Figure, Target, figure, profiled, raw_connection
from incubator_desktop.core import models as m
from incubator_desktop.core.attachments import attachments_root, path_for
from incubator_desktop.core.backups import backup_folder
from incubator_desktop.core.db import Database, open_database
from incubator_desktop.core.sync import importer
from incubator_desktop.core.sync.exporter import ExportResult, export_bundle
from incubator_desktop.core.sync.importer import ALREADY_APPLIED, APPLIED, import_bundle
from incubator_desktop.core.sync.trust import current_own_key, load_own_pair
from incubator_desktop.core.sync.vault import KeyVault

HALF_OF_RAW = Target("ratio", ">=", 0.5)
TENTH_OF_FIRST = Target("ratio", "<=", 0.1)
SYNCED_TABLES = [model.__tablename__ for model in m.SYNCED_MODELS]


def copy_database(source: Path, folder: Path) -> Path:
    """A private copy of a site: database (backup API), key file, and its photo store (linked, not copied)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    shutil.copyfile(source.with_suffix(".keys"), target.with_suffix(".keys"))
    photos = source.parent / "attachments"
    try:
        os.symlink(photos, folder / "attachments", target_is_directory=True)
    except OSError:  # no symlinks (Windows without the privilege): copy the store
        shutil.copytree(photos, folder / "attachments")
    return target


def unlock(db: Database, vault: KeyVault) -> None:
    """Read the private key once (the key file's passphrase derivation is a one-off cost per session)."""
    with db.reading() as session:
        load_own_pair(session, vault, current_own_key(session).key_id)


@dataclass
class YearRows:
    """The township year's rows as stored (what the bundle carries), per table, parents first."""

    tables: list[tuple[str, list[str], list[tuple[Any, ...]]]]
    photos: list[str]

    @property
    def count(self) -> int:
        return sum(len(rows) for _table, _columns, rows in self.tables)


def year_rows(path: Path, site: str, since: str) -> YearRows:
    connection = sqlite3.connect(path)
    tables = []
    photos: list[str] = []
    try:
        for table in SYNCED_TABLES:
            if table == m.ServiceFile.__tablename__:
                continue  # never travels
            cursor = connection.execute(
                f"SELECT * FROM {table} WHERE origin_site = ? AND hlc > ? ORDER BY hlc, id", (site, since)
            )
            rows = cursor.fetchall()
            if rows:
                columns = [d[0] for d in cursor.description]
                tables.append((table, columns, rows))
                if table == m.Attachment.__tablename__:
                    photos = [row[columns.index("sha256")] for row in rows]
    finally:
        connection.close()
    return YearRows(tables, photos)


class DistrictReset:
    """Puts the district database back as generated: without the bench township's newer records."""

    def __init__(self, path: Path, site: str, since: str) -> None:
        self.path, self.site, self.since = path, site, since
        self.root = attachments_root(f"sqlite:///{path}")
        with sqlite3.connect(path) as connection:
            self.counts = connection.execute(
                "SELECT site_code, kind, month, count, as_of_hlc FROM sync_service_file_counts WHERE site_code = ?",
                (site,),
            ).fetchall()

    def __call__(self, photos: list[str]) -> None:
        connection = sqlite3.connect(self.path, isolation_level=None)
        try:
            connection.execute("BEGIN")
            for table in reversed(SYNCED_TABLES):
                connection.execute(f"DELETE FROM {table} WHERE origin_site = ? AND hlc > ?", (self.site, self.since))
            connection.execute("DELETE FROM audit_entries WHERE action = 'bundle_import'")
            connection.execute("DELETE FROM sync_received_bundles WHERE sender_site = ?", (self.site,))
            connection.execute("DELETE FROM sync_conflicts WHERE origin_site = ?", (self.site,))
            connection.execute("DELETE FROM sync_service_file_counts WHERE site_code = ?", (self.site,))
            connection.executemany("INSERT INTO sync_service_file_counts VALUES (?, ?, ?, ?, ?)", self.counts)
            connection.execute("COMMIT")
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
        for sha256 in photos:
            path_for(self.root, sha256).unlink(missing_ok=True)


def raw_export(path: Path, rows: YearRows, photo_root: Path, out: Path) -> int:
    """The baseline: the same records as JSON lines, zlib-compressed, photos appended, encrypted, written."""
    lines = [json.dumps({"receipt": {}}).encode()]
    for table, columns, values in rows.tables:
        for row in values:
            record = {"type": table, "values": dict(zip(columns, row, strict=True))}
            lines.append(json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode())
    block = zlib.compress(b"\n".join(lines), 6)
    blobs = b"".join(path_for(photo_root, sha256).read_bytes() for sha256 in dict.fromkeys(rows.photos))
    sealed = ChaCha20Poly1305(ChaCha20Poly1305.generate_key()).encrypt(secrets.token_bytes(12), block + blobs, None)
    out.write_bytes(sealed)
    return len(sealed)


def raw_insert(path: Path, rows: YearRows) -> None:
    """The baseline: the same rows into the same database with sqlite3 executemany, one transaction."""
    connection = raw_connection(path)
    try:
        connection.execute("BEGIN")
        for table, columns, values in rows.tables:
            marks = ", ".join("?" * len(columns))
            connection.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", values)
        connection.execute("COMMIT")
    finally:
        connection.close()


def measure(ctx: Context) -> list[Figure]:
    data = ctx.dataset
    township_path = copy_database(data.township_db, ctx.scratch / "export-township")
    rows = year_rows(township_path, data.bench_code, data.acked_hlc)
    township = open_database(str(township_path), upgrade=False)
    township_vault = vault_beside(township_path)
    sticks = ctx.scratch / "sticks"
    try:
        unlock(township, township_vault)

        def export() -> ExportResult:
            with sqlite3.connect(township_path) as connection:  # the next export is again sequence 1
                connection.execute("DELETE FROM sync_sent_bundles")
            return export_bundle(township, township_vault, out_dir=sticks)

        photo_root = attachments_root(township.url)
        export_times, raw_times, exported = ctx.paired(
            export, lambda: raw_export(township_path, rows, photo_root, ctx.scratch / "raw.bin"), limit=3
        )
        profiled(ctx, "bundle_export_throughput", export)
        bundle = Path(exported.path)
    finally:
        township.close()
    records = sum(exported.counts.values())
    note = f"{records:,} records + {exported.attachments} photos, {exported.size / 1e6:.1f} MB bundle"
    export_rate, raw_rate = records / statistics.median(export_times), records / statistics.median(raw_times)
    figures = [figure("bundle_export_throughput", export_rate, "records/s", baseline=raw_rate,
                      target=HALF_OF_RAW, note=note)]  # fmt: skip
    figures += _imports(ctx, bundle, rows, records, note)
    return figures


def _imports(ctx: Context, bundle: Path, rows: YearRows, records: int, note: str) -> list[Figure]:
    data = ctx.dataset
    reset = DistrictReset(data.district_db, data.bench_code, data.acked_hlc)
    reset(rows.photos)
    district = open_database(str(data.district_db), upgrade=False)
    vault = vault_beside(data.district_db)
    kept_backups = set(backup_folder(data.district_db).glob("*.db"))
    try:
        unlock(district, vault)
        first_times, raw_times, _ = ctx.paired(
            lambda: _first_import(district, vault, bundle),
            lambda: raw_insert(data.district_db, rows),
            before=lambda: reset(rows.photos),
            limit=3,
        )
        # The same import without its safety backup (issue 10: a checked copy of the whole database before
        # every import), to tell the import's own work from the copy's.
        with _no_backup_before_import():
            bare_times, _ = ctx.samples(lambda: _first_import(district, vault, bundle),
                                        before=lambda: reset(rows.photos), limit=3)  # fmt: skip
        reset(rows.photos)
        _first_import(district, vault, bundle)
        again_times, _ = ctx.samples(lambda: _again(district, vault, bundle), limit=3)
        reset(rows.photos)
        profiled(ctx, "bundle_import_throughput", lambda: import_bundle(district, vault, bundle))
        profiled(ctx, "bundle_reimport", lambda: import_bundle(district, vault, bundle))
    finally:
        district.close()
        reset(rows.photos)
        for made in set(backup_folder(data.district_db).glob("*.db")) - kept_backups:
            made.unlink()  # a gigabyte each at full scale
    first, bare, again, raw = (statistics.median(t) for t in (first_times, bare_times, again_times, raw_times))
    return [
        figure("bundle_import_throughput", records / first, "records/s", baseline=rows.count / raw,
               target=HALF_OF_RAW, note=f"{note}; into {_size(data.district_db)} district database, "
               "with the checked backup of the whole database made before every import"),
        figure("bundle_import_without_backup", records / bare, "records/s", baseline=rows.count / raw,
               target=HALF_OF_RAW, note="the same import with its safety backup left out"),
        figure("bundle_reimport", again * 1000, "ms", baseline=first * 1000, target=TENTH_OF_FIRST,
               note="the same bundle again (already applied); baseline is the first import"),
    ]  # fmt: skip


@contextmanager
def _no_backup_before_import() -> Iterator[None]:
    saved = importer.backup_before
    importer.backup_before = lambda _db, _reason: None
    try:
        yield
    finally:
        importer.backup_before = saved


def _first_import(district: Database, vault: KeyVault, bundle: Path) -> None:
    result = import_bundle(district, vault, bundle)
    assert result.status == APPLIED, result.status


def _again(district: Database, vault: KeyVault, bundle: Path) -> None:
    result = import_bundle(district, vault, bundle)
    assert result.status == ALREADY_APPLIED, result.status


def _size(path: Path) -> str:
    return f"{path.stat().st_size / 1e6:,.0f} MB"
