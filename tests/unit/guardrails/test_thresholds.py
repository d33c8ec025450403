"""Thresholds that make no sense are refused with a message that says why."""

from __future__ import annotations

from dataclasses import replace

import pytest

from peercenter.domain.guardrails.thresholds import DEFAULTS, from_values, problems


def test_the_defaults_make_sense() -> None:
    assert problems(DEFAULTS) == {}
    assert DEFAULTS.windows() == [(2, 30), (4, 40), (7, 60)]


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"window1_hours": -5}, "window1_hours", "cannot be negative"),
        ({"hours_amber_percent": 120}, "hours_amber_percent", "between 50 and 100"),
        ({"cbi_amber": 80}, "cbi_amber", "amber (80) must be below red (75)"),
        ({"cbi_amber": 75}, "cbi_amber", "must be below red"),
        ({"pulse_red": 3}, "pulse_red", "red (3) must be below amber (2)"),
        ({"consecutive_days_amber": 12}, "consecutive_days_amber", "below the red limit (12)"),
        ({"window2_days": 2}, "window2_days", "longer than window 1 (2 days)"),
        ({"window3_days": 3}, "window3_days", "shortest first"),
        ({"window2_hours": 25}, "window2_hours", "more hours than window 1 (30 h)"),
        ({"window1_hours": 49}, "window1_hours", "49 h do not fit in 2 days"),
        ({"supervision_days_initial": 60}, "supervision_days_initial", "less frequent"),
        ({"checkin_interval_days": 0}, "checkin_interval_days", "between 7 and 365"),
    ],
)
def test_nonsense_is_refused(changes: dict[str, int], field: str, words: str) -> None:
    found = problems(replace(DEFAULTS, **changes))
    assert field in found
    assert words in found[field]


def test_from_values_keeps_defaults_for_what_is_not_given() -> None:
    settings = from_values({"cbi_red": 80, "unrelated": 1})
    assert settings.cbi_red == 80 and settings.cbi_amber == 50
