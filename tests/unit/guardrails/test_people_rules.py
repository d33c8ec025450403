"""Supervision, leave, questionnaire scores and check-ins, on both sides of each threshold."""

from __future__ import annotations

from datetime import timedelta

import pytest

from peercenter.domain.enums import TimeEntryKind
from peercenter.domain.guardrails import (
    CheckInScores,
    GuardrailSettings,
    Level,
    ScoreRule,
    SupervisionInput,
    Workload,
    checkin,
    leave,
    scores,
    supervision,
)
from tests.unit.guardrails.helpers import TODAY, day, entries, session

SETTINGS = GuardrailSettings()


@pytest.mark.parametrize(
    ("initial", "days_ago", "level"),
    [
        (True, 7, None),
        (True, 8, Level.AMBER),
        (True, 14, Level.AMBER),
        (True, 15, Level.RED),
        (False, 31, None),
        (False, 32, Level.AMBER),
        (False, 63, Level.RED),
    ],
)
def test_supervision_recency(initial: bool, days_ago: int, level: Level | None) -> None:
    flags = supervision.recency(
        [SupervisionInput(day(-days_ago), 60)], TODAY, initial, day(-400), SETTINGS
    )
    assert [f.level for f in flags] == ([level] if level else [])


def test_supervision_recency_sentence_and_newcomers() -> None:
    [flag] = supervision.recency([SupervisionInput(day(-10), 60)], TODAY, True, None, SETTINGS)
    assert flag.message == (
        "Last supervision was 10 days ago (Sun 25 May 2025); due every 7 "
        "days during the initial certification period."
    )
    # Someone who started five days ago is not overdue yet; never supervised after 40 days is.
    assert supervision.recency([], TODAY, False, day(-5), SETTINGS) == []
    [flag] = supervision.recency([], TODAY, False, day(-40), SETTINGS)
    assert flag.level is Level.AMBER
    assert flag.message.startswith("No supervision recorded in the 40 days since Fri 25 Apr")


def service(hours_a_day: float, days: int = 20) -> Workload:
    return Workload.build(
        [], entries({day(-i): hours_a_day for i in range(days)}, TimeEntryKind.DIRECT_SERVICE)
    )


@pytest.mark.parametrize(
    ("minutes", "level"),
    [
        (240, None),  # 80 h of service wants 4 h of supervision
        (239, Level.AMBER),
        (120, Level.AMBER),  # exactly half is not less than half
        (119, Level.RED),
    ],
)
def test_supervision_per_direct_service_hour(minutes: int, level: Level | None) -> None:
    sup = [SupervisionInput(day(-3), minutes)]
    flags = supervision.ratio(sup, service(4), TODAY, SETTINGS)
    assert [f.level for f in flags] == ([level] if level else [])


def test_supervision_ratio_counts_only_the_last_four_weeks_and_needs_enough_service() -> None:
    old = [SupervisionInput(day(-30), 600)]
    [flag] = supervision.ratio(old, service(4), TODAY, SETTINGS)
    assert flag.message == (
        "Had 0 h of supervision for 80 h of direct service in the last 4 "
        "weeks; 1 h per 20 h means 4 h."
    )
    # 8 h of service would want 24 min: too little to judge.
    assert supervision.ratio([], service(1, days=8), TODAY, SETTINGS) == []


def test_facilitated_sessions_count_as_direct_service_for_the_ratio() -> None:
    load = Workload.build([session(day(-i), "09:00", 240) for i in range(20)], [])
    [flag] = supervision.ratio([], load, TODAY, SETTINGS)
    assert flag.numbers["direct_service_hours"] == 80


@pytest.mark.parametrize(("days_ago", "flagged"), [(90, False), (91, True)])
def test_no_leave_in_ninety_days(days_ago: int, flagged: bool) -> None:
    flags = leave.check(day(-days_ago), day(-1000), TODAY, SETTINGS)
    assert bool(flags) is flagged
    if flagged:
        assert flags[0].level is Level.AMBER
        assert flags[0].message == (
            "Last day of leave was 91 days ago (Wed 5 Mar 2025); more "
            "than 90 days without leave is flagged."
        )


def test_no_leave_counts_from_the_start_when_there_was_never_any() -> None:
    assert leave.check(None, day(-60), TODAY, SETTINGS) == []
    assert leave.check(None, day(-120), TODAY, SETTINGS)[0].numbers["days_since"] == 120
    assert leave.check(None, None, TODAY, SETTINGS) == []


