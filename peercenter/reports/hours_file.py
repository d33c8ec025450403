"""The hours report written to a file: CSV when the name ends in .csv, otherwise PDF;
readable by its owner only, since it lists a person's records."""

from __future__ import annotations

import os
from pathlib import Path

from peercenter.reports.hours_csv import build_hours_csv
from peercenter.reports.hours_pdf import build_hours_pdf
from peercenter.services.credentials.hours_report import HoursReport


def write_hours_report(report: HoursReport, target: Path) -> None:
    if target.suffix.lower() == ".csv":
        content = build_hours_csv(report).encode("utf-8-sig")  # spreadsheets read the BOM
    else:
        content = build_hours_pdf(report)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(content)
