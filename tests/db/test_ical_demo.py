"""The demo center, built independently of the export (history, closures, a moved session),
round-trips through the .ics file: two years of sessions expanded by recurring-ical-events
are the sessions the database holds."""

from __future__ import annotations

from dateutil.relativedelta import relativedelta

from peercenter.services import auth, ical_export
from tests.factories import PASSWORD
from tests.schedule_data import app_slots, ics_slots, local_window
from tests.unit.test_demo import TODAY, TZ, Demo, demo, engine_name

__all__ = ["demo", "engine_name"]  # the module-wide demo fixtures, shared with its tests


def test_the_demo_schedule_round_trips(demo: Demo) -> None:
    admin = auth.login(demo.db, "admin", PASSWORD)
    with demo.db.session() as s:
        export = ical_export.export_calendar(s, admin, ical_export.ExportScope())
    # A year back and a year ahead: the planned horizon is twelve months.
    lo, _ = local_window(TODAY - relativedelta(years=1), TZ)
    _, hi = local_window(TODAY - relativedelta(years=1), TZ, years=2)
    expected = app_slots(demo.db, lo, hi)
    assert len(expected) > 300
    assert ics_slots(export.data, lo, hi) == expected
    assert export.changed_sessions >= 1  # the moved session is an override
