"""Plain-words descriptions of requirements, for tables and the detail panel."""

from __future__ import annotations

from peercenter.domain.credentials.program import KIND_LABELS, Period, Phase, RequirementSpec
from peercenter.domain.enums import RequirementKind


def amount(r: RequirementSpec) -> str:
    if r.kind is RequirementKind.SUPERVISION_FREQUENCY:
        return "every week" if r.period is Period.WEEK else "every month"
    return f"{r.hours:g} h" if r.hours is not None else ""


def limits(r: RequirementSpec) -> str:
    parts = []
    if r.within_months:
        parts.append(f"within {r.within_months} months of the start")
    if r.lookback_months:
        parts.append(f"from the last {r.lookback_months} months")
    if r.counts_unverified:
        parts.append("unverified training counts")
    return "; ".join(parts)


def phase(r: RequirementSpec) -> str:
    return "To earn it" if r.phase is Phase.INITIAL else "Each renewal cycle"


def kind(r: RequirementSpec) -> str:
    return KIND_LABELS[r.kind]
