"""The twelve-month trend of one measure of the service report, as a QtCharts bar chart: the
report's own month in the accent colour, the months before it lighter. A count suppressed as
"< 5" is not drawn; the title names its months."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor

from peercenter.domain import timefmt
from peercenter.domain.service_report import SUPPRESSED, ServiceReport
from peercenter.reports.service_data import Measure, value_of

ACCENT = "#1d6b6a"
EARLIER = "#7fb3ad"


def short_month(month: date) -> str:
    """'Feb', in the window's language."""
    return timefmt.names().months_short[month.month - 1]


def trend_chart(report: ServiceReport, measure: Measure) -> QChart:
    chart = QChart()
    values = [value_of(measure, f, report.suppressed) for f in report.trend]
    hidden = [
        short_month(f.month) for f, v in zip(report.trend, values, strict=True) if v == SUPPRESSED
    ]
    title = QCoreApplication.translate("ReportsChart", "{measure}, the last twelve months").format(
        measure=measure.label
    )
    if hidden:
        # The title is rich text: "<" written as an entity, so it shows.
        title += "<br/>" + escape(
            QCoreApplication.translate(
                "ReportsChart", "{suppressed} in {months} (not drawn)"
            ).format(suppressed=SUPPRESSED, months=", ".join(hidden))
        )
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().hide()
    numbers = [float(v) if isinstance(v, int | float) else 0.0 for v in values]
    months = QBarSet(measure.label)
    months.setColor(QColor(EARLIER))
    months.setSelectedColor(QColor(ACCENT))
    months.append(numbers)
    months.selectBar(len(numbers) - 1)  # the report's own month
    bars = QBarSeries()
    bars.append(months)
    bars.setBarWidth(0.7)
    bars.setLabelsVisible(True)
    bars.setLabelsFormat("@value")
    chart.addSeries(bars)
    axis = QBarCategoryAxis()
    axis.append([short_month(f.month) for f in report.trend])
    font = axis.labelsFont()
    font.setPointSizeF(font.pointSizeF() * 0.85)
    axis.setLabelsFont(font)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    top = QValueAxis()
    top.setRange(0, max([*numbers, 1.0]) * 1.2)
    top.setLabelFormat("%g")
    top.applyNiceNumbers()
    chart.addAxis(top, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(axis)
    bars.attachAxis(top)
    return chart
