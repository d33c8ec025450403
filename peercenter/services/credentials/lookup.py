"""Finding a person and a program by the name someone typed (the command line)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from peercenter.db.models import Staff
from peercenter.domain.errors import NotFound
from peercenter.i18n import _
from peercenter.services.context import Actor
from peercenter.services.credentials.access import visible_people
from peercenter.services.credentials.progress import EnrolledProgress
from peercenter.services.lookup import Candidate, pick, staff_candidates


def find_person(session: Session, actor: Actor, typed: str) -> Staff:
    """Among the people whose hours the actor may see; a unique part of a name will do."""
    return pick(
        typed,
        staff_candidates(visible_people(session, actor)),
        _("person you can see"),
        partial=True,
        list_known=True,
    )


def find_enrolled(
    programs: tuple[EnrolledProgress, ...], typed: str, person: str
) -> EnrolledProgress:
    if not programs:
        raise NotFound(
            _("{person} is not enrolled in any credential program.").format(person=person)
        )
    candidates = [
        Candidate((p.progress.program.name, p.progress.program.code), p.progress.program.name, p)
        for p in programs
    ]
    return pick(
        typed,
        candidates,
        _("program {person} is enrolled in").format(person=person),
        partial=True,
        list_known=True,
    )
