"""Who may see and record whose training, hours and supervision, role by role: specialists
their own, supervisors their supervisees', the front desk nothing, administrators everything.
The services refuse; the screens only hide."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy.orm import Session

from peercenter.db.engine import Database
from peercenter.domain.credentials.program import ProgramSpec, RequirementSpec
from peercenter.domain.enums import RequirementKind, TimeEntryKind
from peercenter.domain.errors import PermissionDenied, ValidationError
from peercenter.services.context import Actor
from peercenter.services.credentials import (
    enrollments,
    programs,
    supervision,
    time_entries,
    training,
)
from peercenter.services.credentials.hours_report import hours_report
from peercenter.services.credentials.progress import person_progress, supervisor_overview
from tests.credential_factories import Crew, crew

DAY = date(2026, 3, 10)
ROLES = ["admin", "supervisor", "other_supervisor", "specialist", "other", "front_desk"]
Call = Callable[[Session, Actor, Crew, dict[str, int]], object]

# What each acting account may do about Jordan (the specialist Maria supervises).
CASES: list[tuple[str, Call, set[str]]] = [
    (
        "see progress",
        lambda s, a, c, ids: person_progress(s, a, c.specialist.staff_id),
        {"admin", "supervisor", "specialist"},
    ),
    (
        "list training",
        lambda s, a, c, ids: training.list_training(s, a, c.specialist.staff_id),
        {"admin", "supervisor", "specialist"},
    ),
    (
        "add training",
        lambda s, a, c, ids: training.add_training(
            s, a, c.specialist.staff_id, training.TrainingForm(DAY, f"Course by {a.username}", 2)
        ),
        {"admin", "supervisor", "specialist"},
    ),
    (
        "open a certificate",
        lambda s, a, c, ids: training.certificate_path(s, a, ids["record"]),
        {"admin", "supervisor", "specialist"},
    ),
    (
        "verify training",
        lambda s, a, c, ids: training.set_verified(s, a, ids["record"], True),
        {"admin", "supervisor"},
    ),
    (
        "list time entries",
        lambda s, a, c, ids: time_entries.list_entries(s, a, c.specialist.staff_id),
        {"admin", "supervisor", "specialist"},
    ),
    (
        "add a time entry",
        lambda s, a, c, ids: time_entries.add_entry(
            s,
            a,
            c.specialist.staff_id,
            time_entries.TimeEntryForm(DAY, 1, TimeEntryKind.OUTREACH, a.username),
        ),
        {"admin", "supervisor", "specialist"},
    ),
    (
        "read the supervision log",
        lambda s, a, c, ids: supervision.list_for_person(s, a, c.specialist.staff_id),
        {"admin", "supervisor", "specialist"},
    ),
    (
        "log supervision",
        lambda s, a, c, ids: supervision.log_supervision(
            s,
            a,
            supervision.SupervisionForm(
                c.supervisor.staff_id, (c.specialist.staff_id,), DAY, 45 + len(a.username)
            ),
        ),
        {"admin", "supervisor"},
    ),
    (
        "enroll in a program",
        lambda s, a, c, ids: enrollments.enroll(
            s,
            a,
            c.specialist.staff_id,
            enrollments.EnrollmentForm(
                c.programs["naadac-ncprss" if a.username == "admin" else "pennsylvania-crs"], DAY
            ),
        ),
        {"admin", "supervisor"},
    ),
    (
        "export the hours report",
        lambda s, a, c, ids: hours_report(s, a, c.specialist.staff_id, c.programs["icrc-pr"]),
        {"admin", "supervisor", "specialist"},
    ),
    (
        "add a program",
        lambda s, a, c, ids: programs.create_program(
            s,
            a,
            ProgramSpec(
                "",
                f"Track {a.username}",
                requirements=(RequirementSpec("Training", RequirementKind.TRAINING_HOURS, 5),),
            ),
        ),
        {"admin", "supervisor", "other_supervisor"},
    ),
    (
        "see the supervisor overview",
        lambda s, a, c, ids: supervisor_overview(s, a),
        {"admin", "supervisor", "other_supervisor"},
    ),
]


@pytest.fixture
def setting(database: Database) -> tuple[Crew, dict[str, int]]:
    c = crew(database)
    with database.session() as s:
        enrollments.enroll(
            s,
            c.supervisor,
            c.specialist.staff_id,
            enrollments.EnrollmentForm(c.programs["icrc-pr"], date(2026, 1, 5)),
        )
        record = training.add_training(
            s, c.specialist, c.specialist.staff_id, training.TrainingForm(DAY, "Ethics", 6)
        )
        training.attach_certificate(s, c.specialist, record.id, "ethics.pdf", b"%PDF-1.4\n")
    return c, {"record": record.id}


@pytest.mark.parametrize("case", CASES, ids=[name for name, _, _ in CASES])
def test_each_role_is_allowed_or_refused(
    database: Database, setting: tuple[Crew, dict[str, int]], case: tuple[str, Call, set[str]]
) -> None:
    c, ids = setting
    _, call, allowed = case
    for role in ROLES:
        actor: Actor = getattr(c, role)
        if role in allowed:
            with database.session() as s:
                call(s, actor, c, ids)
        else:
            with pytest.raises((PermissionDenied, ValidationError)), database.session() as s:
                call(s, actor, c, ids)


def test_nobody_verifies_their_own_training(database: Database) -> None:
    c = crew(database)
    with database.session() as s:
        mine = training.add_training(
            s,
            c.supervisor,
            c.supervisor.staff_id,
            training.TrainingForm(DAY, "Supervising peers", 6),
        )
    with (
        pytest.raises(PermissionDenied, match="Someone else has to do this"),
        database.session() as s,
    ):
        training.set_verified(s, c.supervisor, mine.id, True)
    with database.session() as s:
        assert training.set_verified(s, c.admin, mine.id, True).verified


def test_a_supervisor_sees_only_their_own_supervisees_in_lists(database: Database) -> None:
    c = crew(database)
    from peercenter.services.credentials.access import visible_people

    with database.session() as s:
        names = {
            role: [p.id for p in visible_people(s, getattr(c, role))]
            for role in ("admin", "supervisor", "specialist")
        }
        with pytest.raises(PermissionDenied):
            visible_people(s, c.front_desk)
    assert names["supervisor"] == [c.supervisor.staff_id, c.specialist.staff_id]
    assert names["specialist"] == [c.specialist.staff_id]
    assert len(names["admin"]) == 6
