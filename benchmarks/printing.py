"""The monthly report PDF of the township, for a month with 20 photos, vs ReportLab drawing the same content."""

from __future__ import annotations

import statistics
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from benchmarks.figures import Context, Figure, Target, figure, profiled
from incubator_desktop.core.attachments import attachments_root
from incubator_desktop.core.db import open_database
from incubator_desktop.core.reports.fonts import register_cjk_font
from incubator_desktop.core.reports.month_data import month_rows, parse_month
from incubator_desktop.core.reports.monthly import build_monthly
from incubator_desktop.core.reports.photos import find_attachment_file, image_attachments

ONE_SECOND = Target("value", "<=", 1000)


def raw_report(lines: list[str], photos: list[Path], out: Path) -> None:
    """The baseline: a canvas with one line of text per table row and the same photos, two to a row."""
    font = register_cjk_font()
    canvas = Canvas(str(out), pagesize=A4)
    _width, height = A4
    y = height - 60
    for line in lines:
        if y < 60:
            canvas.showPage()
            y = height - 60
        canvas.setFont(font, 9)
        canvas.drawString(50, y, line)
        y -= 14
    canvas.showPage()
    for index, photo in enumerate(photos):
        if index % 6 == 0 and index:
            canvas.showPage()
        column, row = index % 2, (index % 6) // 2
        canvas.drawImage(str(photo), 50 + column * 250, height - 260 - row * 240, width=240, height=180)
    canvas.save()


def measure(ctx: Context) -> list[Figure]:
    data = ctx.dataset
    db = open_database(str(data.township_db), upgrade=False)
    root = attachments_root(db.url)
    try:
        with db.reading() as session:
            first, last = parse_month(data.report_month)
            rows = month_rows(session, data.bench_code, first, last)
            attached = image_attachments(session, rows.record_ids)
            photos = [path for a in attached if (path := find_attachment_file(root, a.sha256, a.filename))]
            out = ctx.scratch / "monthly.pdf"

            def build() -> Path:
                return build_monthly(session, out, month=data.report_month, attachments_dir=root)

            lines = [" ".join(row) for row in (*rows.activities, *rows.trainings, *rows.resources, *rows.cases)]
            app, raw, _ = ctx.paired(build, lambda: raw_report(lines, photos, ctx.scratch / "raw.pdf"))
            value, baseline = statistics.median(app), statistics.median(raw)
            profiled(ctx, "monthly_report_pdf", build)
    finally:
        db.close()
    return [
        figure("monthly_report_pdf", value * 1000, "ms", baseline=baseline * 1000, target=ONE_SECOND,
               note=f"{data.report_month}: {len(rows.activities)} activities, {len(rows.trainings)} trainings, "
                    f"{len(photos)} photos, {out.stat().st_size / 1e6:.1f} MB")
    ]  # fmt: skip
