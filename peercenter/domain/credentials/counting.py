"""Which records count toward which requirement, and for how many minutes.

No double counting of supervised experience: facilitated sessions count in full. A
direct-service time entry is the person's own account of their direct service that day, which
includes the sessions they facilitated; so on a day with facilitated sessions, direct-service
time entries count only for the minutes beyond the facilitated minutes. A day's experience is
therefore max(facilitated minutes, direct-service minutes): never the sum of both."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from peercenter.domain.credentials.evidence import Evidence, Source
from peercenter.domain.credentials.program import RequirementSpec
from peercenter.domain.enums import RequirementKind, SupervisionFormat
from peercenter.domain.hours import format_hours
from peercenter.i18n import _


@dataclass(frozen=True)
class CountedEntry:
    on: date
    source: Source
    source_id: int
    description: str
    minutes: int  # what counts toward the requirement
    entered_minutes: int  # as recorded
    verified: bool = True
    note: str = ""


def experience_entries(evidence: Evidence) -> list[CountedEntry]:
    """Supervised experience by date: sessions in full, time entries beyond them."""
    facilitated_by_day: dict[date, int] = defaultdict(int)
    entries = []
    for session in evidence.facilitated:
        facilitated_by_day[session.on] += session.minutes
        entries.append(
            CountedEntry(
                session.on,
                Source.SESSION,
                session.id,
                session.description,
                session.minutes,
                session.minutes,
            )
        )
    left_to_absorb = dict(facilitated_by_day)
    for item in sorted(evidence.direct_service, key=lambda i: (i.on, i.id)):
        overlap = min(item.minutes, left_to_absorb.get(item.on, 0))
        if overlap:
            left_to_absorb[item.on] -= overlap
        note = (
            ""
            if not overlap
            else _("{hours} of it already counted as facilitated sessions that day").format(
                hours=format_hours(overlap)
            )
        )
        entries.append(
            CountedEntry(
                item.on,
                Source.TIME_ENTRY,
                item.id,
                item.note or _("Direct service"),
                item.minutes - overlap,
                item.minutes,
                note=note,
            )
        )
    return sorted(entries, key=lambda e: (e.on, e.source.value, e.source_id))


def training_entries(evidence: Evidence, requirement: RequirementSpec) -> list[CountedEntry]:
    """Training records in the requirement's domains (continuing education: only records
    approved for CE credit), verified or not; the caller decides what unverified ones do."""
    ce_only = requirement.kind is RequirementKind.CONTINUING_EDUCATION
    out = []
    for item in evidence.training:
        if ce_only and not item.continuing_education:
            continue
        if not requirement.accepts_domain(item.domain):
            continue
        description = item.title + (f" ({item.provider})" if item.provider else "")
        if item.domain:
            description += f" — {item.domain}"
        note = (
            _("verified by {name}").format(name=item.verified_by)
            if item.verified and item.verified_by
            else ""
        )
        out.append(
            CountedEntry(
                item.on,
                Source.TRAINING,
                item.id,
                description,
                item.minutes,
                item.minutes,
                verified=item.verified,
                note=note,
            )
        )
    return sorted(out, key=lambda e: (e.on, e.source_id))


def supervision_entries(evidence: Evidence) -> list[CountedEntry]:
    out = []
    for item in evidence.supervision:
        individual = item.format is SupervisionFormat.INDIVIDUAL
        if item.supervisor:
            what = (
                _("Individual supervision with {name}")
                if individual
                else _("Group supervision with {name}")
            ).format(name=item.supervisor)
        else:
            what = _("Individual supervision") if individual else _("Group supervision")
        out.append(
            CountedEntry(item.on, Source.SUPERVISION, item.id, what, item.minutes, item.minutes)
        )
    return sorted(out, key=lambda e: (e.on, e.source_id))


def candidate_entries(evidence: Evidence, requirement: RequirementSpec) -> list[CountedEntry]:
    kind = requirement.kind
    if kind in (RequirementKind.TRAINING_HOURS, RequirementKind.CONTINUING_EDUCATION):
        return training_entries(evidence, requirement)
    if kind is RequirementKind.EXPERIENCE_HOURS:
        return experience_entries(evidence)
    return supervision_entries(evidence)
