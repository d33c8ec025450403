"""The hours report a certification board receives, saved as a file: CSV when the name ends in
.csv, otherwise PDF; readable by its owner only, since it lists a person's records."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from peercenter.domain.credentials.hours_report import HoursReport
from peercenter.fileio import check_target, csv_bytes, write_atomically
from peercenter.i18n import in_english
from peercenter.reports.hours_csv import build_hours_csv
from peercenter.reports.hours_pdf import build_hours_pdf
from peercenter.services.context import Actor
from peercenter.services.credentials.hours_report import hours_report

log = logging.getLogger(__name__)


def save_hours_report(
    session: Session,
    actor: Actor,
    staff_id: int,
    program_id: int,
    target: Path,
    period_from: date | None = None,
    period_to: date | None = None,
) -> HoursReport:
    """Gather the report (audited as an export) and write it, in the caller's transaction:
    when the file cannot be written, the audit event goes with it. A target that can never
    be written (a folder, a link, a device) is refused before anything is gathered."""
    check_target(target)
    log.info("saving the hours report of staff %d for program %d", staff_id, program_id)
    with in_english():  # for a board: rule names and dates in English, as the rest of it
        report = hours_report(
            session, actor, staff_id, program_id, period_from=period_from, period_to=period_to
        )
        if target.suffix.lower() == ".csv":
            content = csv_bytes(build_hours_csv(report))
        else:
            content = build_hours_pdf(report)
    write_atomically(target, content)  # a temporary file (0600), then renamed
    return report
