"""The sign-in sheet: only the names consent allows, blank lines for everyone else, columns
for the time in and initials, and a confidentiality notice. With neutral wording it carries no
center, group or program name at all.

The rows run in two columns side by side, so a sheet holds at least 24 people on one page at
a height people can write in; a bigger group continues on further pages under the same
header. The last page is filled with blank lines for people who walk in."""

from __future__ import annotations

from dataclasses import replace
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from peercenter.domain.printing import SignInData
from peercenter.reports import fonts, labels
from peercenter.reports.handout import header, outline_title, session_facts
from peercenter.reports.layout import (
    ACCENT,
    CALM,
    FAINT,
    INK,
    MARGIN,
    WARM,
    flowable_height,
    page_size,
    para,
    styles,
)
from peercenter.reports.layout import logo as logo_flowable
from peercenter.reports.parts import DocumentInfo, PartStart, ProgressCallback, render

SIGN_IN_BODY_PT = 13.0
ROW_PT = SIGN_IN_BODY_PT * 2.4  # room to write by hand
GUTTER = 14.0  # between the two columns of rows
SMALLEST_NAME_PT = 7.0
NUMBER_PT = 11.0
HEAD_PT = 9.0
PAD = 4.0  # cell padding, left and right
# Widths in one column of rows: number, time in and initials; the name takes the rest.
NUMBER_W, TIME_W, INITIALS_W = 30.0, 52.0, 50.0


