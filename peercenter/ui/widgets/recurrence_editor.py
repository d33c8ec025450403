"""The 'repeats' part of the group form: once, daily, weekly on chosen days, every N weeks,
monthly on a date or on the nth weekday(s), ending never, on a date or after N sessions."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from peercenter.domain.recurrence import MAX_COUNT, Frequency, Recurrence
from peercenter.ui import theme
from peercenter.ui.language import QT_TRANSLATE_NOOP
from peercenter.ui.widgets.optional_date import date_edit, from_qdate, to_qdate

# Words of the editor, translated where shown (``_say``).
FREQUENCIES = [
    (Frequency.ONCE, QT_TRANSLATE_NOOP("RecurrenceEditor", "Does not repeat")),
    (Frequency.DAILY, QT_TRANSLATE_NOOP("RecurrenceEditor", "Daily")),
    (Frequency.WEEKLY, QT_TRANSLATE_NOOP("RecurrenceEditor", "Weekly")),
    (Frequency.MONTHLY, QT_TRANSLATE_NOOP("RecurrenceEditor", "Monthly")),
]
# "on the 2nd and 4th Tuesday": which weeks of the month.
ORDINALS = [
    (1, QT_TRANSLATE_NOOP("RecurrenceEditor", "1st")),
    (2, QT_TRANSLATE_NOOP("RecurrenceEditor", "2nd")),
    (3, QT_TRANSLATE_NOOP("RecurrenceEditor", "3rd")),
    (4, QT_TRANSLATE_NOOP("RecurrenceEditor", "4th")),
    (5, QT_TRANSLATE_NOOP("RecurrenceEditor", "5th")),
    (-1, QT_TRANSLATE_NOOP("RecurrenceEditor", "last")),
]
WEEKDAYS = (
    QT_TRANSLATE_NOOP("RecurrenceEditor", "Monday"),
    QT_TRANSLATE_NOOP("RecurrenceEditor", "Tuesday"),
    QT_TRANSLATE_NOOP("RecurrenceEditor", "Wednesday"),
    QT_TRANSLATE_NOOP("RecurrenceEditor", "Thursday"),
    QT_TRANSLATE_NOOP("RecurrenceEditor", "Friday"),
    QT_TRANSLATE_NOOP("RecurrenceEditor", "Saturday"),
    QT_TRANSLATE_NOOP("RecurrenceEditor", "Sunday"),
)


def _say(text: str) -> str:
    return QCoreApplication.translate("RecurrenceEditor", text)


def _unit(frequency: Frequency, count: int) -> str:
    """The unit after 'every [N]': day or days, week or weeks, month or months."""
    if frequency is Frequency.DAILY:
        return QCoreApplication.translate("RecurrenceEditor", "day(s)", "", count)
    if frequency is Frequency.WEEKLY:
        return QCoreApplication.translate("RecurrenceEditor", "week(s)", "", count)
    return QCoreApplication.translate("RecurrenceEditor", "month(s)", "", count)


class RecurrenceEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._first_date = date.today()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)

        top = QHBoxLayout()
        self.frequency = QComboBox()
        self.frequency.setAccessibleName(self.tr("Repeats"))
        for value, label in FREQUENCIES:
            self.frequency.addItem(_say(label), value.value)
        self.every_label = QLabel(self.tr("every"))
        self.interval = QSpinBox()
        self.interval.setRange(1, 52)
        self.interval.setAccessibleName(self.tr("Repeat every"))
        self.unit = QLabel(_unit(Frequency.WEEKLY, 1))
        top.addWidget(self.frequency)
        top.addWidget(self.every_label)
        top.addWidget(self.interval)
        top.addWidget(self.unit)
        top.addStretch(1)
        outer.addLayout(top)

        self.days_row = QWidget()
        self.days_row.setStyleSheet(
            f"QToolButton {{ min-width: 26px; padding: 2px 4px; }}"
            f"QToolButton:checked {{ background: {theme.ACCENT}; color: white;"
            f" border: 1px solid {theme.ACCENT}; border-radius: 3px; }}"
        )
        days = QHBoxLayout(self.days_row)
        days.setContentsMargins(0, 0, 0, 0)
        days.setSpacing(3)
        self.days_label = QLabel(self.tr("on"))
        days.addWidget(self.days_label)
        self.day_buttons: list[QToolButton] = []
        for i, name in enumerate(_say(day) for day in WEEKDAYS):
            button = QToolButton()
            button.setText(name[:2].title())  # Mo Tu We; Lu Ma Mi
            button.setCheckable(True)
            button.setToolTip(name)
            button.setAccessibleName(name)
            button.setProperty("weekday", i)
            self.day_buttons.append(button)
            days.addWidget(button)
        days.addStretch(1)
        outer.addWidget(self.days_row)

        self.monthly_row = QWidget()
        grid = QGridLayout(self.monthly_row)
        grid.setContentsMargins(0, 0, 0, 0)
        self.by_date = QRadioButton(self.tr("on day"))
        self.by_weekday = QRadioButton(self.tr("on the"))
        self.monthly_mode = QButtonGroup(self)
        self.monthly_mode.addButton(self.by_date)
        self.monthly_mode.addButton(self.by_weekday)
        self.month_day = QSpinBox()
        self.month_day.setRange(1, 31)
        self.month_day.setAccessibleName(self.tr("Day of the month"))
        self.nth_boxes: list[QCheckBox] = []
        nth_row = QHBoxLayout()
        for n, label in ORDINALS:
            box = QCheckBox(_say(label))
            box.setProperty("nth", n)
            self.nth_boxes.append(box)
            nth_row.addWidget(box)
        self.month_weekday = QComboBox()
        self.month_weekday.setAccessibleName(self.tr("Weekday of the month"))
        for i, name in enumerate(WEEKDAYS):
            self.month_weekday.addItem(_say(name), i)
        nth_row.addStretch(1)
        weekday_row = QHBoxLayout()  # under the weeks: the row stays narrow in any language
        weekday_row.addWidget(self.month_weekday)
        weekday_row.addStretch(1)
        grid.addWidget(self.by_date, 0, 0)
        grid.addWidget(self.month_day, 0, 1)
        grid.addWidget(self.by_weekday, 1, 0)
        grid.addLayout(nth_row, 1, 1, 1, 3)
        grid.addLayout(weekday_row, 2, 1, 1, 3)
        grid.setColumnStretch(3, 1)
        outer.addWidget(self.monthly_row)

        self.ends_row = QWidget()
        # One choice a line: "Ends  ( ) never / ( ) on [date] / ( ) after [10 sessions]".
        ends = QGridLayout(self.ends_row)
        ends.setContentsMargins(0, 0, 0, 0)
        ends.addWidget(QLabel(QCoreApplication.translate("RecurrenceEnds", "Ends")), 0, 0)
        self.end_never = QRadioButton(QCoreApplication.translate("RecurrenceEnds", "never"))
        self.end_on = QRadioButton(QCoreApplication.translate("RecurrenceEnds", "on"))
        self.end_after = QRadioButton(QCoreApplication.translate("RecurrenceEnds", "after"))
        self.ends = QButtonGroup(self)
        for radio in (self.end_never, self.end_on, self.end_after):
            self.ends.addButton(radio)
        self.until = date_edit()
        self.until.setAccessibleName(QCoreApplication.translate("RecurrenceEnds", "Last date"))
        self.count = QSpinBox()
        self.count.setRange(1, MAX_COUNT)
        self.count.setSuffix(QCoreApplication.translate("RecurrenceEnds", " sessions"))
        self.count.setAccessibleName(
            QCoreApplication.translate("RecurrenceEnds", "Number of sessions")
        )
        ends.addWidget(self.end_never, 0, 1)
        ends.addWidget(self.end_on, 1, 1)
        ends.addWidget(self.until, 1, 2)
        ends.addWidget(self.end_after, 2, 1)
        ends.addWidget(self.count, 2, 2)
        ends.setColumnStretch(3, 1)
        outer.addWidget(self.ends_row)

        self.set_value(Recurrence(Frequency.WEEKLY), date.today())
        self.frequency.currentIndexChanged.connect(self._changed)
        for signal in (
            self.interval.valueChanged,
            self.month_day.valueChanged,
            self.month_weekday.currentIndexChanged,
            self.until.dateChanged,
            self.count.valueChanged,
        ):
            signal.connect(self._changed)
        toggles: list[QAbstractButton] = [
            *self.day_buttons,
            self.by_date,
            self.by_weekday,
            *self.nth_boxes,
            self.end_never,
            self.end_on,
            self.end_after,
        ]
        for toggle in toggles:
            toggle.toggled.connect(self._changed)

    # -- value -----------------------------------------------------------------------------

    def current_frequency(self) -> Frequency:
        return Frequency(self.frequency.currentData())

    def value(self) -> Recurrence:
        freq = self.current_frequency()
        if freq is Frequency.ONCE:
            return Recurrence(Frequency.ONCE)
        weekdays = tuple(i for i, b in enumerate(self.day_buttons) if b.isChecked())
        nth: tuple[int, ...] = ()
        month_day = None
        if freq is Frequency.MONTHLY:
            if self.by_weekday.isChecked():
                nth = tuple(int(b.property("nth")) for b in self.nth_boxes if b.isChecked())
                weekdays = (int(self.month_weekday.currentData()),)
            else:
                month_day, weekdays = self.month_day.value(), ()
        until = from_qdate(self.until.date()) if self.end_on.isChecked() else None
        count = self.count.value() if self.end_after.isChecked() else None
        return Recurrence(freq, self.interval.value(), weekdays, month_day, nth, until, count)

    def set_value(self, rule: Recurrence, first_date: date) -> None:
        self._first_date = first_date
        widgets = [self, *self.findChildren(QWidget)]
        for w in widgets:
            w.blockSignals(True)
        self.frequency.setCurrentIndex(self.frequency.findData(rule.frequency.value))
        self.interval.setValue(rule.interval)
        days = set(rule.weekdays)
        if rule.frequency is Frequency.WEEKLY and not days:
            days = {first_date.weekday()}
        for i, button in enumerate(self.day_buttons):
            button.setChecked(i in days and rule.frequency is not Frequency.MONTHLY)
        self.by_weekday.setChecked(bool(rule.nth))
        self.by_date.setChecked(not rule.nth)
        self.month_day.setValue(rule.month_day or first_date.day)
        for box in self.nth_boxes:
            box.setChecked(int(box.property("nth")) in rule.nth)
        weekday = rule.weekdays[0] if rule.nth and rule.weekdays else first_date.weekday()
        self.month_weekday.setCurrentIndex(weekday)
        self.end_on.setChecked(rule.until is not None)
        self.end_after.setChecked(rule.count is not None and rule.until is None)
        self.end_never.setChecked(rule.until is None and rule.count is None)
        self.until.setDate(to_qdate(rule.until or first_date + timedelta(days=90)))
        self.count.setValue(rule.count or 10)
        for w in widgets:
            w.blockSignals(False)
        self._update_visibility()

    def set_first_date(self, first_date: date) -> None:
        """A weekly rule with no day chosen follows the first date's weekday."""
        self._first_date = first_date
        if (
            not any(b.isChecked() for b in self.day_buttons)
            and self.current_frequency() is Frequency.WEEKLY
        ):
            self.day_buttons[first_date.weekday()].setChecked(True)

    def describe(self) -> str:
        return self.value().describe(self._first_date)

    # -- behaviour -------------------------------------------------------------------------

    def _changed(self) -> None:
        self._update_visibility()
        self.changed.emit()

    def _update_visibility(self) -> None:
        freq = self.current_frequency()
        repeating = freq is not Frequency.ONCE
        for w in (self.every_label, self.interval, self.unit, self.ends_row):
            w.setVisible(repeating)
        if repeating:
            self.unit.setText(_unit(freq, self.interval.value()))
        self.days_row.setVisible(freq in (Frequency.DAILY, Frequency.WEEKLY))
        self.days_label.setText(self.tr("only on") if freq is Frequency.DAILY else self.tr("on"))
        self.monthly_row.setVisible(freq is Frequency.MONTHLY)
        self.month_day.setEnabled(self.by_date.isChecked())
        for w in (*self.nth_boxes, self.month_weekday):
            w.setEnabled(self.by_weekday.isChecked())
        self.until.setEnabled(self.end_on.isChecked())
        self.count.setEnabled(self.end_after.isChecked())
