"""Monthly report, casebook, sign-in sheet, organization file and certificates show the right records."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.errors import InputRejected, NotFound
from incubator_desktop.core.reports.certificate import build_certificate
from incubator_desktop.core.reports.monthly import build_monthly
from incubator_desktop.core.reports.orgfile import build_orgfile
from incubator_desktop.core.reports.signin import build_signin

from .conftest import (
    ID_NUMBER,
    LEADER_ID,
    LEADER_PHONE,
    MOBILE,
    PERSON_ID,
    PERSON_PHONE,
    flat,
    flat_text,
    pdf_text,
)

Sensitive = tuple[Database, dict[str, str]]


def test_monthly_report_lists_the_months_work(demo_db: Database, demo_prints: dict[str, Path]) -> None:
    """The default month is the latest with records; its activities, resources and plan appear with the indicators."""
    text = flat_text(demo_prints["monthly"])
    with demo_db.reading() as session:
        latest = session.scalar(select(m.Activity.held_on).order_by(m.Activity.held_on.desc()).limit(1))
        assert latest is not None
        first = latest.replace(day=1)
        titles = session.scalars(select(m.Activity.title).where(m.Activity.held_on >= first)).all()
        report = session.scalars(select(m.ProgressReport).where(m.ProgressReport.month == f"{first:%Y-%m}")).one()
        plan = report.next_plan or ""
    assert flat(f"{first.year}年{first.month}月工作月报") in text
    assert titles and all(flat(title) in text for title in titles)
    assert flat(plan) in text
    assert flat("有效培育社区社会组织") in text and flat("绩效指标完成情况") in text


def test_monthly_rejects_a_bad_month(sensitive: Sensitive, tmp_path: Path) -> None:
    """A month that is not YYYY-MM is refused before anything is written."""
    db, _ids = sensitive
    with pytest.raises(InputRejected) as refused, db.transaction() as session:
        build_monthly(session, tmp_path / "m.pdf", month="2024-13")
    assert refused.value.code == "month_invalid"
    assert not (tmp_path / "m.pdf").exists()


def test_monthly_embeds_photos_and_skips_missing_files(sensitive: Sensitive, tmp_path: Path) -> None:
    """An image attachment found by SHA-256 in the store is embedded; one whose file is missing is skipped."""
    from PIL import Image

    db, ids = sensitive
    store = tmp_path / "attachments"
    image_path = tmp_path / "photo.png"
    Image.new("RGB", (320, 200), (200, 30, 30)).save(image_path)
    import hashlib

    data = image_path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    (store / sha[:2]).mkdir(parents=True)
    (store / sha[:2] / sha[2:]).write_bytes(data)
    with db.transaction() as session:
        activity = session.scalars(select(m.Activity)).first()
        assert activity is not None
        for digest, caption in ((sha, "入户探访现场"), ("0" * 64, "丢失的照片")):
            session.add(
                m.Attachment(
                    record_type="activities",
                    record_id=activity.id,
                    sha256=digest,
                    filename="p.png",
                    media_type="image/png",
                    size=len(data),
                    caption=caption,
                )
            )
        session.flush()
        build_monthly(session, tmp_path / "m.pdf", month="2024-06", attachments_dir=store)
    page_images = [image for page in PdfReader(str(tmp_path / "m.pdf")).pages for image in page.images]
    text = flat_text(tmp_path / "m.pdf")
    assert len(page_images) == 1
    assert "入户探访现场" in text and "丢失的照片" not in text
    assert ids["org"]  # the activity belongs to the seeded organization


def test_casebook_has_cover_contents_and_every_case(demo_db: Database, demo_prints: dict[str, Path]) -> None:
    """The booklet starts with a cover and a contents page listing each case, then one section per case."""
    reader = PdfReader(str(demo_prints["casebook"]))
    cover, contents = (flat(page.extract_text()) for page in reader.pages[:2])
    with demo_db.reading() as session:
        titles = session.scalars(select(m.CaseStudy.title).where(m.CaseStudy.deleted.is_(False))).all()
    assert "典型案例汇编" in cover
    assert len(titles) >= 3 and all(flat(title) in contents for title in titles)
    assert len(reader.pages) >= 2 + len(titles)


def test_signin_sheets_have_no_phone_or_id_column(sensitive: Sensitive, tmp_path: Path) -> None:
    """Blank and filled sheets have 序号/姓名/所属组织/签到 only; the filled one lists attendees without phones."""
    db, ids = sensitive
    with db.transaction() as session:
        build_signin(session, tmp_path / "blank.pdf")
        build_signin(session, tmp_path / "filled.pdf", training_id=ids["training"])
    blank, filled = flat_text(tmp_path / "blank.pdf"), flat_text(tmp_path / "filled.pdf")
    for text in (blank, filled):
        assert "序号姓名所属组织签到" in text
        assert "电话" not in text.replace("不收集电话", "") and "身份证" not in text.replace("身份证号码等", "")
    assert "李学员" in filled and "王来宾" in filled and "团结村夕阳红志愿服务队" in filled
    assert PERSON_PHONE not in filled and PERSON_ID not in filled
    assert "13" in blank  # the last numbered blank row


def test_orgfile_masks_id_and_phone(sensitive: Sensitive, tmp_path: Path) -> None:
    """The organization's file shows its details and checklist with ID and phone masked, even inside free text."""
    db, ids = sensitive
    with db.transaction() as session:
        build_orgfile(session, tmp_path / "o.pdf", organization_id=ids["org"], today=date(2024, 6, 28))
    text = flat_text(tmp_path / "o.pdf")
    assert "团结村夕阳红志愿服务队" in text and "139****5678" in text and "1101************2X" in text
    assert LEADER_PHONE not in text and LEADER_ID not in text
    assert not MOBILE.search(text) and not ID_NUMBER.search(text)
    assert "夕阳红入户探访" in text  # its activities


