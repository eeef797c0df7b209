"""A generated data folder: where its databases are, which township plays which part, and how to open them."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import keyring
import keyring.backends.fail

from benchmarks.scale import GENERATOR_VERSION, Scale
from incubator_desktop.core.sync.vault import KeyVault

#: The key files of generated sites are encrypted with this; the OS credential store is never touched.
PASSPHRASE = "benchmark-passphrase"
MANIFEST = "manifest.json"


def use_key_files() -> None:
    """Keep private keys in passphrase files beside each database: no OS keyring involved, reproducible."""
    keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]


def vault_beside(db_path: Path) -> KeyVault:
    passphrase: Callable[[], str | None] = lambda: PASSPHRASE  # noqa: E731 - the vault's passphrase source
    return KeyVault(db_path.with_suffix(".keys"), passphrase)


@dataclass
class Dataset:
    """What `benchmarks.generate` wrote, as `manifest.json` records it."""

    folder: Path
    scale: dict[str, Any]
    district_code: str
    townships: list[dict[str, Any]]  # code, name, weight, activities
    bench_code: str  # the township whose database and next-year bundle are measured
    ledger_code: str  # the largest township: its ledger over every year
    report_month: str
    bench_year: int
    last_year: int
    acked_hlc: str
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def district_db(self) -> Path:
        return self.folder / "district" / "incubator.db"

    @property
    def township_db(self) -> Path:
        return self.folder / "township" / "incubator.db"

    @property
    def roster(self) -> Path:
        return self.folder / "roster.xlsx"

    def save(self) -> None:
        data = asdict(self)
        data.pop("folder")
        (self.folder / MANIFEST).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> Dataset | None:
        try:
            data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        try:
            return cls(folder=folder, **data)
        except TypeError:
            return None

    def current(self) -> bool:
        """Made by this version of the generator."""
        return self.scale.get("generator_version") == GENERATOR_VERSION

    def as_scale(self, like: Scale) -> Scale:
        """The scale this data was generated at (with `like`'s name and repetitions)."""
        known = {f.name for f in fields(Scale)}
        return replace(
            like, **{k: v for k, v in self.scale.items() if k in known and k not in ("name", "repeats", "startup_runs")}
        )

    def matches(self, scale: Scale) -> bool:
        wanted = scale.as_dict()
        keys = ("townships", "years", "activities", "organizations", "roster_rows", "seed", "first_year")
        return self.scale.get("generator_version") == GENERATOR_VERSION and all(
            self.scale.get(key) == wanted[key] for key in keys
        )
