"""Date and time fields that take what people type: 'tomorrow', '14 Mar', '3/14/2026',
'6pm', '1830'. The text is read when the field is left or Enter is pressed; what cannot be read
puts the field back as it was and says why (``invalid``). Focus selects the whole text, so
typing replaces it. Up and Down step (a day, a quarter of an hour), Page Up and Page Down step
further (a month, an hour); Alt+Down or F4 opens the calendar of a date field."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QPoint,
    QSize,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QFrame,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from peercenter.domain import timefmt
from peercenter.ui import icons


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def month_first() -> bool:
    """Whether this computer's locale writes 3/14 for the 14th of March (numbers typed into a
    date field are read in the locale's order; written-out months never are in doubt)."""
    return not QLocale().dateFormat(QLocale.FormatType.ShortFormat).startswith("d")


class _TypedField(QLineEdit):
    """What the date and time fields share: select-all on focus, commit on leaving, a message
    for what cannot be read."""

    invalid = Signal(str)  # the message to show under the field
    valid = Signal()  # typed text was read (the error, if any, can go)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = ""
        self.editingFinished.connect(self.commit)
        # As wide as a date or a time needs, not the whole form.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(self.minimumWidth(), super().sizeHint().height())

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # After the click that gave the focus has placed the cursor.
        QTimer.singleShot(0, self, self.selectAll)

    def commit(self) -> None:
        """Read the text; subclasses set their value or report the problem."""
        raise NotImplementedError

    def _report(self, message: str) -> None:
        self.problem = message
        self.show_value()
        self.invalid.emit(message)

    def _accepted(self) -> None:
        self.problem = ""
        self.show_value()
        self.valid.emit()

    def show_value(self) -> None:
        raise NotImplementedError

    def step(self, amount: int, large: bool) -> None:
        raise NotImplementedError

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        steps = {
            Qt.Key.Key_Up: (1, False),
            Qt.Key.Key_Down: (-1, False),
            Qt.Key.Key_PageUp: (1, True),
            Qt.Key.Key_PageDown: (-1, True),
        }
        if key in steps and not self.isReadOnly() and not event.modifiers():
            self.commit()
            self.step(*steps[Qt.Key(key)])
            self.selectAll()
            return
        super().keyPressEvent(event)


class CalendarPopup(QFrame):
    """The month calendar under a date field; Enter or a click chooses, Esc closes."""

    chosen = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("calendarPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName(QCoreApplication.translate("DateEdit", "Choose a date"))
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setHorizontalHeaderFormat(
            QCalendarWidget.HorizontalHeaderFormat.ShortDayNames
        )
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)  # as the calendar screen
        # Room for every weekday name and two-digit day, at any scale.
        metrics = self.calendar.fontMetrics()
        self.calendar.setMinimumSize(
            (metrics.horizontalAdvance("Wed") + 16) * 7, metrics.lineSpacing() * 11
        )
        layout.addWidget(self.calendar)
        self.calendar.activated.connect(self._choose)
        self.calendar.clicked.connect(self._choose)

    def _choose(self, day: QDate) -> None:
        self.hide()
        self.chosen.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)


