"""The monthly service report as CSV, for a spreadsheet: the month's figures, then the twelve
months up to it, one measure per row. Counts only, no names; cells a spreadsheet would run as
a formula are neutralised."""

from __future__ import annotations

import csv
import io

from peercenter.domain.service_report import ServiceReport
from peercenter.domain.spreadsheet import neutralise
from peercenter.reports.service_data import KIND_ROWS, MEASURES, month_rows, text, value_of


def build_service_csv(report: ServiceReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")

    def row(*cells: object) -> None:
        writer.writerow([neutralise(c) for c in cells])

    row("Monthly service report", f"{report.month:%B %Y}")
    row("Center", report.center_name)
    row("Center address", ", ".join(report.center_address.splitlines()))
    row("Prepared", f"{report.generated_at:%Y-%m-%d %H:%M}")
    if not report.complete:
        row("Note", f"{report.month:%B %Y} is not over yet: the figures are so far.")
    if report.suppressed:
        row("Small counts", "Counts of 1 to 4 people are shown as < 5.")
    row()
    row("Measure", f"{report.month:%b %Y}", "What it counts")
    for label, value, note in month_rows(report, english=True):
        row(label.strip(), value, note)
    row()
    row("Twelve months", *(f"{f.month:%b %Y}" for f in report.trend))
    for measure in MEASURES:
        row(measure.english, *(text(value_of(measure, f, report.suppressed)) for f in report.trend))
        if measure.key == "sessions_held":
            for kind, label in KIND_ROWS:
                row(label, *(str(f.sessions_held[kind]) for f in report.trend))
    return out.getvalue()
