"""The hours report a certification board receives, saved as a file: CSV when the name ends in
.csv, otherwise PDF; readable by its owner only, since it lists a person's records."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy.orm import Session

from peercenter.domain.credentials.hours_report import HoursReport
from peercenter.fileio import write_atomically
from peercenter.reports.hours_csv import build_hours_csv
from peercenter.reports.hours_pdf import build_hours_pdf
from peercenter.services.context import Actor
from peercenter.services.credentials.hours_report import hours_report

log = logging.getLogger(__name__)


def save_hours_report(
    session: Session, actor: Actor, staff_id: int, program_id: int, target: Path
) -> HoursReport:
    """Gather the report (audited as an export) and write it, in the caller's transaction:
    when the file cannot be written, the audit event goes with it."""
    log.info("saving the hours report of staff %d for program %d", staff_id, program_id)
    report = hours_report(session, actor, staff_id, program_id)
    if target.suffix.lower() == ".csv":
        content = build_hours_csv(report).encode("utf-8-sig")  # spreadsheets read the BOM
    else:
        content = build_hours_pdf(report)
    write_atomically(target, content)  # a temporary file (0600), then renamed
    return report
