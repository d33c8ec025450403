"""The person detail's charts (QtCharts): weekly hours against the cap, each questionnaire's
scales over time with their cut-offs, and supervision minutes per week."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QDateTimeAxis,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QColor, QPen

from peercenter.domain.guardrails import Level
from peercenter.services.wellbeing.dashboard import ScaleSeries, WeekPoint
from peercenter.ui import levels

ACCENT = "#2e6f6b"
SCALE_COLORS = ["#2e6f6b", "#7a4fa0", "#3b6fb6", "#a0522d"]


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _week_labels(weeks: Sequence[WeekPoint]) -> list[str]:
    return [f"{w.monday.day} {w.monday:%b}" for w in weeks]


def _category_axis(chart: QChart, labels: list[str]) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(labels)
    axis.setLabelsAngle(-90)
    font = axis.labelsFont()
    font.setPointSizeF(font.pointSizeF() * 0.85)
    axis.setLabelsFont(font)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    return axis


def _value_axis(chart: QChart, top: float, title: str, lowest: float = 0) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(lowest, top)
    axis.setTitleText(title)
    axis.setLabelFormat("%g")
    axis.applyNiceNumbers()
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    return axis


def hours_chart(weeks: Sequence[WeekPoint]) -> QChart:
    """Stacked bars: hours within the cap, and the part over it in red; the cap as a line."""
    chart = _chart("Weekly hours against the cap")
    within, over = QBarSet("Hours"), QBarSet("Over the cap")
    within.setColor(QColor(ACCENT))
    over.setColor(levels.color(Level.RED))
    for w in weeks:
        within.append(min(w.hours, w.cap_hours))
        over.append(max(0.0, w.hours - w.cap_hours))
    bars = QStackedBarSeries()
    bars.append([within, over])
    bars.setBarWidth(0.6)
    chart.addSeries(bars)
    cap = QLineSeries()
    cap.setName("Cap")
    cap.setPen(QPen(levels.color(Level.AMBER), 2, Qt.PenStyle.DashLine))
    caps = [w.cap_hours for w in weeks]
    for i, value in enumerate(caps):
        cap.append(i - 0.5, value)
        cap.append(i + 0.5, value)
    chart.addSeries(cap)
    x = _category_axis(chart, _week_labels(weeks))
    top = max([*caps, *(w.hours for w in weeks), 1.0]) * 1.1
    y = _value_axis(chart, top, "hours")
    for series in (bars, cap):
        series.attachAxis(x)
        series.attachAxis(y)
    return chart


def supervision_chart(weeks: Sequence[WeekPoint]) -> QChart:
    chart = _chart("Supervision minutes per week")
    minutes = QBarSet("Minutes")
    minutes.setColor(QColor("#3b6fb6"))
    for w in weeks:
        minutes.append(w.supervision_minutes)
    bars = QStackedBarSeries()
    bars.append(minutes)
    bars.setBarWidth(0.6)
    chart.addSeries(bars)
    chart.legend().hide()
    x = _category_axis(chart, _week_labels(weeks))
    y = _value_axis(chart, max([*(w.supervision_minutes for w in weeks), 60]) * 1.1, "minutes")
    bars.attachAxis(x)
    bars.attachAxis(y)
    return chart


def _msecs(day: date) -> float:
    return float(QDateTime(datetime.combine(day, time(12))).toMSecsSinceEpoch())


def scales_chart(title: str, series: Sequence[ScaleSeries], first: date, last: date) -> QChart:
    """One line per scale of a questionnaire, with its amber and red cut-offs dashed in their
    colours (named in the title, to keep the legend to the scales)."""
    scale = series[0]
    side = "+" if scale.higher_is_worse else " or less"
    cutoffs = [
        f"{level.value} {value:g}{side}"
        for level, value in ((Level.AMBER, scale.amber), (Level.RED, scale.red))
        if value is not None
    ]
    chart = _chart(f"{title} ({', '.join(cutoffs)})" if cutoffs else title)
    font = chart.legend().font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    chart.legend().setFont(font)
    x = QDateTimeAxis()
    x.setFormat("d MMM yy")
    x.setRange(
        QDateTime(datetime.combine(first, time())), QDateTime(datetime.combine(last, time(23, 59)))
    )
    x.setTickCount(6)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    y = QValueAxis()
    y.setRange(scale.low, scale.high)
    y.setTickCount(5)  # 0, 25, 50, 75, 100 or 1 to 5: the answers' own steps
    y.setLabelFormat("%g")
    y.setTitleText("score")
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    lines = []
    for n, one in enumerate(series):
        line = QLineSeries()
        line.setName(one.label)
        line.setPointsVisible(True)
        line.setPen(QPen(QColor(SCALE_COLORS[n % len(SCALE_COLORS)]), 2))
        for p in one.points:
            line.append(_msecs(p.taken_on), p.score)
        lines.append(line)
    cut_lines = []
    for level, value in ((Level.AMBER, scale.amber), (Level.RED, scale.red)):
        if value is None:
            continue
        cut = QLineSeries()
        cut.setName(f"{level.label} {value:g}{side}")
        cut.setPen(QPen(levels.color(level), 1, Qt.PenStyle.DashLine))
        cut.append(_msecs(first), value)
        cut.append(_msecs(last), value)
        cut_lines.append(cut)
    for line in [*lines, *cut_lines]:
        chart.addSeries(line)
        line.attachAxis(x)
        line.attachAxis(y)
    for cut in cut_lines:
        for marker in chart.legend().markers(cut):
            marker.setVisible(False)
    return chart
