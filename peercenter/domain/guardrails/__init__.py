"""Burnout guardrails: transparent rules over a person's work, supervision, leave and
check-ins. Each rule family is a small module; ``evaluate`` runs them together. Pure Python:
inputs are plain dataclasses, thresholds come from GuardrailSettings.

The names below are loaded on first use, so reading the thresholds (as the settings do at
every start) does not load every rule."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from peercenter.domain.guardrails.evaluate import (
        AssignmentOutcome,
        PersonInputs,
        data_span,
        evaluate_assignment,
        evaluate_person,
        load_flags,
    )
    from peercenter.domain.guardrails.flags import Flag, Level, sort_flags, worst_level
    from peercenter.domain.guardrails.scope import Scope
    from peercenter.domain.guardrails.scores import CheckInScores, ScoreRule
    from peercenter.domain.guardrails.supervision import SupervisionInput
    from peercenter.domain.guardrails.thresholds import GuardrailSettings
    from peercenter.domain.guardrails.workload import TimeEntryInput, WorkInterval, Workload

_HOMES = {
    "AssignmentOutcome": "evaluate",
    "PersonInputs": "evaluate",
    "data_span": "evaluate",
    "evaluate_assignment": "evaluate",
    "evaluate_person": "evaluate",
    "load_flags": "evaluate",
    "Flag": "flags",
    "Level": "flags",
    "sort_flags": "flags",
    "worst_level": "flags",
    "Scope": "scope",
    "CheckInScores": "scores",
    "ScoreRule": "scores",
    "SupervisionInput": "supervision",
    "GuardrailSettings": "thresholds",
    "TimeEntryInput": "workload",
    "WorkInterval": "workload",
    "Workload": "workload",
}

__all__ = [
    "AssignmentOutcome",
    "CheckInScores",
    "Flag",
    "GuardrailSettings",
    "Level",
    "PersonInputs",
    "Scope",
    "ScoreRule",
    "SupervisionInput",
    "TimeEntryInput",
    "WorkInterval",
    "Workload",
    "data_span",
    "evaluate_assignment",
    "evaluate_person",
    "load_flags",
    "sort_flags",
    "worst_level",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)
