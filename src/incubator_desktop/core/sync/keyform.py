"""The key enrolment form (密钥登记表): the fingerprint on paper, signed and sealed, so a forged key file shows."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from incubator_desktop.core.reports.fonts import cjk_style, register_cjk_font
from incubator_desktop.core.reports.glyphs import para
from incubator_desktop.core.reports.output import write_atomically
from incubator_desktop.core.reports.page import PageSetup, render
from incubator_desktop.core.sync.captions import KeyformCaptions


@dataclass(frozen=True)
class KeyformFacts:
    """What the form shows; all public (no private key, no personal data)."""

    site_name: str
    site_code: str
    role: str
    key_id: str
    device_id: str
    created: str
    fingerprint: str


def _signature_block(title: str, lines: list[str], font: str) -> Table:
    rows = [
        [para(title, cjk_style("kf-block", size=12))],
        *[[para(line, cjk_style("kf-line"))] for line in lines],
    ]
    table = Table(rows, colWidths=[80 * mm], rowHeights=[9 * mm] + [14 * mm] * len(lines))
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
            ]
        )
    )
    return table


def _fingerprint_grid(fingerprint: str, font: str) -> Table:
    digits = cjk_style("kf-digits", size=20, leading=24, alignment=TA_CENTER)
    groups = [para(group, digits) for group in fingerprint.split()]
    rows = [groups[i : i + 4] for i in range(0, len(groups), 4)]
    table = Table(rows, colWidths=[36 * mm] * 4, rowHeights=[13 * mm] * len(rows))
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("GRID", (0, 0), (-1, -1), 0.8, colors.black),
            ]
        )
    )
    return table


def build_keyform_pdf(out: Path, facts: KeyformFacts, captions: KeyformCaptions | None = None) -> Path:
    """Write the enrolment form for this site's current key to `out`."""
    text = captions or KeyformCaptions()
    font = register_cjk_font()
    body = cjk_style("kf-body", size=11)
    details = [
        (text.site_name, facts.site_name),
        (text.site_code, facts.site_code),
        (text.role, text.roles.get(facts.role, facts.role)),
        (text.key_id, facts.key_id),
        (text.device, facts.device_id),
        (text.created, facts.created),
    ]
    detail_table = Table(
        [[para(label, body), para(value, body)] for label, value in details],
        colWidths=[40 * mm, 124 * mm],
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
    signatures = Table(
        [
            [
                _signature_block(text.sender_block, [text.clerk, text.head, text.seal, text.date], font),
                _signature_block(text.receiver_block, [text.checked, text.clerk, text.seal, text.date], font),
            ]
        ],
        colWidths=[84 * mm, 84 * mm],
    )
    story: list[Flowable] = [
        para(text.title, cjk_style("kf-title", size=20, alignment=TA_CENTER)),
        Spacer(1, 6 * mm),
        para(text.intro, body),
        Spacer(1, 5 * mm),
        detail_table,
        Spacer(1, 6 * mm),
        para(text.fingerprint, cjk_style("kf-fp", size=12)),
        Spacer(1, 2 * mm),
        _fingerprint_grid(facts.fingerprint, font),
        Spacer(1, 10 * mm),
        signatures,
    ]
    # Laid out in memory and written atomically, like every printout: never half a PDF under its name.
    return write_atomically(render(story, PageSetup(title=text.title, page_numbers=False, margin=20 * mm)), out)
