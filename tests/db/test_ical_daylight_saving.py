"""Sessions that run across a daylight-saving change keep their real length in the .ics file:
every change of two years in three zones (two northern, one southern), expanded by
recurring-ical-events, gives exactly the start and end the application holds."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from dateutil.relativedelta import relativedelta

from peercenter.db.engine import Database
from peercenter.domain.ical_dst import change_days
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.services import ical_export
from tests.factories import center
from tests.schedule_data import add_group, app_slots, edit, ics_slots, plan, session_ids

FIRST = date(2026, 1, 1)
DAILY = Recurrence(Frequency.DAILY)
# Night groups that meet on the change days: in the hour skipped in spring, in the hour
# repeated in autumn, and across the whole night.
NIGHT = {
    "Night line 1:30": (time(1, 30), 60),
    "Night line 2:30": (time(2, 30), 60),
    "Overnight vigil": (time(23, 0), 240),
    "Early circle": (time(0, 30), 90),
}


def _fall_back_day(tz: ZoneInfo, year: int) -> date:
    """The day in ``year`` clocks go back (the offset gets smaller)."""
    for day in change_days(tz, date(year, 1, 1), date(year, 12, 31)):
        before = tz.utcoffset(datetime.combine(day, time.min))
        after = tz.utcoffset(datetime.combine(day + timedelta(days=1), time.min))
        if before is not None and after is not None and after < before:
            return day
    raise AssertionError(f"{tz.key} does not go back in {year}")


@pytest.mark.slow
@pytest.mark.parametrize("zone", ["America/Chicago", "Europe/London", "Australia/Sydney"])
def test_every_daylight_saving_change_of_two_years_round_trips(
    database: Database, zone: str
) -> None:
    tz = ZoneInfo(zone)
    admin = center(database, tz=zone)
    gids = [
        add_group(database, name, DAILY, FIRST, at, minutes=minutes)
        for name, (at, minutes) in NIGHT.items()
    ]
    fall_back = _fall_back_day(tz, 2026)
    once = add_group(
        database, "Once, in the repeated hour", Recurrence(Frequency.ONCE), fall_back, time(1, 30)
    )
    gids.append(once)
    for gid in gids:
        plan(database, gid, FIRST + relativedelta(months=12))
    # A session moved by hand onto the night of a change is an override of its own.
    moved = session_ids(database, gids[0])[(fall_back - FIRST).days - 3]
    edit(database, moved, shift=timedelta(days=3, minutes=15))
    with database.session() as s:
        data = ical_export.export_calendar(s, admin, ical_export.ExportScope()).data
    # The application plans the second year later with the same rules; the file already
    # holds it.
    for gid in gids:
        plan(database, gid, FIRST + relativedelta(years=2, days=2))
    lo = datetime.combine(FIRST, time.min, tz).astimezone(UTC)
    hi = datetime.combine(FIRST + relativedelta(years=2), time.min, tz).astimezone(UTC)
    expected = app_slots(database, lo, hi)
    got = ics_slots(data, lo, hi)
    assert got - expected == set(), "in the file but not in the application"
    assert expected - got == set(), "in the application but not in the file"

    changes = change_days(tz, FIRST, FIRST + relativedelta(years=2) - timedelta(days=1))
    assert len(changes) == 4
    for day in changes:
        # Each change has sessions whose wall-clock length is not their real length.
        crossing = [
            (start, end)
            for start, end, _ in expected
            if start.astimezone(tz).date() in (day, day - timedelta(days=1))
            and (
                end.astimezone(tz).replace(tzinfo=None) - start.astimezone(tz).replace(tzinfo=None)
            )
            != end - start
        ]
        assert crossing, f"no session across the change on {day}"
    # Every session keeps its length, a one-hour session included.
    assert {end - start for start, end, _ in expected} == {
        timedelta(minutes=m) for _, m in NIGHT.values()
    } | {timedelta(minutes=90)}

    events = icalendar.Calendar.from_ical(data).walk("VEVENT")
    for event in events:
        # DTSTART and DTEND are written in one zone: both local, or both UTC.
        start, end = event["DTSTART"], event["DTEND"]
        assert start.params.get("TZID") == end.params.get("TZID"), event.to_ical()
        assert (start.dt.tzinfo == UTC) == (end.dt.tzinfo == UTC)
    once_event = next(e for e in events if str(e["SUMMARY"]) == "Once, in the repeated hour")
    assert once_event["DTSTART"].params.get("TZID") == zone
