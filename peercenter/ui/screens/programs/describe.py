"""Plain-words descriptions of requirements, for tables and the detail panel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from peercenter.domain.credentials.program import KIND_LABELS, Period, Phase, RequirementSpec
from peercenter.domain.enums import RequirementKind


def amount(r: RequirementSpec) -> str:
    if r.kind is RequirementKind.SUPERVISION_FREQUENCY:
        if r.period is Period.WEEK:
            return QCoreApplication.translate("describe", "every week")
        return QCoreApplication.translate("describe", "every month")
    return f"{r.hours:g} h" if r.hours is not None else ""


def limits(r: RequirementSpec) -> str:
    parts = []
    if r.within_months:
        parts.append(
            QCoreApplication.translate(
                "describe", "within %n month(s) of the start", "", r.within_months
            )
        )
    if r.lookback_months:
        parts.append(
            QCoreApplication.translate(
                "describe", "from the last %n month(s)", "", r.lookback_months
            )
        )
    if r.counts_unverified:
        parts.append(QCoreApplication.translate("describe", "unverified training counts"))
    return "; ".join(parts)


def phase(r: RequirementSpec) -> str:
    if r.phase is Phase.INITIAL:
        return QCoreApplication.translate("describe", "To earn it")
    return QCoreApplication.translate("describe", "Each renewal cycle")


def kind(r: RequirementSpec) -> str:
    return KIND_LABELS[r.kind]
