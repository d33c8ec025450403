"""Dates and times as people read and type them."""

from __future__ import annotations

import gettext
from datetime import date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peercenter import i18n
from peercenter.domain import timefmt
from peercenter.domain.timefmt import (
    clock,
    date_text,
    day,
    day_month,
    hour_label,
    long_day,
    parse_date,
    parse_time,
    session_label,
    short_time_range,
    slot,
    time_range,
    weekday_day,
    weekday_day_month,
)

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("6pm", time(18)),
        ("6 PM", time(18)),
        ("6:30 p.m.", time(18, 30)),
        ("6.30am", time(6, 30)),
        ("12am", time(0)),
        ("12pm", time(12)),
        ("18:00", time(18)),
        ("18.00", time(18)),
        ("18h15", time(18, 15)),
        ("1830", time(18, 30)),
        ("630", time(6, 30)),
        ("0900", time(9)),
        ("18", time(18)),
        ("0", time(0)),
        ("noon", time(12)),
        (" midnight ", time(0)),
    ],
)
def test_typed_times_are_read(typed: str, expected: time) -> None:
    assert parse_time(typed) == expected


@pytest.mark.parametrize(
    "typed", ["", "6", "12", "25:00", "18:60", "2460", "13pm", "0am", "half six", "6:3", "18:00x"]
)
def test_what_is_not_a_time_or_could_be_two_is_not_read(typed: str) -> None:
    assert parse_time(typed) is None


@given(st.times())
def test_every_shown_time_reads_back(value: time) -> None:
    shown = value.replace(second=0, microsecond=0)
    assert parse_time(clock(shown)) == shown


@pytest.mark.parametrize(
    ("typed", "month_first", "expected"),
    [
        ("2026-03-14", True, date(2026, 3, 14)),
        ("2026/3/4", False, date(2026, 3, 4)),
        ("14 Mar 2026", True, date(2026, 3, 14)),
        ("14 march", True, date(2026, 3, 14)),
        ("March 14, 2027", True, date(2027, 3, 14)),
        ("Sept 9", True, date(2026, 9, 9)),
        ("14th of March 2026", True, date(2026, 3, 14)),
        ("Sat 14 Mar 2026", True, date(2026, 3, 14)),
        ("3/14/2026", True, date(2026, 3, 14)),
        ("14/3/2026", False, date(2026, 3, 14)),
        ("3/4", True, date(2026, 3, 4)),
        ("3/4", False, date(2026, 4, 3)),
        ("3.4.26", False, date(2026, 4, 3)),
        ("today", True, TODAY),
        ("Tomorrow", True, date(2026, 3, 3)),
        ("yesterday", False, date(2026, 3, 1)),
    ],
)
def test_typed_dates_are_read_in_the_locale_order(
    typed: str, month_first: bool, expected: date
) -> None:
    assert parse_date(typed, TODAY, month_first=month_first) == expected


@pytest.mark.parametrize(
    "typed", ["", "14/3/2026", "31 Feb 2026", "2026-13-01", "Mar", "14 Foo 2026", "1 2 3 4", "x"]
)
def test_what_is_not_a_date_is_not_read(typed: str) -> None:
    assert parse_date(typed, TODAY, month_first=True) is None


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)), st.booleans())
def test_every_shown_date_reads_back(value: date, month_first: bool) -> None:
    assert parse_date(date_text(value), TODAY, month_first=month_first) == value
    assert parse_date(day(value), TODAY, month_first=month_first) == value


def test_one_spelling_for_a_date() -> None:
    assert date_text(date(2026, 12, 6)) == "6 Dec 2026"
    assert day(date(2026, 12, 6)) == "Sun 6 Dec 2026"
    assert day_month(date(2026, 3, 9)) == "9 Mar"


# -- in each locale ----------------------------------------------------------------------------

LOCALES = ("en_US", "es_US", "en_GB", "es_ES")


