"""The lobby poster: the week's groups on one landscape page, a column per day. A quiet week
still fills the page; a busy one shrinks its type rather than spilling onto a second page."""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer, Table, TableStyle

from peercenter.domain.printing import PosterData, PosterEntry
from peercenter.reports import fonts, labels
from peercenter.reports.handout import header
from peercenter.reports.layout import (
    ACCENT,
    CALM,
    FAINT,
    MARGIN,
    WARM,
    PartStart,
    flowable_height,
    logo,
    page_size,
    para,
    render,
    styles,
)

POSTER_PT = 14.0


def _entry(entry: PosterEntry, lang: str) -> Paragraph:
    style = styles(False).body.clone(
        "poster", fontSize=POSTER_PT, leading=POSTER_PT * 1.3, spaceAfter=POSTER_PT * 0.7
    )
    where = labels.text(lang, "online") if entry.online else entry.room
    lines = [f"<b>{escape(labels.clock(entry.starts_at, lang))}</b>", escape(entry.group_name)]
    if where:
        lines.append(f"<font size={POSTER_PT * 0.8:.1f} color='#5b6568'>{escape(where)}</font>")
    if entry.cancelled:
        lines = [f"<strike>{line}</strike>" for line in lines]
        lines.append(
            f"<b><font color='#a23b2a'>{escape(labels.text(lang, 'cancelled'))}</font></b>"
        )
    return Paragraph("<br/>".join(lines), style)


def _head_size(column: float, lang: str, days: list[date]) -> float:
    """The largest day-name size, up to the poster's, that fits a column on one line."""
    longest = max(
        stringWidth(labels.weekday(d, lang).capitalize(), fonts.BOLD, POSTER_PT) for d in days
    )
    return min(POSTER_PT, POSTER_PT * (column - 12) / float(longest))


def _grid(data: PosterData, width: float, row_heights: list[float | None] | None = None) -> Table:
    lang = data.options.language
    style = styles(False)
    days = [d for d, _ in data.days]
    column = width / len(days)
    head_pt = _head_size(column, lang, days)
    day_head = style.label.clone("day_head", fontSize=head_pt, leading=head_pt * 1.3)
    heads = [
        Paragraph(
            f"{escape(labels.weekday(d, lang).capitalize())}<br/>"
            f"<font size={head_pt * 0.85:.1f}>{escape(labels.short_date(d, lang))}"
            "</font>",
            day_head,
        )
        for d in days
    ]
    cells = [
        [_entry(e, lang) for e in entries] or [para(labels.text(lang, "nothing"), style.small)]
        for _, entries in data.days
    ]
    return Table(
        [heads, cells],
        colWidths=[column] * len(days),
        rowHeights=row_heights,
        style=TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), CALM),
                ("LINEBELOW", (0, 0), (-1, 0), 1.5, ACCENT),
                ("LINEAFTER", (0, 0), (-2, -1), 0.6, FAINT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 1), (-1, -1), 8),
                *[
                    ("BACKGROUND", (i, 1), (i, 1), WARM)
                    for i, d in enumerate(days)
                    if d.weekday() >= 5
                ],
            ]
        ),
    )


def story(data: PosterData, width: float, height: float) -> list[Flowable]:
    lang = data.options.language
    style = styles(False)
    first, last = data.days[0][0], data.days[-1][0]
    title = (
        labels.text(lang, "poster_title", center=data.center.name)
        if data.center.name
        else labels.text(lang, "poster_title_plain")
    )
    joiner = " " if lang == "es" else ", "
    subtitle = (
        f"{labels.short_date(first, lang)} – {labels.short_date(last, lang)}{joiner}{last.year}"
    )
    top = [
        PartStart("", ""),
        header("", logo(data.center, style.size * 3.5), title, style, width),
        para(subtitle, style.heading),
        Spacer(1, 6),
    ]
    footer = para(labels.text(lang, "poster_footer"), style.body)
    room = height - sum(flowable_height(f, width, height) for f in [*top, footer]) - 14
    grid = _grid(data, width)
    _, grid_height = grid.wrap(width, room)
    if grid_height < room:
        head = grid._rowHeights[0]
        grid = _grid(data, width, [head, room - head])
    return [*top, KeepInFrame(width, room, [grid], mode="shrink"), Spacer(1, 6), footer]


def build(data: PosterData) -> bytes:
    size = page_size(data.options.paper, wide=True)
    style = styles(False)
    width, height = size[0] - 2 * MARGIN, size[1] - 2 * MARGIN - style.size
    return render(
        story(data, width, height),
        size,
        labels.text(data.options.language, "poster_title_plain"),
        style,
    )
