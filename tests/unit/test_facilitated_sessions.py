"""The one reading of facilitated sessions that hours, credentials and the guardrails share:
who facilitated what, when, and whether it was held."""

from __future__ import annotations

from datetime import date, time

import pytest

from peercenter.db.engine import Database
from peercenter.domain.enums import AttendanceStatus
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.services.facilitated import facilitated_reaching, facilitated_sessions
from peercenter.services.schedule import attendance, edits, rosters
from tests.schedule_factories import CHICAGO, front_desk
from tests.schedule_factories import freeze as freeze_clock


@pytest.fixture(autouse=True)
def _frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    freeze_clock(monkeypatch)


def test_each_crew_member_gets_each_session_with_held_and_cancelled_left_out(
    database: Database,
) -> None:
    desk = front_desk(database)
    weekly = desk.group(
        "Monday Circle",
        first=date(2026, 2, 16),
        at=time(10),
        minutes=60,
        co=("Maria Lopez",),
        rule=Recurrence(Frequency.WEEKLY, weekdays=(0,), count=3),
    ).id
    first, second, third = desk.sessions(weekly)
    with database.session() as s:
        rosters.enroll(s, desk.admin, weekly, desk.people["Alex"], date(2026, 2, 1))
        rosters.enroll(s, desk.admin, weekly, desk.people["Blair"], date(2026, 2, 1))
        attendance.mark(s, desk.admin, first.id, desk.people["Alex"], AttendanceStatus.LATE)
        # Only excused or absent: nobody was served.
        attendance.mark(s, desk.admin, second.id, desk.people["Alex"], AttendanceStatus.EXCUSED)
        attendance.mark(s, desk.admin, second.id, desk.people["Blair"], AttendanceStatus.ABSENT)
        edits.cancel_session(s, desk.admin, third.id, "Snow", third.version)
    jordan, maria, sam = (desk.staff[n] for n in ("Jordan Reyes", "Maria Lopez", "Sam Rivera"))
    with database.reader() as s:
        found = facilitated_sessions(
            s, [jordan, maria, sam], CHICAGO, date(2026, 2, 1), date(2026, 3, 31)
        )
    assert set(found) == {jordan, maria}
    for person in (jordan, maria):
        assert [
            (f.day, f.starts_at.hour, f.minutes, f.group_name, f.held) for f in found[person]
        ] == [
            (date(2026, 2, 16), 10, 60, "Monday Circle", True),
            (date(2026, 2, 23), 10, 60, "Monday Circle", False),
        ]


def test_the_window_is_local_days_and_reaching_adds_the_night_before(database: Database) -> None:
    desk = front_desk(database)
    late = desk.group(
        "Late Group",
        first=date(2026, 3, 3),
        at=time(23),
        minutes=90,
        rule=Recurrence(Frequency.WEEKLY, weekdays=(1,), count=2),
    ).id
    jordan = desk.staff["Jordan Reyes"]
    with database.reader() as s:
        starting = facilitated_sessions(s, [jordan], CHICAGO, date(2026, 3, 4), date(2026, 3, 10))
        reaching = facilitated_reaching(s, [jordan], CHICAGO, date(2026, 3, 4), date(2026, 3, 10))
        everything = facilitated_sessions(s, [jordan], CHICAGO, None, date(2026, 12, 31))
        nothing = facilitated_sessions(s, [jordan], CHICAGO, date(2026, 3, 11), date(2026, 3, 10))
    # 11 pm on the 3rd starts before the window but runs into it; the 10th starts in it.
    assert [f.day for f in starting[jordan]] == [date(2026, 3, 10)]
    assert [f.day for f in reaching[jordan]] == [date(2026, 3, 3), date(2026, 3, 10)]
    assert [f.session_id for f in everything[jordan]] == [v.id for v in desk.sessions(late)]
    assert nothing == {}
