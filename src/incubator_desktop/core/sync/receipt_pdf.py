"""The printable import receipt (导入回执): what one bundle brought, per record type, for signing and filing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from incubator_desktop.core.reports.fonts import cjk_style, register_cjk_font
from incubator_desktop.core.reports.glyphs import para
from incubator_desktop.core.reports.output import write_atomically
from incubator_desktop.core.reports.page import PageSetup, render
from incubator_desktop.core.sync.captions import ReceiptCaptions

_COLUMNS = ("created", "updated", "unchanged", "deleted", "conflicts")


@dataclass(frozen=True)
class ReceiptFacts:
    """One applied bundle as the receipt shows it (from the import result or the received-bundle history)."""

    receiver_name: str
    receiver_code: str
    sender_name: str
    sender_code: str
    sequence: int
    kind: str
    created: str
    imported: str
    sha256: str
    counts: dict[str, dict[str, int]]
    conflicts: int
    gap: list[int]
    attachments: int


def _counts_table(facts: ReceiptFacts, text: ReceiptCaptions, font: str) -> Table:
    cell, number = cjk_style("rc-cell", size=10.5), cjk_style("rc-number", size=10.5, alignment=TA_CENTER)
    header = [text.record_type, text.created_count, text.updated_count, text.unchanged_count]
    header += [text.deleted_count, text.conflicts_count]
    rows: list[list[Any]] = [[para(header[0], cell), *(para(caption, number) for caption in header[1:])]]
    totals = dict.fromkeys(_COLUMNS, 0)
    for kind, counts in facts.counts.items():
        values = [str(counts.get(column, 0)) for column in _COLUMNS]
        rows.append([para(text.type_labels.get(kind, kind), cell), *(para(value, number) for value in values)])
        for column in _COLUMNS:
            totals[column] += counts.get(column, 0)
    rows.append([para(text.total, cell), *(para(str(totals[column]), number) for column in _COLUMNS)])
    table = Table(rows, colWidths=[54 * mm] + [22 * mm] * 5, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f4f4f4")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def build_receipt_pdf(out: Path, facts: ReceiptFacts, captions: ReceiptCaptions | None = None) -> Path:
    """Write the import receipt for one applied bundle to `out`."""
    text = captions or ReceiptCaptions()
    font = register_cjk_font()
    body = cjk_style("rc-body", size=11)
    kind = text.kind_restore if facts.kind == "restore" else text.kind_changes
    details = [
        (text.receiver, f"{facts.receiver_name}（{facts.receiver_code}）"),
        (text.sender, f"{facts.sender_name}（{facts.sender_code}）"),
        (text.kind, kind),
        (text.sequence, str(facts.sequence)),
        (text.created, facts.created),
        (text.imported, facts.imported),
        (text.fingerprint, f"{facts.sha256[:32]} {facts.sha256[32:]}"),
    ]
    detail_table = Table(
        [[para(label, body), para(value, body)] for label, value in details], colWidths=[50 * mm, 116 * mm]
    )
    detail_table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f0f0f0")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    story: list[Flowable] = [
        para(text.title, cjk_style("rc-title", size=20, alignment=TA_CENTER)),
        Spacer(1, 6 * mm),
        detail_table,
        Spacer(1, 6 * mm),
        _counts_table(facts, text, font) if facts.counts else para(text.nothing, body),
        Spacer(1, 4 * mm),
        para(text.attachments.format(count=facts.attachments), body),
    ]
    if facts.gap:
        story.append(para(text.gap.format(missing="、".join(str(n) for n in facts.gap)), body))
    if facts.conflicts:
        story.append(para(text.conflicts_note.format(count=facts.conflicts), body))
    signature = Table(
        [[para(text.clerk, body), "", para(text.seal, body), ""], [para(text.date, body), "", "", ""]],
        colWidths=[32 * mm, 50 * mm, 32 * mm, 52 * mm],
        rowHeights=[16 * mm, 12 * mm],
    )
    signature.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                # Lines to sign and date on; the seal goes beside them.
                ("LINEBELOW", (1, 0), (1, 1), 0.6, colors.black),
                ("LINEBELOW", (3, 0), (3, 0), 0.6, colors.black),
            ]
        )
    )
    story += [Spacer(1, 12 * mm), signature]
    # Laid out in memory and written atomically, like every printout: never half a PDF under its name.
    return write_atomically(render(story, PageSetup(title=text.title, page_numbers=False, margin=20 * mm)), out)
