"""Training records, time entries and supervision as a user enters them: what is saved, what
is refused (with a message the person understands) and that a refusal saves nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from peercenter.db.engine import Database
from peercenter.db.models import SupervisionSession, TimeEntry, TrainingRecord
from peercenter.domain.enums import SupervisionFormat, TimeEntryKind
from peercenter.domain.errors import PermissionDenied, ValidationError
from peercenter.services.credentials import supervision, time_entries, training
from tests.credential_factories import crew

DAY = date(2026, 3, 10)
FUTURE = date.today() + timedelta(days=3)


def _count(db: Database, model: type) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


@pytest.mark.parametrize(
    "hours, date_, message",
    [
        (0, DAY, "more than zero"),
        (-2, DAY, "more than zero"),
        (25, DAY, "only 24 hours in a day"),
        (2, FUTURE, "cannot be in the future"),
        (2, date(2019, 12, 31), "before Jordan Reyes was hired (6 Jan 2020)"),
    ],
)
def test_bad_time_entries_are_refused_and_nothing_is_saved(
    database: Database, hours: float, date_: date, message: str
) -> None:
    c = crew(database)
    with pytest.raises(ValidationError) as exc, database.session() as s:
        time_entries.add_entry(
            s,
            c.specialist,
            c.specialist.staff_id,
            time_entries.TimeEntryForm(date_, hours, TimeEntryKind.DIRECT_SERVICE),
        )
    assert message in exc.value.message
    assert _count(database, TimeEntry) == 0


def test_a_day_cannot_hold_more_than_24_hours_and_duplicates_are_refused(
    database: Database,
) -> None:
    c = crew(database)
    me = c.specialist.staff_id
    with database.session() as s:
        time_entries.add_entry(
            s,
            c.specialist,
            me,
            time_entries.TimeEntryForm(DAY, 8, TimeEntryKind.DIRECT_SERVICE, "Morning groups"),
        )
        time_entries.add_entry(
            s,
            c.specialist,
            me,
            time_entries.TimeEntryForm(DAY, 8, TimeEntryKind.DIRECT_SERVICE, "Evening outreach"),
        )
    with (
        pytest.raises(
            ValidationError,
            match="already has 16 h recorded; with this entry it would be more than 24 hours",
        ),
        database.session() as s,
    ):
        time_entries.add_entry(
            s, c.specialist, me, time_entries.TimeEntryForm(DAY, 9, TimeEntryKind.DOCUMENTATION)
        )
    with pytest.raises(ValidationError, match="is already recorded"), database.session() as s:
        time_entries.add_entry(
            s,
            c.specialist,
            me,
            time_entries.TimeEntryForm(DAY, 8, TimeEntryKind.DIRECT_SERVICE, "  morning GROUPS "),
        )
    assert _count(database, TimeEntry) == 2
    with database.session() as s:
        rows = time_entries.list_entries(s, c.specialist, me)
        weeks = time_entries.weekly_totals(rows)
    assert weeks[0].week_start == date(2026, 3, 9)
    assert weeks[0].minutes_by_kind == {TimeEntryKind.DIRECT_SERVICE: 960}


def test_editing_a_time_entry_checks_the_same_rules(database: Database) -> None:
    c = crew(database)
    me = c.specialist.staff_id
    with database.session() as s:
        entry = time_entries.add_entry(
            s, c.specialist, me, time_entries.TimeEntryForm(DAY, 2, TimeEntryKind.OUTREACH)
        )
        time_entries.update_entry(
            s,
            c.specialist,
            entry.id,
            time_entries.TimeEntryForm(DAY, 3, TimeEntryKind.OUTREACH),
            entry.version,
        )
    with pytest.raises(ValidationError, match="more than zero"), database.session() as s:
        time_entries.update_entry(
            s,
            c.specialist,
            entry.id,
            time_entries.TimeEntryForm(DAY, 0, TimeEntryKind.OUTREACH),
            None,
        )
    with database.session() as s:
        assert [e.minutes for e in time_entries.list_entries(s, c.specialist, me)] == [180]


@pytest.mark.parametrize(
    "form, field, message",
    [
        (training.TrainingForm(DAY, "Ethics", 0), "hours", "more than zero"),
        (training.TrainingForm(DAY, "Ethics", -1), "hours", "more than zero"),
        (training.TrainingForm(DAY, "Ethics", 30), "hours", "only 24 hours in a day"),
        (
            training.TrainingForm(DAY, "Course", 80, started_on=DAY - timedelta(days=2)),
            "hours",
            "more than 24 hours a day over 3 days",
        ),
        (training.TrainingForm(FUTURE, "Ethics", 3), "taken_on", "cannot be in the future"),
        (training.TrainingForm(DAY, "", 3), "title", "Title is required"),
        (
            training.TrainingForm(DAY, "Course", 3, started_on=DAY + timedelta(days=1)),
            "started_on",
            "cannot start after",
        ),
    ],
)
def test_bad_training_records_are_refused(
    database: Database, form: training.TrainingForm, field: str, message: str
) -> None:
    c = crew(database)
    with pytest.raises(ValidationError) as exc, database.session() as s:
        training.add_training(s, c.specialist, c.specialist.staff_id, form)
    assert message in exc.value.field_errors[field]
    assert _count(database, TrainingRecord) == 0


def test_training_before_hire_counts_a_course_over_days_and_duplicates_are_refused(
    database: Database,
) -> None:
    c = crew(database, hire=date(2026, 1, 5))
    me = c.specialist.staff_id
    with database.session() as s:
        before_hire = training.add_training(
            s,
            c.specialist,
            me,
            training.TrainingForm(
                date(2025, 6, 1),
                "Peer recovery foundations",
                40,
                "State academy",
                "Advocacy",
                started_on=date(2025, 5, 28),
            ),
        )
    assert before_hire.minutes == 2400 and before_hire.started_on == date(2025, 5, 28)
    with (
        pytest.raises(ValidationError, match="already recorded for Jordan Reyes"),
        database.session() as s,
    ):
        training.add_training(
            s,
            c.supervisor,
            me,
            training.TrainingForm(
                date(2025, 6, 1), "PEER RECOVERY FOUNDATIONS", 40, started_on=date(2025, 5, 29)
            ),
        )
    assert _count(database, TrainingRecord) == 1


def test_verification_by_the_supervisor_and_a_change_clears_it(database: Database) -> None:
    c = crew(database)
    me = c.specialist.staff_id
    with database.session() as s:
        record = training.add_training(
            s,
            c.specialist,
            me,
            training.TrainingForm(DAY, "Ethics in peer work", 6, "NAADAC", "Ethics"),
        )
    with pytest.raises(PermissionDenied, match="not allowed to verify"), database.session() as s:
        training.set_verified(s, c.specialist, record.id, True)
    with pytest.raises(PermissionDenied), database.session() as s:
        training.set_verified(s, c.other_supervisor, record.id, True)
    with database.session() as s:
        verified = training.set_verified(s, c.supervisor, record.id, True)
    assert verified.verified and verified.verified_by == "Maria Lopez"
    with pytest.raises(ValidationError, match="verified by a supervisor"), database.session() as s:
        training.delete_training(s, c.specialist, record.id)
    with database.session() as s:
        changed = training.update_training(
            s,
            c.specialist,
            record.id,
            training.TrainingForm(DAY, "Ethics in peer work", 7, "NAADAC", "Ethics"),
            verified.version,
        )
    assert not changed.verified and changed.minutes == 420
    with database.session() as s:
        unchanged = training.set_verified(s, c.admin, record.id, True)
        same = training.update_training(
            s,
            c.specialist,
            record.id,
            training.TrainingForm(DAY, "Ethics in peer work", 7, "NAADAC", "Ethics"),
            unchanged.version,
        )
    assert same.verified  # saving without a change keeps the verification


def test_supervision_log_notes_are_for_supervisors_only(database: Database) -> None:
    c = crew(database)
    me = c.specialist.staff_id
    with database.session() as s:
        row = supervision.log_supervision(
            s,
            c.supervisor,
            supervision.SupervisionForm(
                c.supervisor.staff_id,
                (me,),
                DAY,
                60,
                SupervisionFormat.INDIVIDUAL,
                ("Advocacy", "Ethical Responsibility"),
                "Boundaries with a participant",
                "Discussed a difficult week; watch for burnout.",
            ),
        )
    assert row.confidential_notes == "Discussed a difficult week; watch for burnout."
    with database.session() as s:
        mine = supervision.list_for_person(s, c.specialist, me)
        boss = supervision.list_for_person(s, c.supervisor, me)
        admin = supervision.list_for_person(s, c.admin, me)
    assert mine[0].topics == "Boundaries with a participant"
    assert mine[0].domains == ("Advocacy", "Ethical Responsibility")
    assert mine[0].confidential_notes is None
    assert boss[0].confidential_notes == admin[0].confidential_notes == row.confidential_notes
    with pytest.raises(PermissionDenied), database.session() as s:
        supervision.list_for_person(s, c.other_supervisor, me)
    with pytest.raises(PermissionDenied), database.session() as s:
        supervision.list_for_person(s, c.front_desk, me)


def test_group_supervision_and_what_the_log_refuses(database: Database) -> None:
    c = crew(database)
    me, other = c.specialist.staff_id, c.other.staff_id
    with database.session() as s:
        group = supervision.log_supervision(
            s,
            c.admin,
            supervision.SupervisionForm(
                c.supervisor.staff_id, (me, other), DAY, 90, SupervisionFormat.GROUP
            ),
        )
    assert group.supervisees == "Ana Núñez, Jordan Reyes"
    cases = [
        (
            supervision.SupervisionForm(
                c.supervisor.staff_id, (other, me), DAY, 90, SupervisionFormat.GROUP
            ),
            "already in the log",
        ),
        (
            supervision.SupervisionForm(c.supervisor.staff_id, (me, other), DAY, 60),
            "Individual supervision is with one person",
        ),
        (
            supervision.SupervisionForm(c.supervisor.staff_id, (other,), DAY, 60),
            "Ana Núñez is not someone you supervise",
        ),
        (
            supervision.SupervisionForm(c.supervisor.staff_id, (me,), DAY, 0),
            "more than zero minutes",
        ),
        (
            supervision.SupervisionForm(c.supervisor.staff_id, (me,), FUTURE, 60),
            "cannot be in the future",
        ),
        (
            supervision.SupervisionForm(c.supervisor.staff_id, (me,), date(2019, 5, 1), 60),
            "before Jordan Reyes was hired",
        ),
        (
            supervision.SupervisionForm(c.other_supervisor.staff_id, (me,), DAY, 60),
            "only the supervision you gave",
        ),
        (
            supervision.SupervisionForm(c.supervisor.staff_id, (), DAY, 60),
            "Choose who was supervised",
        ),
    ]
    for form, message in cases:
        actor = c.admin if "already" in message else c.supervisor
        with pytest.raises(ValidationError) as exc, database.session() as s:
            supervision.log_supervision(s, actor, form)
        assert message in exc.value.message, (form, exc.value.message)
    assert _count(database, SupervisionSession) == 1
    with pytest.raises(PermissionDenied), database.session() as s:
        supervision.log_supervision(
            s, c.specialist, supervision.SupervisionForm(c.supervisor.staff_id, (me,), DAY, 60)
        )
