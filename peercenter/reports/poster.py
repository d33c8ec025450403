"""The lobby poster: the week's groups on one landscape page, with the crisis lines at the
foot. The type is as large as the week allows: a light week is a line per group under its day
(poster_agenda.py), read from across the lobby; a busier one a column per day, shrinking
rather than spilling onto a second page."""

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
    MUTED_HEX,
    WARM,
    flowable_height,
    logo,
    page_size,
    para,
    styles,
)
from peercenter.reports.parts import DocumentInfo, PartStart, render
from peercenter.reports.poster_agenda import agenda, agenda_size

SMALLEST_PT = 9.0  # below this a busy week is shrunk as a whole instead
LARGEST_PT = 30.0
CELL_PAD = 3.0
TIME_TO_NAME = 1.4  # names at most this much larger than the (largest) times


def _entry(entry: PosterEntry, lang: str, size: float, when_size: float) -> Paragraph:
    style = styles(False).body.clone(
        f"poster_{size:g}", fontSize=size, leading=size * 1.25, spaceAfter=size * 0.6
    )
    when = labels.short_time_range(entry.starts_at, entry.ends_at, lang)
    where = labels.text(lang, "online") if entry.online else entry.room
    lines = [
        f"<font size={when_size:.2f}><b>{escape(when)}</b></font>",
        escape(entry.group_name),
    ]
    if where:
        lines.append(f"<font size={size * 0.8:.1f} color='{MUTED_HEX}'>{escape(where)}</font>")
    if entry.cancelled:
        lines = [f"<strike>{line}</strike>" for line in lines]
        lines.append(
            f"<b><font color='#a23b2a'>{escape(labels.text(lang, 'cancelled'))}</font></b>"
        )
    return Paragraph("<br/>".join(lines), style)


def _entries(data: PosterData) -> list[PosterEntry]:
    return [e for _, entries in data.days for e in entries]


def _time_size(entry: PosterEntry, lang: str, column: float) -> float:
    """The largest size at which the entry's time range stays on one line of its column."""
    when = labels.short_time_range(entry.starts_at, entry.ends_at, lang)
    return (column - 2 * CELL_PAD - 1) / float(stringWidth(when, fonts.BOLD, 1))


def _largest(data: PosterData, column: float) -> float:
    """How far the type may grow: every word of a name or room on one line of its column,
    and the names not much larger than the times beside them."""
    words = [w for e in _entries(data) for w in f"{e.group_name} {e.room}".split()]
    widest = max((stringWidth(w, fonts.REGULAR, 1) for w in words), default=1.0)
    return min(
        LARGEST_PT,
        (column - 2 * CELL_PAD - 1) / widest,
        max((_time_size(e, data.options.language, column) for e in _entries(data)), default=1.0)
        * TIME_TO_NAME,
    )


def _head_size(column: float, lang: str, days: list[date], size: float) -> float:
    """The largest day-name size, up to the entries', that fits a column on one line."""
    longest = max(stringWidth(labels.weekday(d, lang).capitalize(), fonts.BOLD, 1) for d in days)
    return min(size, (column - 2 * CELL_PAD - 2) / float(longest))


def _grid(
    data: PosterData, width: float, size: float, row_heights: list[float | None] | None = None
) -> Table:
    lang = data.options.language
    style = styles(False)
    days = [d for d, _ in data.days]
    column = width / len(days)
    head_pt = _head_size(column, lang, days, size)
    day_head = style.label.clone(f"day_head_{head_pt:g}", fontSize=head_pt, leading=head_pt * 1.3)
    heads = [
        Paragraph(
            f"{escape(labels.weekday(d, lang).capitalize())}<br/>"
            f"<font size={head_pt * 0.85:.1f}>{escape(labels.short_date(d, lang))}"
            "</font>",
            day_head,
        )
        for d in days
    ]
    nothing = style.small.clone(f"nothing_{size:g}", fontSize=size * 0.8, leading=size)
    cells = [
        [_entry(e, lang, size, min(size, _time_size(e, lang, column))) for e in entries]
        or [para(labels.text(lang, "nothing"), nothing)]
        for _, entries in data.days
    ]
    return Table(
        [heads, cells],
        colWidths=[column] * len(days),
        rowHeights=row_heights,
        style=TableStyle(
            [
                fonts.TABLE_FONT,
                ("BACKGROUND", (0, 0), (-1, 0), CALM),
                ("LINEBELOW", (0, 0), (-1, 0), 1.5, ACCENT),
                ("LINEAFTER", (0, 0), (-2, -1), 0.6, FAINT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
                ("TOPPADDING", (0, 1), (-1, -1), 8),
                *[
                    ("BACKGROUND", (i, 1), (i, 1), WARM)
                    for i, d in enumerate(days)
                    if d.weekday() >= 5
                ],
            ]
        ),
    )


def type_size(data: PosterData, width: float, room: float) -> float:
    """The largest size (in quarter points) at which the week fits the room."""
    low = SMALLEST_PT
    high = max(low, _largest(data, width / len(data.days)))
    if _grid(data, width, low).wrap(width, room)[1] > room:
        return low
    while high - low > 0.25:
        middle = (low + high) / 2
        if _grid(data, width, middle).wrap(width, room)[1] <= room:
            low = middle
        else:
            high = middle
    return low


def story(data: PosterData, width: float, height: float) -> list[Flowable]:
    lang = data.options.language
    style = styles(False)
    first, last = data.days[0][0], data.days[-1][0]
    title = (
        labels.text(lang, "poster_title", center=data.center.name)
        if data.center.name
        else labels.text(lang, "poster_title_plain")
    )
    top = [
        PartStart("", ""),
        header("", logo(data.center, style.size * 3.5), title, style, width),
        para(labels.date_range(first, last, lang), style.heading),
        Spacer(1, 6),
    ]
    help_text = "  ·  ".join(escape(line) for line in labels.help_lines(lang))
    footer = Paragraph(
        f"{escape(labels.text(lang, 'poster_footer'))}<br/><b>{help_text}</b>", style.body
    )
    room = height - sum(flowable_height(f, width, height) for f in [*top, footer]) - 14
    size = type_size(data, width, room)
    lines = agenda_size(data, width, room, size)
    if lines is not None and lines > size:
        # A light week: a line per group across the page takes larger type than columns.
        table = agenda(data, width, lines)
        assert table is not None
        return [*top, table, Spacer(1, 10), footer]
    grid = _grid(data, width, size)
    _, grid_height = grid.wrap(width, room)
    if grid_height < room:
        head = grid._rowHeights[0]
        grid = _grid(data, width, size, [head, room - head])
    return [*top, KeepInFrame(width, room, [grid], mode="shrink"), Spacer(1, 6), footer]


def build(data: PosterData) -> bytes:
    size = page_size(data.options.paper, wide=True)
    style = styles(False)
    width, height = size[0] - 2 * MARGIN, size[1] - 2 * MARGIN - style.size
    lang = data.options.language
    return render(
        story(data, width, height),
        size,
        DocumentInfo(labels.text(lang, "poster_title_plain"), lang, author=data.center.name),
        style,
    )
