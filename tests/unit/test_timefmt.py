"""Dates and times as people read and type them."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peercenter.domain.timefmt import (
    clock,
    date_text,
    day,
    day_month,
    parse_date,
    parse_time,
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
