"""The monthly service report as a PDF a funder can be sent: the center, the month's figures
with what each counts, and the twelve months up to it as small bar charts, one per measure.
Counts only: nothing names a person."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from peercenter.domain import timefmt
from peercenter.domain.service_report import SUPPRESSED, ServiceReport
from peercenter.reports import fonts
from peercenter.reports.layout import ACCENT, GRID, INK, LETTER_WIDTH, MARGIN, MUTED, TABLE_HEAD
from peercenter.reports.service_data import MEASURES, Measure, month_rows, text, value_of

CHART_W, CHART_H = LETTER_WIDTH / 2 - 6, 92


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=9.5, leading=12.5, textColor=INK)
    return {
        "title": ParagraphStyle("title", parent=body, fontName=fonts.BOLD, fontSize=17, leading=21),
        "sub": ParagraphStyle("sub", parent=body, textColor=MUTED, spaceAfter=8),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=12,
            spaceAfter=5,
            textColor=ACCENT,
        ),
        "body": body,
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11),
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, textColor=MUTED),
    }


def _figures_table(report: ServiceReport, st: dict[str, ParagraphStyle]) -> Table:
    rows: list[list[object]] = [
        [
            Paragraph("<b>Measure</b>", st["cell"]),
            Paragraph(f"<b>{report.month:%B %Y}</b>", st["cell"]),
            Paragraph("<b>What it counts</b>", st["cell"]),
        ]
    ]
    for label, value, note in month_rows(report, english=True):
        sub = label.startswith(" ")
        name = f"&nbsp;&nbsp;&nbsp;&nbsp;{escape(label.strip())}" if sub else escape(label)
        rows.append([Paragraph(name, st["cell"]), value, Paragraph(escape(note), st["small"])])
    widths = [LETTER_WIDTH * w for w in (0.42, 0.16, 0.42)]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                fonts.TABLE_FONT,
                ("FONTSIZE", (1, 1), (1, -1), 10),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("BACKGROUND", (0, 0), (-1, 0), TABLE_HEAD),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def trend_chart(report: ServiceReport, measure: Measure) -> Drawing:
    """Twelve bars, the month's own in the accent colour; each bar labelled with its value
    (a suppressed count stands at zero, labelled "< 5")."""
    drawing = Drawing(CHART_W, CHART_H)
    drawing.add(
        String(0, CHART_H - 11, measure.english, fontName=fonts.BOLD, fontSize=9, fillColor=INK)
    )
    shown = [value_of(measure, f, report.suppressed) for f in report.trend]
    numbers = [float(v) if isinstance(v, int | float) else 0.0 for v in shown]
    chart = VerticalBarChart()
    chart.x, chart.y = 24, 16
    chart.width, chart.height = CHART_W - 30, CHART_H - 40
    chart.data = [numbers]
    chart.barLabelFormat = "values"
    chart.barLabelArray = [[text(v) if v else "" for v in shown]]
    chart.barLabels.fontName = fonts.REGULAR
    chart.barLabels.fontSize = 6.5
    chart.barLabels.fillColor = INK
    chart.barLabels.nudge = 5
    chart.barLabels.boxAnchor = "s"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(max(numbers) * 1.25, 1.0)
    if all(float(n).is_integer() for n in numbers) and max(numbers) <= 6:
        chart.valueAxis.valueStep = 1  # whole people and sessions, not 0.2 of one
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e8ec")
    chart.valueAxis.strokeColor = GRID
    chart.categoryAxis.categoryNames = [f"{f.month:%b}" for f in report.trend]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.fillColor = MUTED
    chart.categoryAxis.strokeColor = GRID
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = colors.HexColor("#7fb3ad")
    chart.bars[(0, len(numbers) - 1)].fillColor = ACCENT
    drawing.add(chart)
    return drawing


def _charts(report: ServiceReport) -> Table:
    drawings = [trend_chart(report, m) for m in MEASURES]
    rows = [drawings[i : i + 2] for i in range(0, len(drawings), 2)]
    if len(rows[-1]) == 1:
        rows[-1].append("")
    table = Table(rows, colWidths=[LETTER_WIDTH / 2] * 2)
    table.setStyle(
        TableStyle(
            [
                fonts.TABLE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def _story(report: ServiceReport) -> list[Flowable]:
    st = _styles()
    address = "<br/>".join(escape(line) for line in report.center_address.splitlines() if line)
    when = f"{report.month:%B %Y}"
    story: list[Flowable] = [
        Paragraph(f"Monthly service report: {escape(when)}", st["title"]),
        Paragraph(
            f"<b>{escape(report.center_name)}</b>"
            + (f"<br/>{address}" if address else "")
            + f"<br/>Prepared {timefmt.date_text(report.generated_at)}"
            + f" at {timefmt.clock(report.generated_at)}",
            st["sub"],
        ),
    ]
    notes = []
    if not report.complete:
        notes.append(f"{when} is not over yet: these are the figures so far.")
    if report.suppressed:
        notes.append(
            f"Counts of 1 to 4 people are shown as “{SUPPRESSED}”, as public-health "
            "reports do, so that nobody can be recognised."
        )
    notes.append("Counts only: this report names nobody.")
    story += [Paragraph(escape(n), st["body"]) for n in notes]
    story += [
        Paragraph("This month", st["heading"]),
        _figures_table(report, st),
        Spacer(1, 6),
        Paragraph(
            "A session is held when it was not cancelled and attendance was recorded for it; "
            "a cancelled session counts nowhere. New people came for the first time ever; "
            "returning people had come before. Peer support hours are the length of each "
            "session held other than training, counted once however many facilitators it "
            "had. Supervision hours are what peer specialists received: a supervision's "
            "length for each specialist in it.",
            st["small"],
        ),
        CondPageBreak((CHART_H + 8) * 6 + 40),
        Paragraph("The last twelve months", st["heading"]),
        _charts(report),
    ]
    return story


def build_service_pdf(report: ServiceReport) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=LETTER,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"Monthly service report, {report.month:%B %Y}",
        author=report.center_name or "PeerCenter",
        creator="PeerCenter",
        subject="",
        lang="en-US",
        initialFontName=fonts.REGULAR,
    )
    doc.build(_story(report))
    return buffer.getvalue()