def test_unknown_organization_is_not_found(sensitive: Sensitive, tmp_path: Path) -> None:
    """An id that names no live organization is NotFound."""
    db, _ids = sensitive
    with pytest.raises(NotFound), db.transaction() as session:
        build_orgfile(session, tmp_path / "o.pdf", organization_id="nope")


def test_certificates_one_landscape_page_per_award(sensitive: Sensitive, tmp_path: Path) -> None:
    """Each winner and excellent idea gets one landscape page naming the organization and project."""
    db, ids = sensitive
    with db.transaction() as session:
        build_certificate(session, tmp_path / "c.pdf", contest_id=ids["contest"], issued_on=date(2024, 6, 28))
    reader = PdfReader(str(tmp_path / "c.pdf"))
    assert len(reader.pages) == 2
    assert all(page.mediabox.width > page.mediabox.height for page in reader.pages)
    first, second = (flat(page.extract_text()) for page in reader.pages)
    assert "荣誉证书" in first and "团结村夕阳红志愿服务队" in first and "获奖项目" in first
    assert "幸福社区舞蹈队" in second and "优秀创意奖" in second


def test_contest_without_awards_is_refused(sensitive: Sensitive, tmp_path: Path) -> None:
    """A contest with no winners yet has no certificates to print."""
    db, _ids = sensitive
    with db.transaction() as session:
        contest = m.VentureContest(name="空大赛", year=2024, held_on=date(2024, 6, 1))
        session.add(contest)
        session.flush()
        with pytest.raises(InputRejected) as refused:
            build_certificate(session, tmp_path / "c.pdf", contest_id=contest.id)
    assert refused.value.code == "contest_no_awards"


def test_casebook_masks_numbers_in_free_text(sensitive: Sensitive, tmp_path: Path) -> None:
    """A phone typed into a case study's text is masked in the booklet."""
    from incubator_desktop.core.reports.casebook import build_casebook

    db, _ids = sensitive
    with db.transaction() as session:
        build_casebook(session, tmp_path / "k.pdf", start=date(2024, 1, 1), end=date(2024, 12, 31))
    text = pdf_text(tmp_path / "k.pdf")
    assert "夕阳红守护独居老人" in flat(text) and "139****5678" in text
    assert not re.search(LEADER_PHONE, flat(text))


def test_output_is_replaced_atomically(sensitive: Sensitive, tmp_path: Path) -> None:
    """Printing over an existing file replaces it whole and leaves no temporary file behind."""
    db, _ids = sensitive
    out = tmp_path / "s.pdf"
    out.write_bytes(b"old")
    with db.transaction() as session:
        build_signin(session, out)
    assert out.read_bytes().startswith(b"%PDF")
    assert list(tmp_path.glob(".s.pdf.*")) == []
