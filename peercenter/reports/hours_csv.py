"""The hours report as CSV, for a spreadsheet: who, where and the period covered, the
requirement table, a blank line, every entry, then the totals per kind (training, sessions,
direct service and supervision count toward different requirements and are never added
together). Cells that a spreadsheet would run as a formula are neutralised."""

from __future__ import annotations

import csv
import io

from peercenter.domain.credentials.hours_report import HoursReport
from peercenter.domain.credentials.status import Status
from peercenter.domain.enums import RequirementKind
from peercenter.domain.spreadsheet import neutralise


def _hours(minutes: int | None) -> str:
    return "" if minutes is None else f"{minutes / 60:.2f}"


def build_hours_csv(report: HoursReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")

    def row(*cells: object) -> None:
        writer.writerow([neutralise(c) for c in cells])

    row("Hours report", report.program.name)
    row("Peer specialist", report.person)
    row("Supervisor", report.supervisor)
    signer = report.signer
    if signer is not None:
        row("Supervisor's credentials", signer.credentials)
        row("Supervisor's credential number", signer.credential_number)
    row("Center", report.center_name)
    row("Center address", ", ".join(report.center_address.splitlines()))
    if report.period_start is not None and report.period_end is not None:
        row("Period covered", report.period_start.isoformat(), report.period_end.isoformat())
    row("Prepared", f"{report.generated_at:%Y-%m-%d %H:%M}")
    row()
    row(
        "Requirement",
        "Kind",
        "Required hours",
        "Counted hours",
        "Waiting for verification",
        "Still missing",
        "Status",
        "Explanation",
        "Domains",
    )
    for item in report.requirements:
        r = item.requirement
        frequency = r.kind is RequirementKind.SUPERVISION_FREQUENCY
        met = item.status is Status.ACHIEVED  # the numbers stopped on the day it was met
        row(
            r.name,
            r.kind.value,
            "" if frequency or met else _hours(item.required_minutes),
            "" if met else _hours(item.completed_minutes),
            "" if met else _hours(item.unverified_minutes),
            "" if frequency or met else _hours(item.missing_minutes),
            item.status.label,
            item.explanation,
            "; ".join(r.domains),
        )
    row()
    row(
        "Date", "Kind", "What", "Counted hours", "Entered hours", "Counted", "Counts toward", "Note"
    )
    for line in report.lines:
        row(
            line.on.isoformat(),
            line.source,
            line.description,
            _hours(line.minutes),
            _hours(line.entered_minutes),
            "yes" if line.counted else "waiting for verification",
            "; ".join(line.counts_toward),
            line.note,
        )
    row()
    row("Totals per kind", "Kind", "", "Counted hours")
    for kind, minutes in report.totals_by_kind:
        row("Total", kind, "", _hours(minutes))
    return out.getvalue()
