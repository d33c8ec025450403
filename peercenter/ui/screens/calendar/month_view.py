"""The month at a glance, drawn with QPainter: six weeks of day cells, each listing its first
sessions with their kind's shape and colour, and how many more there are. Arrows move from
day to day, Ctrl+arrows from session to session; each session is announced to screen readers
as it is reached."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
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
from peercenter.ui.kind_colors import draw_kind_mark
from peercenter.ui.screens.calendar.day_names import weekday_names
from peercenter.ui.screens.calendar.session_text import describe, spoken
from peercenter.ui.widgets.painted_items import ItemsView

HEADER = 28
WEEKS = 6
FIRST_LINE = 24  # below the day's number


def month_grid_start(month: date) -> date:
    """The Monday on or before the first of the month."""
    first = month.replace(day=1)
    return first - timedelta(days=first.weekday())


class MonthView(ItemsView):
    day_activated = Signal(object)  # a date: double-click or Enter opens that day
    session_activated = Signal(int)  # Enter or double-click on a session
    selection_changed = Signal()
    move_months = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Month calendar"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.month = date.today().replace(day=1)
        self.selected_day = date.today()
        self.selected_id: int | None = None
        self.today: date | None = None
        self._by_day: dict[date, list[SessionView]] = {}
        self._order: list[SessionView] = []  # every session shown, in time order

    def set_sessions(
        self, month: date, sessions: Sequence[SessionView], today: date | None = None
    ) -> None:
        self.month, self.today = month.replace(day=1), today
        grouped: dict[date, list[SessionView]] = defaultdict(list)
        for s in sessions:
            grouped[s.starts_at.date()].append(s)
        self._by_day = dict(grouped)
        self._order = [s for day in sorted(self._by_day) for s in self._by_day[day]]
        self.set_item_count(len(self._order))
        if not self.first_shown() <= self.selected_day < self.last_shown():
            self.selected_day = self.month
        if self.selected_session() is None:
            self.selected_id = None
        self._announce()
        self.update()

    def first_shown(self) -> date:
        return month_grid_start(self.month)

    def last_shown(self) -> date:
        """The day after the last one shown."""
        return self.first_shown() + timedelta(weeks=WEEKS)

    def sessions_on(self, day: date) -> list[SessionView]:
        return list(self._by_day.get(day, []))

    def selected_session(self) -> SessionView | None:
        return next((s for s in self._order if s.id == self.selected_id), None)

    # -- what assistive technology is told -------------------------------------------------

    def item_name(self, index: int) -> str:
        return spoken(self._order[index]) if 0 <= index < len(self._order) else ""

    def item_description(self, index: int) -> str:
        return describe(self._order[index]) if 0 <= index < len(self._order) else ""

    def item_rect(self, index: int) -> QRect:
        if not 0 <= index < len(self._order):
            return QRect()
        s = self._order[index]
        day = s.starts_at.date()
        sessions = self._by_day.get(day, [])
        cell = self._cell((day - self.first_shown()).days)
        shown, line = self._room(cell, len(sessions))
        row = sessions.index(s)
        if row >= shown:
            return QRect()  # under "+N more"
        top = cell.top() + FIRST_LINE + row * line
        return QRectF(cell.left() + 2, top, cell.width() - 4, line).toAlignedRect()

    def _announce(self) -> None:
        day = self.selected_day
        count = len(self._by_day.get(day, []))
        self.setAccessibleDescription(
            self.tr("{day}: %n session(s)", "", count).format(day=formatting.long_day(day))
        )
        index = next((i for i, s in enumerate(self._order) if s.id == self.selected_id), None)
        self.focus_item(index)

    # -- geometry and painting -------------------------------------------------------------

    def minimumSizeHint(self) -> QSize:
        return QSize(7 * 70, HEADER + WEEKS * 60)

    def _cell(self, index: int) -> QRectF:
        width = self.width() / 7
        height = (self.height() - HEADER) / WEEKS
        return QRectF(index % 7 * width, HEADER + index // 7 * height, width, height)

    def _small_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 7))
        return small

    def _room(self, cell: QRectF, count: int) -> tuple[int, float]:
        """How many of ``count`` sessions fit in the cell, and the height of a line."""
        line = QFontMetrics(self._small_font()).height() + 1
        room = int((cell.bottom() - 4 - cell.top() - FIRST_LINE) // line)
        return (count if count <= room else max(room - 1, 0)), line

    def day_at(self, point: QPointF) -> date | None:
        if point.y() < HEADER:
            return None
        col = int(point.x() // (self.width() / 7))
        row = int((point.y() - HEADER) // ((self.height() - HEADER) / WEEKS))
        if not (0 <= col < 7 and 0 <= row < WEEKS):
            return None
        return self.first_shown() + timedelta(days=row * 7 + col)

    def session_at(self, point: QPointF) -> SessionView | None:
        for index, s in enumerate(self._order):
            if self.item_rect(index).contains(point.toPoint()):
                return s
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(theme.BASE))
        painter.fillRect(QRectF(0, 0, self.width(), HEADER), QColor(theme.ALTERNATE))
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor(theme.MUTED))
        for i, name in enumerate(weekday_names()):
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
            painter.setPen(QPen(QColor(theme.ACCENT_TEXT), 2))
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
            painter.setPen(QColor(theme.ON_ACCENT))
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), str(day.day))
        else:
            painter.setPen(QColor(theme.TEXT if inside else theme.DISABLED))
            painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft), str(day.day))
        self._paint_sessions(painter, cell, self._by_day.get(day, []), inside)

    def _paint_sessions(
        self, painter: QPainter, cell: QRectF, sessions: list[SessionView], inside: bool
    ) -> None:
        small = self._small_font()
        metrics = QFontMetrics(small)
        count, line = self._room(cell, len(sessions))
        y = cell.top() + FIRST_LINE
        for s in sessions[:count]:
            if s.id == self.selected_id:
                painter.fillRect(
                    QRectF(cell.left() + 2, y, cell.width() - 4, line), QColor(theme.ACCENT_SOFT)
                )
            mark = QRectF(cell.left() + 5, y + line / 2 - 4, 8, 8)
            draw_kind_mark(painter, mark, s.kind, QColor(theme.DISABLED) if s.cancelled else None)
            font = QFont(small)
            font.setStrikeOut(s.cancelled)
            font.setBold(s.id == self.selected_id)
            painter.setFont(font)
            colour = (
                theme.ERROR
                if s.conflict and not s.cancelled
                else theme.MUTED
                if s.cancelled or not inside
                else theme.TEXT
            )
            painter.setPen(QColor(colour))
            text = f"{formatting.start_time(s.starts_at)} {s.group_name}"
            if s.conflict and not s.cancelled:
                text = "! " + text
            painter.drawText(
                QPointF(cell.left() + 16, y + metrics.ascent()),
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(cell.width()) - 20),
            )
            y += line
        hidden = len(sessions) - count
        if hidden > 0:
            painter.setFont(small)
            painter.setPen(QColor(theme.MUTED))
            painter.drawText(
                QPointF(cell.left() + 16, y + metrics.ascent()), self.tr("+%n more", "", hidden)
            )

    # -- choosing --------------------------------------------------------------------------

    def select_day(self, day: date) -> None:
        if not self.first_shown() <= day < self.last_shown():
            self.move_months.emit(-1 if day < self.first_shown() else 1)
        self.selected_day = day
        self.selected_id = None
        self._announce()
        self.update()
        self.selection_changed.emit()

    def select_session(self, session_id: int | None) -> None:
        self.selected_id = session_id
        chosen = self.selected_session()
        if chosen is not None:
            self.selected_day = chosen.starts_at.date()
        self._announce()
        self.update()
        self.selection_changed.emit()

    def select_neighbour(self, step: int) -> None:
        """The next (+1) or previous (-1) session in time, from the selected session or
        from the selected day; nothing past the first or last session shown."""
        current = next((i for i, s in enumerate(self._order) if s.id == self.selected_id), None)
        if current is None:
            after = next(
                (i for i, s in enumerate(self._order) if s.starts_at.date() >= self.selected_day),
                len(self._order),
            )
            target = after if step > 0 else after - 1
        else:
            target = current + step
        if 0 <= target < len(self._order):
            self.select_session(self._order[target].id)

    # -- mouse and keys --------------------------------------------------------------------

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._announce()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        hit = self.session_at(event.position())
        if hit is not None:
            self.select_session(hit.id)
            return
        day = self.day_at(event.position())
        if day is not None:
            self.select_day(day)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self.session_at(event.position())
        if hit is not None:
            self.session_activated.emit(hit.id)
            return
        day = self.day_at(event.position())
        if day is not None:
            self.day_activated.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        key = Qt.Key(event.key())
        if key in steps and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.select_neighbour(1 if steps[key] > 0 else -1)
        elif key in steps:
            self.select_day(self.selected_day + timedelta(days=steps[key]))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.selected_id is not None:
                self.session_activated.emit(self.selected_id)
            else:
                self.day_activated.emit(self.selected_day)
        else:
            super().keyPressEvent(event)
