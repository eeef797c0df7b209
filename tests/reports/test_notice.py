"""Public notices: the right records, nothing personal, a Notice row with the PDF's hash, refusals."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from reportlab.platypus import Paragraph
from sqlalchemy import select

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.errors import InputRejected
from incubator_desktop.core.reports.flow import check_story
from incubator_desktop.core.reports.fonts import cjk_style
from incubator_desktop.core.reports.notice import build_notice

from .conftest import ID_NUMBER, MOBILE, SECRETS, flat, pdf_text

Sensitive = tuple[Database, dict[str, str]]
ISSUED = date(2024, 6, 28)  # a Friday


def notice(db: Database, out: Path, kind: str, **options: object) -> str:
    with db.transaction() as session:
        build_notice(session, out, kind=kind, issued_on=ISSUED, start=date(2024, 6, 1), **options)  # type: ignore[arg-type]
    return flat(pdf_text(out))


def test_new_orgs_notice_lists_the_filed_organizations(sensitive: Sensitive, tmp_path: Path) -> None:
    """The new-organizations notice lists those filed in the period with their filing numbers, and no older ones."""
    db, _ids = sensitive
    text = notice(db, tmp_path / "n.pdf", "new-orgs")
    assert "关于新备案社区社会组织的公示" in text
    assert "团结村夕阳红志愿服务队" in text and "幸福社区舞蹈队" in text
    assert flat("托备字〔2024〕第001号") in text
    assert "去年备案的老年协会" not in text
    assert flat("2024年6月28日至2024年7月4日（5个工作日）") in text


def test_contest_notice_shows_scores_and_a_seven_day_period(sensitive: Sensitive, tmp_path: Path) -> None:
    """Contest results list entrants, titles, scores and results, for 7 working days by default."""
    db, _ids = sensitive
    text = notice(db, tmp_path / "c.pdf", "contest")
    assert "2024年托克扎克镇微公益创投大赛" in text
    assert "银龄守护" in text and "舞动幸福" in text and "优秀创意奖" in text
    assert "80.00" in text  # the expert average
    assert flat("（7个工作日）") in text


def test_resources_notice_masks_individual_donors(sensitive: Sensitive, tmp_path: Path) -> None:
    """Resources show companies by name, an individual as 爱心人士 with a masked name, and the total."""
    db, _ids = sensitive
    text = notice(db, tmp_path / "r.pdf", "resources")
    assert "疏附县丰源商贸有限公司" in text
    assert flat("爱心人士（王*密）") in text
    assert "8,000.00" in text
    assert "团结村夕阳红志愿服务队" in text  # the recipient organization


@pytest.mark.parametrize("kind", ["new-orgs", "contest", "resources"])
def test_no_personal_data_on_any_notice(sensitive: Sensitive, tmp_path: Path, kind: str) -> None:
    """No seeded ID number, phone, leader name, counselling subject, donor's full name or private recipient appears,
    nor any 11-digit mobile or 18-character ID pattern; the office landline does."""
    db, _ids = sensitive
    out = tmp_path / f"{kind}.pdf"
    text = notice(db, out, kind)
    for secret in SECRETS:
        assert flat(secret) not in text, secret
    for candidate in (text, pdf_text(out)):  # without and with the line breaks between cells
        assert not MOBILE.search(candidate)
        assert not ID_NUMBER.search(candidate)
    assert "0998-5123456" in text


def test_notice_is_recorded_with_its_hash(sensitive: Sensitive, tmp_path: Path) -> None:
    """Printing writes a Notice row in the caller's transaction with the period and the PDF's SHA-256."""
    db, _ids = sensitive
    out = tmp_path / "n.pdf"
    notice(db, out, "new-orgs")
    with db.reading() as session:
        row = session.scalars(select(m.Notice)).one()
        assert (row.kind, row.issued_on, row.period_days) == ("new-orgs", ISSUED, 5)
        assert (row.period_start, row.period_end) == (date(2024, 6, 28), date(2024, 7, 4))
        assert row.content_sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
        assert row.issuing_unit == "托克扎克镇孵化基地"


def test_rolled_back_transaction_leaves_no_notice_row(sensitive: Sensitive, tmp_path: Path) -> None:
    """The caller owns the transaction: if it fails after printing, no Notice row remains."""
    db, _ids = sensitive
    with pytest.raises(RuntimeError), db.transaction() as session:
        build_notice(session, tmp_path / "n.pdf", issued_on=ISSUED, start=date(2024, 6, 1))
        raise RuntimeError("the caller's next step failed")
    with db.reading() as session:
        assert session.scalars(select(m.Notice)).all() == []


def test_mobile_office_phone_is_refused(sensitive: Sensitive, tmp_path: Path) -> None:
    """A mobile number as the objection contact is refused: a notice only shows an office landline."""
    db, _ids = sensitive
    with pytest.raises(InputRejected) as refused, db.transaction() as session:
        build_notice(session, tmp_path / "n.pdf", issued_on=ISSUED, office_phone="139 1234 5678")
    assert refused.value.code == "office_phone_personal"
    assert not (tmp_path / "n.pdf").exists()


def test_empty_notice_is_refused(sensitive: Sensitive, tmp_path: Path) -> None:
    """A period with nothing to announce prints nothing."""
    db, _ids = sensitive
    with pytest.raises(InputRejected) as refused, db.transaction() as session:
        build_notice(session, tmp_path / "n.pdf", issued_on=ISSUED, start=date(2024, 1, 1), end=date(2024, 1, 31))
    assert refused.value.code == "notice_empty"


def test_default_start_follows_the_last_notice(sensitive: Sensitive, tmp_path: Path) -> None:
    """Without --from, a new notice starts the day after the previous one of its kind was issued."""
    db, _ids = sensitive
    with db.transaction() as session:
        build_notice(session, tmp_path / "first.pdf", issued_on=date(2024, 6, 5), start=date(2024, 6, 1))
        build_notice(session, tmp_path / "second.pdf", issued_on=ISSUED)
    first, second = flat(pdf_text(tmp_path / "first.pdf")), flat(pdf_text(tmp_path / "second.pdf"))
    assert "团结村夕阳红志愿服务队" in first and "幸福社区舞蹈队" not in first
    assert "幸福社区舞蹈队" in second and "团结村夕阳红志愿服务队" not in second


def test_final_guard_rejects_a_story_that_escaped_masking() -> None:
    """A paragraph made without the Composer and holding a raw mobile number stops the print."""
    raw = Paragraph(f"联系电话{' '.join(['139', '1234', '5678'])}", cjk_style("raw"))
    with pytest.raises(InputRejected) as refused:
        check_story([raw])
    assert refused.value.code == "unsafe_public_text"
