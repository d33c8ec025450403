"""Burnout guardrails: transparent rules over a person's work, supervision, leave and
check-ins. Each rule family is a small module; ``evaluate`` runs them together. Pure Python:
inputs are plain dataclasses, thresholds come from GuardrailSettings."""

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
