"""A chart view whose chart is replaced (and the old one freed) on every update; the screens
with charts (wellbeing, reports) share it. It is a picture, not a scroll area: a screen reader
hears its title and its summary. Week labels are written across, and tilted only when the
panel is too narrow for them."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QResizeEvent
from PySide6.QtWidgets import QWidget

from peercenter.ui import theme

MINIMUM_HEIGHT = 260


class ChartPanel(QChartView):
    def __init__(self, parent: QWidget | None = None, *, fixed_height: int | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        if fixed_height is None:
            self.setMinimumHeight(MINIMUM_HEIGHT)
        else:
            self.setFixedHeight(fixed_height)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for policy in (self.setVerticalScrollBarPolicy, self.setHorizontalScrollBarPolicy):
            policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QChartView.Shape.NoFrame)
        self.setBackgroundBrush(QColor(theme.BASE))

    def show_chart(self, chart: QChart, summary: str = "") -> None:
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        self.setAccessibleName(chart.title())
        self.setAccessibleDescription(summary)
        self._fit_labels()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_labels()

    def _fit_labels(self) -> None:
        chart = self.chart()
        if chart is None:
            return
        for axis in chart.axes(Qt.Orientation.Horizontal):
            if isinstance(axis, QBarCategoryAxis) and axis.count():
                widest = max(self.fontMetrics().horizontalAdvance(c) for c in axis.categories())
                room = chart.plotArea().width() / axis.count()
                axis.setLabelsAngle(0 if room >= widest + 6 else -60)
