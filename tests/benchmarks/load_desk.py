"""One front desk of the load benchmark, as a program of its own (a computer of the center):
signed in as its own person, it works through the services the way the window does, one unit
of work per action, and writes down what it did, how long each action took and every change
it was told was saved, for the check at the end.

    python -m tests.benchmarks.load_desk CONFIG.json RESULT.json
"""

from __future__ import annotations

import json
import random
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from peercenter.db.engine import Database
from peercenter.domain.confirmation import Confirmation
from peercenter.domain.enums import AttendanceStatus
from peercenter.domain.errors import ConcurrentEditError, NotFound, ValidationError
from peercenter.services import auth, settings, today
from peercenter.services.context import Actor
from peercenter.services.schedule import attendance, edits, rosters, sessions
from tests.benchmarks.load_center import LoadCenter
from tests.factories import PASSWORD

# A front desk's morning: mostly checking people in and looking at the day.
MIX: dict[str, int] = {
    "check_in": 35,
    "today": 20,
    "week": 10,
    "walk_in": 5,
    "enroll": 5,
    "end_enrollment": 5,
    "move": 5,
    "sign_in": 3,
}
# What a busy desk may be refused when another desk got there first (someone already on the
# list, a record changed or removed meanwhile); anything else is an error.
REFUSALS = (ValidationError, ConcurrentEditError, NotFound)
MARKS = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.PRESENT,
    AttendanceStatus.PRESENT,
    AttendanceStatus.LATE,
    AttendanceStatus.ABSENT,
    AttendanceStatus.EXCUSED,
)


@dataclass
class DeskLog:
    desk: str
    actions: list[tuple[str, str, float]] = field(default_factory=list)  # kind, outcome, s
    acks: list[dict[str, Any]] = field(default_factory=list)  # what was said to be saved
    errors: list[str] = field(default_factory=list)


