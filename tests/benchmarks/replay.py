"""Replaying the recorded busy morning (morning_record.py) on a center's server twice: once at
three desks at the same time (three programs, each keeping to its desk's recorded order and
pace, the morning's hours pressed into seconds), once entered at one desk (one program, one
action after the other in the recorded order). Both start from the same center; the check
(replay_check.py) is that they end the same.

    python -m tests.benchmarks.replay CONFIG.json RESULT.json   (one desk's program)
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass, field
from datetime import date, datetime
from datetime import time as clock_time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import GroupSession
from peercenter.domain.confirmation import Confirmation
from peercenter.domain.enums import AttendanceStatus, EnrollmentMode, GroupKind, Role
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.services import auth, participants, settings, staff
from peercenter.services.clock import day_bounds, local_today
from peercenter.services.context import Actor
from peercenter.services.schedule import attendance, edits, groups, rooms, rosters, sessions
from tests.benchmarks.load_center import last_event_id, set_up_server
from tests.benchmarks.morning_record import Morning, load
from tests.factories import PASSWORD


@dataclass
class ReplayCenter:
    superuser: str
    database: str
    address: str
    today: str
    seeded_events: int  # the audit trail's last event once the center was set up


def _split(name: str) -> tuple[str, str]:
    first, last = name.split(" ", 1)
    return first, last


def build(superuser: str, morning: Morning) -> ReplayCenter:
    """The center as it is before the morning: its rooms, leads, desk logins, the people on
    the rosters and the five who will walk in, and each group's one session today."""
    name, address, _ = set_up_server(superuser, prefix="pc_replay")
    db = Database.from_url(address)
    try:
        admin = auth.login(db, "admin", PASSWORD)
        with db.reader() as s:
            today = local_today(settings.center_timezone(s))
        with db.session() as s:
            room_ids = {
                room: rooms.create_room(s, admin, rooms.RoomForm(room, capacity=20)).id
                for room in morning.rooms
            }
            lead_ids = {
                lead: staff.create_staff(s, admin, staff.StaffForm(*_split(lead))).id
                for lead in morning.leads
            }
            for people in morning.desks.values():
                for username in people:
                    staff.create_staff(
                        s,
                        admin,
                        staff.StaffForm(username.title(), "Desk", is_specialist=False),
                        staff.LoginForm(username, Role.FRONT_DESK, PASSWORD),
                    )
        new = {a["person"] for a in morning.actions if a["do"] == "new_person"}
        walking = sorted({a["person"] for a in morning.actions if a["do"] == "walk_in"} - new)
        with db.session() as s:
            for person in [p for g in morning.groups for p in morning.rosters[g["name"]]]:
                participants.create(s, admin, participants.ParticipantForm(*_split(person)))
            for person in walking:
                participants.create(s, admin, participants.ParticipantForm(*_split(person)))
            ids = _people_ids(s, admin)
        for g in morning.groups:
            with db.session() as s:
                form = groups.GroupForm(
                    name=g["name"],
                    kind=GroupKind.PEER_SUPPORT,
                    first_date=today,
                    start_time=clock_time.fromisoformat(g["start"]),
                    duration_minutes=50,
                    recurrence=Recurrence(Frequency.DAILY, count=1),
                    enrollment_mode=EnrollmentMode.OPEN,
                    room_id=room_ids[g["room"]],
                    lead_id=lead_ids[g["lead"]],
                )
                detail = groups.create_group(s, admin, form, Confirmation.any_warning("set up"))
                for person in morning.rosters[g["name"]]:
                    rosters.enroll(s, admin, detail.value.id, ids[_key(person)], today)
    finally:
        db.dispose()
    center = ReplayCenter(superuser, name, address, today.isoformat(), 0)
    center.seeded_events = last_event_id(superuser, name)
    return center


def _people_ids(s: Any, actor: Actor) -> dict[str, int]:
    """Everyone by the name a desk types, "Ada Abbott" (the morning has no namesakes: no two
    people share a first name and a last initial)."""
    found = participants.search(s, actor, "")
    return {f"{r.preferred_name} {r.last_initial}": r.id for r in found}


def _key(name: str) -> str:
    first, last = _split(name)
    return f"{first} {last[0]}."


