"""Recurrence rules as a front desk writes them, expanded in the center's time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from peercenter.domain.errors import ValidationError
from peercenter.domain.recurrence import Frequency, Recurrence, occurrence_starts

CHICAGO = ZoneInfo("America/Chicago")


def _expand(rec: Recurrence, first: date, at: time, until: date) -> list[datetime]:
    rule = rec.to_rrule(first)
    return occurrence_starts(
        rule,
        first,
        at,
        CHICAGO,
        datetime(2026, 1, 1, tzinfo=UTC),
        datetime.combine(until, time.max, CHICAGO),
    )


def test_weekly_group_keeps_its_wall_clock_time_across_daylight_saving() -> None:
    rec = Recurrence(Frequency.WEEKLY, weekdays=(1,))  # Tuesdays
    starts = _expand(rec, date(2026, 3, 3), time(18, 0), date(2026, 3, 24))
    assert [s.date() for s in starts] == [date(2026, 3, d) for d in (3, 10, 17, 24)]
    assert {s.astimezone(CHICAGO).hour for s in starts} == {18}
    # DST began on 8 March 2026: the UTC hour moves, the local hour does not.
    assert starts[0].astimezone(UTC).hour == 0 and starts[1].astimezone(UTC).hour == 23


def test_second_and_fourth_tuesday_and_last_friday() -> None:
    rec = Recurrence(Frequency.MONTHLY, weekdays=(1,), nth=(2, 4))
    assert rec.to_rrule(date(2026, 1, 13)) == "FREQ=MONTHLY;BYDAY=2TU,4TU"
    days = [s.date() for s in _expand(rec, date(2026, 1, 1), time(10), date(2026, 2, 28))]
    assert days == [date(2026, 1, 13), date(2026, 1, 27), date(2026, 2, 10), date(2026, 2, 24)]
    last_friday = Recurrence(Frequency.MONTHLY, weekdays=(4,), nth=(-1,))
    days = [s.date() for s in _expand(last_friday, date(2026, 1, 1), time(17), date(2026, 3, 31))]
    assert days == [date(2026, 1, 30), date(2026, 2, 27), date(2026, 3, 27)]
    assert last_friday.describe(date(2026, 1, 1)) == "Every month on the last Friday"


def test_every_two_weeks_ending_after_a_count() -> None:
    rec = Recurrence(Frequency.WEEKLY, interval=2, weekdays=(2,), count=3)
    days = [s.date() for s in _expand(rec, date(2026, 1, 7), time(18, 30), date(2026, 12, 31))]
    assert days == [date(2026, 1, 7), date(2026, 1, 21), date(2026, 2, 4)]
    assert rec.describe(date(2026, 1, 7)) == "Every 2 weeks on Wednesday, 3 times"


@pytest.mark.parametrize(
    "rec",
    [
        Recurrence(Frequency.WEEKLY, weekdays=(0, 2, 4), until=date(2026, 6, 30)),
        Recurrence(Frequency.MONTHLY, month_day=15),
        Recurrence(Frequency.MONTHLY, weekdays=(1,), nth=(2, 4)),
        Recurrence(Frequency.DAILY, interval=3, count=10),
        Recurrence(Frequency.ONCE),
    ],
)
def test_rrule_text_round_trips(rec: Recurrence) -> None:
    first = date(2026, 1, 5)
    assert Recurrence.from_rrule(rec.to_rrule(first)).to_rrule(first) == rec.to_rrule(first)


def test_impossible_rules_are_explained() -> None:
    with pytest.raises(ValidationError, match="cannot end before"):
        Recurrence(until=date(2025, 1, 1)).to_rrule(date(2026, 1, 1))
    with pytest.raises(ValidationError, match="not both"):
        Recurrence(until=date(2027, 1, 1), count=3).to_rrule(date(2026, 1, 1))
    with pytest.raises(ValidationError, match="not valid"):
        occurrence_starts(
            "FREQ=SOMETIMES",
            date(2026, 1, 1),
            time(9),
            CHICAGO,
            datetime(2026, 1, 1, tzinfo=UTC),
            datetime(2026, 2, 1, tzinfo=UTC),
        )
