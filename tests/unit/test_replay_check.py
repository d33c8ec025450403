"""The replay's check sees a different ending: a row that differs, an event missing, and a
desk whose events came in another order; a different interleaving of the desks is not one."""

from __future__ import annotations

from tests.benchmarks.morning_record import load
from tests.benchmarks.replay_check import TABLES, Ending, compare


def _ending(events: list[tuple[str, ...]], attended: str = "present") -> Ending:
    rows: dict[str, list[tuple[str, ...]]] = {table: [] for table in TABLES}
    rows["attendance"] = [("Morning Circle 01", "Ada A.", attended)]
    return Ending(rows, list(events))


NORTH_1 = ("ana", "login", "user", "1", "[]")
NORTH_2 = ("ana", "check_in", "attendance", "Morning Circle 01", "[]")
SOUTH_1 = ("dev", "login", "user", "2", "[]")


def test_another_interleaving_of_the_desks_is_the_same_ending() -> None:
    morning = load()
    one = _ending([NORTH_1, SOUTH_1, NORTH_2])
    three = _ending([SOUTH_1, NORTH_1, NORTH_2])
    assert compare(morning, three, one) == []


def test_a_different_row_a_missing_event_or_a_desk_out_of_order_is_seen() -> None:
    morning = load()
    one = _ending([NORTH_1, SOUTH_1, NORTH_2])
    assert compare(morning, _ending([NORTH_1, SOUTH_1, NORTH_2], "late"), one)
    assert compare(morning, _ending([NORTH_1, SOUTH_1]), one)
    out_of_order = compare(morning, _ending([NORTH_2, SOUTH_1, NORTH_1]), one)
    assert out_of_order == ["desk north: its events are in another order from event 0"]


def test_views_are_compared_as_who_looked_at_what() -> None:
    """Whom a list showed at that moment, and a second view when a run crosses the hour, are
    facts of the moment; a view nobody made is a difference."""
    morning = load()
    saw_six = ("ana", "view", "attendance", "Morning Circle 01", "[('listed', '7-12')]")
    saw_seven = ("ana", "view", "attendance", "Morning Circle 01", "[('listed', '7-12,126')]")
    one = _ending([NORTH_1, saw_six, SOUTH_1, NORTH_2])
    assert compare(morning, _ending([NORTH_1, SOUTH_1, saw_seven, NORTH_2, saw_six]), one) == []
    missing = compare(morning, _ending([NORTH_1, SOUTH_1, NORTH_2]), one)
    assert len(missing) == 1 and missing[0].startswith("views differ")


def test_the_recording_is_the_busy_morning_it_says() -> None:
    morning = load()
    assert len(morning.groups) == 20
    assert morning.count("check_in") == 120
    assert morning.count("walk_in") == 10
    assert morning.count("move") == 6
    assert morning.count("sign_in") == 30
    assert {morning.desk_of(a["who"]) for a in morning.actions} == {"north", "south", "east"}
