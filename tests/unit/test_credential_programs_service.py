"""Programs in the database: shipped files kept in step, the center's own programs, and
enrollments with their renewal cycles."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent, CredentialProgram
from peercenter.domain.credentials.program import Period, Phase, ProgramSpec, RequirementSpec
from peercenter.domain.enums import RequirementKind, Role
from peercenter.domain.errors import PermissionDenied, ValidationError
from peercenter.services.credentials import enrollments, programs
from peercenter.services.credentials.shipped import SyncResult, programs_folder, sync_shipped
from tests.credential_factories import crew
from tests.factories import center, staff_with_login


def test_shipped_files_reach_an_existing_database(database: Database, tmp_path: Path) -> None:
    admin = center(database)
    folder = tmp_path / "credentials"
    shutil.copytree(programs_folder(), folder)
    with database.session() as s:
        assert len(sync_shipped(s, folder).added) == 4
    with database.session() as s:
        assert sync_shipped(s, folder) == SyncResult()  # nothing changed: nothing written
        pa_id = s.scalar(
            select(CredentialProgram.id).where(CredentialProgram.code == "pennsylvania-crs")
        )
        assert pa_id is not None
    person = staff_with_login(database, admin, "pat", Role.SPECIALIST, "Pat", "Kim")
    with database.session() as s:
        enrolled = enrollments.enroll(
            s, admin, person, enrollments.EnrollmentForm(pa_id, date(2026, 1, 5))
        )
    # A newer release changes one file and drops another.
    path = folder / "pennsylvania-crs.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("hours = 78", "hours = 80"), encoding="utf-8"
    )
    (folder / "naadac-ncprss.toml").unlink()
    with database.session() as s:
        second = sync_shipped(s, folder)
    assert second.updated == ["Pennsylvania Certified Recovery Specialist (CRS)"]
    assert second.retired == ["NAADAC National Certified Peer Recovery Support Specialist (NCPRSS)"]
    with database.session() as s:
        row = programs.get_program(s, admin, pa_id)
        assert row.spec.requirements[0].hours == 80  # same program row, new rule
        assert [e.id for e in enrollments.list_enrollments(s, admin, person)] == [enrolled.id]
        naadac = s.scalar(
            select(CredentialProgram).where(CredentialProgram.code == "naadac-ncprss")
        )
        assert naadac is not None and not naadac.is_active
        events = [
            e.action
            for e in s.scalars(select(AuditEvent).where(AuditEvent.entity == "credential_program"))
        ]
    assert events.count("load") == 4 and "update" in events and "retire" in events


def test_a_center_adds_and_edits_its_own_program(database: Database) -> None:
    c = crew(database)
    form = ProgramSpec(
        code="",
        name="Harbor Light peer track",
        issuer="Harbor Light",
        source="Center policy 2026",
        renewal_months=12,
        requirements=(
            RequirementSpec(
                "Orientation training", RequirementKind.TRAINING_HOURS, 12, counts_unverified=True
            ),
            RequirementSpec("Shadowing", RequirementKind.EXPERIENCE_HOURS, 40, within_months=3),
            RequirementSpec(
                "Weekly check-in", RequirementKind.SUPERVISION_FREQUENCY, period=Period.WEEK
            ),
            RequirementSpec(
                "Yearly CE", RequirementKind.CONTINUING_EDUCATION, 10, ("Ethics",), Phase.RENEWAL
            ),
        ),
    )
    with database.session() as s:
        created = programs.create_program(s, c.supervisor, form)
    assert created.code == "center-harbor-light-peer-track" and not created.is_builtin
    assert created.spec.requirements[3].phase is Phase.RENEWAL
    assert created.spec.requirements[0].counts_unverified
    with database.session() as s:
        edited = programs.update_program(
            s,
            c.supervisor,
            created.id,
            ProgramSpec(
                code="",
                name="Harbor Light peer track",
                renewal_months=24,
                requirements=form.requirements[:2],
            ),
            created.version,
        )
    assert edited.spec.renewal_months == 24 and len(edited.spec.requirements) == 2
    assert edited.version > created.version
    with pytest.raises(ValidationError) as exc, database.session() as s:
        programs.update_program(
            s,
            c.supervisor,
            created.id,
            ProgramSpec(
                code="",
                name="Harbor Light peer track",
                requirements=(RequirementSpec("Shadowing", RequirementKind.EXPERIENCE_HOURS, -4),),
            ),
            None,
        )
    assert exc.value.field_errors == {
        "requirement[1].hours": "Program editor: requirement[1].hours: must be more than 0 "
        "and at most 10000 hours"
    }
    with pytest.raises(ValidationError, match="already a program called"), database.session() as s:
        programs.create_program(
            s,
            c.supervisor,
            ProgramSpec(
                code="", name="harbor light PEER TRACK", requirements=form.requirements[:1]
            ),
        )


def test_shipped_programs_are_copied_not_edited(database: Database) -> None:
    c = crew(database)
    icrc = c.programs["icrc-pr"]
    with pytest.raises(ValidationError, match="Make a copy"), database.session() as s:
        programs.update_program(s, c.admin, icrc, ProgramSpec(code="", name="Mine"), None)
    with database.session() as s:
        copy = programs.copy_program(s, c.admin, icrc, "IC&RC PR, Ohio board")
        shipped = programs.get_program(s, c.admin, icrc)
    assert copy.spec.requirements == shipped.spec.requirements
    assert not copy.is_builtin
    with pytest.raises(PermissionDenied), database.session() as s:
        programs.copy_program(s, c.specialist, icrc, "Mine")
    with pytest.raises(PermissionDenied), database.session() as s:
        programs.list_programs(s, c.front_desk)
    with database.session() as s:
        names = [p.name for p in programs.list_programs(s, c.specialist)]
        domains = programs.known_domains(s)
    assert "IC&RC Peer Recovery (PR)" in names
    assert {"Advocacy", "Ethics", "Confidentiality", "HIV/Bloodborne Pathogens"} <= set(domains)


def test_enrollment_dates_and_the_renewal_cycle(database: Database) -> None:
    c = crew(database)
    me = c.specialist.staff_id
    with database.session() as s:
        row = enrollments.enroll(
            s,
            c.supervisor,
            me,
            enrollments.EnrollmentForm(
                c.programs["icrc-pr"],
                date(2024, 1, 8),
                achieved_on=date(2024, 9, 2),
                credential_number="PR-0042",
            ),
        )
    assert row.expires_on == date(2026, 9, 1)  # two years from the program
    with database.session() as s:
        renewed = enrollments.record_renewal(s, c.supervisor, row.id, row.version)
    assert renewed.expires_on == date(2028, 9, 1)
    bad = [
        (enrollments.EnrollmentForm(c.programs["icrc-pr"], date(2024, 1, 8)), "already enrolled"),
        (
            enrollments.EnrollmentForm(
                c.programs["naadac-ncprss"], date(2026, 1, 8), achieved_on=date(2025, 1, 1)
            ),
            "before work toward it",
        ),
        (enrollments.EnrollmentForm(c.programs["naadac-ncprss"], None), "Enter the date"),
        (
            enrollments.EnrollmentForm(
                c.programs["naadac-ncprss"], date(2026, 1, 8), expires_on=date(2027, 1, 1)
            ),
            "needs the date",
        ),
    ]
    for form, message in bad:
        with pytest.raises(ValidationError, match=message), database.session() as s:
            enrollments.enroll(s, c.supervisor, me, form)
    for actor in (c.specialist, c.other_supervisor, c.front_desk):
        with pytest.raises(PermissionDenied), database.session() as s:
            enrollments.enroll(
                s,
                actor,
                me,
                enrollments.EnrollmentForm(c.programs["naadac-ncprss"], date(2026, 1, 8)),
            )
    with database.session() as s:
        assert [e.program_name for e in enrollments.list_enrollments(s, c.specialist, me)] == [
            "IC&RC Peer Recovery (PR)"
        ]
        enrollments.remove_enrollment(s, c.admin, row.id)
        assert enrollments.list_enrollments(s, c.specialist, me) == []
