"""The month at a glance, drawn with QPainter: six weeks of day cells, each listing its first
sessions in their kind colour and how many more there are."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QWidget

from peercenter.services.schedule.common import SessionView
from peercenter.ui import formatting, theme
from peercenter.ui.kind_colors import kind_color

HEADER = 28
WEEKS = 6


def month_grid_start(month: date) -> date:
    """The Monday on or before the first of the month."""
    first = month.replace(day=1)
    return first - timedelta(days=first.weekday())


class MonthView(QWidget):
    day_activated = Signal(object)  # a date: double-click or Enter opens that day
    selection_changed = Signal()
    move_months = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Month calendar")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.month = date.today().replace(day=1)
        self.selected_day = date.today()
        self.today: date | None = None
        self._by_day: dict[date, list[SessionView]] = {}

    def set_sessions(
        self, month: date, sessions: Sequence[SessionView], today: date | None = None
    ) -> None:
        self.month, self.today = month.replace(day=1), today
        grouped: dict[date, list[SessionView]] = defaultdict(list)
        for s in sessions:
            grouped[s.starts_at.date()].append(s)
        self._by_day = dict(grouped)
        if (
            not self.first_shown()
            <= self.selected_day
            < self.first_shown() + timedelta(weeks=WEEKS)
        ):
            self.selected_day = self.month
        self.update()

    def first_shown(self) -> date:
        return month_grid_start(self.month)

    def sessions_on(self, day: date) -> list[SessionView]:
        return list(self._by_day.get(day, []))

    def minimumSizeHint(self) -> QSize:
        return QSize(7 * 70, HEADER + WEEKS * 60)

    def _cell(self, index: int) -> QRectF:
        width = self.width() / 7
        height = (self.height() - HEADER) / WEEKS
        return QRectF(index % 7 * width, HEADER + index // 7 * height, width, height)

    def day_at(self, point: QPointF) -> date | None:
        if point.y() < HEADER:
            return None
        col = int(point.x() // (self.width() / 7))
        row = int((point.y() - HEADER) // ((self.height() - HEADER) / WEEKS))
        if not (0 <= col < 7 and 0 <= row < WEEKS):
            return None
        return self.first_shown() + timedelta(days=row * 7 + col)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(theme.BASE))
        painter.fillRect(QRectF(0, 0, self.width(), HEADER), QColor(theme.ALTERNATE))
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor(theme.MUTED))
        for i, name in enumerate(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")):
            cell = self._cell(i)
            painter.drawText(
                QRectF(cell.left(), 0, cell.width(), HEADER),
                int(Qt.AlignmentFlag.AlignCenter),
                name,
            )
        for index in range(WEEKS * 7):
            self._paint_day(painter, index)
        painter.end()

    def _paint_day(self, painter: QPainter, index: int) -> None:
        day = self.first_shown() + timedelta(days=index)
        cell = self._cell(index)
        inside = day.month == self.month.month
        if not inside:
            painter.fillRect(cell, QColor(theme.WINDOW))
        elif day.weekday() >= 5:
            painter.fillRect(cell, QColor(theme.ALTERNATE))
        painter.setPen(QPen(QColor(theme.BORDER), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(cell)
        if day == self.selected_day and self.hasFocus():
            painter.setPen(QPen(QColor(theme.ACCENT), 2))
            painter.drawRect(cell.adjusted(1, 1, -1, -1))
        number = QFont(self.font())
        number.setBold(day == self.today)
        painter.setFont(number)
        top = QRectF(cell.left() + 6, cell.top() + 3, cell.width() - 12, 18)
        if day == self.today:
            badge = QRectF(top.left() - 3, top.top(), 26, 18)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.ACCENT))
            painter.drawRoundedRect(badge, 9, 9)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), str(day.day))
        else:
            painter.setPen(QColor(theme.TEXT if inside else theme.DISABLED))
            painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft), str(day.day))
        self._paint_sessions(painter, cell, self._by_day.get(day, []), inside)

    def _paint_sessions(
        self, painter: QPainter, cell: QRectF, sessions: list[SessionView], inside: bool
    ) -> None:
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 7))
        metrics = QFontMetrics(small)
        line = metrics.height() + 1
        y = cell.top() + 24
        room = int((cell.bottom() - 4 - y) // line)
        shown = sessions if len(sessions) <= room else sessions[: max(room - 1, 0)]
        for s in shown:
            dot = QRectF(cell.left() + 6, y + line / 2 - 3, 6, 6)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.DISABLED) if s.cancelled else kind_color(s.kind))
            painter.drawEllipse(dot)
            font = QFont(small)
            font.setStrikeOut(s.cancelled)
            painter.setFont(font)
            colour = (
                theme.ERROR
                if s.conflict and not s.cancelled
                else theme.MUTED
                if s.cancelled or not inside
                else theme.TEXT
            )
            painter.setPen(QColor(colour))
            text = f"{formatting.clock_time(s.starts_at)} {s.group_name}"
            if s.conflict and not s.cancelled:
                text = "! " + text
            painter.drawText(
                QPointF(cell.left() + 16, y + metrics.ascent()),
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(cell.width()) - 20),
            )
            y += line
        hidden = len(sessions) - len(shown)
        if hidden > 0:
            painter.setFont(small)
            painter.setPen(QColor(theme.MUTED))
            painter.drawText(QPointF(cell.left() + 16, y + metrics.ascent()), f"+{hidden} more")

    def select_day(self, day: date) -> None:
        first = self.first_shown()
        if not first <= day < first + timedelta(weeks=WEEKS):
            self.move_months.emit(-1 if day < first else 1)
        self.selected_day = day
        self.update()
        self.selection_changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position())
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if day is not None:
            self.select_day(day)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position())
        if day is not None:
            self.day_activated.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        key = Qt.Key(event.key())
        if key in steps:
            self.select_day(self.selected_day + timedelta(days=steps[key]))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.day_activated.emit(self.selected_day)
        else:
            super().keyPressEvent(event)
