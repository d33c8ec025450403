"""The session handout: who, when and where; the topic with its key points, exercise and
questions; the group's agreements; where to find help; the next session; room for notes."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import inch
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from peercenter.domain.printing import HandoutData, Resource, SessionInfo
from peercenter.reports import fonts, labels
from peercenter.reports.layout import (
    ACCENT,
    CALM,
    CALM_EDGE,
    FAINT,
    MARGIN,
    WARM,
    WARM_EDGE,
    Styles,
    boxed,
    logo,
    page_size,
    para,
    styles,
)
from peercenter.reports.parts import (
    WITH_HELP,
    DocumentInfo,
    PartStart,
    ProgressCallback,
    render,
)


class NoteLines(Flowable):  # type: ignore[misc]
    """Ruled lines for notes that fill what is left of the page (at least ``minimum``)."""

    def __init__(self, spacing: float, minimum: int) -> None:
        super().__init__()
        self.spacing = spacing
        self.minimum = minimum
        self.count = minimum

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.count = max(self.minimum, int(availHeight // self.spacing))
        return availWidth, self.count * self.spacing

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(FAINT)
        canvas.setLineWidth(0.6)
        for i in range(self.count):
            y = i * self.spacing
            canvas.line(0, y, self.width, y)


def header(
    center_name: str, logo_flowable: Flowable | None, title: str, style: Styles, width: float
) -> Table:
    """Logo and center name above the big title, with a teal rule under them."""
    text = [para(center_name, style.center_name)] if center_name else []
    text.append(para(title, style.title))
    if logo_flowable is not None:
        logo_width = logo_flowable.drawWidth + 0.2 * inch
        cells = [[logo_flowable, text]]
        widths = [logo_width, width - logo_width]
    else:
        cells, widths = [[text]], [width]
    table = Table(cells, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                fonts.TABLE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), style.size * 0.4),
                ("LINEBELOW", (0, -1), (-1, -1), 2, ACCENT),
            ]
        )
    )
    return table


def session_facts(info: SessionInfo, language: str, style: Styles, width: float) -> Table:
    """When, where and with whom, as a two-column table of labels and values."""
    t = labels.text
    day = info.starts_at.date()
    rows = [
        (
            t(language, "when"),
            f"{labels.long_date(day, language)}, "
            f"{labels.time_range(info.starts_at, info.ends_at, language)}",
        )
    ]
    if info.meeting_url:
        rows.append((t(language, "online"), info.meeting_url))
    elif info.room:
        rows.append((t(language, "where"), info.room))
    if info.facilitators:
        rows.append((t(language, "facilitators"), labels.names_list(info.facilitators, language)))
    label_width = max(1.3 * inch, style.size * 8.5)
    table = Table(
        [[para(k, style.label), para(v, style.body)] for k, v in rows],
        colWidths=[label_width, width - label_width],
    )
    table.setStyle(
        TableStyle(
            [
                fonts.TABLE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _bullets(items: tuple[str, ...], style: Styles, numbered: bool = False) -> list[Flowable]:
    """One paragraph per item with its bullet or number hanging in the margin."""
    item_style = style.bullet_number if numbered else style.bullet
    return [
        Paragraph(escape(item), item_style, bulletText=f"{n}" if numbered else "•")
        for n, item in enumerate(items, start=1)
    ]


def resources_box(
    resources: tuple[Resource, ...], language: str, style: Styles, width: float
) -> Table:
    content: list[Flowable] = [
        para(labels.text(language, "resources"), style.box_heading),
        para(labels.text(language, "resources_intro"), style.body),
    ]
    for r in resources:
        note = f"<br/>{escape(r.note)}" if r.note else ""
        content.append(Paragraph(f"<b>{escape(r.name)}</b>: {escape(r.contact)}{note}", style.body))
    return boxed(content, width, CALM, CALM_EDGE, style.size * 0.8)


def story(data: HandoutData, width: float) -> list[Flowable]:
    """The handout's flowables, for one PDF or a part of the day's packet."""
    style = styles(data.options.large_print)
    lang = data.language
    t = labels.text
    flow: list[Flowable] = [
        PartStart(
            f"{data.center.name} · {data.session.group_name}",
            t(lang, "page", n="{n}"),
            outline=outline_title(data.session, lang, t(lang, "handout")),
            help_lines=labels.help_lines(lang),
        ),
        header(
            data.center.name,
            logo(data.center, style.size * 4),
            data.session.group_name,
            style,
            width,
        ),
        Spacer(1, style.size * 0.6),
        session_facts(data.session, lang, style, width),
        Spacer(1, style.size * 0.4),
    ]
    topic = data.topic
    if topic is not None:
        flow.append(para(topic.title, style.heading))
        if topic.introduction:
            flow.append(para(topic.introduction, style.body))
        flow += [para(t(lang, "key_points"), style.heading), *_bullets(topic.key_points, style)]
        if topic.exercise_steps:
            exercise = [
                para(f"{t(lang, 'try_this')}: {topic.exercise_title}", style.box_heading),
                *_bullets(topic.exercise_steps, style, True),
            ]
            flow += [
                Spacer(1, style.size * 0.6),
                boxed(exercise, width, WARM, WARM_EDGE, style.size * 0.8),
            ]
        if topic.discussion_questions:
            flow += [
                para(t(lang, "discussion"), style.heading),
                *_bullets(topic.discussion_questions, style, True),
            ]
    else:
        flow.append(para(t(lang, "welcome"), style.heading))
    if data.ground_rules is not None:
        # the agreements stay together: a list split over two pages reads as two lists
        flow.append(
            KeepTogether(
                [
                    para(data.ground_rules.title, style.heading),
                    *_bullets(data.ground_rules.key_points, style),
                ]
            )
        )
    flow += [
        Spacer(1, style.size * 0.8),
        resources_box(data.resources, lang, style, width),
        Spacer(1, style.size * 0.8),
    ]
    next_text = (
        f"{labels.long_date(data.next_session.date(), lang)}, "
        f"{labels.clock(data.next_session, lang)}"
        if data.next_session
        else t(lang, "no_next_session")
    )
    flow.append(
        Paragraph(f"<b>{escape(t(lang, 'next_session'))}:</b> {escape(next_text)}", style.body)
    )
    spacing = style.leading * 1.25
    flow += [
        CondPageBreak(style.heading.leading + spacing * 4),
        # not kept with the lines: they take whatever room is left on the page
        para(t(lang, "notes"), style.heading.clone("notes", keepWithNext=0)),
        NoteLines(spacing, 4),
    ]
    return flow


def outline_title(info: SessionInfo, language: str, what: str) -> str:
    """The packet's bookmark for one document: '6:00 PM · Tuesday Circle: Handout'."""
    name = f" · {info.group_name}" if info.group_name else ""
    return f"{labels.clock(info.starts_at, language)}{name}: {what}".replace(labels.NBSP, " ")


def build(data: HandoutData, progress: ProgressCallback | None = None) -> bytes:
    size = page_size(data.options.paper)
    width = size[0] - 2 * MARGIN
    title = data.topic.title if data.topic else data.session.group_name
    info = DocumentInfo(title, data.language, author=data.center.name)
    return render(
        story(data, width),
        size,
        info,
        styles(data.options.large_print),
        progress=progress,
        first_template=WITH_HELP,
    )
