"""Days in a row, back-to-back sessions, sessions per day and sessions on leave."""

from __future__ import annotations

import pytest

from peercenter.domain.enums import TimeEntryKind
from peercenter.domain.guardrails import (
    GuardrailSettings,
    Level,
    Scope,
    Workload,
    consecutive,
    sessions,
)
from tests.unit.guardrails.helpers import TODAY, day, entries, hours, session

SETTINGS = GuardrailSettings()
SCOPE = Scope.around(TODAY)


@pytest.mark.parametrize(
    ("days", "level"), [(6, None), (7, Level.AMBER), (12, Level.AMBER), (13, Level.RED)]
)
def test_working_days_in_a_row(days: int, level: Level | None) -> None:
    load = hours({day(-i): 4 for i in range(days)})
    flags = consecutive.check(load, SCOPE, SETTINGS)
    assert [f.level for f in flags] == ([level] if level else [])
    if level:
        assert flags[0].numbers["days"] == days


def test_a_day_off_or_a_day_of_leave_ends_the_run() -> None:
    worked = {day(-i): 4 for i in range(10) if i != 4}
    assert consecutive.check(hours(worked), SCOPE, SETTINGS) == []
    with_leave = Workload.build(
        [], [*entries({day(-i): 4 for i in range(10)}), *entries({day(-4): 8}, TimeEntryKind.LEAVE)]
    )
    # The leave entry does not erase the other entry, but a day of leave is not a working day.
    assert consecutive.check(with_leave, SCOPE, SETTINGS) == []


def test_the_run_is_described_with_its_dates() -> None:
    [flag] = consecutive.check(hours({day(-i): 4 for i in range(8)}), SCOPE, SETTINGS)
    assert flag.message == (
        "Works 8 days in a row (28 May – 4 Jun 2025); more than 6 in a row is flagged."
    )


@pytest.mark.parametrize(("gap", "flagged"), [(14, True), (15, False), (0, True)])
def test_back_to_back_sessions(gap: int, flagged: bool) -> None:
    load = Workload.build(
        [
            session(TODAY, "10:00", 60, "Recovery Circle"),
            session(TODAY, f"11:{gap:02d}", 60, "Art Group"),
        ],
        [],
    )
    flags = sessions.back_to_back(load, SCOPE, SETTINGS)
    assert bool(flags) is flagged
    if flagged:
        assert flags[0].level is Level.AMBER
        assert flags[0].message == (
            f"Back-to-back sessions on Wed 4 Jun 2025: Recovery Circle ends 11:00 AM and Art "
            f"Group starts 11:{gap:02d} AM ({gap} min break; at least 15 min wanted)."
        )


def test_back_to_back_counts_every_occasion() -> None:
    load = Workload.build(
        [
            s
            for d in (day(0), day(1), day(2))
            for s in (session(d, "10:00", 60), session(d, "11:05", 60))
        ],
        [],
    )
    [flag] = sessions.back_to_back(load, SCOPE, SETTINGS)
    assert flag.numbers["occurrences"] == 3
    assert flag.message.endswith("This happens 3 times.")


@pytest.mark.parametrize(("count", "flagged"), [(4, False), (5, True)])
def test_more_than_four_sessions_a_day(count: int, flagged: bool) -> None:
    load = Workload.build([session(TODAY, f"{8 + 2 * i:02d}:00", 60) for i in range(count)], [])
    flags = sessions.per_day(load, SCOPE, SETTINGS)
    assert bool(flags) is flagged
    if flagged:
        assert flags[0].message == ("5 sessions on Wed 4 Jun 2025; more than 4 a day is flagged.")


def test_a_session_on_a_day_of_leave_is_red() -> None:
    load = Workload.build(
        [session(day(1), "10:00", 60, "Art Group")], entries({day(1): 8}, TimeEntryKind.LEAVE)
    )
    [flag] = sessions.on_leave(load, SCOPE)
    assert flag.level is Level.RED
    assert flag.message == "Art Group on Thu 5 Jun 2025 falls on a day of leave."
    assert sessions.on_leave(Workload.build([session(day(1), "10:00", 60)], []), SCOPE) == []
