"""A person's flags and level, and what a proposed assignment would cause."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

from peercenter.domain.enums import TimeEntryKind
from peercenter.domain.guardrails import (
    CheckInScores,
    GuardrailSettings,
    Level,
    PersonInputs,
    Scope,
    ScoreRule,
    SupervisionInput,
    Workload,
    evaluate_assignment,
    evaluate_person,
)
from tests.unit.guardrails.helpers import MONDAY, TODAY, day, entries, session

SETTINGS = GuardrailSettings()
RULES = {"cbi": ScoreRule({"work": "Work-related burnout"}, 50, 75, 15)}


HEALTHY = PersonInputs(
    weekly_cap_hours=40,
    workload=Workload.build(
        [],
        [*entries({day(-i): 6 for i in range(1, 6)}), *entries({day(-20): 8}, TimeEntryKind.LEAVE)],
    ),
    supervision=[SupervisionInput(day(-3), 60)],
    last_leave=day(-20),
    records_from=day(-400),
    last_checkin=day(-3),
    checkins=[CheckInScores(day(-3), "cbi", {"work": 20})],
)


def healthy(**changes: Any) -> PersonInputs:
    return replace(HEALTHY, **changes)


def test_no_flags_is_green() -> None:
    assert evaluate_person(healthy(), Scope.around(TODAY), SETTINGS, RULES) == []


def test_the_level_is_the_worst_flag_and_red_comes_first() -> None:
    person = healthy(checkins=[CheckInScores(day(-3), "cbi", {"work": 80})], last_leave=day(-100))
    flags = evaluate_person(person, Scope.around(TODAY), SETTINGS, RULES)
    assert [(f.rule, f.level) for f in flags] == [
        ("score_cutoff", Level.RED),
        ("no_leave", Level.AMBER),
    ]


def test_supervision_and_check_in_rules_concern_specialists_only() -> None:
    person = healthy(supervision=[], last_checkin=None, checkins=[], is_specialist=False)
    assert evaluate_person(person, Scope.around(TODAY), SETTINGS, RULES) == []
    as_specialist = healthy(supervision=[], last_checkin=None, checkins=[])
    rules = {f.rule for f in evaluate_person(as_specialist, Scope.around(TODAY), SETTINGS, RULES)}
    assert rules == {"supervision_recency", "checkin_overdue"}


def test_an_assignment_shows_what_the_schedule_would_be() -> None:
    # 36 h already this week (amber); a 5 h session more makes it 41 h (red).
    load = Workload.build([], entries({MONDAY + timedelta(days=i): 7.2 for i in range(5)}))
    proposed = [
        session(MONDAY + timedelta(days=5), "10:00", 300, "Saturday Retreat", proposed=True)
    ]
    outcome = evaluate_assignment(load, proposed, 40, TODAY, SETTINGS)
    assert outcome.level is Level.RED
    weekly = next(f for f in outcome.flags if f.rule == "weekly_hours")
    assert weekly.message == "Worked and scheduled 41 h this week; cap is 40 h."
    assert outcome.is_new(weekly)
    assert [f.level for f in outcome.before if f.rule == "weekly_hours"] == [Level.AMBER]


def test_an_assignment_is_judged_only_where_its_sessions_fall() -> None:
    # A heavy week long ago says nothing about a session next month.
    load = Workload.build([], entries({day(-60 + i): 10 for i in range(6)}))
    outcome = evaluate_assignment(
        load, [session(day(30), "10:00", 90, proposed=True)], 40, TODAY, SETTINGS
    )
    assert outcome.flags == [] and outcome.level is Level.GREEN


def test_a_series_reports_each_rule_once_with_how_often_it_fires() -> None:
    existing = [session(day(7 * w), "10:00", 60, "Recovery Circle") for w in range(52)]
    proposed = [session(day(7 * w), "11:05", 60, "Art Group", proposed=True) for w in range(52)]
    outcome = evaluate_assignment(Workload.build(existing, []), proposed, 40, TODAY, SETTINGS)
    [flag] = outcome.flags
    assert flag.rule == "back_to_back" and flag.numbers["occurrences"] == 52
    assert outcome.is_new(flag)


def test_every_rule_has_a_short_name() -> None:
    from peercenter.domain.guardrails import (
        checkin,
        consecutive,
        hours_cap,
        leave,
        schedule_facts,
        scores,
        sessions,
        supervision,
        windows,
    )
    from peercenter.domain.guardrails.flags import RULE_LABELS

    rules = {
        hours_cap.RULE,
        windows.RULE,
        consecutive.RULE,
        sessions.BACK_TO_BACK,
        sessions.SESSIONS_PER_DAY,
        sessions.ON_LEAVE,
        supervision.RECENCY,
        supervision.RATIO,
        leave.RULE,
        scores.CUTOFF,
        scores.CHANGE,
        checkin.RULE,
        schedule_facts.UNAVAILABLE,
    }
    assert rules == set(RULE_LABELS)
