"""Finding a person and a program by the name someone typed (the command line)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from peercenter.db.models import Staff
from peercenter.domain.errors import NotFound, ValidationError
from peercenter.services.context import Actor
from peercenter.services.credentials.access import staff_name, visible_people
from peercenter.services.credentials.progress import EnrolledProgress


def _pick(typed: str, candidates: list[tuple[list[str], object]], what: str,
          describe: list[str]) -> object:
    wanted = " ".join(typed.split()).casefold()
    exact = [item for keys, item in candidates if wanted in {k.casefold() for k in keys}]
    if len(exact) == 1:
        return exact[0]
    partial = exact or [item for keys, item in candidates
                        if any(wanted in k.casefold() for k in keys)]
    if len(partial) == 1:
        return partial[0]
    if not partial:
        raise NotFound(f"No {what} matches '{typed}'. "
                       + (f"Known: {', '.join(describe)}." if describe else ""))
    names = [describe[i] for i, (_, item) in enumerate(candidates) if item in partial]
    raise ValidationError(f"'{typed}' matches several {what}s: {', '.join(names)}. "
                          "Type more of the name.")


def find_person(session: Session, actor: Actor, typed: str) -> Staff:
    """Among the people whose hours the actor may see: full name, preferred name or login."""
    people = visible_people(session, actor)
    candidates: list[tuple[list[str], object]] = []
    for s in people:
        keys = [staff_name(s), f"{s.first_name} {s.last_name}"]
        if s.user is not None:
            keys.append(s.user.username)
        candidates.append((keys, s))
    found = _pick(typed, candidates, "person you can see", [staff_name(s) for s in people])
    assert isinstance(found, Staff)
    return found


def find_enrolled(programs: tuple[EnrolledProgress, ...], typed: str,
                  person: str) -> EnrolledProgress:
    if not programs:
        raise NotFound(f"{person} is not enrolled in any credential program.")
    candidates: list[tuple[list[str], object]] = [
        ([p.progress.program.name, p.progress.program.code], p) for p in programs]
    found = _pick(typed, candidates, f"program {person} is enrolled in",
                  [p.progress.program.name for p in programs])
    assert isinstance(found, EnrolledProgress)
    return found