class FrontDesk:
    def __init__(self, center: LoadCenter, index: int, desks: int, seed: int) -> None:
        self.center = center
        self.username = center.desks[index]
        self.random = random.Random(seed)
        self.database = Database.from_url(center.address)
        self.actor: Actor | None = None
        self.day = date.fromisoformat(center.today)
        self.week_start, self.week_end = (date.fromisoformat(d) for d in center.week)
        # The regulars this desk checks in (nobody else does, so it knows their marks).
        self.marks: dict[tuple[int, int], AttendanceStatus | None] = {
            (center.today_sessions[group], person): None
            for group, people in center.regulars.items()
            for person in people[index::desks]
        }
        self.log = DeskLog(self.username)
        with self.database.reader(checked=False) as s:
            self.tz = settings.center_timezone(s)

    # -- the actions -----------------------------------------------------------------------

    def sign_in(self) -> None:
        self.database.sign_out()
        self.actor = auth.login(self.database, self.username, PASSWORD)
        self.database.on_begin = auth.still_signed_in(self.actor)

    def read_today(self) -> None:
        with self.database.reader() as s:
            today.agenda(s, self.me, self.day)

    def read_week(self) -> None:
        with self.database.reader() as s:
            sessions.list_sessions(s, self.me, self.week_start, self.week_end)

    def check_in(self) -> None:
        pair = self.random.choice(sorted(self.marks))
        was = self.marks[pair]
        choices: list[AttendanceStatus | None] = [m for m in MARKS if m is not was]
        if was is not None and self.random.random() < 0.15:
            choices = [None]  # a mark taken back
        status = self.random.choice(choices)
        with self.database.session() as s:
            attendance.mark(s, self.me, pair[0], pair[1], status)
        self.marks[pair] = status
        self._ack("mark", session=pair[0], participant=pair[1], status=_value(status))

    def walk_in(self) -> None:
        session_id = self.random.choice(sorted(self.center.today_sessions.values()))
        person = self.random.choice(self.center.walk_ins)
        with self.database.session() as s:
            attendance.add_walk_in(s, self.me, session_id, person)
        self._ack("walk_in", session=session_id, participant=person, status="present")

    def enroll(self) -> None:
        group = self.random.choice(sorted(self.center.regulars))
        person = self.random.choice(self.center.movers)
        with self.database.session() as s:
            entry = rosters.enroll(s, self.me, group, person, self.day)
        self._ack("enroll", enrollment=entry.id, group=group, participant=person)

    def end_enrollment(self) -> None:
        group = self.random.choice(sorted(self.center.regulars))
        with self.database.session() as s:  # the roster is opened first, as on screen
            roster = rosters.get_roster(s, self.me, group)
        movers = set(self.center.movers)
        ending = [
            e
            for e in (*roster.enrolled, *roster.waitlist)
            if e.participant_id in movers and (e.to_date is None or e.to_date > self.day)
        ]
        if not ending:
            return
        entry = self.random.choice(ending)
        with self.database.session() as s:
            rosters.end_enrollment(s, self.me, entry.id, self.day, entry.version)
        self._ack("end", enrollment=entry.id)

    def move(self) -> None:
        group = self.random.choice(sorted(self.center.today_sessions))
        session_id = self.center.today_sessions[group]
        with self.database.reader() as s:
            view = sessions.get_session(s, self.me, session_id).view
        slot = view.occurrence_start.astimezone(self.tz)
        start = slot + timedelta(minutes=self.random.choice((-10, -5, 5, 10)))
        with self.database.session() as s:
            saved = edits.move_session(
                s, self.me, session_id, start, view.version, Confirmation.any_warning("busy")
            ).value  # refused (Unconfirmed) when a warning were left unanswered
        # Saved over the version read, so the time read was the session's time until now.
        moved = saved.starts_at != view.starts_at
        self._ack("move", session=session_id, starts_at=start.isoformat() if moved else None)

    # -- running ---------------------------------------------------------------------------

    def marks_now(self) -> list[tuple[tuple[int, int], str | None]]:
        return [(pair, _value(status)) for pair, status in sorted(self.marks.items())]

    @property
    def me(self) -> Actor:
        assert self.actor is not None
        return self.actor

    def _ack(self, kind: str, **what: Any) -> None:
        self.log.acks.append({"kind": kind, "user": self.username, **what})

    def actions(self) -> dict[str, Callable[[], None]]:
        return {
            "check_in": self.check_in,
            "today": self.read_today,
            "week": self.read_week,
            "walk_in": self.walk_in,
            "enroll": self.enroll,
            "end_enrollment": self.end_enrollment,
            "move": self.move,
            "sign_in": self.sign_in,
        }

    def timed(self, kind: str, action: Callable[[], None]) -> None:
        started = time.perf_counter()
        outcome = "ok"
        try:
            action()
        except REFUSALS:
            outcome = "refused"
        except Exception as exc:  # every other failure is counted as an error
            outcome = "error"
            self.log.errors.append(f"{kind}: {type(exc).__name__}: {exc}")
            if len(self.log.errors) <= 3:
                traceback.print_exc()
        self.log.actions.append((kind, outcome, time.perf_counter() - started))

    def run(self, until: float, pause_s: float) -> None:
        kinds, weights = zip(*MIX.items(), strict=True)
        table = self.actions()
        while time.time() < until:
            kind = self.random.choices(kinds, weights)[0]
            self.timed(kind, table[kind])
            if pause_s:
                time.sleep(self.random.expovariate(1 / pause_s))


def _value(status: AttendanceStatus | None) -> str | None:
    return status.value if status is not None else None


def wait_for_go(ready: Path, go: Path, timeout_s: float = 300) -> float:
    """Say this desk is signed in and ready, then wait for every desk to be: the start
    time, the same for all."""
    ready.write_text("ready", encoding="utf-8")
    give_up = time.time() + timeout_s
    while not go.exists():
        if time.time() > give_up:
            raise TimeoutError("the other desks never got ready")
        time.sleep(0.02)
    start = float(go.read_text(encoding="utf-8"))
    time.sleep(max(0.0, start - time.time()))
    return start


def main(argv: list[str]) -> int:
    config = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    out = Path(argv[2])
    center = LoadCenter.from_json(config["center"])
    desk = FrontDesk(center, config["index"], config["desks"], config["seed"])
    desk.sign_in()
    desk.read_today()  # the window is open on Today before the morning starts
    desk.read_week()
    start = wait_for_go(out.with_suffix(".ready"), Path(config["go"]))
    desk.run(start + float(config["seconds"]), float(config["pause_s"]))
    desk.database.dispose()
    result = {
        "desk": desk.log.desk,
        "actions": desk.log.actions,
        "acks": desk.log.acks,
        "errors": desk.log.errors,
        "marks": [[s, p, status] for (s, p), status in desk.marks_now()],
        "finished": datetime.now().isoformat(),
    }
    Path(argv[2]).write_text(json.dumps(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
