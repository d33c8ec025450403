"""Training and certification: what the supervisor's overview, one person's progress and the
hours report cost on the ten-year benchmark center against the one-year small center."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import LETTER
from reportlab.platypus import SimpleDocTemplate, Table
from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import CredentialProgram, Staff, StaffCredential
from peercenter.domain.credentials.evidence import EnrollmentFacts
from peercenter.domain.credentials.hours_report import HoursReport
from peercenter.domain.credentials.progress import evidence_windows
from peercenter.reports.hours_pdf import build_hours_pdf
from peercenter.services import auth
from peercenter.services.context import Actor
from peercenter.services.credentials.hours_report import hours_report
from peercenter.services.credentials.programs import spec_of
from peercenter.services.credentials.progress import (
    center_today,
    gather_evidence,
    person_progress,
    supervisor_overview,
)
from tests.benchmarks.harness import PASSWORD, Result, demo_database, median_time

AREA = "Training & certification"


class Center:
    def __init__(self, scale: str) -> None:
        self.db = Database.from_url(demo_database(scale))
        self.supervisor: Actor = auth.login(self.db, "supervisor", PASSWORD)
        self.specialist: Actor = auth.login(self.db, "specialist", PASSWORD)
        self.admin: Actor = auth.login(self.db, "admin", PASSWORD)
        with self.db.reader() as s:
            self.supervisees = len(supervisor_overview(s, self.supervisor))

    def overview(self) -> None:
        with self.db.reader() as s:
            supervisor_overview(s, self.supervisor)

    def progress(self) -> None:
        with self.db.reader() as s:
            person_progress(s, self.specialist, self.specialist.staff_id)

    def evidence(self, windowed: bool) -> None:
        """The records of the longest-serving specialist, as progress reads them."""
        with self.db.reader() as s:
            staff = s.scalars(
                select(Staff)
                .join(StaffCredential, StaffCredential.staff_id == Staff.id)
                .order_by(Staff.hire_date)
            ).first()
            assert staff is not None
            today = center_today(s)
            windows = [
                w
                for e, p in s.execute(
                    select(StaffCredential, CredentialProgram)
                    .join(CredentialProgram, CredentialProgram.id == StaffCredential.program_id)
                    .where(StaffCredential.staff_id == staff.id)
                )
                for w in evidence_windows(
                    spec_of(p), EnrollmentFacts(e.started_on, e.achieved_on, e.expires_on), today
                )
            ]
            gather_evidence(s, staff, today, windows if windowed else None)

    def report(self) -> HoursReport:
        """The longest hours report in the center (read-only session: the export's audit
        event is not kept)."""
        with self.db.reader() as s:
            reports = [
                hours_report(s, self.admin, row.staff_id, program.program_id)
                for row in supervisor_overview(s, self.admin)
                for program in row.person.programs
            ]
        return max(reports, key=lambda r: len(r.lines))


def _bare_table(report: HoursReport) -> bytes:
    """The same rows as a plain reportlab table: what any PDF of this size costs."""
    rows = [
        [
            f"{line.on}",
            line.source,
            line.description,
            f"{line.minutes / 60:.2f}",
            ", ".join(line.counts_toward),
        ]
        for line in report.lines
    ]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=LETTER).build([Table(rows or [[""]], repeatRows=0)])
    return buffer.getvalue()


def collect() -> list[Result]:
    small, large = Center("small"), Center("large")
    results = []
    base = median_time(small.overview, repeat=5) / small.supervisees
    value = median_time(large.overview, repeat=5) / large.supervisees
    results.append(
        Result(
            AREA,
            "Supervisor's overview, per supervisee, large center (10 "
            f"years, {large.supervisees} supervisees)",
            f"small center (1 year, {small.supervisees} supervisees)",
            base,
            value,
        )
    )
    base = median_time(small.progress, repeat=5)
    value = median_time(large.progress, repeat=5)
    results.append(
        Result(
            AREA,
            "One specialist's progress (all programs), large center",
            "small center",
            base,
            value,
        )
    )
    windowed = median_time(lambda: large.evidence(True), repeat=5)
    everything = median_time(lambda: large.evidence(False), repeat=5)
    results.append(
        Result(
            AREA,
            "Reading one veteran's records, only the windows progress "
            "needs (start to credential, current cycle)",
            "reading all ten years",
            everything,
            windowed,
        )
    )
    small_report, large_report = small.report(), large.report()
    base = median_time(lambda: build_hours_pdf(small_report), repeat=5)
    value = median_time(lambda: build_hours_pdf(large_report), repeat=5)
    results.append(
        Result(
            AREA,
            f"Hours report PDF, large center ({len(large_report.lines)} entries)",
            f"small center ({len(small_report.lines)} entries)",
            base,
            value,
        )
    )
    bare = median_time(lambda: _bare_table(large_report), repeat=5)
    results.append(
        Result(
            AREA,
            "Hours report PDF, large center",
            "a bare reportlab table of the same rows",
            bare,
            value,
        )
    )
    for center in (small, large):
        center.db.dispose()
    return results
