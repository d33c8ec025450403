"""The person detail's charts (QtCharts): weekly hours against the cap, each questionnaire's
scales over time with their cut-offs, and supervision minutes per week. They take the
colours of the scheme in use, and each has a one-line summary for screen readers."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from PySide6.QtCharts import (
    QAbstractAxis,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QDateTimeAxis,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QPen

from peercenter.domain import timefmt
from peercenter.domain.guardrails import Level
from peercenter.services.wellbeing.dashboard import ScaleSeries, WeekPoint
from peercenter.ui import formatting, levels, theme

SCALE_COLORS = theme.BySchemeColors(
    dict(enumerate(["#2e6f6b", "#7a4fa0", "#3b6fb6", "#a0522d"])),
    dict(enumerate(["#6fc2b9", "#c39be6", "#8cb6f0", "#e39a6d"])),
)
SUPERVISION = theme.BySchemeColors({0: "#3b6fb6"}, {0: "#8cb6f0"})


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setLocale(QLocale())  # the window's: month names on the date axis
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundBrush(QColor(theme.BASE))
    chart.setTitleBrush(QColor(theme.TEXT))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.legend().setLabelColor(QColor(theme.TEXT))
    return chart


def _looks(axis: QAbstractAxis) -> None:
    axis.setLabelsColor(QColor(theme.TEXT))
    axis.setTitleBrush(QColor(theme.TEXT))
    axis.setGridLineColor(QColor(theme.BORDER))
    axis.setLinePenColor(QColor(theme.BORDER))


def week_label(monday: date) -> str:
    return timefmt.day_month(monday)


def _category_axis(chart: QChart, labels: list[str]) -> QBarCategoryAxis:
    """Week labels written across; the panel tilts them only when they would not fit."""
    axis = QBarCategoryAxis()
    axis.append(labels)
    _looks(axis)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    return axis


def _value_axis(chart: QChart, top: float, title: str, lowest: float = 0) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(lowest, top)
    axis.setTitleText(title)
    axis.setLabelFormat("%g")
    axis.applyNiceNumbers()
    _looks(axis)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    return axis


def hours_chart(weeks: Sequence[WeekPoint]) -> QChart:
    """Stacked bars: hours within the cap, and the part over it in red; the cap as a line."""
    chart = _chart(QCoreApplication.translate("WellbeingCharts", "Weekly hours against the cap"))
    within, over = (
        QBarSet(QCoreApplication.translate("WellbeingCharts", "Hours")),
        QBarSet(QCoreApplication.translate("WellbeingCharts", "Over the cap")),
    )
    within.setColor(QColor(theme.ACCENT))
    over.setColor(levels.color(Level.RED))
    for w in weeks:
        within.append(min(w.hours, w.cap_hours))
        over.append(max(0.0, w.hours - w.cap_hours))
    bars = QStackedBarSeries()
    bars.append([within, over])
    bars.setBarWidth(0.6)
    chart.addSeries(bars)
    cap = QLineSeries()
    cap.setName(QCoreApplication.translate("WellbeingCharts", "Cap"))
    cap.setPen(QPen(levels.color(Level.AMBER), 2, Qt.PenStyle.DashLine))
    caps = [w.cap_hours for w in weeks]
    for i, value in enumerate(caps):
        cap.append(i - 0.5, value)
        cap.append(i + 0.5, value)
    chart.addSeries(cap)
    x = _category_axis(chart, [week_label(w.monday) for w in weeks])
    top = max([*caps, *(w.hours for w in weeks), 1.0]) * 1.1
    y = _value_axis(chart, top, QCoreApplication.translate("WellbeingCharts", "hours"))
    for series in (bars, cap):
        series.attachAxis(x)
        series.attachAxis(y)
    return chart


def supervision_chart(weeks: Sequence[WeekPoint]) -> QChart:
    chart = _chart(QCoreApplication.translate("WellbeingCharts", "Supervision minutes per week"))
    minutes = QBarSet(QCoreApplication.translate("WellbeingCharts", "Minutes"))
    minutes.setColor(QColor(SUPERVISION[0]))
    for w in weeks:
        minutes.append(w.supervision_minutes)
    bars = QStackedBarSeries()
    bars.append(minutes)
    bars.setBarWidth(0.6)
    chart.addSeries(bars)
    chart.legend().hide()
    x = _category_axis(chart, [week_label(w.monday) for w in weeks])
    top = max([*(w.supervision_minutes for w in weeks), 60]) * 1.1
    y = _value_axis(chart, top, QCoreApplication.translate("WellbeingCharts", "minutes"))
    bars.attachAxis(x)
    bars.attachAxis(y)
    return chart


def _msecs(day: date) -> float:
    return float(QDateTime(datetime.combine(day, time(12))).toMSecsSinceEpoch())


def scales_chart(title: str, series: Sequence[ScaleSeries], first: date, last: date) -> QChart:
    """One line per scale of a questionnaire, with its amber and red cut-offs dashed in their
    colours (named in the title, to keep the legend to the scales)."""
    scale = series[0]
    cutoff = (
        QCoreApplication.translate("WellbeingCharts", "{level} {value}+")
        if scale.higher_is_worse
        else QCoreApplication.translate("WellbeingCharts", "{level} {value} or less")
    )
    cutoffs = [
        cutoff.format(level=level.label.lower(), value=f"{value:g}")
        for level, value in ((Level.AMBER, scale.amber), (Level.RED, scale.red))
        if value is not None
    ]
    chart = _chart(
        QCoreApplication.translate("WellbeingCharts", "{title} ({cutoffs})").format(
            title=title, cutoffs=", ".join(cutoffs)
        )
        if cutoffs
        else title
    )
    font = chart.legend().font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    chart.legend().setFont(font)
    x = QDateTimeAxis()
    x.setFormat(
        QCoreApplication.translate("WellbeingCharts", "d MMM yy")
    )  # a Qt date format: the day, the month's short name, the year
    x.setRange(
        QDateTime(datetime.combine(first, time())), QDateTime(datetime.combine(last, time(23, 59)))
    )
    x.setTickCount(6)
    _looks(x)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    y = QValueAxis()
    y.setRange(scale.low, scale.high)
    y.setTickCount(5)  # 0, 25, 50, 75, 100 or 1 to 5: the answers' own steps
    y.setLabelFormat("%g")
    y.setTitleText(QCoreApplication.translate("WellbeingCharts", "score"))
    _looks(y)
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
        cut.setName(cutoff.format(level=level.label, value=f"{value:g}"))
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


def hours_summary(weeks: Sequence[WeekPoint]) -> str:
    """The hours chart in words: each week's hours, the cap, the weeks over it."""
    if not weeks:
        return QCoreApplication.translate("WellbeingCharts", "No weeks to show.")
    over = [w for w in weeks if w.hours > w.cap_hours]
    text = QCoreApplication.translate(
        "WellbeingCharts", "Weeks from {first} to {last}: {hours} hours; the cap is {cap} hours."
    ).format(
        first=week_label(weeks[0].monday),
        last=week_label(weeks[-1].monday),
        hours=", ".join(f"{w.hours:g}" for w in weeks),
        cap=f"{weeks[-1].cap_hours:g}",
    )
    if over:
        text += " " + QCoreApplication.translate(
            "WellbeingCharts", "Over the cap: {weeks}."
        ).format(weeks=", ".join(week_label(w.monday) for w in over))
    return text


def supervision_summary(weeks: Sequence[WeekPoint]) -> str:
    if not weeks:
        return QCoreApplication.translate("WellbeingCharts", "No weeks to show.")
    return QCoreApplication.translate(
        "WellbeingCharts", "Supervision minutes per week from {first}: {minutes}."
    ).format(
        first=week_label(weeks[0].monday),
        minutes=", ".join(str(w.supervision_minutes) for w in weeks),
    )


def scales_summary(series: Sequence[ScaleSeries]) -> str:
    """Each scale's latest score and when it was taken."""
    parts = []
    for one in series:
        if one.points:
            last = one.points[-1]
            parts.append(
                QCoreApplication.translate("WellbeingCharts", "{scale}: {score} on {date}").format(
                    scale=one.label,
                    score=f"{last.score:g}",
                    date=formatting.short_date(last.taken_on),
                )
            )
    return (
        "; ".join(parts) + "."
        if parts
        else QCoreApplication.translate("WellbeingCharts", "No scores yet.")
    )
