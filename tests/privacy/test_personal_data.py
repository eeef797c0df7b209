"""No full ID number or mobile number leaves the program where it must not: every printout, export and bundle.

Public notices and every other printout: never. Workbook exports: only with `reveal`, and then audited.
Bundles: never readable in the file's bytes; after decryption, counselling files are absent altogether.
Each document's text is taken the way a reader would get at it: PDF text via pypdf, every cell of every
sheet (hidden ones too) plus the raw XML of every part of a workbook, the bundle's bytes before and after
decryption. Positive controls prove the scan finds the numbers where they are allowed.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from incubator_desktop.cli import main
from incubator_desktop.core import models as m
from incubator_desktop.core.district.summary_pdf import build_district_summary
from incubator_desktop.core.district.workbook import export_city_workbook
from incubator_desktop.core.exchange.ledger import export_ledger
from incubator_desktop.core.exchange.roster_export import export_roster, export_template
from incubator_desktop.core.reports.casebook import build_casebook
from incubator_desktop.core.reports.certificate import build_certificate
from incubator_desktop.core.reports.monthly import build_monthly
from incubator_desktop.core.reports.notice import build_notice
from incubator_desktop.core.reports.orgfile import build_orgfile
from incubator_desktop.core.reports.signin import build_signin
from incubator_desktop.core.sync.container import split_bundle
from incubator_desktop.core.sync.envelope import open_payload
from incubator_desktop.core.sync.payload import unpack_payload
from incubator_desktop.core.vocab import SiteKind

from ..faults.counts import tally
from ..reports.conftest import (
    COUNSELLING_SUBJECT,
    ID_NUMBER,
    LEADER_ID,
    LEADER_PHONE,
    MOBILE,
    PERSON_ID,
    PERSON_PHONE,
    TODAY,
    fill_sensitive_site,
    pdf_text,
)
from ..sync.conftest import DISTRICT, TOWNSHIP_A, SiteHandle, introduce, make_site
from ..sync.test_tampering import own_pair

NUMBERS = (LEADER_ID, PERSON_ID, LEADER_PHONE, PERSON_PHONE, "13800001111")
COUNSELLING_NOTE = f"当事人电话{PERSON_PHONE}"
# The patterns as whole numbers: a key fingerprint's long run of digits holds no one's ID number.
STANDALONE_ID = re.compile(rf"(?<![\dXx]){ID_NUMBER.pattern}(?![\dXx])")
STANDALONE_MOBILE = re.compile(rf"(?<!\d){MOBILE.pattern}(?!\d)")


def leaks(text: str) -> list[str]:
    """Full ID numbers and mobile numbers in `text`: any that match the patterns, and the seeded ones."""
    folded = unicodedata.normalize("NFKC", text)
    squeezed = re.sub(r"\s+", "", folded)
    found = set(STANDALONE_ID.findall(folded)) | set(STANDALONE_MOBILE.findall(folded))
    found |= {number for number in NUMBERS if number in squeezed}
    return sorted(found)


def workbook_text(path: Path) -> str:
    """Every cell of every sheet, hidden or not, and the raw XML of every part (shared strings, comments...)."""
    parts: list[str] = []
    workbook = load_workbook(path)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows(values_only=True):
            parts.extend(str(value) for value in row if value is not None)
    with zipfile.ZipFile(path) as archive:
        parts.extend(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())
    return "\n".join(parts)


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[tuple[SiteHandle, SiteHandle, dict[str, str]]]:
    """A township full of personal data, and its district after importing the township's bundle."""
    township = make_site(tmp_path / "a", SiteKind.TOWNSHIP, TOWNSHIP_A, "托克扎克镇孵化基地")
    district = make_site(tmp_path / "district", SiteKind.DISTRICT, DISTRICT, "疏附县民政局")
    introduce(district, township)
    with township.db.transaction() as session:
        ids = fill_sensitive_site(session)
    yield township, district, ids
    township.db.close()
    district.db.close()


PRINTOUTS: dict[str, Callable[[Any, Path, dict[str, str]], object]] = {
    "notice-new-orgs": lambda s, out, ids: build_notice(
        s, out, kind="new-orgs", issued_on=TODAY, start=date(2024, 6, 1)
    ),
    "notice-contest": lambda s, out, ids: build_notice(s, out, kind="contest", issued_on=TODAY, start=date(2024, 6, 1)),
    "notice-resources": lambda s, out, ids: build_notice(
        s, out, kind="resources", issued_on=TODAY, start=date(2024, 6, 1)
    ),
    "monthly": lambda s, out, ids: build_monthly(s, out, month="2024-06"),
    "casebook": lambda s, out, ids: build_casebook(s, out, today=TODAY),
    "signin-blank": lambda s, out, ids: build_signin(s, out),
    "signin-filled": lambda s, out, ids: build_signin(s, out, training_id=ids["training"]),
    "orgfile": lambda s, out, ids: build_orgfile(s, out, organization_id=ids["org"], today=TODAY),
    "certificate": lambda s, out, ids: build_certificate(s, out, issued_on=TODAY),
}


