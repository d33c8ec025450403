"""The exported .ics file, expanded by recurring-ical-events (an independent RFC 5545
implementation), gives exactly the sessions the application holds over two years: every
recurrence pattern, cancelled, moved and re-roomed sessions, and daylight-saving changes."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peercenter.db.engine import Database
from peercenter.db.models import Setting
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.services import auth, ical_export
from peercenter.services.context import Actor
from tests.factories import PASSWORD, center
from tests.ical_reading import events_of, timezones_of
from tests.schedule_data import (
    RULES,
    add_group,
    add_room,
    add_staff,
    app_slots,
    edit,
    ics_slots,
    local_window,
    plan,
    session_ids,
)

CHICAGO = ZoneInfo("America/Chicago")
FIRST = date(2026, 1, 5)  # a Monday; the window holds four daylight-saving changes

PATTERNS = {
    "daily": Recurrence(Frequency.DAILY),
    "every 3 days": Recurrence(Frequency.DAILY, interval=3),
    "weekdays": Recurrence(Frequency.DAILY, weekdays=(0, 1, 2, 3, 4)),
    "weekly Mon Wed Fri": Recurrence(Frequency.WEEKLY, weekdays=(0, 2, 4)),
    "every 2 weeks on Thursday": Recurrence(Frequency.WEEKLY, interval=2, weekdays=(3,)),
    "monthly on the 15th": Recurrence(Frequency.MONTHLY, month_day=15),
    "monthly on the 31st": Recurrence(Frequency.MONTHLY, month_day=31),
    "2nd and 4th Tuesday": Recurrence(Frequency.MONTHLY, weekdays=(1,), nth=(2, 4)),
    "last Friday": Recurrence(Frequency.MONTHLY, weekdays=(4,), nth=(-1,)),
    "every 3 months, 1st Monday": Recurrence(
        Frequency.MONTHLY, interval=3, weekdays=(0,), nth=(1,)
    ),
    "weekly until a date": Recurrence(Frequency.WEEKLY, weekdays=(1,), until=date(2027, 3, 16)),
    "weekly, 20 times": Recurrence(Frequency.WEEKLY, weekdays=(2,), count=20),
    "last Friday, 30 times": Recurrence(Frequency.MONTHLY, weekdays=(4,), nth=(-1,), count=30),
    "once": Recurrence(Frequency.ONCE),
}


def _export(db: Database, actor: Actor, **names: str) -> bytes:
    with db.session() as s:
        scope = ical_export.resolve_scope(s, actor, **names)
        return ical_export.export_calendar(s, actor, scope).data


def _compare(db: Database, data: bytes, first: date, **filters: object) -> int:
    lo, hi = local_window(first, CHICAGO)
    expected = app_slots(db, lo, hi, **filters)  # type: ignore[arg-type]
    got = ics_slots(data, lo, hi)
    assert got - expected == set(), "in the file but not in the application"
    assert expected - got == set(), "in the application but not in the file"
    return len(expected)


@pytest.mark.parametrize("pattern", list(PATTERNS))
def test_every_pattern_with_edits_round_trips_over_two_years(
    database: Database, pattern: str
) -> None:
    admin = center(database, tz="America/Chicago")
    main, side = add_room(database, "Oak Room"), add_room(database, "Cedar Room")
    lead, other = add_staff(database, "Lena", "Ortiz"), add_staff(database, "Marcus", "Hale")
    rec = PATTERNS[pattern]
    gid = add_group(
        database,
        "Tuesday Recovery Circle",
        rec,
        FIRST,
        time(18, 0),
        room_id=main,
        staff_ids=(lead,),
    )
    # The application plans twelve months ahead; edits happen inside that horizon.
    plan(database, gid, FIRST + relativedelta(months=12))
    ids = session_ids(database, gid)
    if len(ids) >= 5:
        edit(database, ids[1], cancel=True)
        edit(database, ids[2], shift=timedelta(days=1, hours=-2))  # moved
        edit(database, ids[3], room_id=side)  # re-roomed
        edit(database, ids[4], staff_ids=(other,), minutes=45)  # other facilitator
        edit(database, ids[-1], shift=timedelta(hours=1), room_id=side)
    data = _export(database, admin, group="tuesday recovery circle")
    # What lies past the horizon comes from the rule in the file; the application fills it in
    # later with the same rule, and both must agree.
    plan(database, gid, FIRST + relativedelta(years=2, days=7))
    count = _compare(database, data, FIRST)
    assert count >= 1


def test_a_weekly_evening_group_stays_at_six_across_daylight_saving(database: Database) -> None:
    admin = center(database, tz="America/Chicago")
    gid = add_group(
        database,
        "Evening Group",
        Recurrence(Frequency.WEEKLY, weekdays=(3,)),
        date(2026, 2, 26),
        time(18, 0),
    )
    plan(database, gid, date(2026, 11, 30))
    ids = session_ids(database, gid)
    edit(database, ids[2], shift=timedelta(hours=1))  # 12 March, after the change: 7 pm
    data = _export(database, admin)
    lo, _ = local_window(date(2026, 2, 26), CHICAGO)
    _, hi = local_window(date(2025, 12, 1), CHICAGO, years=1)  # the planned horizon
    slots = sorted(ics_slots(data, lo, hi))
    assert slots == sorted(app_slots(database, lo, hi))
    hours = [start.astimezone(CHICAGO).hour for start, _end, _where in slots]
    assert hours[:4] == [18, 18, 19, 18]
    assert set(hours[3:]) == {18}
    # The instants in UTC do move: 6 pm is 00:00 UTC in winter and 23:00 UTC in summer.
    assert [slots[i][0].astimezone(UTC).hour for i in (0, 1, 3)] == [0, 0, 23]
    # The file carries the zone itself, with both offsets.
    text = data.decode()
    assert "BEGIN:VTIMEZONE" in text and "TZOFFSETTO:-0500" in text and "TZOFFSETTO:-0600" in text
    assert "DTSTART;TZID=America/Chicago:20260226T180000" in text
    # A reader without its own zone data gets the same offsets from the VTIMEZONE alone.
    vtimezone = timezones_of(data)[0]
    written = vtimezone.to_tz(lookup_tzid=False)
    for start, end, _where in slots:
        for instant in (start, end):
            assert (
                instant.astimezone(written).utcoffset() == instant.astimezone(CHICAGO).utcoffset()
            )


def test_room_export_follows_sessions_moved_in_and_out(database: Database) -> None:
    admin = center(database, tz="America/Chicago")
    oak, cedar = add_room(database, "Oak Room"), add_room(database, "Cedar Room")
    zoom = add_room(database, "Online", url="https://meet.example.org/harbor")
    weekly = add_group(
        database,
        "Recovery Circle",
        Recurrence(Frequency.WEEKLY, weekdays=(1,)),
        FIRST,
        time(18),
        room_id=oak,
    )
    monthly = add_group(
        database,
        "Family Night",
        Recurrence(Frequency.MONTHLY, weekdays=(4,), nth=(-1,)),
        FIRST,
        time(17, 30),
        room_id=cedar,
    )
    online = add_group(
        database,
        "Online Check-in",
        Recurrence(Frequency.WEEKLY, weekdays=(4,)),
        FIRST,
        time(12),
        room_id=zoom,
    )
    for gid in (weekly, monthly, online):
        plan(database, gid, FIRST + relativedelta(months=12))
    w = session_ids(database, weekly)
    edit(database, w[3], room_id=cedar)  # into Cedar
    edit(database, w[4], room_id=cedar, shift=timedelta(days=2))  # into Cedar, another day
    edit(database, w[5], cancel=True)
    m = session_ids(database, monthly)
    edit(database, m[0], room_id=oak)  # Family Night visits Oak
    by_room = {
        name: _export(database, admin, room=name) for name in ("Oak Room", "cedar room", "Online")
    }
    for gid in (weekly, monthly, online):
        plan(database, gid, FIRST + relativedelta(years=2, days=7))
    assert _compare(database, by_room["Oak Room"], FIRST, room_id=oak) > 90
    assert _compare(database, by_room["cedar room"], FIRST, room_id=cedar) == 24 + 2 - 1
    assert _compare(database, by_room["Online"], FIRST, room_id=zoom) > 90
    assert "LOCATION:https://meet.example.org/harbor" in by_room["Online"].decode()


def test_facilitator_export_follows_substitutions(database: Database) -> None:
    admin = center(database, tz="America/Chicago")
    lena, marcus = add_staff(database, "Lena", "Ortiz"), add_staff(database, "Marcus", "Hale")
    circle = add_group(
        database,
        "Recovery Circle",
        Recurrence(Frequency.WEEKLY, weekdays=(1,)),
        FIRST,
        time(18),
        staff_ids=(lena,),
    )
    mentoring = add_group(
        database,
        "Mentoring: Jo",
        Recurrence(Frequency.WEEKLY, interval=2, weekdays=(3,)),
        FIRST,
        time(10),
        staff_ids=(marcus,),
    )
    for gid in (circle, mentoring):
        plan(database, gid, FIRST + relativedelta(months=12))
    c = session_ids(database, circle)
    edit(database, c[2], staff_ids=(marcus,))  # Marcus covers for Lena once
    edit(database, c[3], staff_ids=(lena, marcus))  # and co-leads once
    lena_file = _export(database, admin, facilitator="lena ortiz")
    marcus_file = _export(database, admin, facilitator="Marcus")
    for gid in (circle, mentoring):
        plan(database, gid, FIRST + relativedelta(years=2, days=7))
    assert _compare(database, lena_file, FIRST, staff_id=lena) == 105 - 1
    assert _compare(database, marcus_file, FIRST, staff_id=marcus) == 52 + 2
    descriptions = {str(e["DESCRIPTION"]) for e in events_of(marcus_file)}
    assert "Peer support group\nFacilitators: Lena, Marcus" in descriptions


def test_everything_export_holds_every_group(database: Database) -> None:
    admin = center(database, tz="America/Chicago")
    gids = [
        add_group(database, name, rec, FIRST, time(9 + i))
        for i, (name, rec) in enumerate(PATTERNS.items())
    ]
    for gid in gids:
        plan(database, gid, FIRST + relativedelta(months=6))
    edit(database, session_ids(database, gids[0])[10], cancel=True)
    data = _export(database, admin)
    for gid in gids:
        plan(database, gid, FIRST + relativedelta(years=2, days=7))
    assert _compare(database, data, FIRST) > 1000


ends = st.one_of(
    st.none(),
    st.integers(1, 200).map(lambda n: ("count", n)),
    st.integers(0, 800).map(lambda n: ("days", n)),
)


def _signed_in(db: Database) -> Actor:
    """Hypothesis runs many examples on one database: set the center up once."""
    with db.reader() as s:
        exists = s.get(Setting, "center.name") is not None
    if exists:
        return auth.login(db, "admin", PASSWORD)
    admin = center(db, tz="America/Chicago")
    add_room(db, "Oak Room")
    add_room(db, "Cedar Room")
    return admin


def _with_end(rule: Recurrence, end: tuple[str, int] | None, first: date) -> Recurrence:
    if end is None:
        return rule
    kind, n = end
    if kind == "count":
        return replace(rule, count=n)
    return replace(rule, until=first + timedelta(days=n))


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    rule=RULES,
    end=ends,
    first=st.dates(date(2025, 6, 1), date(2027, 6, 28)),
    quarter=st.integers(7 * 4, 20 * 4),
    length=st.sampled_from([30, 60, 90, 120]),
    edits=st.lists(
        st.tuples(
            st.integers(0, 60), st.sampled_from(["cancel", "move", "room"]), st.integers(-72, 72)
        ),
        max_size=6,
    ),
)
def test_random_rules_round_trip(
    database: Database,
    rule: Recurrence,
    end: tuple[str, int] | None,
    first: date,
    quarter: int,
    length: int,
    edits: list[tuple[int, str, int]],
) -> None:
    admin = _signed_in(database)
    first = first.replace(day=min(first.day, 28))
    rule = _with_end(rule, end, first)
    at = time(quarter // 4, quarter % 4 * 15)
    name = f"Random {uuid.uuid4().hex}"  # one database serves every example
    oak, cedar = (1, 2)
    gid = add_group(database, name, rule, first, at, minutes=length, room_id=oak)
    plan(database, gid, first + relativedelta(months=12))
    ids = session_ids(database, gid)
    for index, action, hours in edits:
        if index < len(ids):
            if action == "cancel":
                edit(database, ids[index], cancel=True)
            elif action == "move":
                edit(database, ids[index], shift=timedelta(hours=hours))
            else:
                edit(database, ids[index], room_id=cedar)
    data = _export(database, admin, group=name)
    plan(database, gid, first + relativedelta(years=2, days=7))
    _compare(database, data, first, group_ids=[gid])
