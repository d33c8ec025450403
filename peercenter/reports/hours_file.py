"""The hours report written to a file: CSV when the name ends in .csv, otherwise PDF;
readable by its owner only, since it lists a person's records."""

from __future__ import annotations

from pathlib import Path

from peercenter.fileio import csv_bytes, write_atomically
from peercenter.reports.hours_csv import build_hours_csv
from peercenter.reports.hours_pdf import build_hours_pdf
from peercenter.services.credentials.hours_report import HoursReport


def write_hours_report(report: HoursReport, target: Path) -> None:
    if target.suffix.lower() == ".csv":
        content = csv_bytes(build_hours_csv(report))
    else:
        content = build_hours_pdf(report)
    write_atomically(target, content)  # a temporary file (0600), then renamed
