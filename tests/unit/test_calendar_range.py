"""Dates far outside the calendar (a mistyped year, the last day a date picker offers) are
refused with a message where a day's start and end are worked out, instead of an overflow
the person at the desk cannot read; nothing is written."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.orm import Session

from peercenter.db.engine import Database
from peercenter.domain import validation
from peercenter.domain.errors import ValidationError
from peercenter.services import audit_review, today
from peercenter.services.clock import day_bounds
from peercenter.services.context import Actor
from peercenter.services.handouts import gather
from peercenter.services.schedule.sessions import list_sessions
from tests.factories import center

FAR = date(9999, 12, 31)
EARLY = date(1, 1, 1)
MESSAGE = "is outside the dates PeerCenter works with (1900 to 2199)"
PATTERN = re.escape(MESSAGE)


@pytest.mark.parametrize("day", [FAR, EARLY, date(2200, 1, 1), date(1899, 12, 31)])
def test_days_outside_the_calendar_are_refused(day: date) -> None:
    assert validation.outside_calendar(day) == f"{day.isoformat()} {MESSAGE}."
    with pytest.raises(ValidationError, match=re.escape(f"The date {day.isoformat()} {MESSAGE}")):
        day_bounds(day, ZoneInfo("America/Chicago"))


@pytest.mark.parametrize("day", [validation.FIRST_DAY, validation.LAST_DAY, date(2026, 3, 8)])
def test_every_day_inside_has_a_start_and_an_end(day: date) -> None:
    start, end = day_bounds(day, ZoneInfo("Pacific/Kiritimati"))
    assert start < end


CALLS: dict[str, Callable[[Session, Actor, date], object]] = {
    "sessions": lambda s, a, d: list_sessions(s, a, d, d),
    "today": today.agenda,
    "audit": lambda s, a, d: audit_review.search(s, a, audit_review.AuditFilter(since=d)),
    "packet": lambda s, a, d: gather.day_packet(s, a, d, gather.print_options(s)),
    "poster": lambda s, a, d: gather.poster(s, a, d, gather.print_options(s)),
}


@pytest.mark.parametrize("call", sorted(CALLS))
def test_services_refuse_them_with_a_message(database: Database, call: str) -> None:
    admin = center(database)
    for day in (FAR, EARLY):
        with database.session() as s, pytest.raises(ValidationError, match=PATTERN):
            CALLS[call](s, admin, day)