def story(data: SignInData, width: float, height: float) -> list[Flowable]:
    """``height`` is the page's frame height: the rows fill each page to its foot."""
    lang = data.options.language
    t = labels.text
    info = data.session
    if data.neutral:
        info = replace(info, group_name="", facilitators=())
        title, footer = t(lang, "sign_in_neutral"), ""
    else:
        title = f"{t(lang, 'sign_in')}: {info.group_name}"
        footer = f"{data.center.name} · {info.group_name}"
    start = PartStart(
        footer,
        t(lang, "page", n="{n}"),
        outline=outline_title(
            info, lang, t(lang, "sign_in_neutral" if data.neutral else "sign_in")
        ),
    )
    top = _header(data, title, width)
    column = (width - GUTTER) / 2
    widths = [NUMBER_W, column - NUMBER_W - TIME_W - INITIALS_W, TIME_W, INITIALS_W]
    heading_h = _table([_heading(lang)], widths, heading_only=True).wrap(width, height)[1]
    room = height - sum(flowable_height(f, width, height) for f in top) - heading_h
    per_column = max(1, int((room - 1.0) // ROW_PT))  # a point spare against rounding
    per_page = 2 * per_column
    names = list(data.names) + [""] * data.blank_lines
    pages = max(1, -(-len(names) // per_page))
    names += [""] * (pages * per_page - len(names))  # blank lines to the foot of the page
    flow: list[Flowable] = [start]
    for page in range(pages):
        flow += [PageBreak(), *_header(data, title, width)] if page else top
        chunk = names[page * per_page : (page + 1) * per_page]
        first = page * per_page + 1
        rows = [_heading(lang)]
        for i in range(per_column):
            left, right = i, per_column + i
            rows.append(
                [
                    *_row(first + left, chunk[left], widths[1]),
                    "",
                    *_row(first + right, chunk[right], widths[1]),
                ]
            )
        flow.append(_table(rows, widths))
    return flow


def _header(data: SignInData, title: str, width: float) -> list[Flowable]:
    lang = data.options.language
    t = labels.text
    style = styles(large_print=False)
    info = data.session
    if data.neutral:
        info = replace(info, group_name="", facilitators=())
        center_name, logo, notice = "", None, t(lang, "confidential_neutral")
    else:
        center_name = data.center.name
        logo = logo_flowable(data.center, style.size * 3.5)
        notice = t(lang, "confidential")
    hint = style.body.clone("signin_hint", spaceAfter=0)
    box = Table(
        [
            [Paragraph(f"<b>{escape(notice)}</b>", style.body)],
            [para(t(lang, "walk_in_hint"), hint)],
        ],
        colWidths=[width],
        style=TableStyle(
            [
                fonts.TABLE_FONT,
                ("BACKGROUND", (0, 0), (-1, -1), WARM),
                ("LEFTPADDING", (0, 0), (-1, -1), style.size * 0.7),
                ("RIGHTPADDING", (0, 0), (-1, -1), style.size * 0.7),
                ("TOPPADDING", (0, 0), (-1, 0), style.size * 0.5),
                ("TOPPADDING", (0, 1), (-1, 1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, 0), style.size * 0.2),
                ("BOTTOMPADDING", (0, 1), (-1, 1), style.size * 0.5),
            ]
        ),
    )
    return [
        header(center_name, logo, title, style, width),
        Spacer(1, style.size * 0.4),
        session_facts(info, lang, style, width),
        Spacer(1, style.size * 0.5),
        box,
        Spacer(1, style.size * 0.5),
    ]


def _body(size: float = SIGN_IN_BODY_PT) -> ParagraphStyle:
    return styles(False).body.clone(
        f"signin_body_{size:g}", fontSize=size, leading=size * 1.25, spaceAfter=0
    )


def _heading(lang: str) -> list[Flowable | str]:
    head = styles(False).label.clone(
        "signin_head", fontSize=HEAD_PT, leading=HEAD_PT * 1.2, textColor=INK
    )
    t = labels.text
    cells: list[Flowable | str] = [
        para(t(lang, key), head) for key in ("number", "name", "time_in", "initials")
    ]
    return [
        *cells,
        "",
        *[para(t(lang, key), head) for key in ("number", "name", "time_in", "initials")],
    ]


def _row(number: int, name: str, name_width: float) -> list[Flowable | str]:
    return [para(str(number), _body(NUMBER_PT)), _name(name, name_width), "", ""]


def _name(name: str, width: float) -> Flowable | str:
    """A long name is set smaller, on two lines if need be, so it stays inside its row."""
    if not name:
        return ""
    room = width - 2 * PAD
    if stringWidth(name, fonts.REGULAR, SIGN_IN_BODY_PT) <= room:
        return para(name, _body())
    size = SIGN_IN_BODY_PT - 1
    while size > SMALLEST_NAME_PT:
        cell = para(name, _body(size))
        if cell.wrap(room, ROW_PT)[1] <= ROW_PT - 4:
            return cell
        size -= 1
    return para(name, _body(SMALLEST_NAME_PT))


def _table(
    rows: list[list[Flowable | str]], widths: list[float], heading_only: bool = False
) -> Table:
    heights = [None] + [ROW_PT] * (len(rows) - 1)
    table = Table(rows, colWidths=[*widths, GUTTER, *widths], rowHeights=heights)
    style: list[tuple[object, ...]] = [
        fonts.TABLE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, 0), 6),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 6),
    ]
    for first in (0, 5):
        last = first + 3
        style += [
            ("BACKGROUND", (first, 0), (last, 0), CALM),
            ("LINEBELOW", (first, 0), (last, 0), 1.2, ACCENT),
            ("LINEAFTER", (first, 0), (last - 1, -1), 0.6, FAINT),
        ]
        if not heading_only:
            style.append(("LINEBELOW", (first, 1), (last, -1), 0.6, FAINT))
    table.setStyle(TableStyle(style))
    return table


def build(data: SignInData, progress: ProgressCallback | None = None) -> bytes:
    size = page_size(data.options.paper)
    lang = data.options.language
    title = labels.text(lang, "sign_in_neutral" if data.neutral else "sign_in")
    style = styles(False)
    frame = size[1] - 2 * MARGIN - style.size
    return render(
        story(data, size[0] - 2 * MARGIN, frame),
        size,
        DocumentInfo(title, lang, author=data.center.name, neutral=data.neutral),
        style,
        progress=progress,
    )
