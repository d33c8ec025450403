"""The monthly service report a funder asks for: how many people were served and how, in counts
only (no names), so it can leave the center.

Definitions, all on the center's local calendar:
- a session is *held* when it was not cancelled and attendance was recorded for it (anyone
  marked, whatever the mark); a cancelled session counts nowhere, marks or not;
- *attendances* are marks of present or late at held sessions; *unduplicated participants* the
  people with at least one; of them *new* those whose first attendance ever (at any held
  session) is in the month, the others *returning*;
- *walk-ins* are attendances marked as walk-ins; *no-shows* marks of absent (without excuse);
  *excused* marks of excused;
- *average group size* is attendances per held session of the groups (one-to-one mentoring
  left out);
- *peer support hours* are the length of each held session other than training, counted once
  however many facilitators it had;
- *supervision hours* are what specialists received: a supervision's length for each
  supervisee (a group supervision of one hour with three specialists is three hours).
With small counts suppressed, counts of people from 1 to 4 are given as "< 5"."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from peercenter.domain.enums import AttendanceStatus, GroupKind

HERE = frozenset({AttendanceStatus.PRESENT, AttendanceStatus.LATE})
PEER_SUPPORT_KINDS = frozenset({GroupKind.PEER_SUPPORT, GroupKind.MENTORING, GroupKind.COMMUNITY})
SMALL_COUNT = 5  # counts of people from 1 to this less one are not printed exactly
SUPPRESSED = "< 5"
TREND_MONTHS = 12


def month_start(day: date) -> date:
    return day.replace(day=1)


def add_months(month: date, n: int) -> date:
    index = month.year * 12 + month.month - 1 + n
    return date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class HeldSession:
    """A session that was not cancelled, with its local day and length."""

    id: int
    kind: GroupKind
    day: date
    minutes: int


@dataclass(frozen=True)
class Mark:
    session_id: int
    participant_id: int
    status: AttendanceStatus
    walk_in: bool


@dataclass(frozen=True)
class SupervisionHeld:
    day: date
    minutes: int
    supervisees: int


@dataclass(frozen=True)
class MonthFigures:
    month: date  # its first day
    unduplicated_participants: int
    new_participants: int
    returning_participants: int
    sessions_held: dict[GroupKind, int]
    attendances: int
    average_group_size: float | None
    walk_ins: int
    no_shows: int
    excused: int
    peer_support_minutes: int
    supervision_minutes: int

    @property
    def sessions_total(self) -> int:
        return sum(self.sessions_held.values())

    @property
    def peer_support_hours(self) -> float:
        return round(self.peer_support_minutes / 60, 2)

    @property
    def supervision_hours(self) -> float:
        return round(self.supervision_minutes / 60, 2)


# The counts that are about people, and so are suppressed when small.
PEOPLE_COUNTS = (
    "unduplicated_participants",
    "new_participants",
    "returning_participants",
    "attendances",
    "walk_ins",
    "no_shows",
    "excused",
)


@dataclass(frozen=True)
class ServiceReport:
    center_name: str
    center_address: str
    generated_at: datetime  # in the center's time zone
    month: date  # its first day
    complete: bool  # False while the month is still going on
    suppressed: bool  # counts of 1 to 4 people shown as "< 5"
    figures: MonthFigures
    trend: tuple[MonthFigures, ...]  # twelve months, ending with ``month``


def shown(value: int, suppress: bool) -> int | str:
    """A count of people as it may be printed."""
    return SUPPRESSED if suppress and 0 < value < SMALL_COUNT else value


def figures_for(
    month: date,
    sessions: Sequence[HeldSession],
    marks: Iterable[Mark],
    first_seen: dict[int, date],
    supervision: Iterable[SupervisionHeld],
) -> MonthFigures:
    """One month's figures. ``sessions`` are the sessions not cancelled (any month),
    ``marks`` the attendance at them, ``first_seen`` each person's first attendance ever."""
    end = add_months(month, 1)
    in_month = {s.id: s for s in sessions if month <= s.day < end}
    marked: dict[int, list[Mark]] = {}
    for m in marks:
        if m.session_id in in_month:
            marked.setdefault(m.session_id, []).append(m)
    held = {sid: in_month[sid] for sid in marked}
    here = [m for sid in held for m in marked[sid] if m.status in HERE]
    people = {m.participant_id for m in here}
    new = {p for p in people if month <= first_seen.get(p, month) < end}
    group_sessions = [s for s in held.values() if s.kind is not GroupKind.MENTORING]
    group_ids = {s.id for s in group_sessions}
    in_groups = sum(1 for m in here if m.session_id in group_ids)
    by_kind = dict.fromkeys(GroupKind, 0)
    for s in held.values():
        by_kind[s.kind] += 1
    all_marks = [m for sid in held for m in marked[sid]]
    return MonthFigures(
        month=month,
        unduplicated_participants=len(people),
        new_participants=len(new),
        returning_participants=len(people) - len(new),
        sessions_held=by_kind,
        attendances=len(here),
        average_group_size=round(in_groups / len(group_sessions), 1) if group_sessions else None,
        walk_ins=sum(1 for m in here if m.walk_in),
        no_shows=sum(1 for m in all_marks if m.status is AttendanceStatus.ABSENT),
        excused=sum(1 for m in all_marks if m.status is AttendanceStatus.EXCUSED),
        peer_support_minutes=sum(s.minutes for s in held.values() if s.kind in PEER_SUPPORT_KINDS),
        supervision_minutes=sum(
            s.minutes * s.supervisees for s in supervision if month <= s.day < end
        ),
    )


def trend_months(month: date, months: int = TREND_MONTHS) -> list[date]:
    """The ``months`` months ending with ``month``, oldest first."""
    return [add_months(month, n - months + 1) for n in range(months)]
