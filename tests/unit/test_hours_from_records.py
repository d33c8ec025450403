"""Progress computed from what is in the database: the schedule's held sessions, time entries,
training and supervision; the supervisor's overview; certificates kept with the database."""

from __future__ import annotations

import os
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import CertificateFile
from peercenter.domain.credentials.progress import RequirementProgress
from peercenter.domain.credentials.status import Status
from peercenter.domain.enums import AttendanceStatus, SupervisionFormat, TimeEntryKind
from peercenter.domain.errors import ValidationError
from peercenter.services.context import Actor
from peercenter.services.credentials import enrollments, supervision, time_entries, training
from peercenter.services.credentials.progress import person_progress, supervisor_overview
from tests.credential_factories import crew, held_session

PDF = b"%PDF-1.4\n% a certificate\n"
TODAY = date(2026, 6, 1)


def _req(
    database: Database, actor: Actor, staff_id: int, program_id: int, name: str, today: date = TODAY
) -> RequirementProgress:
    with database.session() as s:
        person = person_progress(s, actor, staff_id, program_id, today=today)
    return next(r for r in person.programs[0].progress.requirements if r.requirement.name == name)


def test_held_sessions_and_time_entries_count_once(database: Database) -> None:
    c = crew(database)
    me = c.specialist.staff_id
    icrc = c.programs["icrc-pr"]
    with database.session() as s:
        enrollments.enroll(s, c.supervisor, me, enrollments.EnrollmentForm(icrc, date(2026, 3, 2)))
    day = date(2026, 3, 10)
    held_session(database, me, day, 2)
    held_session(database, me, day, 1.5, start=time(14, 0))
    held_session(database, me, day, 3, start=time(18, 0), cancelled=True)
    held_session(database, me, day + timedelta(days=1), 2, attended=False)
    held_session(database, me, day + timedelta(days=2), 2, status=AttendanceStatus.ABSENT)
    held_session(database, me, date(2026, 2, 20), 2)  # before the enrollment
    with database.session() as s:
        time_entries.add_entry(
            s,
            c.specialist,
            me,
            time_entries.TimeEntryForm(
                day, 5, TimeEntryKind.DIRECT_SERVICE, "Groups and a home visit"
            ),
        )
        time_entries.add_entry(
            s,
            c.specialist,
            me,
            time_entries.TimeEntryForm(day + timedelta(days=3), 2, TimeEntryKind.DIRECT_SERVICE),
        )
        time_entries.add_entry(
            s, c.specialist, me, time_entries.TimeEntryForm(day, 1, TimeEntryKind.DOCUMENTATION)
        )  # not direct service
    experience = _req(database, c.supervisor, me, icrc, "Supervised work experience")
    # 3.5 h of sessions + 1.5 h of the 5 h entry beyond them + 2 h on another day.
    assert experience.completed_minutes == 7 * 60


def test_supervision_and_verified_training_feed_progress(database: Database) -> None:
    c = crew(database)
    me = c.specialist.staff_id
    icrc = c.programs["icrc-pr"]
    with database.session() as s:
        enrollments.enroll(s, c.supervisor, me, enrollments.EnrollmentForm(icrc, date(2026, 1, 5)))
        for week in range(4):
            supervision.log_supervision(
                s,
                c.supervisor,
                supervision.SupervisionForm(
                    c.supervisor.staff_id, (me,), date(2026, 1, 7) + timedelta(weeks=week), 90
                ),
            )
        done = training.add_training(
            s,
            c.specialist,
            me,
            training.TrainingForm(date(2025, 11, 3), "Advocacy basics", 10, domain="Advocacy"),
        )
        training.set_verified(s, c.supervisor, done.id, True)
        training.add_training(
            s,
            c.specialist,
            me,
            training.TrainingForm(date(2025, 11, 4), "Mentoring", 6, domain="Mentoring/Education"),
        )
    supervised = _req(database, c.specialist, me, icrc, "Supervision")
    assert supervised.completed_minutes == 6 * 60
    advocacy = _req(database, c.specialist, me, icrc, "Training: Advocacy")
    assert advocacy.status is Status.MET
    mentoring = _req(database, c.specialist, me, icrc, "Training: Mentoring/Education")
    assert (mentoring.completed_minutes, mentoring.unverified_minutes) == (0, 360)


