"""The hours report for a certification board, as a PDF: the center, who and which program,
the period covered, the requirement table, every counted entry by date with totals per kind,
what waits for verification, and signature lines for the supervisor (with their credentials
and number) and the peer specialist."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from peercenter.domain import timefmt
from peercenter.domain.credentials.hours_report import HoursReport, ReportLine
from peercenter.domain.credentials.progress import RequirementProgress
from peercenter.domain.credentials.status import Status
from peercenter.domain.enums import RequirementKind
from peercenter.reports.fonts import BOLD, REGULAR, TABLE_FONT, register
from peercenter.reports.layout import GRID, LETTER_WIDTH, MARGIN, MUTED, MUTED_HEX, TABLE_HEAD

STATUS_COLOURS = {
    "cannot_be_met": "#b3261e",
    "behind": "#a15c00",
    "overdue": "#b3261e",
    "gaps": "#a15c00",
    "met": "#1d6b35",
    "achieved": "#1d6b35",
}


def hours(minutes: int) -> str:
    return f"{minutes / 60:.2f}"


class _Styles:
    def __init__(self) -> None:
        register()
        regular, bold = REGULAR, BOLD
        self.title = ParagraphStyle("title", fontName=bold, fontSize=16, leading=20, spaceAfter=2)
        self.subtitle = ParagraphStyle(
            "subtitle", fontName=regular, fontSize=10, leading=13, textColor=MUTED, spaceAfter=10
        )
        self.heading = ParagraphStyle(
            "heading", fontName=bold, fontSize=11.5, leading=15, spaceBefore=12, spaceAfter=5
        )
        self.body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12.5)
        self.cell = ParagraphStyle("cell", fontName=regular, fontSize=8.5, leading=10.5)
        self.cell_bold = ParagraphStyle("cellb", parent=self.cell, fontName=bold)
        self.number = ParagraphStyle("num", parent=self.cell, alignment=TA_RIGHT)
        self.small = ParagraphStyle(
            "small", parent=self.cell, fontSize=7.5, leading=9.5, textColor=MUTED
        )
        self.bold = bold
        self.regular = regular


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(
    rows: list[list[Any]], widths: list[float], st: _Styles, numeric_from: int | None = None
) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, -1), st.regular, 8.5),
        ("FONT", (0, 0), (-1, 0), st.bold, 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), TABLE_HEAD),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if numeric_from is not None:
        style.append(("ALIGN", (numeric_from, 0), (numeric_from, -1), "RIGHT"))
    table.setStyle(TableStyle(style))
    return table


def _facts(report: HoursReport, st: _Styles) -> Table:
    program = report.program
    due = report.cycle.due if report.cycle else report.expires_on
    pairs = [
        ("Peer specialist", report.person),
        ("Supervisor", report.supervisor or "—"),
        ("Program", program.name),
        ("Issued by", program.issuer or "—"),
        ("Work toward it started", f"{timefmt.date_text(report.started_on)}"),
        (
            "Credential achieved",
            f"{timefmt.date_text(report.achieved_on)}" if report.achieved_on else "not yet",
        ),
        ("Renewal due" if report.cycle else "Expires", f"{timefmt.date_text(due)}" if due else "—"),
        ("Credential number", report.credential_number or "—"),
        ("Period covered", period_text(report)),
    ]
    rows = []
    for i in range(0, len(pairs), 2):
        row: list[Any] = []
        for label, value in pairs[i : i + 2]:
            row += [Paragraph(_esc(label), st.small), Paragraph(_esc(value), st.cell_bold)]
        rows.append(row)
    table = Table(rows, colWidths=[LETTER_WIDTH * 0.17, LETTER_WIDTH * 0.33] * 2)
    table.setStyle(
        TableStyle(
            [
                TABLE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def period_text(report: HoursReport) -> str:
    if report.period_start is None or report.period_end is None:
        return "—"
    start, end = report.period_start, report.period_end
    return f"{start.day} {start:%b %Y} – {end.day} {end:%b %Y}"


def _small_line(text: str) -> str:
    """A second line in small grey type under a table cell's text (already escaped)."""
    return f"<br/><font size=7 color='{MUTED_HEX}'>{text}</font>"


