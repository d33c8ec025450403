"""Weekly hours against the cap, and hours in short windows, on both sides of each limit."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from peercenter.domain.guardrails import GuardrailSettings, Level, Scope, hours_cap, windows
from tests.unit.guardrails.helpers import MONDAY, TODAY, day, hours

SETTINGS = GuardrailSettings()
SCOPE = Scope.around(TODAY)


def week(total: float) -> dict[date, float]:
    """``total`` hours spread over Monday to Friday of this week."""
    return {MONDAY + timedelta(days=i): total / 5 for i in range(5)}


@pytest.mark.parametrize(
    ("worked", "level"),
    [
        (35.5, None),  # under 90 % of 40 h
        (36, Level.AMBER),  # exactly 90 %
        (40, Level.AMBER),  # at the cap is not over it
        (40.5, Level.RED),
        (44, Level.RED),
    ],
)
def test_weekly_hours_against_a_40_hour_cap(worked: float, level: Level | None) -> None:
    flags = hours_cap.check(hours(week(worked)), 40, SCOPE, SETTINGS)
    assert [f.level for f in flags] == ([level] if level else [])


def test_the_sentence_says_the_hours_and_the_cap() -> None:
    [flag] = hours_cap.check(hours(week(44)), 40, SCOPE, SETTINGS)
    assert flag.rule == "weekly_hours"
    assert flag.message == "Worked and scheduled 44 h this week; cap is 40 h."
    assert flag.numbers["hours"] == 44 and flag.numbers["cap_hours"] == 40


def test_a_past_week_is_named_and_the_amber_sentence_gives_the_share() -> None:
    last_week = {d - timedelta(days=7): h for d, h in week(37).items()}
    [flag] = hours_cap.check(hours(last_week), 40, SCOPE, SETTINGS)
    assert flag.message == "Worked 37 h last week, 92 % of the 40 h cap."


def test_the_cap_is_the_persons_own() -> None:
    assert hours_cap.check(hours(week(24)), 24, SCOPE, SETTINGS)[0].level is Level.AMBER
    assert hours_cap.check(hours(week(25)), 24, SCOPE, SETTINGS)[0].level is Level.RED


def test_the_amber_share_is_a_setting() -> None:
    lower = GuardrailSettings(hours_amber_percent=80)
    assert hours_cap.check(hours(week(33)), 40, SCOPE, lower)[0].level is Level.AMBER
    assert hours_cap.check(hours(week(31.5)), 40, SCOPE, lower) == []


@pytest.mark.parametrize(
    ("first_day_hours", "second_day_hours", "level"),
    [
        (13, 13, None),  # 26 h in 2 days: under 90 % of 30 h
        (13.5, 13.5, Level.AMBER),  # 27 h: 90 %
        (15, 15, Level.AMBER),  # 30 h: at the limit
        (15, 15.5, Level.RED),  # 30.5 h: over
    ],
)
def test_thirty_hours_in_two_days(
    first_day_hours: float, second_day_hours: float, level: Level | None
) -> None:
    load = hours({day(-1): first_day_hours, day(0): second_day_hours})
    flags = windows.check(load, SCOPE, SETTINGS)
    assert [f.level for f in flags] == ([level] if level else [])


def test_forty_hours_in_four_days() -> None:
    under = hours({day(i): 9 for i in range(-3, 1)})  # 36 h: 90 %, amber
    over = hours({day(i): 10.25 for i in range(-3, 1)})  # 41 h: red
    assert windows.check(under, SCOPE, SETTINGS)[0].level is Level.AMBER
    [flag] = windows.check(over, SCOPE, SETTINGS)
    assert flag.level is Level.RED
    assert flag.numbers["days"] == 4 and flag.numbers["limit_hours"] == 40
    assert flag.message == (
        "Worked and scheduled 41 h in 4 days (1–4 Jun 2025); the limit is 40 h in 4 days."
    )


def test_sixty_hours_in_seven_days() -> None:
    # 8 h a day fits every shorter window; 7 days of it is 56 h, just under 90 % of 60 h.
    assert windows.check(hours({day(i): 7.7 for i in range(-6, 1)}), SCOPE, SETTINGS) == []
    [flag] = windows.check(hours({day(i): 8.7 for i in range(-6, 1)}), SCOPE, SETTINGS)
    assert (flag.level, flag.numbers["days"]) == (Level.RED, 7)


def test_windows_outside_the_scope_are_not_reported() -> None:
    long_ago = hours({day(-40): 16, day(-39): 16})
    assert windows.check(long_ago, SCOPE, SETTINGS) == []


def test_a_later_week_is_named_and_of_equal_weeks_the_soonest() -> None:
    later = {MONDAY + timedelta(weeks=w, days=d): 9 for w in (3, 5) for d in range(5)}
    [flag] = hours_cap.check(hours(later), 40, Scope.for_days(later, TODAY), SETTINGS)
    assert flag.message == (
        "Scheduled 45 h in the week of 23 Jun 2025; cap is 40 h. 2 weeks "
        "reach 90 % of the cap or more."
    )
