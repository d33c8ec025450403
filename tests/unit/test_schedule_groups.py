"""Groups of every repeat pattern become the sessions a front desk expects, in local time,
up to the rolling horizon."""

from __future__ import annotations

from datetime import UTC, date, time

import pytest
from sqlalchemy import func, select

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent, GroupSession
from peercenter.domain.enums import GroupKind
from peercenter.domain.errors import PermissionDenied, ValidationError
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.services import auth, settings
from peercenter.services.schedule import groups
from peercenter.services.schedule.horizon import extend_horizon
from tests.factories import PASSWORD, staff_with_login
from tests.schedule_factories import freeze as freeze_clock
from tests.schedule_factories import front_desk


@pytest.fixture(autouse=True)
def _frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    freeze_clock(monkeypatch)


PATTERNS = [
    pytest.param(
        Recurrence(Frequency.DAILY, count=5),
        date(2026, 3, 2),
        [date(2026, 3, d) for d in (2, 3, 4, 5, 6)],
        5,
        id="daily",
    ),
    pytest.param(
        Recurrence(Frequency.WEEKLY, weekdays=(0, 2), until=date(2026, 3, 15)),
        date(2026, 3, 2),
        [date(2026, 3, d) for d in (2, 4, 9, 11)],
        4,
        id="weekly-on-chosen-days-until-a-date",
    ),
    pytest.param(
        Recurrence(Frequency.WEEKLY, interval=2, weekdays=(1,), count=3),
        date(2026, 3, 3),
        [date(2026, 3, 3), date(2026, 3, 17), date(2026, 3, 31)],
        3,
        id="every-2-weeks-after-3-times",
    ),
    pytest.param(
        Recurrence(Frequency.MONTHLY, month_day=15, until=date(2026, 6, 30)),
        date(2026, 3, 15),
        [date(2026, m, 15) for m in (3, 4, 5, 6)],
        4,
        id="monthly-by-date",
    ),
    pytest.param(
        Recurrence(Frequency.MONTHLY, weekdays=(1,), nth=(2, 4), count=4),
        date(2026, 3, 1),
        [date(2026, 3, 10), date(2026, 3, 24), date(2026, 4, 14), date(2026, 4, 28)],
        4,
        id="2nd-and-4th-tuesday",
    ),
    pytest.param(
        Recurrence(Frequency.MONTHLY, weekdays=(4,), nth=(-1,), count=3),
        date(2026, 3, 1),
        [date(2026, 3, 27), date(2026, 4, 24), date(2026, 5, 29)],
        3,
        id="last-friday",
    ),
    pytest.param(
        Recurrence(Frequency.WEEKLY, weekdays=(1,)),
        date(2026, 3, 3),
        [date(2026, 3, 3), date(2026, 3, 10), date(2026, 3, 17)],
        53,
        id="weekly-never-ending-up-to-the-horizon",
    ),
    pytest.param(Recurrence(Frequency.ONCE), date(2026, 3, 5), [date(2026, 3, 5)], 1, id="once"),
]


@pytest.mark.parametrize(("rule", "first", "expected_start", "count"), PATTERNS)
def test_each_repeat_pattern_makes_its_sessions(
    database: Database, rule: Recurrence, first: date, expected_start: list[date], count: int
) -> None:
    desk = front_desk(database)
    detail = desk.group("Pattern", first=first, at=time(10, 30), rule=rule)
    starts = desk.local_starts(detail.id)
    assert [s.date() for s in starts[: len(expected_start)]] == expected_start
    assert len(starts) == count
    assert {(s.hour, s.minute) for s in starts} == {(10, 30)}
    # The horizon is 12 months from today (2 March 2026).
    assert max(s.date() for s in starts) <= date(2027, 3, 2)
    assert detail.schedule == rule.describe(first)


def test_a_weekly_6pm_group_stays_at_6pm_across_daylight_saving(database: Database) -> None:
    desk = front_desk(database)
    detail = desk.group(
        "Evening Circle",
        first=date(2026, 3, 3),
        at=time(18, 0),
        rule=Recurrence(Frequency.WEEKLY, weekdays=(1,), until=date(2026, 11, 10)),
    )
    starts = desk.local_starts(detail.id)
    assert {(s.hour, s.minute) for s in starts} == {(18, 0)}
    by_day = {s.date(): s.astimezone(UTC) for s in starts}
    # Summer time starts 8 March and ends 1 November 2026: the UTC hour moves, 6 pm stays.
    assert by_day[date(2026, 3, 3)].hour == 0
    assert by_day[date(2026, 3, 10)].hour == 23
    assert by_day[date(2026, 10, 27)].hour == 23
    assert by_day[date(2026, 11, 3)].hour == 0
    assert all(v.duration_minutes == 90 for v in desk.sessions(detail.id))


