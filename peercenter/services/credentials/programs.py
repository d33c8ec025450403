"""Credential programs in the database: the shipped ones (read-only, kept in step with their
files) and the center's own, which supervisors and administrators add and edit here."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from peercenter.db.base import utcnow
from peercenter.db.models import CredentialProgram, Requirement, StaffCredential
from peercenter.domain.credentials.program import (
    ProgramSpec,
    RequirementSpec,
    parse_program,
    to_mapping,
)
from peercenter.domain.errors import NotFound, ValidationError
from peercenter.domain.permissions import Permission
from peercenter.i18n import N_, _
from peercenter.services import audit
from peercenter.services.concurrency import check_version
from peercenter.services.context import Actor, require

EDITOR = N_("Program editor")


@dataclass(frozen=True)
class ProgramRow:
    id: int
    version: int
    code: str
    name: str
    issuer: str
    is_builtin: bool
    is_active: bool
    enrolled: int
    spec: ProgramSpec


def spec_of(row: CredentialProgram) -> ProgramSpec:
    return ProgramSpec(
        code=row.code,
        name=row.name,
        issuer=row.issuer or "",
        source=row.source or "",
        description=row.description or "",
        renewal_months=row.renewal_months,
        initial_period_months=row.initial_period_months,
        requirements=tuple(
            RequirementSpec(
                name=r.label,
                kind=r.kind,
                hours=r.hours,
                domains=tuple(r.domains or ()),
                phase=r.phase,
                within_months=r.within_months,
                lookback_months=r.lookback_months,
                period=r.period,
                counts_unverified=r.counts_unverified,
            )
            for r in sorted(row.requirements, key=lambda r: r.position)
        ),
    )


def requirement_rows(spec: ProgramSpec) -> list[Requirement]:
    return [
        Requirement(
            position=i,
            kind=r.kind,
            label=r.name,
            hours=r.hours,
            domains=list(r.domains),
            phase=r.phase,
            within_months=r.within_months,
            lookback_months=r.lookback_months,
            period=r.period,
            counts_unverified=r.counts_unverified,
        )
        for i, r in enumerate(spec.requirements)
    ]


def apply_spec(row: CredentialProgram, spec: ProgramSpec) -> None:
    row.code, row.name = spec.code, spec.name
    row.issuer, row.source = spec.issuer or None, spec.source or None
    row.description = spec.description or None
    row.renewal_months = spec.renewal_months
    row.initial_period_months = spec.initial_period_months
    row.requirements = requirement_rows(spec)


def _rows(session: Session, include_inactive: bool) -> list[CredentialProgram]:
    query = select(CredentialProgram).options(selectinload(CredentialProgram.requirements))
    if not include_inactive:
        query = query.where(CredentialProgram.is_active.is_(True))
    return list(
        session.scalars(query.order_by(CredentialProgram.is_builtin.desc(), CredentialProgram.name))
    )


def list_programs(
    session: Session, actor: Actor, include_inactive: bool = False
) -> list[ProgramRow]:
    """Every program (anyone who tracks training may read them: they are public rules)."""
    if not actor.can(Permission.MANAGE_CREDENTIAL_PROGRAMS):
        require(actor, Permission.VIEW_OWN_CREDENTIALS)
    counts: dict[int, int] = dict(
        session.execute(
            select(StaffCredential.program_id, func.count()).group_by(StaffCredential.program_id)
        ).all()
    )
    return [
        ProgramRow(
            r.id,
            r.version,
            r.code,
            r.name,
            r.issuer or "",
            r.is_builtin,
            r.is_active,
            counts.get(r.id, 0),
            spec_of(r),
        )
        for r in _rows(session, include_inactive)
    ]


def get_program(session: Session, actor: Actor, program_id: int) -> ProgramRow:
    for row in list_programs(session, actor, include_inactive=True):
        if row.id == program_id:
            return row
    raise NotFound(_("That credential program no longer exists."))


def _unique_code(session: Session, name: str, own_id: int | None) -> str:
    base = "center-" + (re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:25] or "program")
    code, n = base, 1
    while True:
        taken = session.scalar(select(CredentialProgram.id).where(CredentialProgram.code == code))
        if taken is None or taken == own_id:
            return code
        n += 1
        code = f"{base}-{n}"


def _check_name(session: Session, name: str, own_id: int | None) -> None:
    clash = session.scalar(
        select(CredentialProgram).where(func.lower(CredentialProgram.name) == name.strip().lower())
    )
    if clash is not None and clash.id != own_id:
        raise ValidationError(
            _("There is already a program called '{clash}'.").format(clash=clash.name), field="name"
        )


def _checked(form: ProgramSpec, code: str) -> ProgramSpec:
    """The editor's program through the same checks as a file (its code is the center's)."""
    return parse_program(to_mapping(replace(form, code=code)), _(EDITOR))


def create_program(session: Session, actor: Actor, form: ProgramSpec) -> ProgramRow:
    """``form.code`` is ignored: a center program gets a code made from its name."""
    require(actor, Permission.MANAGE_CREDENTIAL_PROGRAMS)
    spec = _checked(form, _unique_code(session, form.name, None))
    _check_name(session, spec.name, None)
    row = CredentialProgram(is_builtin=False, is_active=True)
    apply_spec(row, spec)
    session.add(row)
    session.flush()
    audit.record(session, actor, "create", "credential_program", row.id, {"name": spec.name})
    return get_program(session, actor, row.id)


def update_program(
    session: Session, actor: Actor, program_id: int, form: ProgramSpec, expected_version: int | None
) -> ProgramRow:
    require(actor, Permission.MANAGE_CREDENTIAL_PROGRAMS)
    row = _load(session, program_id)
    if row.is_builtin:
        raise ValidationError(
            _(
                "Shipped programs follow their certification board and cannot be "
                "edited here. Make a copy to adapt it for your center."
            )
        )
    check_version(row, expected_version)
    spec = _checked(form, row.code)
    _check_name(session, spec.name, row.id)
    before = spec_of(row)
    apply_spec(row, spec)
    row.updated_at = utcnow()  # requirement rows alone would not bump the program's version
    session.flush()
    audit.record(
        session,
        actor,
        "update",
        "credential_program",
        row.id,
        {"name": spec.name, "changed": before != spec},
    )
    return get_program(session, actor, row.id)


def copy_program(session: Session, actor: Actor, program_id: int, name: str) -> ProgramRow:
    """The center's own editable copy of any program, shipped or not."""
    require(actor, Permission.MANAGE_CREDENTIAL_PROGRAMS)
    return create_program(session, actor, replace(spec_of(_load(session, program_id)), name=name))


def set_active(session: Session, actor: Actor, program_id: int, active: bool) -> ProgramRow:
    """Retire a center program (enrollments keep it) or bring it back."""
    require(actor, Permission.MANAGE_CREDENTIAL_PROGRAMS)
    row = _load(session, program_id)
    if row.is_builtin:
        raise ValidationError(
            _("Shipped programs are kept in step with their files and cannot be switched off.")
        )
    row.is_active = active
    audit.record(
        session,
        actor,
        "reactivate" if active else "deactivate",
        "credential_program",
        row.id,
        {"name": row.name},
    )
    session.flush()
    return get_program(session, actor, row.id)


def known_domains(session: Session) -> list[str]:
    """Every training domain a program names, for the pick lists."""
    seen: dict[str, str] = {}
    for domains in session.scalars(select(Requirement.domains)):
        for d in domains or ():
            seen.setdefault(d.casefold(), d)
    return sorted(seen.values(), key=str.casefold)


def _load(session: Session, program_id: int) -> CredentialProgram:
    row = session.get(CredentialProgram, program_id)
    if row is None:
        raise NotFound(_("That credential program no longer exists."))
    return row
