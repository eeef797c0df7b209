"""The keys, bundle and print keyform commands: JSON output, exit codes and one-line refusals."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring
from pypdf import PdfReader

from incubator_desktop.cli import main
from incubator_desktop.core.db import Database

DISTRICT_INIT = ["init", "--role", "district", "--code", "653121", "--name", "疏附县民政局"]
TOWNSHIP_INIT = ["init", "--role", "township", "--code", "653121103", "--name", "托克扎克镇孵化基地"]


def run(capsys: pytest.CaptureFixture[str], db: Path | str, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], db: Path | str, *args: str) -> dict[str, object]:
    code, out, err = run(capsys, db, *args, "--json")
    assert code == 0, err
    loaded = json.loads(out)
    assert isinstance(loaded, dict)
    return loaded


@dataclass
class Pair:
    """The two sites' database URLs (SQLite files, or PostgreSQL databases in the server run) and key files."""

    district: str
    township: str
    district_key: Path
    township_key: Path


@pytest.fixture
def pair(tmp_path: Path, capsys: pytest.CaptureFixture[str], make_database: Callable[[str], Database]) -> Pair:
    """A district and a township set up from the shell, each having enrolled the other's public-key file."""
    sites = Pair(make_database("d").url, make_database("t").url, tmp_path / "d-public.json", tmp_path / "t-public.json")
    for db, init, key in (
        (sites.district, DISTRICT_INIT, sites.district_key),
        (sites.township, TOWNSHIP_INIT, sites.township_key),
    ):
        assert run_json(capsys, db, *init)["fingerprint"]
        run(capsys, db, "keys", "export", "--out", str(key))
    shown = run_json(capsys, sites.township, "keys", "show")
    enrolled = run_json(
        capsys, sites.district, "keys", "enroll", str(sites.township_key), "--fingerprint", str(shown["fingerprint"])
    )
    assert enrolled["site_code"] == "653121103"
    run_json(capsys, sites.township, "keys", "enroll", str(sites.district_key))
    return sites


def test_export_inspect_import_and_reimport(pair: Pair, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A township bundle goes through export, inspect, dry run, import with receipt, and a harmless re-import."""
    district, township = pair.district, pair.township
    run(capsys, township, "org", "add", "--name", "团结村舞蹈队", "--category", "文体活动类")
    exported = run_json(capsys, township, "bundle", "export", "--to", str(tmp_path / "usb"))
    assert exported["sequence"] == 1 and exported["counts"]["organizations"] == 1  # type: ignore[index]
    bundle = str(exported["path"])
    header = run_json(capsys, district, "bundle", "inspect", bundle)
    assert (header["sender"], header["recipient"], header["sequence"]) == ("653121103", "653121", 1)
    assert {"created", "counts"} <= header.keys()
    assert run_json(capsys, district, "bundle", "import", bundle, "--dry-run")["status"] == "previewed"
    receipt = tmp_path / "receipt.pdf"
    applied = run_json(capsys, district, "bundle", "import", bundle, "--receipt", str(receipt))
    assert applied["status"] == "applied" and applied["counts"]["organizations"]["created"] == 1  # type: ignore[index]
    assert "导入回执" in PdfReader(receipt).pages[0].extract_text()
    assert run_json(capsys, district, "bundle", "import", bundle)["status"] == "already-applied"
    code, out, _ = run(capsys, district, "bundle", "import", bundle)
    assert code == 0 and "之前已导入" in out
    history = run_json(capsys, district, "bundle", "history")
    assert [row["sequence"] for row in history["received"]] == [1]  # type: ignore[union-attr, index]


def test_refusals_exit_3_with_one_line(pair: Pair, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A damaged bundle, a district export without --for and a wrong fingerprint each exit 3 with one line."""
    district, township = pair.district, pair.township
    bundle = Path(str(run_json(capsys, township, "bundle", "export", "--to", str(tmp_path / "usb"))["path"]))
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x10
    bundle.write_bytes(bytes(data))
    code, out, err = run(capsys, district, "bundle", "import", str(bundle), "--json")
    assert code == 3 and len(err.strip().splitlines()) == 1 and "未做任何改动" in err
    assert json.loads(out)["status"] == "rejected"
    code, _, err = run(capsys, district, "bundle", "export", "--to", str(tmp_path / "usb"))
    assert code == 3 and "--for" in err
    code, _, err = run(capsys, district, "keys", "enroll", str(pair.township_key), "--fingerprint", "1")
    assert code == 3 and "指纹" in err
    code, _, err = run(capsys, township, "bundle", "inspect", str(tmp_path / "nothing-here"))
    assert code == 3 and err.strip()


def test_keyform_prints_the_fingerprint(pair: Pair, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """print keyform writes a PDF whose text carries the site code and every fingerprint group."""
    township = pair.township
    shown = run_json(capsys, township, "keys", "show")
    printed = run_json(capsys, township, "print", "keyform", "--out", str(tmp_path / "keyform.pdf"))
    text = PdfReader(str(printed["path"])).pages[0].extract_text()
    assert "653121103" in text and "同步密钥登记表" in text
    assert all(group in text for group in str(shown["fingerprint"]).split())


def test_init_without_a_credential_store_still_sets_up_the_site(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without keyring or passphrase init succeeds and says keys come later; with a passphrase they go to a file."""
    keyring.set_keyring(FailKeyring())
    monkeypatch.delenv("INCUBATOR_PASSPHRASE", raising=False)
    code, out, err = run(capsys, tmp_path / "a" / "t.db", *TOWNSHIP_INIT, "--json")
    assert code == 0 and json.loads(out)["fingerprint"] is None and "keys generate" in err
    monkeypatch.setenv("INCUBATOR_PASSPHRASE", "a long enough passphrase")
    assert run_json(capsys, tmp_path / "a" / "t.db", "keys", "generate")["site_code"] == "653121103"
    assert (tmp_path / "a" / "t.keys").exists()
    assert run_json(capsys, tmp_path / "a" / "t.db", "keys", "show")["storage"] == "file"
