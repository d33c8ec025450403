"""Scheduling conflicts decided over plain data: double bookings of rooms, facilitators and
participants, capacity, inactive facilitators, and weekly hours over a facilitator's cap.

Double bookings, capacity and inactive facilitators are refused; hours over the cap are a
warning the person at the desk may go ahead over with a reason (see confirmation.py)."""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import StrEnum

from peercenter.domain import timefmt
from peercenter.domain.errors import ValidationError
from peercenter.domain.hours import format_hours
from peercenter.i18n import _, ngettext


class ConflictKind(StrEnum):
    ROOM = "room"
    FACILITATOR = "facilitator"
    PARTICIPANT = "participant"
    GROUP_CAPACITY = "group_capacity"
    ROOM_CAPACITY = "room_capacity"
    INACTIVE_FACILITATOR = "inactive_facilitator"
    HOURS_CAP = "hours_cap"

    @property
    def field(self) -> str:
        """The form field the message belongs beside."""
        return _FIELDS[self]


_FIELDS = {
    ConflictKind.ROOM: "room",
    ConflictKind.FACILITATOR: "facilitators",
    ConflictKind.PARTICIPANT: "roster",
    ConflictKind.GROUP_CAPACITY: "capacity",
    ConflictKind.ROOM_CAPACITY: "room",
    ConflictKind.INACTIVE_FACILITATOR: "facilitators",
    ConflictKind.HOURS_CAP: "facilitators",
}


@dataclass(frozen=True)
class Booking:
    """A session, existing or proposed. ``key`` is the session id (negative for proposed
    sessions that have no row yet). Times are aware datetimes (UTC is cheapest to compare);
    ``tz`` is the center's zone the label is written in."""

    key: int
    group_name: str
    starts_at: datetime
    ends_at: datetime
    room_id: int | None = None
    staff_ids: frozenset[int] = frozenset()
    participant_ids: frozenset[int] = frozenset()
    tz: tzinfo | None = None

    @property
    def label(self) -> str:
        zone = self.tz or self.starts_at.tzinfo
        return timefmt.session_label(
            self.group_name, self.starts_at.astimezone(zone), self.ends_at.astimezone(zone)
        )