def _requirement_row(item: RequirementProgress, st: _Styles) -> list[Any]:
    r = item.requirement
    domains = _small_line(f"Domains: {_esc(', '.join(r.domains))}") if r.domains else ""
    explanation = "" if item.status is Status.ACHIEVED else item.explanation
    note = _small_line(_esc(explanation)) if explanation else ""
    name = Paragraph(f"{_esc(r.name)}{domains}{note}", st.cell)
    colour = STATUS_COLOURS.get(item.status.value, "#1f2933")
    status = Paragraph(f"<font color='{colour}'>{_esc(item.status.label)}</font>", st.cell)
    if item.status is Status.ACHIEVED:
        # Counted up to the day it was met: the numbers then say nothing to a board.
        return [name, Paragraph(_esc(item.explanation), st.cell), "", "", "", status]
    if r.kind is RequirementKind.SUPERVISION_FREQUENCY:
        unit = "week" if r.period and r.period.value == "week" else "month"
        missed = len(item.missed_periods)
        return [
            name,
            f"{unit}ly",
            hours(item.completed_minutes),
            "",
            f"{missed} {unit}{'s' if missed != 1 else ''}" if missed else "none",
            status,
        ]
    return [
        name,
        hours(item.required_minutes or 0),
        hours(item.completed_minutes),
        hours(item.unverified_minutes) if item.unverified_minutes else "",
        hours(item.missing_minutes or 0),
        status,
    ]


def _requirements(report: HoursReport, st: _Styles) -> Table:
    head = ["Requirement", "Required", "Counted", "Unverified", "Missing", "Status"]
    rows: list[list[Any]] = [[Paragraph(h, st.cell_bold) for h in head]]
    rows += [_requirement_row(item, st) for item in report.requirements]
    widths = [LETTER_WIDTH * w for w in (0.33, 0.11, 0.11, 0.14, 0.11, 0.2)]
    table = _table(rows, widths, st)
    table.setStyle(TableStyle([("ALIGN", (1, 1), (4, -1), "RIGHT")]))
    for n, item in enumerate(report.requirements, start=1):
        if item.status is Status.ACHIEVED:
            table.setStyle(
                TableStyle([("SPAN", (1, n), (4, n)), ("ALIGN", (1, n), (4, n), "LEFT")])
            )
    return table


def _fitted(text: str, style: ParagraphStyle, width: float) -> Any:
    """Plain text when it fits on one line (cheap to lay out), a wrapping paragraph if not:
    a report can hold a thousand entries."""
    if stringWidth(text, style.fontName, style.fontSize) <= width - 12:
        return text
    return Paragraph(_esc(text), style)


def _entries(lines: tuple[ReportLine, ...], st: _Styles, counted: bool) -> Table:
    head = ["Date", "Kind", "What", "Hours", "Counts toward" if counted else "Would count toward"]
    widths = [LETTER_WIDTH * w for w in (0.12, 0.18, 0.35, 0.08, 0.27)]
    rows: list[list[Any]] = [[Paragraph(h, st.cell_bold) for h in head]]
    for line in lines:
        if line.note:
            what: Any = Paragraph(
                f"{_esc(line.description)}{_small_line(_esc(line.note))}",
                st.cell,
            )
        else:
            what = _fitted(line.description, st.cell, widths[2])
        shown = line.minutes if counted else line.entered_minutes
        rows.append(
            [
                f"{line.on:%Y-%m-%d}",
                _fitted(line.source, st.cell, widths[1]),
                what,
                hours(shown),
                _fitted(", ".join(line.counts_toward), st.small, widths[4]),
            ]
        )
    totals: dict[str, int] = {}
    for line in lines:
        totals[line.source] = totals.get(line.source, 0) + (
            line.minutes if counted else line.entered_minutes
        )
    for source, minutes in totals.items():
        rows.append(
            ["", "", Paragraph(f"Total: {_esc(source.lower())}", st.cell_bold), hours(minutes), ""]
        )
    table = _table(rows, widths, st, numeric_from=3)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (4, 1), (4, -1), st.regular, 7.5),
                ("TEXTCOLOR", (4, 1), (4, -1), MUTED),
                ("FONT", (0, -len(totals)), (-1, -1), st.bold, 8.5),
                ("BACKGROUND", (0, -len(totals)), (-1, -1), TABLE_HEAD),
            ]
        )
    )
    return table


