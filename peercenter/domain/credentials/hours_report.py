"""The plain data of the hours report a certification board receives: one person, one program,
the period it covers, the requirement table, every counted entry by date and the totals per
kind, and who signs it. The services gather it; the reports lay it out as PDF or CSV."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from peercenter.domain.credentials.alerts import Alert
from peercenter.domain.credentials.counting import CountedEntry
from peercenter.domain.credentials.periods import Cycle
from peercenter.domain.credentials.program import ProgramSpec
from peercenter.domain.credentials.progress import RequirementProgress


@dataclass(frozen=True)
class ReportLine:
    on: date
    source: str
    description: str
    minutes: int  # counted
    entered_minutes: int
    counts_toward: tuple[str, ...]
    counted: bool  # False: listed as waiting for verification
    note: str


@dataclass(frozen=True)
class Signer:
    """The supervisor who signs, as their staff record has them."""

    name: str
    credentials: str = ""
    credential_number: str = ""


@dataclass(frozen=True)
class HoursReport:
    center_name: str
    generated_at: datetime  # in the center's time zone
    person: str
    supervisor: str
    program: ProgramSpec
    started_on: date
    achieved_on: date | None
    expires_on: date | None
    credential_number: str
    cycle: Cycle | None
    requirements: tuple[RequirementProgress, ...]
    lines: tuple[ReportLine, ...]
    alerts: tuple[Alert, ...]
    center_address: str = ""
    signer: Signer | None = None
    # The days the listed entries fall in; requirement totals count every hour up to the end.
    period_start: date | None = None
    period_end: date | None = None
    period_chosen: bool = False  # --from/--to, rather than everything so far

    @property
    def counted_lines(self) -> tuple[ReportLine, ...]:
        return tuple(line for line in self.lines if line.counted)

    @property
    def pending_lines(self) -> tuple[ReportLine, ...]:
        return tuple(line for line in self.lines if not line.counted)

    @property
    def total_counted_minutes(self) -> int:
        return sum(line.minutes for line in self.counted_lines)

    @property
    def totals_by_kind(self) -> list[tuple[str, int]]:
        """Counted minutes per kind of entry (training, facilitated session, direct
        service, supervision), in the order they first appear: hours of different kinds
        count toward different requirements and are never added together."""
        totals: dict[str, int] = {}
        for line in self.counted_lines:
            totals[line.source] = totals.get(line.source, 0) + line.minutes
        return list(totals.items())


def report_lines(requirements: tuple[RequirementProgress, ...]) -> tuple[ReportLine, ...]:
    """Every entry once, naming each requirement it counts toward; counted entries first."""
    merged: dict[tuple[str, int, bool], tuple[CountedEntry, list[str]]] = {}
    for item in requirements:
        for counted, entries in ((True, item.entries), (False, item.pending)):
            for e in entries:
                key = (e.source.value, e.source_id, counted)
                merged.setdefault(key, (e, []))[1].append(item.requirement.name)
    lines = [
        ReportLine(
            e.on,
            e.source.label,
            e.description,
            e.minutes if counted else 0,
            e.entered_minutes,
            tuple(names),
            counted,
            e.note,
        )
        for (_, _, counted), (e, names) in merged.items()
    ]
    return tuple(sorted(lines, key=lambda ln: (not ln.counted, ln.on, ln.source, ln.description)))