def test_preview_describes_the_rule_and_lists_the_first_dates(database: Database) -> None:
    desk = front_desk(database)
    form = desk.form(
        "Skills Training",
        first=date(2026, 3, 3),
        kind=GroupKind.TRAINING,
        rule=Recurrence(Frequency.WEEKLY, interval=2, weekdays=(1, 3), count=6),
    )
    with database.reader() as s:
        preview = groups.preview_group(s, desk.admin, form)
    assert preview.schedule == "Every 2 weeks on Tuesday and Thursday, 6 times"
    assert preview.next_dates[:2] == (
        "Tue 3 Mar 2026, 6:00 PM–7:30 PM",
        "Thu 5 Mar 2026, 6:00 PM–7:30 PM",
    )
    assert preview.session_count == 6 and preview.report.ok


def test_the_horizon_moves_forward_with_the_days(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = front_desk(database)
    detail = desk.group("Weekly", rule=Recurrence(Frequency.WEEKLY, weekdays=(1,)))
    assert desk.local_starts(detail.id)[-1].date() == date(2027, 3, 2)
    with database.session() as s:
        assert extend_horizon(s, date(2026, 3, 2)) == 0
    with database.session() as s:
        assert extend_horizon(s, date(2026, 4, 1)) == 4  # Tuesdays 9 to 30 March 2027
    assert desk.local_starts(detail.id)[-1].date() == date(2027, 3, 30)
    with database.session() as s:
        settings.set_value(s, desk.admin, "schedule.horizon_months", 18)
        extend_horizon(s, date(2026, 4, 1))
    assert desk.local_starts(detail.id)[-1].date() == date(2027, 9, 28)
    with database.reader() as s:
        events = s.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.action == "extend_horizon")
        )
    assert events == 2


def test_the_form_explains_every_problem(database: Database) -> None:
    desk = front_desk(database)
    bad = groups.GroupForm(
        name=" ",
        kind=GroupKind.MENTORING,
        first_date=date(2026, 3, 3),
        start_time=time(9),
        duration_minutes=0,
        capacity=3,
        lead_id=None,
        co_facilitator_ids=(desk.staff["Maria Lopez"],),
        recurrence=Recurrence(Frequency.WEEKLY, until=date(2026, 1, 1)),
    )
    with pytest.raises(ValidationError) as exc, database.session() as s:
        groups.create_group(s, desk.admin, bad)
    errors = exc.value.field_errors
    assert errors["name"] == "Name is required."
    assert errors["capacity"] == "One-to-one mentoring is for one participant."
    assert "12 hours" in errors["duration"]
    assert "cannot end before" in errors["recurrence"]
    assert "one specialist" in errors["facilitators"]
    with database.reader() as s:
        assert s.scalar(select(func.count()).select_from(GroupSession)) == 0


def test_mentoring_is_one_specialist_and_one_participant(database: Database) -> None:
    desk = front_desk(database)
    detail = desk.group(
        "Mentoring: Alex",
        kind=GroupKind.MENTORING,
        room="Garden Room",
        rule=Recurrence(Frequency.WEEKLY, count=4),
    )
    assert detail.form.capacity == 1
    assert len(desk.sessions(detail.id)) == 4


def test_a_specialist_cannot_create_groups(database: Database) -> None:
    desk = front_desk(database)
    from peercenter.domain.enums import Role

    staff_with_login(database, desk.admin, "spec", Role.SPECIALIST, "Pat", "Lee")
    spec = auth.login(database, "spec", PASSWORD)
    with pytest.raises(PermissionDenied), database.session() as s:
        groups.create_group(s, spec, desk.form("Nope"))


def test_groups_list_shows_schedule_room_and_facilitators(database: Database) -> None:
    desk = front_desk(database)
    desk.group("Tuesday Circle", co=("Maria Lopez",), capacity=8)
    with database.reader() as s:
        rows = groups.list_groups(s, desk.admin)
    assert len(rows) == 1
    row = rows[0]
    assert (row.schedule, row.time, row.room) == (
        "Every week on Tuesday",
        "6:00 PM–7:30 PM",
        "Blue Room",
    )
    assert row.facilitators == "Jordan Reyes, Maria Lopez"
    assert row.capacity == 8