def test_supervisor_overview_lists_their_supervisees_most_urgent_first(database: Database) -> None:
    c = crew(database)
    me = c.specialist.staff_id
    with database.session() as s:
        enrollments.enroll(
            s,
            c.supervisor,
            me,
            enrollments.EnrollmentForm(c.programs["texas-hhsc-ps"], date(2026, 1, 5)),
        )
        calm = enrollments.enroll(
            s,
            c.admin,
            c.other.staff_id,
            enrollments.EnrollmentForm(c.programs["naadac-ncprss"], date(2026, 1, 5)),
        )
    with database.session() as s:
        mine = supervisor_overview(s, c.supervisor, today=date(2026, 6, 25))
        everyone = supervisor_overview(s, c.admin, today=date(2026, 6, 25))
    assert [r.name for r in mine] == ["Jordan Reyes"]
    assert mine[0].level == "critical"
    assert "cannot be met in time" in mine[0].headline or "No supervision" in mine[0].headline
    assert [r.name for r in everyone] == ["Jordan Reyes", "Ana Núñez"]
    assert calm.program_name.startswith("NAADAC")


def test_a_certificate_is_kept_with_the_database(database: Database) -> None:
    c = crew(database)
    me = c.specialist.staff_id
    with database.session() as s:
        record = training.add_training(
            s,
            c.specialist,
            me,
            training.TrainingForm(date(2026, 2, 2), "Ethics", 6, domain="Ethics"),
        )
        attached = training.attach_certificate(
            s, c.specialist, record.id, "C:\\Scans\\ethics certificate.PDF", PDF
        )
    assert attached.certificate_name == "ethics certificate.PDF" and attached.has_certificate
    with database.session() as s:
        path = training.certificate_path(s, c.supervisor, record.id)
    assert Path(path).read_bytes() == PDF
    if database.is_sqlite:
        folder = os.path.dirname(path)
        db_file = database.engine.url.database
        assert db_file is not None
        assert folder == os.path.join(os.path.dirname(os.path.abspath(db_file)), "attachments")
        if os.name == "posix":
            assert os.stat(folder).st_mode & 0o777 == 0o700
            assert os.stat(path).st_mode & 0o777 == 0o600
        with open(path, "ab") as tampered:
            tampered.write(b"changed")
        with (
            pytest.raises(ValidationError, match="checksum no longer matches"),
            database.session() as s,
        ):
            training.certificate_path(s, c.specialist, record.id)
    else:
        with database.session() as s:
            stored = s.scalar(select(CertificateFile))
            assert stored is not None and stored.content == PDF and stored.size == len(PDF)
    with database.session() as s:
        training.delete_training(s, c.specialist, record.id)
    if database.is_sqlite:
        assert not os.path.exists(path)
    else:
        with database.session() as s:
            assert s.scalar(select(CertificateFile)) is None


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("cert.docx", b"PK\x03\x04", "must be a PDF or an image"),
        ("cert.pdf", b"", "is empty"),
        ("cert.pdf", b"\x89PNG\r\n\x1a\n....", "not really a PDF"),
        ("cert.png", PDF, "not really a PNG"),
    ],
)
def test_only_real_pdfs_and_images_are_attached(
    sqlite_database: Database, name: str, content: bytes, message: str
) -> None:
    c = crew(sqlite_database)
    with sqlite_database.session() as s:
        record = training.add_training(
            s,
            c.specialist,
            c.specialist.staff_id,
            training.TrainingForm(date(2026, 2, 2), "Ethics", 6),
        )
    with pytest.raises(ValidationError, match=message), sqlite_database.session() as s:
        training.attach_certificate(s, c.specialist, record.id, name, content)
    with sqlite_database.session() as s:
        assert not training.get_training(s, c.specialist, record.id).has_certificate


def test_group_supervision_counts_for_each_supervisee(database: Database) -> None:
    c = crew(database)
    me, other = c.specialist.staff_id, c.other.staff_id
    with database.session() as s:
        enrollments.enroll(
            s, c.admin, other, enrollments.EnrollmentForm(c.programs["icrc-pr"], date(2026, 1, 5))
        )
        supervision.log_supervision(
            s,
            c.admin,
            supervision.SupervisionForm(
                c.supervisor.staff_id, (me, other), date(2026, 2, 2), 120, SupervisionFormat.GROUP
            ),
        )
    item = _req(database, c.admin, other, c.programs["icrc-pr"], "Supervision")
    assert item.completed_minutes == 120