class DateEdit(_TypedField):
    dateChanged = Signal(QDate)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date = QDate.currentDate()
        self._min, self._max = QDate(1900, 1, 1), QDate(2999, 12, 31)
        self._weekday = False
        self._popup: CalendarPopup | None = None
        action = self.addAction(icons.icon("calendar"), QLineEdit.ActionPosition.TrailingPosition)
        action.setToolTip(QCoreApplication.translate("DateEdit", "Choose on a calendar (Alt+Down)"))
        action.triggered.connect(self.show_calendar)
        for button in self.findChildren(QToolButton):  # the icon's button, for screen readers
            button.setAccessibleName(QCoreApplication.translate("DateEdit", "Choose on a calendar"))
        self.setToolTip(
            QCoreApplication.translate(
                "DateEdit",
                "Type a date such as 14 Mar 2026, 3/14 or tomorrow; Alt+Down opens a calendar",
            )
        )
        self._fit_width()
        self.show_value()

    def _fit_width(self) -> None:
        # A long date as this language writes it: a Wednesday in September.
        wide = date(2026, 9, 30)
        sample = timefmt.day(wide) if self._weekday else timefmt.date_text(wide)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(sample) + 48)

    # -- the QDateEdit calls the forms use -------------------------------------------------

    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, value: QDate) -> None:
        value = max(self._min, min(value, self._max))
        changed = value != self._date
        self._date = QDate(value)
        self.show_value()
        if changed:
            self.dateChanged.emit(QDate(value))

    def setMinimumDate(self, value: QDate) -> None:
        self._min = QDate(value)
        if self._date < value:
            self.setDate(value)

    def setMaximumDate(self, value: QDate) -> None:
        self._max = QDate(value)
        if self._date > value:
            self.setDate(value)

    def minimumDate(self) -> QDate:
        return QDate(self._min)

    def maximumDate(self) -> QDate:
        return QDate(self._max)

    def set_weekday_shown(self, shown: bool) -> None:
        """'Tue 3 Mar 2026' rather than '3 Mar 2026'."""
        self._weekday = shown
        self._fit_width()
        self.show_value()

    def calendarWidget(self) -> QCalendarWidget:
        return self._calendar_popup().calendar

    # -- typing ----------------------------------------------------------------------------

    def show_value(self) -> None:
        day = from_qdate(self._date)
        self.setText(timefmt.day(day) if self._weekday else timefmt.date_text(day))

    def commit(self) -> None:
        text = self.text().strip()
        shown = from_qdate(self._date)
        if text in (timefmt.date_text(shown), timefmt.day(shown)):
            self._accepted()
            return
        day = timefmt.parse_date(text, date.today(), month_first=month_first())
        if day is None:
            example = "3/14/2026" if month_first() else "14/3/2026"
            self._report(
                QCoreApplication.translate(
                    "DateEdit",
                    "“{text}” is not a date PeerCenter can read; type it like 14 Mar 2026 or "
                    "{example}.",
                ).format(text=text, example=example)
                if text
                else QCoreApplication.translate("DateEdit", "Type a date, such as 14 Mar 2026.")
            )
            return
        value = to_qdate(day)
        if not self._min <= value <= self._max:
            low, high = from_qdate(self._min), from_qdate(self._max)
            self._report(
                QCoreApplication.translate(
                    "DateEdit", "Choose a date from {first} to {last}."
                ).format(first=timefmt.date_text(low), last=timefmt.date_text(high))
            )
            return
        self.setDate(value)
        self._accepted()

    def step(self, amount: int, large: bool) -> None:
        self.setDate(self._date.addMonths(amount) if large else self._date.addDays(amount))
        self._accepted()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = (
            event.key() == Qt.Key.Key_Down and event.modifiers() == Qt.KeyboardModifier.AltModifier
        )
        if alt_down or (event.key() == Qt.Key.Key_F4 and not event.modifiers()):
            self.show_calendar()
            return
        super().keyPressEvent(event)

    # -- the calendar ----------------------------------------------------------------------

    def _calendar_popup(self) -> CalendarPopup:
        if self._popup is None:
            self._popup = CalendarPopup(self)
            self._popup.chosen.connect(self._chosen)
        return self._popup

    def show_calendar(self) -> None:
        if self.isReadOnly() or not self.isEnabled():
            return
        self.commit()
        popup = self._calendar_popup()
        popup.calendar.setDateRange(self._min, self._max)
        popup.calendar.setSelectedDate(self._date)
        popup.adjustSize()
        below = self.mapToGlobal(QPoint(0, self.height()))
        screen = (self.screen() or QApplication.primaryScreen()).availableGeometry()
        x = max(screen.left(), min(below.x(), screen.right() - popup.width()))
        y = below.y()
        if y + popup.height() > screen.bottom():
            y = self.mapToGlobal(QPoint(0, 0)).y() - popup.height()  # above, when no room below
        popup.move(x, max(screen.top(), y))
        popup.show()
        popup.calendar.setFocus()

    def _chosen(self, day: QDate) -> None:
        self.setDate(day)
        self._accepted()
        self.setFocus(Qt.FocusReason.PopupFocusReason)


class TimeEdit(_TypedField):
    timeChanged = Signal(QTime)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._time = QTime(9, 0)
        self.setToolTip(
            QCoreApplication.translate(
                "TimeEdit",
                "Type a time such as 18:00, 6pm or 1830; Up and Down move by 15 minutes",
            )
        )
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("06:30 p.m.") + 24)
        self.show_value()

    def time(self) -> QTime:
        return QTime(self._time)

    def setTime(self, value: QTime) -> None:
        value = QTime(value.hour(), value.minute())
        changed = value != self._time
        self._time = value
        self.show_value()
        if changed:
            self.timeChanged.emit(QTime(value))

    def show_value(self) -> None:
        self.setText(timefmt.clock(time(self._time.hour(), self._time.minute())))

    def commit(self) -> None:
        text = self.text().strip()
        parsed = timefmt.parse_time(text)
        if parsed is None:
            bare = text.isdigit() and 1 <= int(text) <= 12
            self._report(
                QCoreApplication.translate(
                    "TimeEdit", "{text} could be morning or evening; type {hour}am or {hour}pm."
                ).format(text=text, hour=int(text))
                if bare
                else QCoreApplication.translate(
                    "TimeEdit",
                    "“{text}” is not a time PeerCenter can read; type it like 18:00 or 6pm.",
                ).format(text=text)
                if text
                else QCoreApplication.translate("TimeEdit", "Type a time, such as 18:00 or 6pm.")
            )
            return
        self.setTime(QTime(parsed.hour, parsed.minute))
        self._accepted()

    def step(self, amount: int, large: bool) -> None:
        """To the next or previous quarter (or whole hour): 18:05 goes up to 18:15."""
        minutes = self._time.hour() * 60 + self._time.minute()
        unit = 60 if large else 15
        minutes = (minutes // unit + 1) * unit if amount > 0 else (minutes - 1) // unit * unit
        minutes %= 24 * 60
        self.setTime(QTime(minutes // 60, minutes % 60))
        self._accepted()