def _signatures(report: HoursReport, st: _Styles) -> KeepTogether:
    statement = Paragraph(
        f"I confirm that the hours counted above were completed by {_esc(report.person)} and, "
        "where the program requires it, under my supervision.",
        st.body,
    )
    blank = "_" * 38
    signer = report.signer
    printed = report.supervisor or blank
    if signer is not None and signer.credentials:
        printed = f"{signer.name}, {signer.credentials}"
    number = signer.credential_number if signer is not None else ""
    rows = [
        ["Supervisor", blank, "Date", "_" * 18],
        ["Printed name", printed, "", ""],
        ["Credential no.", number or "_" * 24, "", ""],
        ["", "", "", ""],
        ["Peer specialist", blank, "Date", "_" * 18],
        ["Printed name", report.person, "", ""],
    ]
    table = Table(
        rows,
        colWidths=[LETTER_WIDTH * w for w in (0.17, 0.45, 0.08, 0.3)],
        rowHeights=[26, 16, 16, 10, 26, 16],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), st.regular, 9.5),
                ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
                ("TEXTCOLOR", (2, 0), (2, -1), MUTED),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    return KeepTogether([Paragraph("Signatures", st.heading), statement, Spacer(1, 6), table])


def _story(report: HoursReport, st: _Styles) -> list[Flowable]:
    address = "<br/>".join(_esc(line) for line in report.center_address.splitlines() if line)
    story: list[Flowable] = [
        Paragraph(f"Hours report: {_esc(report.program.name)}", st.title),
        Paragraph(
            f"<b>{_esc(report.center_name)}</b>"
            + (f"<br/>{address}" if address else "")
            + f"<br/>Prepared {timefmt.date_text(report.generated_at)}"
            + f" at {timefmt.clock(report.generated_at)}",
            st.subtitle,
        ),
        _facts(report, st),
        Paragraph("Requirements", st.heading),
        _requirements(report, st),
    ]
    if report.period_chosen and report.period_end is not None:
        story.append(
            Paragraph(
                f"Requirement totals count every hour up to "
                f"{report.period_end.day} {report.period_end:%b %Y}; "
                f"the entries listed below are those of the period covered "
                f"({_esc(period_text(report))}).",
                st.small,
            )
        )
    if report.program.source:
        story.append(
            Paragraph(f"Requirements as published by: {_esc(report.program.source)}", st.small)
        )
    if report.alerts:
        story.append(Paragraph("Needs attention", st.heading))
        story += [Paragraph(f"• {_esc(a.message)}", st.body) for a in report.alerts]
    story.append(Paragraph("Counted entries by date", st.heading))
    if report.counted_lines:
        story.append(_entries(report.counted_lines, st, counted=True))
    else:
        story.append(Paragraph("No hours counted yet.", st.body))
    if report.pending_lines:
        story.append(Paragraph("Not counted: waiting for a supervisor to verify", st.heading))
        story.append(_entries(report.pending_lines, st, counted=False))
    story += [Spacer(1, 14), _signatures(report, st)]
    return story


def _footer_canvas(report: HoursReport, font: str) -> type[Canvas]:
    """A canvas that writes 'page N of M' once it knows M."""

    class FooterCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self.setFont(font, 7.5)
                self.setFillColor(MUTED)
                self.drawString(MARGIN, 0.45 * inch, f"{report.person} · {report.program.name}")
                self.drawRightString(LETTER[0] - MARGIN, 0.45 * inch, f"Page {number} of {total}")
                super().showPage()
            super().save()

    return FooterCanvas


def build_hours_pdf(report: HoursReport) -> bytes:
    st = _Styles()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=LETTER,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=0.8 * inch,
        title=f"Hours report: {report.person}, {report.program.name}",
        author=report.center_name or "PeerCenter",
        creator="PeerCenter",
        subject="",
        lang="en-US",
        initialFontName=st.regular,  # no page names a font the file does not embed
    )
    doc.build(_story(report, st), canvasmaker=_footer_canvas(report, st.regular))
    return buffer.getvalue()
