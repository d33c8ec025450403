"""Credential enrollments for the demo center, fitting the history the demo gives each person:
people hired long enough ago hold the IC&RC Peer Recovery credential (renewed on time, so its
expiry falls somewhere in the coming two years); newer specialists are working toward it; the
newest, still in a six-month initial certification, is also enrolled in the Texas program; and
one veteran holds the Pennsylvania CRS as well."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from peercenter.db.models import CredentialProgram, Staff, StaffCredential
from peercenter.domain.credentials.periods import add_months, default_expiry
from peercenter.domain.enums import StaffStatus
from peercenter.services.credentials.shipped import sync_shipped

HELD_AFTER_MONTHS = 18  # hired this long ago: the credential is held
INITIAL_CERTIFICATION_DAYS = 183


def _held_expiry(achieved: date, renewal_months: int, today: date) -> date:
    """The expiry after every renewal so far was made on time."""
    expiry = default_expiry(achieved, renewal_months)
    while expiry < today:
        expiry = add_months(expiry, renewal_months)
    return expiry


def enroll_demo_staff(session: Session, today: date, seed: int = 7) -> int:
    """Enroll the demo's specialists; returns how many enrollments were made."""
    sync_shipped(session)
    rng = random.Random(f"{seed}:credentials")
    programs = {p.code: p for p in session.scalars(select(CredentialProgram))}
    people = list(
        session.scalars(
            select(Staff)
            .where(
                Staff.is_specialist.is_(True),
                Staff.hire_date.is_not(None),
                Staff.status != StaffStatus.INACTIVE,
            )
            .order_by(Staff.hire_date, Staff.id)
        )
    )
    rows: list[StaffCredential] = []

    def add(person: Staff, code: str, started: date, achieved: date | None) -> None:
        program = programs[code]
        expiry = (
            _held_expiry(achieved, program.renewal_months, today)
            if achieved is not None and program.renewal_months
            else None
        )
        number = (
            f"{code.split('-')[-1].upper()}-{rng.randint(10000, 99999)}"
            if achieved is not None
            else None
        )
        rows.append(
            StaffCredential(
                staff_id=person.id,
                program_id=program.id,
                started_on=started,
                achieved_on=achieved,
                expires_on=expiry,
                credential_number=number,
            )
        )

    veterans = [
        p
        for p in people
        if p.hire_date is not None and p.hire_date <= add_months(today, -HELD_AFTER_MONTHS)
    ]
    for person in people:
        hire = person.hire_date
        assert hire is not None
        achieved = hire + timedelta(days=rng.randint(330, 480)) if person in veterans else None
        add(person, "icrc-pr", hire, achieved)
    newest = people[-1] if people else None
    if (
        newest is not None
        and newest.hire_date is not None
        and (today - newest.hire_date).days < INITIAL_CERTIFICATION_DAYS
    ):
        add(newest, "texas-hhsc-ps", newest.hire_date + timedelta(days=3), None)
    plain = [p for p in veterans if not p.is_supervisor]
    if len(plain) > 1 and plain[1].hire_date is not None:
        hire = plain[1].hire_date
        add(plain[1], "pennsylvania-crs", hire, hire + timedelta(days=rng.randint(200, 300)))
    session.add_all(rows)
    session.flush()
    return len(rows)
