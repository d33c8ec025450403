"""The poster of a light week: each day's groups on lines of their own across the page's width
(the time, then the group with its room under it), so the type can be as large as the page
allows. A busy week goes in seven columns instead (see poster.py)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from peercenter.domain.printing import PosterData, PosterEntry
from peercenter.reports import fonts, labels
from peercenter.reports.layout import ACCENT, CALM, FAINT, MUTED_HEX, WARM, styles

PAD = 5.0
LARGEST_PT = 30.0
GROUP_SHARE = 0.3  # below this share of the width for the names, the type is too large


def agenda(data: PosterData, width: float, size: float) -> Table | None:
    """The week at ``size`` points, or None when the names would get too narrow a column."""
    lang = data.options.language
    text = styles(False).body.clone(
        f"agenda_{size:g}", fontSize=size, leading=size * 1.2, spaceAfter=0
    )
    small = text.clone(f"agenda_small_{size:g}", fontSize=size * 0.8, leading=size)
    day_style = text.clone(f"agenda_day_{size:g}", fontName=fonts.BOLD, textColor=ACCENT)
    entries = [e for _, day in data.days for e in day]
    day_w = (
        2 * PAD
        + 1
        + max(
            stringWidth(f"{labels.weekday(d, lang).capitalize()} ", fonts.BOLD, size)
            + stringWidth(labels.short_date(d, lang), fonts.BOLD, size * 0.8)
            for d, _ in data.days
        )
    )
    widest_time = max((stringWidth(_when(e, lang), fonts.BOLD, size) for e in entries), default=0)
    time_w = 2 * PAD + 1 + widest_time
    group_w = width - day_w - time_w
    if group_w < width * GROUP_SHARE:
        return None
    rows: list[list[object]] = []
    commands: list[tuple[object, ...]] = [
        fonts.TABLE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), size * 0.25),
        ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.3),
        ("BACKGROUND", (0, 0), (0, -1), CALM),
        ("LINEABOVE", (0, 0), (-1, 0), 1.5, ACCENT),
    ]
    for day, day_entries in data.days:
        first = len(rows)
        label = Paragraph(
            f"{escape(labels.weekday(day, lang).capitalize())} "
            f"<font size={size * 0.8:.1f}>{escape(labels.short_date(day, lang))}</font>",
            day_style,
        )
        if not day_entries:
            rows.append([label, Paragraph(escape(labels.text(lang, "nothing")), small), ""])
            commands.append(("SPAN", (1, first), (2, first)))
        for n, entry in enumerate(day_entries):
            rows.append(_row(entry, lang, label if n == 0 else "", text))
        last = len(rows) - 1
        if last > first:
            commands.append(("SPAN", (0, first), (0, last)))
        commands.append(("LINEBELOW", (0, last), (-1, last), 0.8, FAINT))
        if day.weekday() >= 5:
            commands.append(("BACKGROUND", (1, first), (-1, last), WARM))
    return Table(rows, colWidths=[day_w, time_w, group_w], style=TableStyle(commands))


def _when(entry: PosterEntry, lang: str) -> str:
    return labels.short_time_range(entry.starts_at, entry.ends_at, lang)


def _row(entry: PosterEntry, lang: str, label: object, text: ParagraphStyle) -> list[object]:
    when, name = escape(_when(entry, lang)), escape(entry.group_name)
    where = escape(labels.text(lang, "online") if entry.online else entry.room)
    if entry.cancelled:
        cancelled = escape(labels.text(lang, "cancelled"))
        when, where = f"<strike>{when}</strike>", f"<strike>{where}</strike>"
        name = f"<strike>{name}</strike> <b><font color='#a23b2a'>{cancelled}</font></b>"
    if where:
        name += f"<br/><font size={text.fontSize * 0.75:.1f} color='{MUTED_HEX}'>{where}</font>"
    return [label, Paragraph(f"<b>{when}</b>", text), Paragraph(name, text)]


def agenda_size(data: PosterData, width: float, room: float, smallest: float) -> float | None:
    """The largest size (to a quarter point) at which the agenda fits the room, or None
    when it does not fit even at ``smallest``."""

    def fits(size: float) -> bool:
        table = agenda(data, width, size)
        return table is not None and table.wrap(width, room)[1] <= room

    if not fits(smallest):
        return None
    low, high = smallest, LARGEST_PT
    while high - low > 0.25:
        middle = (low + high) / 2
        low, high = (middle, high) if fits(middle) else (low, middle)
    return low
