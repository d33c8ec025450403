"""How people are named on screen and on paper, and how namesakes are told apart."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from peercenter.domain import timefmt
from peercenter.i18n import _


def last_initial(last_name: str | None) -> str:
    last = (last_name or "").strip()
    return f"{last[0].upper()}." if last else ""


def participant_display_name(
    preferred_name: str, last_name: str | None, full_last_name: bool = False
) -> str:
    """Preferred name and last initial (minimum necessary), or the full last name when the
    participant agreed to it."""
    last = (last_name or "").strip()
    suffix = last if full_last_name and len(last) > 1 else last_initial(last)
    return f"{preferred_name.strip()} {suffix}".strip()


def staff_display_name(first_name: str, last_name: str, preferred_name: str | None = None) -> str:
    first = (preferred_name or "").strip() or first_name.strip()
    return f"{first} {last_name.strip()}".strip()


@dataclass(frozen=True)
class PersonFacts:
    """What can tell two participants with the same shown name apart."""

    id: int
    name: str  # as shown: preferred name and last initial
    intake_date: date | None = None
    phone: str | None = None  # None when the person looking may not see it


def same_name_key(preferred_name: str, last_name: str | None) -> tuple[str, str]:
    """Preferred name (any case, any spacing) and last initial: what a shown name is made of."""
    return " ".join(preferred_name.split()).casefold(), last_initial(last_name).casefold()


def phone_digits(phone: str | None) -> str:
    return "".join(ch for ch in phone or "" if ch.isdigit())


def namesake_labels(people: Sequence[PersonFacts]) -> dict[int, str]:
    """Each person's shown name; where two or more share it, with what tells them apart: the
    intake date, else the phone's last four digits, else the record number. 'Alex M. (intake
    3 Mar 2026)', 'Alex M. (phone …1234)', 'Alex M. (no. 17)'."""
    by_name: dict[str, list[PersonFacts]] = defaultdict(list)
    for person in people:
        by_name[person.name.casefold()].append(person)
    labels = {}
    for group in by_name.values():
        if len(group) == 1:
            labels[group[0].id] = group[0].name
            continue
        intakes = Counter(p.intake_date for p in group)
        tails = Counter(phone_digits(p.phone)[-4:] for p in group)
        for p in group:
            tail = phone_digits(p.phone)[-4:]
            if p.intake_date is not None and intakes[p.intake_date] == 1:
                detail = _("intake {date}").format(date=timefmt.date_text(p.intake_date))
            elif len(tail) == 4 and tails[tail] == 1:
                detail = _("phone …{digits}").format(digits=tail)
            else:
                detail = _("no. {number}").format(number=p.id)
            labels[p.id] = f"{p.name} ({detail})"
    return labels
