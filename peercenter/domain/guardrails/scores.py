"""Questionnaire scores: at or past a cut-off (amber, red), or moving fast in the worse
direction since the check-in before. Only recent check-ins count; an old score is a reason to
check in again (see checkin.py), not a flag of its own."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from peercenter.domain.guardrails.flags import Flag, Level, day_text
from peercenter.i18n import _

CUTOFF = "score_cutoff"
CHANGE = "score_change"


@dataclass(frozen=True)
class CheckInScores:
    taken_on: date
    questionnaire: str
    scores: Mapping[str, float | None]


@dataclass(frozen=True)
class ScoreRule:
    """How one questionnaire's scales are flagged. With ``higher_is_worse`` a score at or
    above ``amber``/``red`` is flagged and a rise of ``change`` or more; otherwise at or below
    them, and a drop of ``change`` or more."""

    scale_labels: Mapping[str, str]
    amber: float
    red: float
    change: float
    higher_is_worse: bool = True


def _num(value: float) -> str:
    return f"{round(value, 1):g}"


def check(
    checkins: Sequence[CheckInScores], rules: Mapping[str, ScoreRule], today: date, recent_days: int
) -> list[Flag]:
    """``recent_days``: check-ins older than this are not flagged, and a change is measured
    only against a check-in at most this long before the latest."""
    flags: list[Flag] = []
    by_questionnaire: dict[str, list[CheckInScores]] = {}
    for c in sorted(checkins, key=lambda c: c.taken_on):
        if c.taken_on <= today and c.questionnaire in rules:
            by_questionnaire.setdefault(c.questionnaire, []).append(c)
    for questionnaire, taken in by_questionnaire.items():
        latest = taken[-1]
        if (today - latest.taken_on).days > recent_days:
            continue
        rule = rules[questionnaire]
        earlier = [c for c in taken[:-1] if (latest.taken_on - c.taken_on).days <= recent_days]
        previous = earlier[-1] if earlier else None
        for scale, label in rule.scale_labels.items():
            score = latest.scores.get(scale)
            if score is None:
                continue
            flags.extend(_cutoff(rule, scale, label, score, latest.taken_on))
            before = previous.scores.get(scale) if previous else None
            if previous is not None and before is not None:
                flags.extend(
                    _change(rule, scale, label, before, score, previous.taken_on, latest.taken_on)
                )
    return flags


def _cutoff(rule: ScoreRule, scale: str, label: str, score: float, on: date) -> list[Flag]:
    def worse(a: float, b: float) -> bool:
        return a >= b if rule.higher_is_worse else a <= b

    if worse(score, rule.red):
        level, limit = Level.RED, rule.red
    elif worse(score, rule.amber):
        level, limit = Level.AMBER, rule.amber
    else:
        return []
    if rule.higher_is_worse:
        said = (
            _("{scale} scored {score} on {day}; {limit} or more is red.")
            if level is Level.RED
            else _("{scale} scored {score} on {day}; {limit} or more is amber.")
        )
    else:
        said = (
            _("{scale} scored {score} on {day}; {limit} or less is red.")
            if level is Level.RED
            else _("{scale} scored {score} on {day}; {limit} or less is amber.")
        )
    message = said.format(scale=label, score=_num(score), day=day_text(on), limit=_num(limit))
    return [
        Flag(
            CUTOFF, level, message, {"scale": scale, "score": round(score, 1), "cutoff": limit}, on
        )
    ]


def _change(
    rule: ScoreRule, scale: str, label: str, before: float, after: float, was_on: date, on: date
) -> list[Flag]:
    moved = after - before if rule.higher_is_worse else before - after
    if moved < rule.change:
        return []
    said = (
        _(
            "{scale} rose from {before} to {after} between {first} and {last}; "
            "a change of {change} or more is flagged."
        )
        if rule.higher_is_worse
        else _(
            "{scale} fell from {before} to {after} between {first} and {last}; "
            "a change of {change} or more is flagged."
        )
    )
    message = said.format(
        scale=label,
        before=_num(before),
        after=_num(after),
        first=day_text(was_on),
        last=day_text(on),
        change=_num(rule.change),
    )
    return [
        Flag(
            CHANGE,
            Level.AMBER,
            message,
            {
                "scale": scale,
                "before": round(before, 1),
                "after": round(after, 1),
                "change": rule.change,
            },
            on,
        )
    ]
