"""A small center for the privacy tests: an administrator, Sue (a supervisor, Pat's), Sam
(another supervisor), Fran (front desk) and Pat (a peer specialist), each signed in."""

from __future__ import annotations

from dataclasses import dataclass, replace

from peercenter.db.engine import Database
from peercenter.domain.enums import Role
from peercenter.services import auth, staff
from peercenter.services.context import Actor
from tests.factories import PASSWORD, center, staff_with_login

HR_NOTE = "HR: asked for fewer evening groups"
PARTICIPANT_NOTE = "Prefers a call after 5 pm"


@dataclass(frozen=True)
class Team:
    admin: Actor
    sue: Actor  # supervises Pat
    sam: Actor  # a supervisor, not Pat's
    fran: Actor  # front desk
    pat: Actor  # peer specialist, supervised by Sue
    pat_id: int
    sue_id: int


def make_team(db: Database) -> Team:
    admin = center(db)
    sue_id = staff_with_login(db, admin, "sue", Role.SUPERVISOR, "Sue", "Grant", supervisor=True)
    staff_with_login(db, admin, "sam", Role.SUPERVISOR, "Sam", "Okafor", supervisor=True)
    staff_with_login(db, admin, "fran", Role.FRONT_DESK, "Fran", "Desk")
    pat_id = staff_with_login(
        db, admin, "pat", Role.SPECIALIST, "Pat", "Rivera", supervisor_id=sue_id
    )
    with db.session() as s:
        pat = staff.get_staff(s, admin, pat_id)
        form = replace(pat.form, notes=HR_NOTE, phone="555-0142", email="pat@hl.org")
        staff.update_staff(s, admin, pat_id, form, pat.version)
    people = {n: auth.login(db, n, PASSWORD) for n in ("sue", "sam", "fran", "pat")}
    return Team(admin, people["sue"], people["sam"], people["fran"], people["pat"], pat_id, sue_id)


def hr_notes(db: Database, actor: Actor, staff_id: int) -> tuple[str, bool]:
    with db.session() as s:
        detail = staff.get_staff(s, actor, staff_id)
    return detail.form.notes, detail.notes_visible