def _use(locale: str) -> None:
    """Write as a person signed in with this locale (the conftest switches back after)."""
    language = i18n.supported(locale) or i18n.ENGLISH
    i18n.restore(i18n.Active(language, locale, gettext.NullTranslations()))


def test_tests_start_in_us_english() -> None:
    assert i18n.active_locale() == "en_US"
    assert clock(time(18)) == "6:00 PM"


@pytest.mark.parametrize(
    ("locale", "evening", "morning", "midnight", "noon"),
    [
        ("en_US", "6:00 PM", "9:05 AM", "12:00 AM", "12:00 PM"),
        ("es_US", "6:00 p. m.", "9:05 a. m.", "12:00 a. m.", "12:00 p. m."),
        ("en_GB", "18:00", "09:05", "00:00", "12:00"),
        ("es_ES", "18:00", "9:05", "0:00", "12:00"),
    ],
)
def test_times_are_written_as_the_locale_writes_them(
    locale: str, evening: str, morning: str, midnight: str, noon: str
) -> None:
    _use(locale)
    assert clock(time(18)) == evening
    assert clock(datetime(2026, 3, 3, 9, 5)) == morning
    assert clock(time(0)) == midnight
    assert clock(time(12)) == noon
    # The audit trail's times keep their seconds, in the same spelling.
    with_seconds = timefmt.clock_with_seconds(time(18, 0, 7))
    assert with_seconds == evening.replace("6:00", "6:00:07").replace("18:00", "18:00:07")


@pytest.mark.parametrize(
    ("locale", "expected", "ruler"),
    [
        ("en_US", "6:00 PM–7:30 PM", "6 PM"),
        ("es_US", "6:00 p. m.–7:30 p. m.", "6 p. m."),
        ("en_GB", "18:00–19:30", "18:00"),
        ("es_ES", "18:00–19:30", "18:00"),
    ],
)
def test_a_time_range_writes_both_ends_whole(locale: str, expected: str, ruler: str) -> None:
    _use(locale)
    assert time_range(datetime(2026, 3, 3, 18), datetime(2026, 3, 3, 19, 30)) == expected
    assert hour_label(18) == ruler


@pytest.mark.parametrize(
    ("locale", "same_half", "across_noon"),
    [
        ("en_US", "6:00–7:30 PM", "11:00 AM–12:30 PM"),
        ("es_US", "6:00–7:30 p. m.", "11:00 a. m.–12:30 p. m."),
        ("en_GB", "18:00–19:30", "11:00–12:30"),
    ],
)
def test_a_short_range_shares_the_period_only_within_one_half_of_the_day(
    locale: str, same_half: str, across_noon: str
) -> None:
    _use(locale)
    assert short_time_range(time(18), time(19, 30)) == same_half
    assert short_time_range(time(11), time(12, 30)) == across_noon


@pytest.mark.parametrize(
    ("locale", "written"),
    [
        ("en_US", ("6 Dec 2026", "Sun 6 Dec 2026", "Tue 3 Mar", "Tue 3", "6 Sep")),
        ("en_GB", ("6 Dec 2026", "Sun 6 Dec 2026", "Tue 3 Mar", "Tue 3", "6 Sep")),
        ("es_US", ("6 dic 2026", "dom 6 dic 2026", "mar 3 mar", "mar 3", "6 sept")),
        ("es_ES", ("6 dic 2026", "dom 6 dic 2026", "mar 3 mar", "mar 3", "6 sept")),
    ],
)
def test_one_spelling_for_a_date_per_language(locale: str, written: tuple[str, ...]) -> None:
    _use(locale)
    shown = (
        date_text(date(2026, 12, 6)),
        day(date(2026, 12, 6)),
        weekday_day_month(date(2026, 3, 3)),
        weekday_day(date(2026, 3, 3)),
        day_month(date(2026, 9, 6)),
    )
    assert shown == written


