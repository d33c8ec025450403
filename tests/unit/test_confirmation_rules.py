"""The go-ahead rules over plain data: which warnings a confirmation answers, one warning per
person and rule, and what the front desk may be told of a colleague's guardrail flags."""

from __future__ import annotations

from datetime import date

from peercenter.domain.confirmation import Confirmation, ScheduleWarning, merged
from peercenter.domain.guardrails import Flag, Level
from peercenter.domain.guardrails.schedule_facts import schedule_facts

THU = date(2026, 3, 5)


def warning(
    rule: str, level: Level, staff_id: int = 1, name: str = "Sam Rivera"
) -> ScheduleWarning:
    return ScheduleWarning(rule, level, f"{rule} sentence.", staff_id, name)


def test_a_red_warning_needs_a_reason_and_every_warning_must_have_been_seen() -> None:
    red, amber = warning("weekly_hours", Level.RED), warning("back_to_back", Level.AMBER)
    assert Confirmation().unanswered([amber]) == [amber]  # not seen yet
    assert Confirmation.of([amber]).unanswered([amber]) == []
    assert Confirmation.of([red, amber]).unanswered([red, amber]) == [red]
    assert Confirmation.of([red, amber], "  ").unanswered([red, amber]) == [red]
    assert Confirmation.of([red, amber], "Agreed").unanswered([red, amber]) == []
    # A red flag that came up after the user looked is not covered by their reason.
    other = warning("consecutive_days", Level.RED)
    assert Confirmation.of([red], "Agreed").unanswered([red, other]) == [other]
    # Going ahead over whatever comes (an import told so) still wants the reason for red.
    assert Confirmation.any_warning().unanswered([red, amber]) == [red]
    assert Confirmation.any_warning("Agreed").unanswered([red, other, amber]) == []


def test_one_warning_per_person_and_rule_and_the_cap_said_once() -> None:
    found = [
        warning("back_to_back", Level.AMBER),
        warning("hours_cap", Level.RED),
        warning("weekly_hours", Level.RED),
        warning("back_to_back", Level.AMBER),
        warning("hours_cap", Level.RED, 2, "Jordan Reyes"),
    ]
    kept = merged(found)
    assert [(w.staff_id, w.rule) for w in kept] == [
        (1, "weekly_hours"),
        (2, "hours_cap"),
        (1, "back_to_back"),
    ]
    assert kept[1].text == "Jordan Reyes: hours_cap sentence."


def test_the_front_desk_is_told_schedule_facts_and_never_why_a_day_is_off() -> None:
    flags = [
        Flag("weekly_hours", Level.RED, "Scheduled 44 h this week; cap is 40 h."),
        Flag(
            "session_on_leave",
            Level.RED,
            "Evening Group on Thu 5 Mar 2026 falls on a day of leave.",
            {"days": 2},
            THU,
        ),
        Flag("score_cutoff", Level.RED, "Burnout work-related 80, at or over 75."),
        Flag("supervision_recency", Level.AMBER, "No supervision for 40 days."),
        Flag("no_leave", Level.AMBER, "No leave for 120 days."),
        Flag("back_to_back", Level.AMBER, "Back-to-back sessions on Thu 5 Mar 2026."),
    ]
    told = schedule_facts(flags)
    assert [(f.rule, f.level, f.message) for f in told] == [
        ("weekly_hours", Level.RED, "Scheduled 44 h this week; cap is 40 h."),
        (
            "unavailable",
            Level.RED,
            "Not available on Thu 5 Mar 2026 and 1 more day these sessions fall on.",
        ),
        ("back_to_back", Level.AMBER, "Back-to-back sessions on Thu 5 Mar 2026."),
    ]
