"""What a guardrail rule reports: a flag with its rule, level, numbers and a plain sentence."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum


class Level(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @property
    def label(self) -> str:
        return self.value.capitalize()


_RANK = {Level.GREEN: 0, Level.AMBER: 1, Level.RED: 2}

# What each rule is called where a short name is wanted (tables, lists).
RULE_LABELS = {
    "weekly_hours": "Weekly hours",
    "window_hours": "Hours in a short window",
    "consecutive_days": "Days in a row",
    "back_to_back": "Back-to-back sessions",
    "sessions_per_day": "Sessions in a day",
    "session_on_leave": "Session on leave",
    "unavailable": "Not available",
    "supervision_recency": "Supervision overdue",
    "supervision_ratio": "Supervision for service",
    "no_leave": "No leave",
    "score_cutoff": "Questionnaire score",
    "score_change": "Score change",
    "checkin_overdue": "Check-in overdue",
}


@dataclass(frozen=True)
class Flag:
    """One rule that fired. ``numbers`` are the figures behind the sentence (hours, days,
    scores, limits) so a screen or a report can show them without parsing ``message``."""

    rule: str
    level: Level
    message: str
    numbers: Mapping[str, float | int | str] = field(default_factory=dict)
    # The first day the problem concerns, when it is tied to a day (a week's Monday, a day).
    on: date | None = None

    @property
    def label(self) -> str:
        return RULE_LABELS.get(self.rule, self.rule.replace("_", " ").capitalize())


def worst_level(flags: Iterable[Flag]) -> Level:
    """A person's level: the worst of their flags, green when there are none."""
    return max((f.level for f in flags), key=lambda level: level.rank, default=Level.GREEN)


def sort_flags(flags: Iterable[Flag]) -> list[Flag]:
    """Red first, then amber; within a level, the order the rules were evaluated."""
    return sorted(flags, key=lambda f: -f.level.rank)


def hours_text(minutes: float) -> str:
    """'44 h', '44.5 h', '0.3 h': hours to one decimal, for sentences."""
    hours = round(minutes / 60, 1)
    return f"{hours:g} h"


def day_text(day: date) -> str:
    """'Tue 4 Mar 2025'."""
    return f"{day:%a} {day.day} {day:%b %Y}"


def week_text(monday: date, today: date) -> str:
    """'this week', 'last week', 'next week' or 'the week of 3 Mar 2025'."""
    this_monday = today - timedelta(days=today.weekday())
    offset = (monday - this_monday).days // 7
    named = {0: "this week", -1: "last week", 1: "next week"}
    return named.get(offset, f"the week of {monday.day} {monday:%b %Y}")


def span_text(first: date, last: date) -> str:
    """'3–4 Mar 2025', '28 Feb – 2 Mar 2025', '30 Dec 2024 – 2 Jan 2025'."""
    if first == last:
        return f"{first.day} {first:%b %Y}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {last:%b %Y}"
    if first.year == last.year:
        return f"{first.day} {first:%b} – {last.day} {last:%b %Y}"
    return f"{first.day} {first:%b %Y} – {last.day} {last:%b %Y}"


def tense(first: date, last: date, today: date) -> str:
    """'Worked' for the past, 'Scheduled' for the future, both for a span across today."""
    if last < today:
        return "Worked"
    if first > today:
        return "Scheduled"
    return "Worked and scheduled"