CBI = ScoreRule(
    {"personal": "Personal burnout", "work": "Work-related burnout"}, amber=50, red=75, change=15
)
PULSE = ScoreRule({"pulse": "This week"}, amber=2, red=1, change=2, higher_is_worse=False)
RULES = {"cbi": CBI, "pulse": PULSE}


def cbi(days_ago: int, personal: float | None, work: float | None = 0) -> CheckInScores:
    return CheckInScores(day(-days_ago), "cbi", {"personal": personal, "work": work})


@pytest.mark.parametrize(
    ("score", "level"), [(49.9, None), (50, Level.AMBER), (74.9, Level.AMBER), (75, Level.RED)]
)
def test_burnout_score_cut_offs(score: float, level: Level | None) -> None:
    flags = scores.check([cbi(2, score)], RULES, TODAY, 56)
    assert [f.level for f in flags] == ([level] if level else [])


def test_cut_off_sentence_and_unscored_scales() -> None:
    [flag] = scores.check([cbi(2, 79.2, None)], RULES, TODAY, 56)
    assert flag.message == "Personal burnout scored 79.2 on Mon 2 Jun 2025; 75 or more is red."
    assert flag.numbers["scale"] == "personal"


@pytest.mark.parametrize(("before", "after", "flagged"), [(30, 44, False), (30, 45, True)])
def test_a_fast_rise_is_flagged(before: float, after: float, flagged: bool) -> None:
    flags = scores.check([cbi(30, before), cbi(2, after)], RULES, TODAY, 56)
    changes = [f for f in flags if f.rule == "score_change"]
    assert bool(changes) is flagged
    if flagged:
        assert changes[0].message == (
            "Personal burnout rose from 30 to 45 between Mon 5 May "
            "2025 and Mon 2 Jun 2025; a change of 15 or more is "
            "flagged."
        )


def test_a_rise_against_a_check_in_long_before_is_not_fast() -> None:
    assert scores.check([cbi(200, 10), cbi(2, 45)], RULES, TODAY, 56) == []


def test_old_scores_are_not_flagged() -> None:
    assert scores.check([cbi(57, 90)], RULES, TODAY, 56) == []
    assert scores.check([cbi(56, 90)], RULES, TODAY, 56)[0].level is Level.RED


@pytest.mark.parametrize(("answer", "level"), [(3, None), (2, Level.AMBER), (1, Level.RED)])
def test_the_weekly_pulse_is_worse_when_lower(answer: int, level: Level | None) -> None:
    flags = scores.check([CheckInScores(day(-1), "pulse", {"pulse": answer})], RULES, TODAY, 56)
    assert [f.level for f in flags] == ([level] if level else [])
    if level is Level.RED:
        assert flags[0].message == "This week scored 1 on Tue 3 Jun 2025; 1 or less is red."


def test_a_pulse_drop_is_flagged() -> None:
    taken = [
        CheckInScores(day(-8), "pulse", {"pulse": 5}),
        CheckInScores(day(-1), "pulse", {"pulse": 3}),
    ]
    [flag] = scores.check(taken, RULES, TODAY, 56)
    assert flag.rule == "score_change" and "fell from 5 to 3" in flag.message


@pytest.mark.parametrize(
    ("days_ago", "due", "overdue"), [(27, False, False), (28, True, False), (29, True, True)]
)
def test_check_in_due_and_overdue(days_ago: int, due: bool, overdue: bool) -> None:
    assert checkin.is_due(day(-days_ago), TODAY, 28) is due
    flags = checkin.overdue(day(-days_ago), None, TODAY, SETTINGS)
    assert bool(flags) is overdue
    if overdue:
        assert flags[0].level is Level.AMBER
        assert flags[0].message == (
            "Last check-in was 29 days ago (Tue 6 May 2025); one is due every 28 days."
        )


def test_a_first_check_in_is_due_at_once_but_overdue_only_after_an_interval() -> None:
    assert checkin.is_due(None, TODAY, 28)
    assert checkin.overdue(None, TODAY - timedelta(days=10), TODAY, SETTINGS) == []
    assert checkin.overdue(None, TODAY - timedelta(days=40), TODAY, SETTINGS)
