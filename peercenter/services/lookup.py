"""Finding a record by the name someone typed (on the command line, in a CSV file): staff,
rooms, groups, credential programs. One rule everywhere: case and extra spaces do not matter;
an exact name wins; where a caller allows it, a unique part of a name is enough; two matches
are never guessed between."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from peercenter.db.models import Room, Staff
from peercenter.domain.errors import NotFound, ValidationError
from peercenter.domain.names import staff_display_name
from peercenter.i18n import _

T = TypeVar("T")


def fold(text: str) -> str:
    """'  Lena   ORTIZ ' and 'lena ortiz' are the same name."""
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class Candidate(Generic[T]):
    """Something that can be picked: every name it answers to, and the one shown."""

    names: tuple[str, ...]
    shown: str
    item: T


def matches(
    typed: str, candidates: Sequence[Candidate[T]], *, partial: bool = False
) -> list[Candidate[T]]:
    """The candidates called exactly ``typed``; with ``partial``, when none is, those with a
    name that contains it."""
    wanted = fold(typed)
    if not wanted:
        return []
    exact = [c for c in candidates if wanted in {fold(n) for n in c.names}]
    if exact or not partial:
        return exact
    return [c for c in candidates if any(wanted in fold(n) for n in c.names)]


def pick(
    typed: str,
    candidates: Sequence[Candidate[T]],
    what: str,
    *,
    partial: bool = False,
    list_known: bool = False,
) -> T:
    """The one candidate ``typed`` names. ``what`` names the kind in messages ("room",
    "person you can see"); ``list_known`` lists the names there are when none matches."""
    found = matches(typed, candidates, partial=partial)
    if len(found) == 1:
        return found[0].item
    if not found:
        missing = _("No {what} matches '{typed}'.").format(what=what, typed=typed.strip())
        if list_known and candidates:
            known = ", ".join(c.shown for c in candidates)
            missing += " " + _("Known: {names}.").format(names=known)
        raise NotFound(missing)
    shown = ", ".join(dict.fromkeys(c.shown for c in found))
    raise ValidationError(
        _("'{typed}' matches several {what}s: {names}. Type more of the name.").format(
            typed=typed.strip(), what=what, names=shown
        )
    )


def staff_candidate(staff: Staff, username: str | None = None) -> Candidate[Staff]:
    """A staff member answers to their shown name, first and last name, preferred name
    with or without the last name, first name, and login."""
    first, last = staff.first_name.strip(), staff.last_name.strip()
    preferred = (staff.preferred_name or "").strip()
    names = [staff_display_name(first, last, preferred), f"{first} {last}", first]
    if preferred:
        names += [f"{preferred} {last}", preferred]
    if username:
        names.append(username)
    return Candidate(tuple(dict.fromkeys(names)), names[0], staff)


def staff_candidates(people: Iterable[Staff]) -> list[Candidate[Staff]]:
    """Candidates for these people, their logins loaded beforehand."""
    return [staff_candidate(s, s.user.username if s.user is not None else None) for s in people]


def all_staff(session: Session) -> list[Candidate[Staff]]:
    return staff_candidates(session.scalars(select(Staff).options(selectinload(Staff.user))))


def all_rooms(session: Session) -> list[Candidate[Room]]:
    return [Candidate((r.name,), r.name, r) for r in session.scalars(select(Room))]