@pytest.mark.parametrize("kind", list(PRINTOUTS))
def test_no_printout_shows_a_full_id_or_mobile_number(
    sites: tuple[SiteHandle, SiteHandle, dict[str, str]], tmp_path: Path, kind: str
) -> None:
    """Every township printout kind, made from records full of ID and mobile numbers, shows none in full."""
    township, _, ids = sites
    out = tmp_path / f"{kind}.pdf"
    with township.db.transaction() as session:
        PRINTOUTS[kind](session, out, ids)
    text = pdf_text(out)
    assert len(text) > 40, "the printout has text to scan"
    assert leaks(text) == []
    tally("privacy_documents")


def test_sync_printouts_show_no_personal_numbers(
    sites: tuple[SiteHandle, SiteHandle, dict[str, str]], tmp_path: Path
) -> None:
    """The key enrolment form and the district's import receipt show no ID or mobile number."""
    township, district, _ = sites
    bundle = township.export(tmp_path / "usb")
    district.import_(bundle.path)
    for site, args in (
        (township, ["print", "keyform", "--out", str(tmp_path / "keyform.pdf")]),
        (district, ["print", "import-receipt", "--out", str(tmp_path / "receipt.pdf")]),
    ):
        site.db.close()
        assert main(["--db", str(site.path), *args]) == 0
    for name in ("keyform.pdf", "receipt.pdf"):
        assert leaks(pdf_text(tmp_path / name)) == []
        tally("privacy_documents")


def test_district_outputs_show_no_personal_numbers(
    sites: tuple[SiteHandle, SiteHandle, dict[str, str]], tmp_path: Path
) -> None:
    """At the district, after the township's records arrived: the year summary PDF and the city workbook."""
    township, district, _ = sites
    district.import_(township.export(tmp_path / "usb").path)
    with district.db.transaction() as session:
        build_district_summary(session, tmp_path / "summary.pdf", year=2024, today=TODAY)
        export_city_workbook(session, tmp_path / "city.xlsx", year=2024, today=TODAY)
    assert leaks(pdf_text(tmp_path / "summary.pdf")) == []
    assert leaks(workbook_text(tmp_path / "city.xlsx")) == []
    tally("privacy_documents", 2)


def reveal_audits(site: SiteHandle) -> int:
    with site.db.reading() as session:
        query = select(func.count()).select_from(m.AuditEntry).where(m.AuditEntry.action == "reveal_personal_data")
        return int(session.scalar(query) or 0)


EXPORTS: dict[str, Callable[[Any, Path, bool], object]] = {
    "roster": lambda s, out, reveal: export_roster(s, out, reveal=reveal),
    "ledger": lambda s, out, reveal: export_ledger(
        s, out, start=date(2024, 1, 1), end=date(2024, 12, 31), reveal=reveal
    ),
}


@pytest.mark.parametrize("kind", list(EXPORTS))
def test_workbook_exports_show_numbers_only_when_revealed_and_audited(
    sites: tuple[SiteHandle, SiteHandle, dict[str, str]], tmp_path: Path, kind: str
) -> None:
    """Masked by default in every cell and XML part; with reveal the numbers appear and the reveal is audited."""
    township, _, _ = sites
    with township.db.transaction() as session:
        EXPORTS[kind](session, tmp_path / "masked.xlsx", False)
    assert leaks(workbook_text(tmp_path / "masked.xlsx")) == []
    assert reveal_audits(township) == 0
    with township.db.transaction() as session:
        EXPORTS[kind](session, tmp_path / "revealed.xlsx", True)
    shown = leaks(workbook_text(tmp_path / "revealed.xlsx"))
    assert LEADER_ID in shown and LEADER_PHONE in shown  # the scan finds what is there
    assert reveal_audits(township) == 1
    tally("privacy_documents", 2)


def test_the_blank_template_holds_no_numbers(tmp_path: Path) -> None:
    """The blank roster template carries no record at all, so no number either."""
    export_template(tmp_path / "template.xlsx", communities=["团结村"])
    assert leaks(workbook_text(tmp_path / "template.xlsx")) == []
    tally("privacy_documents")


def encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be"), text.encode("gb18030")]


def test_bundles_hide_numbers_and_never_carry_counselling_files(
    sites: tuple[SiteHandle, SiteHandle, dict[str, str]], tmp_path: Path
) -> None:
    """No number or private name is in the bundle's bytes; decrypted, records travel but counselling does not."""
    township, district, _ = sites
    raw = Path(township.export(tmp_path / "usb").path).read_bytes()
    for secret in (*NUMBERS, COUNSELLING_SUBJECT, "团结村夕阳红志愿服务队"):
        assert not any(form in raw for form in encodings(secret)), secret
    payload = unpack_payload(open_payload(split_bundle(raw), own_pair(district)))
    plain = "\n".join(repr(record) for record in payload.records) + repr(payload.manifest)
    assert LEADER_ID in plain  # the records themselves travel to the district, so the scan has something to find
    assert COUNSELLING_SUBJECT not in plain and COUNSELLING_NOTE not in plain
    assert all(record["type"] != m.ServiceFile.__tablename__ for record in payload.records)
    tally("privacy_documents", 2)
