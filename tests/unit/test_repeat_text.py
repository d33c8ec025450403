"""Reading how a group repeats from the words a person writes in a spreadsheet."""

from __future__ import annotations

from datetime import date, time

import pytest

from peercenter.domain.errors import ValidationError
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.domain.repeat_text import RepeatTextError, parse_repeat
from peercenter.services.csv_import.cells import clock, whole_number

FIRST = date(2026, 3, 3)  # a Tuesday


@pytest.mark.parametrize(
    "text, rule",
    [
        ("once", "FREQ=DAILY;COUNT=1"),
        ("Once, on Tue 3 Mar 2026", "FREQ=DAILY;COUNT=1"),
        ("daily", "FREQ=DAILY"),
        ("every weekday", "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR"),
        ("weekly", "FREQ=WEEKLY;BYDAY=TU"),
        ("weekly on Tue,Thu", "FREQ=WEEKLY;BYDAY=TU,TH"),
        ("Weekly on tuesdays and THURSDAYS", "FREQ=WEEKLY;BYDAY=TU,TH"),
        ("every Wednesday", "FREQ=WEEKLY;BYDAY=WE"),
        ("once a week on Mon", "FREQ=WEEKLY;BYDAY=MO"),
        ("every 2 weeks on Wed", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"),
        ("every other week on Fri", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"),
        ("biweekly on Sat/Sun", "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA,SU"),
        ("monthly on 2nd,4th Tue", "FREQ=MONTHLY;BYDAY=2TU,4TU"),
        ("monthly on last Fri", "FREQ=MONTHLY;BYDAY=-1FR"),
        ("monthly on the first and last Monday", "FREQ=MONTHLY;BYDAY=1MO,-1MO"),
        ("monthly on day 15", "FREQ=MONTHLY;BYMONTHDAY=15"),
        ("monthly on the 31st", "FREQ=MONTHLY;BYMONTHDAY=31"),
        ("monthly", "FREQ=MONTHLY;BYMONTHDAY=3"),
        ("every 3 months on 1st Mon", "FREQ=MONTHLY;INTERVAL=3;BYDAY=1MO"),
    ],
)
def test_readable_patterns(text: str, rule: str) -> None:
    assert parse_repeat(text).to_rrule(FIRST) == rule


@pytest.mark.parametrize(
    "rec",
    [
        Recurrence(Frequency.WEEKLY, 2, (1, 3)),
        Recurrence(Frequency.MONTHLY, 1, (1,), nth=(2, 4)),
        Recurrence(Frequency.MONTHLY, month_day=15),
        Recurrence(Frequency.DAILY),
        Recurrence(Frequency.MONTHLY, 1, (4,), nth=(-1,)),
        Recurrence(Frequency.ONCE),
    ],
)
def test_the_group_forms_own_words_read_back(rec: Recurrence) -> None:
    assert parse_repeat(rec.describe(FIRST)).to_rrule(FIRST) == rec.to_rrule(FIRST)


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "Write how the group repeats"),
        ("sometimes", "'sometimes' is not a repeat PeerCenter can read; write once, daily"),
        ("weekly on Tue 6pm", "'6pm' in 'weekly on Tue 6pm' is not a weekday"),
        ("every 2", "'every 2' is not a repeat"),
        ("monthly on 2nd Tue and 4th Thu", "(one weekday)"),
        ("monthly on day 40", "A month has days 1 to 31, not 40."),
    ],
)
def test_unreadable_patterns_say_why(text: str, message: str) -> None:
    with pytest.raises(RepeatTextError) as caught:
        parse_repeat(text)
    assert message in caught.value.message


def test_out_of_range_intervals_are_left_to_the_rule_check() -> None:
    with pytest.raises(ValidationError, match="Repeat every 1 to 52 periods"):
        parse_repeat("every 0 weeks").to_rrule(FIRST)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("18:00", time(18)),
        ("6:30 pm", time(18, 30)),
        ("6pm", time(18)),
        ("12 am", time(0)),
        ("12:15 p.m.", time(12, 15)),
        ("9.45", time(9, 45)),
        ("", None),
    ],
)
def test_times_of_day(text: str, expected: time | None) -> None:
    assert clock(text, "start_time") == expected


@pytest.mark.parametrize("text", ["6", "25:00", "13pm", "0pm", "6:75", "noon"])
def test_unreadable_times(text: str) -> None:
    with pytest.raises(ValidationError, match="write it like 18:00 or 6:00 pm"):
        clock(text, "start_time")


def test_minutes_and_whole_numbers() -> None:
    assert [whole_number(t, "d", "minutes") for t in ("90", "90 min", "1:30", "")] == [
        90,
        90,
        90,
        None,
    ]
    for bad in ("1.5", "-3", "ten", "１２"):
        with pytest.raises(ValidationError, match="is not a whole number"):
            whole_number(bad, "capacity")
