"""The monthly service report written to a file: CSV when the name ends in .csv, else PDF."""

from __future__ import annotations

from pathlib import Path

from peercenter.domain.service_report import ServiceReport
from peercenter.fileio import csv_bytes, write_atomically
from peercenter.i18n import in_english
from peercenter.reports.service_csv import build_service_csv
from peercenter.reports.service_pdf import build_service_pdf


def write_service_report(report: ServiceReport, target: Path) -> None:
    """In English whatever the window speaks: the report goes to funders as it is."""
    with in_english():
        if target.suffix.lower() == ".csv":
            content = csv_bytes(build_service_csv(report))
        else:
            content = build_service_pdf(report)
    write_atomically(target, content)
