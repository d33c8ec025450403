"""Dates, times and counts on screen follow the locale of the person signed in."""

from __future__ import annotations

import gettext
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QTime

from peercenter import i18n
from peercenter.ui import formatting
from peercenter.ui.widgets.time_fields import time_edit

CHICAGO = ZoneInfo("America/Chicago")
START = datetime(2026, 3, 3, 18, 0, tzinfo=CHICAGO)
END = datetime(2026, 3, 3, 19, 30, tzinfo=CHICAGO)


def _use(locale: str) -> None:
    """Write as a person signed in with this locale (the conftest switches back after)."""
    language = i18n.supported(locale) or i18n.ENGLISH
    i18n.restore(i18n.Active(language, locale, gettext.NullTranslations()))


@pytest.mark.parametrize(
    ("locale", "clock", "span", "ruler", "long_day", "this_year"),
    [
        ("en_US", "6:00 PM", "6:00 PM–7:30 PM", "9 AM", "Tuesday 3 March 2026", "Tuesday 3 March"),
        (
            "es_US",
            "6:00 p. m.",
            "6:00 p. m.–7:30 p. m.",
            "9 a. m.",
            "martes 3 de marzo de 2026",
            "martes 3 de marzo",
        ),
        ("en_GB", "18:00", "18:00–19:30", "09:00", "Tuesday 3 March 2026", "Tuesday 3 March"),
        (
            "es_ES",
            "18:00",
            "18:00–19:30",
            "9:00",
            "martes 3 de marzo de 2026",
            "martes 3 de marzo",
        ),
    ],
)
def test_screens_write_times_and_days_as_the_locale_does(
    locale: str, clock: str, span: str, ruler: str, long_day: str, this_year: str
) -> None:
    _use(locale)
    assert formatting.clock_time(START) == clock
    assert formatting.time_range(START, END) == span
    assert formatting.hour_label(9) == ruler
    assert formatting.long_day(date(2026, 3, 3)) == long_day
    assert formatting.long_day(date(2026, 3, 3), today=date(2026, 1, 1)) == this_year
    assert formatting.long_day(date(2026, 3, 3), today=date(2027, 1, 1)) == long_day
    # A month's day cell: on the hour as short as the ruler, else the whole time.
    assert formatting.start_time(START.replace(hour=9)) == ruler
    assert formatting.start_time(END) == formatting.clock_time(END)


def test_a_time_field_in_us_spanish_shows_and_reads_p_m(qtbot: Any) -> None:
    _use("es_US")
    field = time_edit()
    qtbot.addWidget(field)
    field.setTime(QTime(18, 0))
    assert field.text() == "6:00 p. m."
    field.setText("7 p. m.")
    field.commit()
    assert field.time() == QTime(19, 0)
    assert field.text() == "7:00 p. m."