def test_a_long_day_reads_as_a_sentence_does() -> None:
    assert long_day(date(2026, 3, 3)) == "Tuesday 3 March 2026"
    assert long_day(date(2026, 3, 3), with_year=False) == "Tuesday 3 March"
    assert timefmt.month_year(date(2026, 12, 6)) == "December 2026"
    _use("es_US")
    assert timefmt.month_year(date(2026, 12, 6)) == "diciembre de 2026"
    assert long_day(date(2026, 3, 3)) == "martes 3 de marzo de 2026"
    assert long_day(date(2026, 3, 3), with_year=False) == "martes 3 de marzo"


def test_a_session_is_named_with_its_day_and_hours() -> None:
    start, end = datetime(2026, 3, 3, 18), datetime(2026, 3, 3, 19, 30)
    assert session_label("Peer Support", start, end) == (
        "'Peer Support' on Tue 3 Mar 2026, 6:00 PM–7:30 PM"
    )
    _use("es_US")
    assert slot(start, end) == "mar 3 mar 2026, 6:00 p. m.–7:30 p. m."


def test_handouts_take_their_names_from_the_same_place() -> None:
    from peercenter.reports import labels

    assert labels.long_date(date(2026, 12, 6), "es") == "domingo 6 de diciembre de 2026"
    assert labels.long_date(date(2026, 12, 6), "en") == "Sunday, December 6, 2026"
    assert timefmt.names("es").months[11] == "diciembre"


@pytest.mark.parametrize("locale", LOCALES)
@given(value=st.times())
def test_every_time_shown_in_a_locale_reads_back(locale: str, value: time) -> None:
    _use(locale)
    shown = value.replace(second=0, microsecond=0)
    assert parse_time(clock(shown)) == shown


@pytest.mark.parametrize("locale", LOCALES)
@given(value=st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_every_date_shown_in_a_locale_reads_back(locale: str, value: date) -> None:
    _use(locale)
    assert parse_date(date_text(value), TODAY) == value
    assert parse_date(day(value), TODAY) == value


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("6:00 p. m.", time(18)),
        ("6 p. m.", time(18)),
        ("6 p.m.", time(18)),
        ("9:05 a. m.", time(9, 5)),
        ("12 a. m.", time(0)),
        ("6:00\u202fp.\u00a0m.", time(18)),  # as another program may paste it
        ("mediodía", time(12)),
        ("medianoche", time(0)),
    ],
)
def test_spanish_times_are_read(typed: str, expected: time) -> None:
    assert parse_time(typed) == expected


@pytest.mark.parametrize("language", ["en_US", "es_US"])
@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("14 mar 2026", date(2026, 3, 14)),
        ("14 de marzo de 2026", date(2026, 3, 14)),
        ("14 de marzo", date(2026, 3, 14)),
        ("6 dic. 2026", date(2026, 12, 6)),
        ("9 sept", date(2026, 9, 9)),
        ("1 ene 2027", date(2027, 1, 1)),
        ("mar 3 dic 2026", date(2026, 12, 3)),
        ("Mar 14 2026", date(2026, 3, 14)),
        ("sáb 14 mar", date(2026, 3, 14)),
        ("mie 4 mar", date(2026, 3, 4)),
        ("miércoles 4 de marzo", date(2026, 3, 4)),
        ("hoy", TODAY),
        ("Mañana", date(2026, 3, 3)),
        ("manana", date(2026, 3, 3)),
        ("ayer", date(2026, 3, 1)),
        ("14 march", date(2026, 3, 14)),
        ("tomorrow", date(2026, 3, 3)),
    ],
)
def test_spanish_and_english_dates_are_read_whichever_language_is_on(
    language: str, typed: str, expected: date
) -> None:
    _use(language)
    assert parse_date(typed, TODAY) == expected


@pytest.mark.parametrize("typed", ["14 de foo", "32 de marzo", "de marzo", "mar", "martes"])
def test_what_is_not_a_spanish_date_is_not_read(typed: str) -> None:
    assert parse_date(typed, TODAY) is None
