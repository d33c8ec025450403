"""The week (or several days) as a time grid drawn with QPainter: days as columns, hours as
rows, sessions as blocks in their kind's colour and shape. Cancelled sessions are hatched and
struck through; clashes get a red edge and a '!' badge. A slot cursor, moved with the arrows
or the mouse, is where a new group starts; Ctrl+arrows go from session to session, and each
session is announced to screen readers as it is reached."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QWidget

from peercenter.domain.enums import GroupKind
from peercenter.services.schedule.common import SessionView
from peercenter.ui import formatting, theme
from peercenter.ui.kind_colors import draw_kind_mark, kind_color
from peercenter.ui.screens.calendar.day_names import day_header
from peercenter.ui.screens.calendar.layout import Placed, hour_range, place
from peercenter.ui.screens.calendar.session_text import cancelled_text, describe, spoken
from peercenter.ui.widgets.painted_items import ItemsView

GUTTER = 58  # at least; wider when the hours read longer ("12:00 PM")
HEADER = 44
MIN_HOUR_HEIGHT = 34
SLOT = 30  # the cursor moves in half hours


MARK = 10  # the kind's shape before the title


@dataclass(frozen=True)
class _Fonts:
    """The fonts of one paint, made once rather than for every block."""

    normal: QFont
    bold: QFont
    struck: QFont
    small: QFont
    bold_metrics: QFontMetrics
    small_metrics: QFontMetrics

    @classmethod
    def of(cls, base: QFont) -> _Fonts:
        bold = QFont(base)
        bold.setBold(True)
        struck = QFont(bold)
        struck.setStrikeOut(True)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() * 0.88, 7))
        return cls(base, bold, struck, small, QFontMetrics(bold), QFontMetrics(small))


def tint(kind: GroupKind) -> QColor:
    """The kind's colour at a fifth of its strength over the base colour (white, or dark in
    a dark scheme), as one opaque colour."""
    return _tint(kind, theme.BASE)


@lru_cache(maxsize=16)
def _tint(kind: GroupKind, base: str) -> QColor:
    colour, under, share = kind_color(kind), QColor(base), 48 / 255
    return QColor(
        *(
            round(b + (c - b) * share)
            for c, b in (
                (colour.red(), under.red()),
                (colour.green(), under.green()),
                (colour.blue(), under.blue()),
            )
        )
    )


def wrap(text: str, metrics: QFontMetrics, width: int, lines: int) -> list[str]:
    """Word-wrap ``text`` into at most ``lines`` lines; the last one is elided if need be."""
    out: list[str] = []
    words = text.split()
    while words and len(out) < lines - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        if metrics.horizontalAdvance(line) > width:  # one long word: elide it, keep going
            line = metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
        out.append(line)
    if words:
        out.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return out


class WeekView(ItemsView):
    session_activated = Signal(int)  # double-click or Enter on a session
    slot_activated = Signal(object, int)  # (local start datetime, minutes) on an empty slot
    move_days = Signal(int)  # the cursor went past the first (-1) or last (+1) day shown
    # Ctrl+arrow went past the first (-1) or last (+1) session shown.
    past_the_sessions = Signal(int)
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Week calendar"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.first_day = date.today()
        self.days = 7
        self.today: date | None = None
        self.now: datetime | None = None
        self.sessions: list[SessionView] = []
        self.placed: list[Placed] = []
        self.first_hour, self.last_hour = hour_range([])
        self.cursor_day = 0
        self.cursor_minute = 9 * 60
        self.slot_minutes = 60
        self.selected_id: int | None = None
        self.can_create = True  # False: an empty slot offers no new group
        self._rects: list[tuple[QRectF, Placed]] = []
        self._drag_from: int | None = None
        self._gutter_for = ""  # the font and hour format the gutter was measured for
        self.gutter = GUTTER

    # -- data ------------------------------------------------------------------------------

    def set_sessions(
        self,
        first_day: date,
        days: int,
        sessions: Sequence[SessionView],
        today: date | None = None,
        now: datetime | None = None,
    ) -> None:
        self.first_day, self.days = first_day, days
        self.today, self.now = today, now
        self.sessions = list(sessions)
        self.placed = place(self.sessions, first_day, days)
        self.set_item_count(len(self.placed))
        self.first_hour, self.last_hour = hour_range(self.placed)
        self._measure_gutter(_Fonts.of(self.font()).small)
        self.cursor_day = min(self.cursor_day, days - 1)
        self._clamp_cursor()
        if self.selected_id is not None and self.selected_session() is None:
            self.selected_id = None
        self._rects = []
        self._focus_selected()
        self.updateGeometry()
        self.update()

    def item_name(self, index: int) -> str:
        return spoken(self.placed[index].session) if 0 <= index < len(self.placed) else ""

    def item_description(self, index: int) -> str:
        return describe(self.placed[index].session) if 0 <= index < len(self.placed) else ""

    def item_rect(self, index: int) -> QRect:
        if not 0 <= index < len(self.placed):
            return QRect()
        return self.block_rect(self.placed[index]).toAlignedRect()

    def _focus_selected(self) -> None:
        index = next(
            (i for i, p in enumerate(self.placed) if p.session.id == self.selected_id), None
        )
        self.focus_item(index)

    def selected_session(self) -> SessionView | None:
        return next((s for s in self.sessions if s.id == self.selected_id), None)

    def select_session(self, session_id: int | None) -> None:
        self.selected_id = session_id
        chosen = self.selected_session()
        if chosen is not None:
            self.cursor_day = (chosen.starts_at.date() - self.first_day).days
            self.cursor_minute = chosen.starts_at.hour * 60 + chosen.starts_at.minute
            self.cursor_minute -= self.cursor_minute % SLOT
        self._focus_selected()
        self.update()
        self.selection_changed.emit()

    def select_neighbour(self, step: int) -> None:
        """The next (+1) or previous (-1) session in time; past the last or the first one
        shown, ``past_the_sessions`` asks for the next or previous week."""
        order = self.placed  # by day, then by start
        if not order:
            self.past_the_sessions.emit(step)
            return
        current = next((i for i, p in enumerate(order) if p.session.id == self.selected_id), None)
        if current is None:  # from the cursor: the first session at or after it
            here = (self.cursor_day, self.cursor_minute)
            after = next(
                (i for i, p in enumerate(order) if (p.day_index, p.start_minute) >= here),
                len(order),
            )
            target = after if step > 0 else after - 1
        else:
            target = current + step
        if not 0 <= target < len(order):
            self.past_the_sessions.emit(step)
            return
        self.select_session(order[target].session.id)

    def select_first_or_last(self, last: bool) -> None:
        if self.placed:
            self.select_session(self.placed[-1 if last else 0].session.id)

    def cursor_start(self) -> datetime:
        """The local start of the selected slot."""
        day = self.first_day + timedelta(days=self.cursor_day)
        return datetime.combine(day, time(self.cursor_minute // 60, self.cursor_minute % 60))

    def set_cursor(self, day_index: int, minute: int, minutes: int = 60) -> None:
        self.cursor_day = max(0, min(day_index, self.days - 1))
        self.cursor_minute = minute - minute % SLOT
        self.slot_minutes = max(SLOT, minutes)
        self._clamp_cursor()
        self._select_under_cursor()
        self.update()

    def _clamp_cursor(self) -> None:
        lo, hi = self.first_hour * 60, self.last_hour * 60 - SLOT
        self.cursor_minute = max(lo, min(self.cursor_minute, hi))

    def _select_under_cursor(self) -> None:
        hits = [
            p
            for p in self.placed
            if p.day_index == self.cursor_day
            and p.start_minute <= self.cursor_minute < p.end_minute
        ]
        new = hits[0].session.id if hits else None
        if new != self.selected_id:
            self.selected_id = new
            self._focus_selected()
            self.selection_changed.emit()

    # -- geometry --------------------------------------------------------------------------

    def minimumSizeHint(self) -> QSize:
        hours = self.last_hour - self.first_hour
        return QSize(self.gutter + self.days * 60, HEADER + hours * MIN_HOUR_HEIGHT)

    def sizeHint(self) -> QSize:
        hours = self.last_hour - self.first_hour
        return QSize(self.gutter + self.days * 150, HEADER + hours * 44)

    def _hour_label(self, hour: int) -> str:
        return formatting.clock_time(datetime.combine(self.first_day, time(hour)))

    def _measure_gutter(self, small: QFont) -> None:
        """The hours' column is as wide as the longest hour as the locale writes it, in the
        small font it is drawn in."""
        key = f"{small.toString()}|{self._hour_label(12)}"
        if self._gutter_for != key:
            metrics = QFontMetrics(small)
            widest = max(metrics.horizontalAdvance(self._hour_label(h)) for h in range(24))
            self._gutter_for, self.gutter = key, max(GUTTER, widest + 16)
            self._rects = []

    def _hour_height(self) -> float:
        hours = max(self.last_hour - self.first_hour, 1)
        return max(MIN_HOUR_HEIGHT, (self.height() - HEADER) / hours)

    def _day_width(self) -> float:
        return max((self.width() - self.gutter) / max(self.days, 1), 10.0)

    def _y(self, minute: float) -> float:
        return HEADER + (minute - self.first_hour * 60) / 60 * self._hour_height()

    def _x(self, day_index: int) -> float:
        return self.gutter + day_index * self._day_width()

    def block_rect(self, p: Placed) -> QRectF:
        width = self._day_width() / p.columns
        x = self._x(p.day_index) + p.column * width
        top, bottom = self._y(p.start_minute), self._y(p.end_minute)
        return QRectF(x + 2, top + 1, width - 4, max(bottom - top - 2, 12))

    def _layout_rects(self) -> list[tuple[QRectF, Placed]]:
        if not self._rects and self.placed:
            self._rects = [(self.block_rect(p), p) for p in self.placed]
        return self._rects

    def session_at(self, point: QPointF) -> Placed | None:
        for rect, p in reversed(self._layout_rects()):
            if rect.contains(point):
                return p
        return None

    def slot_at(self, point: QPointF) -> tuple[int, int] | None:
        gutter = self.gutter
        if point.x() < gutter or point.y() < HEADER:
            return None
        day = int((point.x() - gutter) // self._day_width())
        minute = self.first_hour * 60 + (point.y() - HEADER) / self._hour_height() * 60
        if not 0 <= day < self.days:
            return None
        return day, int(minute) - int(minute) % SLOT

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._rects = []
        super().resizeEvent(event)

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        fonts = _Fonts.of(self.font())
        self._measure_gutter(fonts.small)
        painter.fillRect(self.rect(), QColor(theme.BASE))
        self._paint_grid(painter, fonts)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)  # rounded blocks only
        self._paint_cursor(painter)
        area = QRectF(event.rect())
        for rect, p in self._layout_rects():
            if rect.intersects(area):
                self._paint_block(painter, rect, p.session, fonts)
        self._paint_now(painter)
        painter.end()

    def _paint_grid(self, painter: QPainter, fonts: _Fonts) -> None:
        width, height = self.width(), self.height()
        weekend = QColor(theme.ALTERNATE)
        for i in range(self.days):
            if (self.first_day + timedelta(days=i)).weekday() >= 5:
                painter.fillRect(
                    QRectF(self._x(i), HEADER, self._day_width(), height - HEADER), weekend
                )
        painter.fillRect(QRectF(0, 0, width, HEADER), weekend)
        hours = range(self.first_hour, self.last_hour + 1)
        gutter = self.gutter
        painter.setPen(QPen(QColor(theme.HALF_HOUR_LINE), 1))
        painter.drawLines(
            [QLineF(gutter, self._y(h * 60 + 30), width, self._y(h * 60 + 30)) for h in hours[:-1]]
        )
        painter.setPen(QPen(QColor(theme.BORDER), 1))
        painter.drawLines(
            [QLineF(gutter - 6, self._y(h * 60), width, self._y(h * 60)) for h in hours]
            + [QLineF(self._x(i), 0, self._x(i), height) for i in range(self.days + 1)]
        )
        painter.setFont(fonts.small)
        painter.setPen(QColor(theme.MUTED))
        for hour in hours[:-1]:
            painter.drawText(
                QRectF(0, self._y(hour * 60) + 2, gutter - 10, 16),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                self._hour_label(hour),
            )
        for i in range(self.days):
            self._paint_day_header(painter, i, fonts)

    def _paint_day_header(self, painter: QPainter, i: int, fonts: _Fonts) -> None:
        day = self.first_day + timedelta(days=i)
        rect = QRectF(self._x(i), 0, self._day_width(), HEADER)
        is_today = day == self.today
        if is_today:
            painter.fillRect(rect.adjusted(1, 0, 0, -1), QColor(theme.ACCENT_SOFT))
        painter.setFont(fonts.bold if is_today else fonts.normal)
        painter.setPen(QColor(theme.ACCENT_TEXT if is_today else theme.TEXT))
        metrics = fonts.bold_metrics if is_today else QFontMetrics(fonts.normal)
        label = day_header(day, with_month=True)
        if metrics.horizontalAdvance(label) > self._day_width() - 6:
            label = day_header(day, with_month=False)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), label)

    def _paint_cursor(self, painter: QPainter) -> None:
        if self.selected_id is not None or (not self.hasFocus() and self._drag_from is None):
            return
        top = self._y(self.cursor_minute)
        bottom = self._y(min(self.cursor_minute + self.slot_minutes, self.last_hour * 60))
        rect = QRectF(self._x(self.cursor_day) + 1, top, self._day_width() - 2, bottom - top)
        painter.fillRect(rect, QColor(theme.ACCENT_SOFT))
        painter.setPen(QPen(QColor(theme.ACCENT_TEXT), 1, Qt.PenStyle.DashLine))
        painter.drawRect(rect)
        painter.setPen(QColor(theme.ACCENT_TEXT))
        start = self.cursor_start()
        end = start + timedelta(minutes=self.slot_minutes)
        metrics = QFontMetrics(self.font())
        y = rect.top() + 2
        lines = [formatting.time_range(start, end)]
        if self.can_create:
            lines.append(self.tr("Enter: new group"))
        for text in lines:
            if y + metrics.height() > rect.bottom() and y > rect.top() + 2:
                break
            painter.drawText(
                QPointF(rect.left() + 6, y + metrics.ascent()),
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()) - 10),
            )
            y += metrics.height()

    def _paint_block(self, painter: QPainter, rect: QRectF, s: SessionView, fonts: _Fonts) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        if s.cancelled:
            painter.setBrush(QColor(theme.CANCELLED_FILL))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setBrush(QBrush(QColor(theme.BORDER), Qt.BrushStyle.BDiagPattern))
        else:
            painter.setBrush(tint(s.kind))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setBrush(QColor(theme.MUTED) if s.cancelled else kind_color(s.kind))
        painter.drawRect(QRectF(rect.left(), rect.top(), 4, rect.height()))
        if rect.width() > 3 * MARK:
            mark = QRectF(rect.left() + 8, rect.top() + 4, MARK, MARK)
            draw_kind_mark(painter, mark, s.kind, QColor(theme.MUTED) if s.cancelled else None)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if s.conflict and not s.cancelled:
            painter.setPen(QPen(QColor(theme.ERROR), 2))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
        if s.id == self.selected_id:
            painter.setPen(QPen(QColor(theme.TEXT), 2))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
        self._paint_text(painter, rect, s, fonts)

    def _paint_text(self, painter: QPainter, rect: QRectF, s: SessionView, fonts: _Fonts) -> None:
        inner = rect.adjusted(8, 2, -4, -2)
        bold = fonts.struck if s.cancelled else fonts.bold
        bold_metrics, plain_metrics = fonts.bold_metrics, fonts.small_metrics
        badge = bool(s.conflict) and not s.cancelled
        text_width = int(inner.width())
        room_lines = int(inner.height() // plain_metrics.height())
        when = formatting.time_range(s.starts_at, s.ends_at)
        line = f"{when} · {s.room}" if s.room else when
        if plain_metrics.horizontalAdvance(line) > text_width:  # '10:00–11:00 a. m.' then
            when = formatting.short_time_range(s.starts_at, s.ends_at)
        details: list[tuple[str, str]] = []  # (text, colour)
        if s.cancelled:
            details.append((cancelled_text(s), theme.MUTED))
        details.append(
            (f"{when} · {s.room}" if s.room else when, theme.MUTED if s.cancelled else theme.TEXT)
        )
        if badge:
            details.append((self.tr("Clash: {clash}").format(clash=s.conflict), theme.ERROR))
        if s.facilitators and not s.cancelled:
            details.append((", ".join(s.facilitators), theme.TEXT))
        # The name may take two lines when the block has room for more than its details.
        name_lines = 2 if room_lines >= len(details) + 2 else 1
        indent = MARK + 4 if rect.width() > 3 * MARK else 0  # past the kind's shape
        title = wrap(
            s.group_name, bold_metrics, text_width - indent - (16 if badge else 0), name_lines
        )
        y = inner.top()
        painter.setFont(bold)
        painter.setPen(QColor(theme.MUTED if s.cancelled else theme.TEXT))
        for line in title:
            painter.drawText(QPointF(inner.left() + indent, y + bold_metrics.ascent()), line)
            y += bold_metrics.height()
        painter.setFont(fonts.small)
        for text, colour in details:
            if y + plain_metrics.height() > inner.bottom() + 2:
                break
            painter.setPen(QColor(colour))
            painter.drawText(
                QPointF(inner.left(), y + plain_metrics.ascent()),
                plain_metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_width),
            )
            y += plain_metrics.height()
        if badge:
            circle = QRectF(rect.right() - 15, rect.top() + 3, 12, 12)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.ERROR))
            painter.drawEllipse(circle)
            painter.setPen(QColor(theme.BASE))
            painter.setFont(fonts.bold)
            painter.drawText(circle, int(Qt.AlignmentFlag.AlignCenter), "!")

    def _paint_now(self, painter: QPainter) -> None:
        if self.now is None:
            return
        index = (self.now.date() - self.first_day).days
        minute = self.now.hour * 60 + self.now.minute
        if not 0 <= index < self.days or not self.first_hour * 60 <= minute <= self.last_hour * 60:
            return
        y = self._y(minute)
        painter.setPen(QPen(QColor(theme.ERROR), 2))
        painter.drawLine(QPointF(self._x(index), y), QPointF(self._x(index + 1), y))

    # -- mouse and keys --------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        hit = self.session_at(event.position())
        if hit is not None:
            self.select_session(hit.session.id)
            return
        slot = self.slot_at(event.position())
        if slot is not None:
            self.selected_id = None
            self.set_cursor(slot[0], slot[1], 60)
            self._drag_from = slot[1]
            self.selection_changed.emit()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is None or not event.buttons() & Qt.MouseButton.LeftButton:
            # The tooltip follows the block under the pointer.
            hit = self.session_at(event.position())
            tip = describe(hit.session) if hit is not None else ""
            if tip != self.toolTip():
                self.setToolTip(tip)
            return
        slot = self.slot_at(event.position())
        if slot is not None:
            end = slot[1] + SLOT
            start = min(self._drag_from, slot[1])
            self.cursor_minute = start
            self.slot_minutes = max(SLOT, max(end, self._drag_from + SLOT) - start)
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_from = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self.session_at(event.position())
        if hit is not None:
            self.select_session(hit.session.id)
            self.session_activated.emit(hit.session.id)
            return
        slot = self.slot_at(event.position())
        if slot is not None and self.can_create:
            self.set_cursor(slot[0], slot[1], self.slot_minutes)
            self.slot_activated.emit(self.cursor_start(), self.slot_minutes)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._focus_selected()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        arrows = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
        if key in arrows and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.select_neighbour(-1 if key in (Qt.Key.Key_Left, Qt.Key.Key_Up) else 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            target = self.cursor_day + step
            if not 0 <= target < self.days:
                self.move_days.emit(step)
                return
            self.set_cursor(target, self.cursor_minute, self.slot_minutes)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -SLOT if key == Qt.Key.Key_Up else SLOT
            self.set_cursor(self.cursor_day, self.cursor_minute + step, self.slot_minutes)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.selected_id is not None:
                self.session_activated.emit(self.selected_id)
            elif self.can_create:
                self.slot_activated.emit(self.cursor_start(), self.slot_minutes)
        else:
            super().keyPressEvent(event)
