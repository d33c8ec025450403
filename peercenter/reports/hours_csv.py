"""The hours report as CSV, for a spreadsheet: the requirement table, a blank line, then
every entry. Cells that a spreadsheet would run as a formula are neutralised."""

from __future__ import annotations

import csv
import io

from peercenter.domain.credentials.hours_report import HoursReport
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
    row("Center", report.center_name)
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
    )
    for item in report.requirements:
        r = item.requirement
        frequency = r.kind is RequirementKind.SUPERVISION_FREQUENCY
        row(
            r.name,
            r.kind.value,
            "" if frequency else _hours(item.required_minutes),
            _hours(item.completed_minutes),
            _hours(item.unverified_minutes),
            "" if frequency else _hours(item.missing_minutes),
            item.status.label,
            item.explanation,
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
    row("Total", "", "", _hours(report.total_counted_minutes))
    return out.getvalue()