@dataclass(frozen=True)
class Names:
    rooms: Mapping[int, str] = field(default_factory=dict)
    staff: Mapping[int, str] = field(default_factory=dict)
    participants: Mapping[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Conflict:
    kind: ConflictKind
    message: str
    key: int | None = None  # the proposed session that has the problem
    other_key: int | None = None  # the existing session it collides with
    other_label: str = ""
    staff_id: int | None = None  # whom a warning (hours over a cap) concerns

    @property
    def is_warning(self) -> bool:
        return self.kind is ConflictKind.HOURS_CAP

    @property
    def field(self) -> str:
        return self.kind.field


def overlaps(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    """Half-open intervals: a session ending at 7 pm does not clash with one starting then."""
    return a_start < b_end and b_start < a_end


def double_bookings(
    proposed: Sequence[Booking],
    existing: Sequence[Booking],
    names: Names,
    ignore: Iterable[int] = (),
) -> list[Conflict]:
    """Every room, facilitator and participant booked twice at once. ``existing`` sessions
    whose key is in ``ignore`` (or is a proposed key) are being replaced, not collided with."""
    skip = set(ignore) | {p.key for p in proposed}
    # Compared in UTC: aware datetimes sharing a tzinfo compare as wall-clock time, which
    # is wrong in the repeated hour when daylight saving ends.
    others = sorted(
        ((_utc(e.starts_at), _utc(e.ends_at), e) for e in existing if e.key not in skip),
        key=lambda item: item[0],
    )
    if not others:
        return []
    starts = [item[0] for item in others]
    longest = max(end - start for start, end, _other in others)
    found: list[Conflict] = []
    for p in sorted(proposed, key=lambda b: _utc(b.starts_at)):
        p_start, p_end = _utc(p.starts_at), _utc(p.ends_at)
        i = bisect_left(starts, p_start - longest)
        while i < len(others) and others[i][0] < p_end:
            o_start, o_end, other = others[i]
            i += 1
            if overlaps(p_start, p_end, o_start, o_end):
                found.extend(_clashes(p, other, names))
    return found


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo is UTC else moment.astimezone(UTC)


def clashes_within(bookings: Sequence[Booking], names: Names) -> dict[int, str]:
    """For a calendar window: the first clash of each session with another one shown."""
    items = sorted(
        ((_utc(b.starts_at), _utc(b.ends_at), b) for b in bookings), key=lambda item: item[0]
    )
    out: dict[int, str] = {}
    running: list[tuple[datetime, datetime, Booking]] = []
    for start, end, booking in items:
        running = [r for r in running if r[1] > start]
        for _start, _end, other in running:
            for a, b in ((booking, other), (other, booking)):
                found = _clashes(a, b, names)
                if found and a.key not in out:
                    out[a.key] = found[0].message
        running.append((start, end, booking))
    return out


def _clashes(p: Booking, other: Booking, names: Names) -> list[Conflict]:
    rooms = p.room_id is not None and p.room_id == other.room_id
    staff = sorted(p.staff_ids & other.staff_ids)
    people = sorted(p.participant_ids & other.participant_ids)
    if not (rooms or staff or people):
        return []
    where = other.label
    out = []
    if rooms:
        room = names.rooms.get(p.room_id or 0) or _("The room")
        message = _("{room} is already booked for {session}.").format(room=room, session=where)
        out.append(Conflict(ConflictKind.ROOM, message, p.key, other.key, where))
    for staff_id in staff:
        who = names.staff.get(staff_id) or _("A facilitator")
        out.append(
            Conflict(
                ConflictKind.FACILITATOR,
                _("{name} already facilitates {session}.").format(name=who, session=where),
                p.key,
                other.key,
                where,
            )
        )
    for participant_id in people:
        who = names.participants.get(participant_id) or _("A participant")
        out.append(
            Conflict(
                ConflictKind.PARTICIPANT,
                _("{name} is already booked into {session}.").format(name=who, session=where),
                p.key,
                other.key,
                where,
            )
        )
    return out


def capacity_conflicts(
    enrolled: int,
    from_day: date | None,
    group_capacity: int | None,
    rooms: Mapping[str, int | None],
    *,
    rooms_only: bool = False,
) -> list[Conflict]:
    """A roster larger than the group takes, or a group larger than a room (name -> how
    many it holds) it meets in. ``from_day`` is the day the roster reaches ``enrolled``
    when that is after the first session the change touches."""
    out = []
    day = timefmt.day(from_day) if from_day is not None else ""
    if not rooms_only and group_capacity is not None and enrolled > group_capacity:
        too_many = (
            _("{enrolled} people are enrolled from {day} but the group takes at most {capacity}.")
            if day
            else _("{enrolled} people are enrolled but the group takes at most {capacity}.")
        )
        out.append(
            Conflict(
                ConflictKind.GROUP_CAPACITY,
                too_many.format(enrolled=enrolled, day=day, capacity=group_capacity),
            )
        )
    for room_name, holds in rooms.items():
        if holds is None:
            continue
        if group_capacity is not None and group_capacity > holds:
            detail = _("the group takes {capacity}").format(capacity=group_capacity)
        elif enrolled > holds:
            detail = (
                _("{enrolled} are enrolled from {day}") if day else _("{enrolled} are enrolled")
            ).format(enrolled=enrolled, day=day)
        else:
            continue
        message = _("{room} holds {count} people; {detail}.").format(
            room=room_name, count=holds, detail=detail
        )
        out.append(Conflict(ConflictKind.ROOM_CAPACITY, message))
    return out


def inactive_facilitators(
    staff_ids: Iterable[int], active: Mapping[int, bool], names: Names
) -> list[Conflict]:
    return [
        Conflict(
            ConflictKind.INACTIVE_FACILITATOR,
            _("{name} is no longer active and cannot facilitate.").format(
                name=names.staff.get(s) or _("This facilitator")
            ),
        )
        for s in sorted(set(staff_ids))
        if not active.get(s, False)
    ]


def week_of(day: date) -> date:
    """The Monday that starts the week ``day`` is in."""
    return day - timedelta(days=day.weekday())


def minutes_per_week(intervals: Iterable[tuple[datetime, datetime]]) -> dict[date, int]:
    """Facilitated minutes per week (by the local day each session starts on)."""
    totals: dict[date, int] = defaultdict(int)
    for start, end in intervals:
        seconds = (_utc(end) - _utc(start)).total_seconds()
        totals[week_of(start.date())] += round(seconds / 60)
    return dict(totals)


def hours_cap_warnings(
    name: str,
    cap_hours: float,
    before: Mapping[date, int],
    after: Mapping[date, int],
    staff_id: int | None = None,
) -> list[Conflict]:
    """A warning for each week the change takes someone over their cap, or further over it."""
    cap = round(cap_hours * 60)
    out = []
    for week in sorted(after):
        total = after[week]
        if total > cap and total > before.get(week, 0):
            out.append(
                Conflict(
                    ConflictKind.HOURS_CAP,
                    _(
                        "{name} would facilitate {hours} in the week of {day}, "
                        "over their cap of {cap}."
                    ).format(
                        name=name,
                        hours=format_hours(total),
                        day=timefmt.day(week),
                        cap=format_hours(cap),
                    ),
                    staff_id=staff_id,
                )
            )
    return out


def summarize(conflicts: Sequence[Conflict]) -> dict[str, str]:
    """One message per form field: the first problem, and how many more there are."""
    by_field: dict[str, list[Conflict]] = defaultdict(list)
    for c in conflicts:
        by_field[c.field].append(c)
    out = {}
    for name, items in by_field.items():
        more = len(items) - 1
        out[name] = (
            items[0].message
            if not more
            else ngettext(
                "{message} (and {count} more clash)", "{message} (and {count} more clashes)", more
            ).format(message=items[0].message, count=more)
        )
    return out


class ScheduleConflict(ValidationError):
    """A change that would double-book someone or something; it is refused."""

    def __init__(self, conflicts: Sequence[Conflict]) -> None:
        fields = summarize(conflicts)
        super().__init__(next(iter(fields.values())), field_errors=fields)
        self.conflicts = list(conflicts)
