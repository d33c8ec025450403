"""A group's attendance: sessions held, average attendance, and the last 12 weeks drawn as a
small bar chart."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from peercenter.domain import timefmt
from peercenter.services.schedule import stats
from peercenter.services.schedule.stats import GroupStats
from peercenter.ui import theme
from peercenter.ui.context import AppContext


class TrendChart(QWidget):
    """Average attendance per week; weeks without sessions are left blank."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[str, float | None]] = []
        self.setAccessibleName(self.tr("Attendance over the last 12 weeks"))

    def sizeHint(self) -> QSize:
        return QSize(520, 180)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(theme.BASE))
        if not self.points:
            painter.end()
            return
        top = max((v for _, v in self.points if v is not None), default=0.0) or 1.0
        width = self.width() / len(self.points)
        base = self.height() - 22
        widest = max(painter.fontMetrics().horizontalAdvance(label) for label, _ in self.points)
        every = 1 if widest + 6 <= width else 2  # every other week when the labels would touch
        for i, (label, value) in enumerate(self.points):
            x = i * width
            painter.setPen(QColor(theme.MUTED))
            if (len(self.points) - 1 - i) % every == 0:
                painter.drawText(
                    QRectF(x - width / 2, base + 4, width * 2, 18),
                    int(Qt.AlignmentFlag.AlignCenter),
                    label,
                )
            if value is None:
                continue
            height = (base - 18) * value / top
            bar = QRectF(x + width * 0.2, base - height, width * 0.6, height)
            painter.fillRect(bar, QColor(theme.ACCENT))
            painter.setPen(QColor(theme.TEXT))
            painter.drawText(
                QRectF(x, bar.top() - 16, width, 16),
                int(Qt.AlignmentFlag.AlignCenter),
                f"{value:.1f}",
            )
        painter.setPen(QColor(theme.BORDER))
        painter.drawLine(0, int(base), self.width(), int(base))
        painter.end()


class StatsDialog(QDialog):
    def __init__(self, ctx: AppContext, group_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attendance"))
        with ctx.database.reader() as session:
            self.stats: GroupStats = stats.group_stats(session, ctx.actor, group_id)
        layout = QVBoxLayout(self)
        title = theme.title_label(self.tr("Attendance of {group}").format(group=self.stats.name))
        title.setWordWrap(True)  # a long group name takes two lines, not the width
        layout.addWidget(title)
        s = self.stats
        average = f"{s.average_attendance:.1f}" if s.average_attendance is not None else "–"
        self.summary = QLabel(
            self.tr(
                "%n session(s) held · on average {average} people present or late · "
                "last 12 weeks: {direction}",
                "",
                s.sessions_held,
            ).format(average=average, direction=s.direction)
        )
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addWidget(theme.section_label(self.tr("Average attendance per week")))
        self.chart = TrendChart()
        self.chart.points = [(timefmt.day_month(p.week), p.average) for p in s.trend]
        layout.addWidget(self.chart, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
