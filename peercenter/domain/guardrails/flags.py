"""What a guardrail rule reports: a flag with its rule, level, numbers and a plain sentence."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from peercenter.domain import timefmt
from peercenter.i18n import N_, _


class Level(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @property
    def label(self) -> str:
        return _(_LEVEL_LABELS[self])


_RANK = {Level.GREEN: 0, Level.AMBER: 1, Level.RED: 2}
_LEVEL_LABELS = {Level.GREEN: N_("Green"), Level.AMBER: N_("Amber"), Level.RED: N_("Red")}

# What each rule is called where a short name is wanted (tables, lists).
# (English, translated where shown: see Flag.label.)
RULE_LABELS = {
    "weekly_hours": N_("Weekly hours"),
    "window_hours": N_("Hours in a short window"),
    "consecutive_days": N_("Days in a row"),
    "back_to_back": N_("Back-to-back sessions"),
    "sessions_per_day": N_("Sessions in a day"),
    "session_on_leave": N_("Session on leave"),
    "unavailable": N_("Not available"),
    "supervision_recency": N_("Supervision overdue"),
    "supervision_ratio": N_("Supervision for service"),
    "no_leave": N_("No leave"),
    "score_cutoff": N_("Questionnaire score"),
    "score_change": N_("Score change"),
    "checkin_overdue": N_("Check-in overdue"),
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
        known = RULE_LABELS.get(self.rule)
        return _(known) if known else self.rule.replace("_", " ").capitalize()


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
    return timefmt.day(day)


def week_text(monday: date, today: date) -> str:
    """'this week', 'last week', 'next week' or 'in the week of 3 Mar 2025'."""
    this_monday = today - timedelta(days=today.weekday())
    offset = (monday - this_monday).days // 7
    named = {0: N_("this week"), -1: N_("last week"), 1: N_("next week")}
    if offset in named:
        return _(named[offset])
    return _("in the week of {date}").format(date=timefmt.date_text(monday))


def span_text(first: date, last: date) -> str:
    """'3–4 Mar 2025', '28 Feb – 2 Mar 2025', '30 Dec 2024 – 2 Jan 2025'."""
    if first == last:
        return timefmt.date_text(first)
    end = timefmt.date_text(last)
    if (first.year, first.month) == (last.year, last.month) and end.startswith(f"{last.day} "):
        return f"{first.day}–{end}"
    if first.year == last.year:
        return f"{timefmt.day_month(first)} – {end}"
    return f"{timefmt.date_text(first)} – {end}"


def tense(first: date, last: date, today: date, past: str, future: str, both: str) -> str:
    """Of three sentences, the one for the past ('Worked …'), the future ('Scheduled …') or a
    span across today ('Worked and scheduled …')."""
    if last < today:
        return past
    if first > today:
        return future
    return both