@dataclass
class DeskReplayer:
    """One desk's computer: signed in as one of its people at a time."""

    address: str
    today: date
    database: Database = field(init=False)
    actor: Actor | None = None
    sessions: dict[str, int] = field(default_factory=dict)  # group name → today's session
    people: dict[str, int] = field(default_factory=dict)  # name → participant id

    def __post_init__(self) -> None:
        self.database = Database.from_url(self.address)

    @property
    def me(self) -> Actor:
        assert self.actor is not None
        return self.actor

    def do(self, action: dict[str, Any]) -> None:
        getattr(self, action["do"])(action)

    def sign_in(self, action: dict[str, Any]) -> None:
        self.database.sign_out()
        self.actor = auth.login(self.database, action["who"], PASSWORD)
        self.database.on_begin = auth.still_signed_in(self.actor)
        if not self.sessions:  # what the desk's screens show by name
            with self.database.reader() as s:
                tz = settings.center_timezone(s)
                lo, hi = day_bounds(self.today, tz)
                found = s.execute(
                    select(GroupSession.id, GroupSession.group_id).where(
                        GroupSession.starts_at >= lo, GroupSession.starts_at < hi
                    )
                ).all()
                names = {g.id: g.name for g in groups.list_groups(s, self.me, True, "")}
                self.sessions = {names[group]: session for session, group in found}
                self.people = _people_ids(s, self.me)

    def open(self, action: dict[str, Any]) -> None:
        with self.database.session() as s:
            attendance.attendance_sheet(s, self.me, self.sessions[action["group"]])

    def check_in(self, action: dict[str, Any]) -> None:
        with self.database.session() as s:
            attendance.mark(
                s,
                self.me,
                self.sessions[action["group"]],
                self.people[_key(action["person"])],
                AttendanceStatus(action["status"]),
            )

    def new_person(self, action: dict[str, Any]) -> None:
        with self.database.session() as s:
            form = participants.ParticipantForm(*_split(action["person"]))
            self.people[_key(action["person"])] = participants.create(s, self.me, form).id

    def walk_in(self, action: dict[str, Any]) -> None:
        with self.database.session() as s:
            attendance.add_walk_in(
                s, self.me, self.sessions[action["group"]], self.people[_key(action["person"])]
            )

    def move(self, action: dict[str, Any]) -> None:
        session_id = self.sessions[action["group"]]
        with self.database.reader() as s:
            view = sessions.get_session(s, self.me, session_id).view
            tz = settings.center_timezone(s)
        start = datetime.combine(self.today, clock_time.fromisoformat(action["to"]), tzinfo=tz)
        with self.database.session() as s:
            moved = edits.move_session(
                s, self.me, session_id, start, view.version, Confirmation.any_warning("moved")
            ).value  # raises when a warning is left unanswered
        assert moved.starts_at == start

    def close(self) -> None:
        self.database.dispose()


def seconds_into(at: str) -> float:
    hours, minutes, seconds = (int(part) for part in at.split(":"))
    return hours * 3600 + minutes * 60 + seconds


def play(
    replayers: dict[str, DeskReplayer],
    actions: list[dict[str, Any]],
    pace: float | None = None,
    began: float = 0.0,
    origin: float = 0.0,
) -> list[str]:
    """Each action at its desk, in the order given. With ``pace`` (real seconds per recorded
    hour) an action waits for its time: ``began`` (real) is the recorded ``origin``. The
    problems, if any."""
    problems: list[str] = []
    for action in actions:
        if pace is not None:
            due = began + (seconds_into(action["at"]) - origin) / 3600 * pace
            time.sleep(max(0.0, due - time.time()))
        try:
            replayers[action["desk"]].do(action)
        except Exception as exc:  # the recorded morning must go through: said, not hidden
            problems.append(f"{action}: {type(exc).__name__}: {exc}")
    return problems


def main(argv: list[str]) -> int:
    from tests.benchmarks.load_desk import wait_for_go

    config = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    out = Path(argv[2])
    morning = load()
    desk = config["desk"]
    replayer = DeskReplayer(config["address"], date.fromisoformat(config["today"]))
    mine = morning.of_desk(desk)
    replayer.do(mine[0])  # the desk's first sign-in, before the clock starts
    start = wait_for_go(out.with_suffix(".ready"), Path(config["go"]))
    # The morning's first recorded action (at any desk) is when the clock started.
    origin = seconds_into(morning.actions[0]["at"])
    problems = play({desk: replayer}, mine[1:], float(config["pace"]), start, origin)
    replayer.close()
    out.write_text(json.dumps({"desk": desk, "problems": problems}), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
