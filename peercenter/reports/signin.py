"""The sign-in sheet: only the names consent allows, blank lines for everyone else, columns
for the time in and initials, and a confidentiality notice. With neutral wording it carries no
center, group or program name at all."""

from __future__ import annotations

from dataclasses import replace
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from peercenter.domain.printing import SignInData
from peercenter.reports import labels
from peercenter.reports.handout import header, session_facts
from peercenter.reports.layout import (
    ACCENT,
    CALM,
    FAINT,
    INK,
    MARGIN,
    WARM,
    PartStart,
    ProgressCallback,
    flowable_height,
    page_size,
    para,
    render,
    styles,
)
from peercenter.reports.layout import logo as logo_flowable

SIGN_IN_BODY_PT = 13.0
ROW_PT = SIGN_IN_BODY_PT * 2.4  # room to write by hand


def story(data: SignInData, width: float, height: float = 0) -> list[Flowable]:
    """``height`` is the page's frame height: blank lines then fill the last page."""
    lang = data.options.language
    t = labels.text
    style = styles(large_print=False)
    body = style.body.clone(
        "signin_body", fontSize=SIGN_IN_BODY_PT, leading=SIGN_IN_BODY_PT * 1.3, spaceAfter=0
    )
    head = style.label.clone("signin_head", fontSize=SIGN_IN_BODY_PT * 0.9, textColor=INK)
    info = data.session
    if data.neutral:
        title = t(lang, "sign_in_neutral")
        center_name, logo, footer = "", None, ""
        info = replace(info, group_name="", facilitators=())
        notice = t(lang, "confidential_neutral")
    else:
        title = f"{t(lang, 'sign_in')}: {info.group_name}"
        center_name, footer = data.center.name, f"{data.center.name} · {info.group_name}"
        logo = logo_flowable(data.center, style.size * 3.5)
        notice = t(lang, "confidential")
    flow: list[Flowable] = [
        PartStart(footer, t(lang, "page", n="{n}")),
        header(center_name, logo, title, style, width),
        Spacer(1, style.size * 0.5),
        session_facts(info, lang, style, width),
        Spacer(1, style.size * 0.6),
        Table(
            [[Paragraph(f"<b>{escape(notice)}</b>", style.body)]],
            colWidths=[width],
            style=TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), WARM),
                    ("LEFTPADDING", (0, 0), (-1, -1), style.size * 0.7),
                    ("RIGHTPADDING", (0, 0), (-1, -1), style.size * 0.7),
                    ("TOPPADDING", (0, 0), (-1, -1), style.size * 0.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), style.size * 0.5),
                ]
            ),
        ),
        Spacer(1, style.size * 0.5),
        para(t(lang, "walk_in_hint"), style.body),
        Spacer(1, style.size * 0.5),
    ]
    widths = [width * 0.07, width * 0.56, width * 0.2, width * 0.17]
    heading = [
        para(t(lang, "number"), head),
        para(t(lang, "name"), head),
        para(t(lang, "time_in"), head),
        para(t(lang, "initials"), head),
    ]
    names = list(data.names) + [""] * data.blank_lines
    if height:
        heading_h = _table([heading], widths).wrap(width, height)[1]
        used = sum(flowable_height(f, width, height) for f in flow)
        names += [""] * _rows_to_fill(
            len(names), height - used - heading_h, height - heading_h, ROW_PT
        )
    rows = [heading] + [
        [para(str(n), body), para(name, body), "", ""] for n, name in enumerate(names, start=1)
    ]
    flow.append(_table(rows, widths))
    return flow


def _table(rows: list[list[Flowable]], widths: list[float]) -> Table:
    table = Table(
        rows, colWidths=widths, rowHeights=[None] + [ROW_PT] * (len(rows) - 1), repeatRows=1
    )
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), CALM),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.6, FAINT),
                ("LINEAFTER", (0, 0), (-2, -1), 0.6, FAINT),
                ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 6),
            ]
        )
    )
    return table


def _rows_to_fill(rows: int, first_page: float, other_pages: float, row: float) -> int:
    """Extra blank rows so the table ends at the bottom of its last page (the table is the
    last thing on the sheet; the heading row repeats on every page)."""
    slack = 1.0  # points kept free against rounding
    fit_first = max(0, int((first_page - slack) // row))
    if rows <= fit_first:
        return fit_first - rows
    per_page = max(1, int((other_pages - slack) // row))
    left = (rows - fit_first) % per_page
    return per_page - left if left else 0


def build(data: SignInData, progress: ProgressCallback | None = None) -> bytes:
    size = page_size(data.options.paper)
    title = labels.text(data.options.language, "sign_in_neutral" if data.neutral else "sign_in")
    style = styles(False)
    frame = size[1] - 2 * MARGIN - style.size
    return render(story(data, size[0] - 2 * MARGIN, frame), size, title, style, progress=progress)
