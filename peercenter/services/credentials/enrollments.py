"""A staff member enrolled in a credential program: when they started, when they achieved it,
when it expires. Renewal cycles follow from the program."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from peercenter.db.models import CredentialProgram, StaffCredential
from peercenter.domain import validation
from peercenter.domain.credentials.periods import add_months, default_expiry
from peercenter.domain.errors import NotFound, ValidationError
from peercenter.domain.permissions import Permission
from peercenter.i18n import _
from peercenter.services import audit, settings
from peercenter.services.clock import local_today
from peercenter.services.concurrency import check_version
from peercenter.services.context import Actor
from peercenter.services.credentials.access import require_oversight, require_person
from peercenter.services.updating import update_audited


@dataclass(frozen=True)
class EnrollmentForm:
    program_id: int
    started_on: date | None
    achieved_on: date | None = None
    expires_on: date | None = None
    credential_number: str = ""


@dataclass(frozen=True)
class EnrollmentRow:
    id: int
    version: int
    staff_id: int
    program_id: int
    program_name: str
    started_on: date
    achieved_on: date | None
    expires_on: date | None
    credential_number: str


def _row(e: StaffCredential, program: CredentialProgram) -> EnrollmentRow:
    return EnrollmentRow(
        e.id,
        e.version,
        e.staff_id,
        e.program_id,
        program.name,
        e.started_on,
        e.achieved_on,
        e.expires_on,
        e.credential_number or "",
    )


def list_enrollments(session: Session, actor: Actor, staff_id: int) -> list[EnrollmentRow]:
    require_person(session, actor, staff_id)
    rows = session.execute(
        select(StaffCredential, CredentialProgram)
        .join(CredentialProgram, CredentialProgram.id == StaffCredential.program_id)
        .where(StaffCredential.staff_id == staff_id)
        .order_by(StaffCredential.started_on, CredentialProgram.name)
    )
    return [_row(e, p) for e, p in rows]


def _clean(
    session: Session, form: EnrollmentForm, today: date
) -> tuple[CredentialProgram, dict[str, object]]:
    errors = validation.FormErrors()
    program = session.get(CredentialProgram, form.program_id)
    if program is None:
        errors.add("program_id", _("Choose a credential program from the list."))
    if form.started_on is None:
        errors.add("started_on", _("Enter the date work toward this credential started."))
    else:
        errors.check(
            "started_on",
            validation.date_not_in_future,
            form.started_on,
            _("The start date"),
            "started_on",
            today,
        )
    if form.achieved_on is not None:
        errors.check(
            "achieved_on",
            validation.date_not_in_future,
            form.achieved_on,
            _("The date the credential was achieved"),
            "achieved_on",
            today,
        )
        if form.started_on is not None and form.achieved_on < form.started_on:
            errors.add(
                "achieved_on", _("The credential cannot be achieved before work toward it started.")
            )
    expires = form.expires_on
    if expires is not None:
        if form.achieved_on is None:
            errors.add(
                "expires_on", _("An expiry date needs the date the credential was achieved.")
            )
        elif expires <= form.achieved_on:
            errors.add("expires_on", _("The credential must expire after it was achieved."))
    number = errors.check(
        "credential_number",
        validation.text,
        form.credential_number,
        _("Credential number"),
        "credential_number",
        required=False,
        max_length=60,
    )
    errors.raise_if_any()
    assert program is not None
    if expires is None and form.achieved_on is not None and program.renewal_months:
        expires = default_expiry(form.achieved_on, program.renewal_months)
    return program, {
        "program_id": program.id,
        "started_on": form.started_on,
        "achieved_on": form.achieved_on,
        "expires_on": expires,
        "credential_number": number or None,
    }


def enroll(session: Session, actor: Actor, staff_id: int, form: EnrollmentForm) -> EnrollmentRow:
    staff = require_oversight(session, actor, staff_id, Permission.MANAGE_ENROLLMENTS)
    program, values = _clean(session, form, local_today(settings.center_timezone(session)))
    if not program.is_active:
        raise ValidationError(
            _("'{program}' is switched off; choose another program.").format(program=program.name),
            field="program_id",
        )
    if (
        session.scalar(
            select(StaffCredential.id).where(
                StaffCredential.staff_id == staff.id, StaffCredential.program_id == program.id
            )
        )
        is not None
    ):
        raise ValidationError(
            _("This person is already enrolled in '{program}'.").format(program=program.name),
            field="program_id",
        )
    row = StaffCredential(staff_id=staff.id, **values)
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor,
        "create",
        "staff_credential",
        row.id,
        {"staff_id": staff.id, "program": program.name},
    )
    return _row(row, program)


def update_enrollment(
    session: Session,
    actor: Actor,
    enrollment_id: int,
    form: EnrollmentForm,
    expected_version: int | None,
) -> EnrollmentRow:
    row = _load(session, enrollment_id)
    require_oversight(session, actor, row.staff_id, Permission.MANAGE_ENROLLMENTS)
    program = session.get(CredentialProgram, row.program_id)
    assert program is not None

    def clean() -> dict[str, object]:
        if form.program_id != row.program_id:
            raise ValidationError(
                _(
                    "The program of an enrollment cannot change; enroll the person "
                    "in the other program instead."
                ),
                field="program_id",
            )
        _program, values = _clean(session, form, local_today(settings.center_timezone(session)))
        return values

    update_audited(session, actor, "staff_credential", row, expected_version, clean)
    session.flush()
    return _row(row, program)


def record_renewal(
    session: Session, actor: Actor, enrollment_id: int, expected_version: int | None
) -> EnrollmentRow:
    """The board renewed the credential: the expiry moves one renewal cycle on."""
    row = _load(session, enrollment_id)
    require_oversight(session, actor, row.staff_id, Permission.MANAGE_ENROLLMENTS)
    check_version(row, expected_version)
    program = session.get(CredentialProgram, row.program_id)
    assert program is not None
    if row.achieved_on is None or row.expires_on is None or not program.renewal_months:
        raise ValidationError(
            _("Only a credential that was achieved and has an expiry date can be renewed.")
        )
    old = row.expires_on
    row.expires_on = add_months(old, program.renewal_months)
    audit.record(
        session,
        actor,
        "renew",
        "staff_credential",
        row.id,
        {"expires_on": [old.isoformat(), row.expires_on.isoformat()]},
    )
    session.flush()
    return _row(row, program)


def remove_enrollment(session: Session, actor: Actor, enrollment_id: int) -> None:
    row = _load(session, enrollment_id)
    require_oversight(session, actor, row.staff_id, Permission.MANAGE_ENROLLMENTS)
    audit.record(
        session,
        actor,
        "delete",
        "staff_credential",
        row.id,
        {"staff_id": row.staff_id, "program_id": row.program_id},
    )
    session.delete(row)
    session.flush()


def _load(session: Session, enrollment_id: int) -> StaffCredential:
    row = session.get(StaffCredential, enrollment_id)
    if row is None:
        raise NotFound(_("That enrollment no longer exists."))
    return row
