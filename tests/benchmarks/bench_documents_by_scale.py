"""A session handout and the day's packet on the small and the large demo center: reading
what goes on the paper must not grow with the years of history behind it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy.orm import Session

from peercenter.db.engine import Database
from peercenter.domain.printing import HandoutData
from peercenter.reports import fonts, handout, packet
from peercenter.services import auth, settings
from peercenter.services.clock import local_today
from peercenter.services.context import Actor
from peercenter.services.handouts import gather
from tests.benchmarks.harness import PASSWORD, Result, demo_database, interleaved


def _busy_day(session: Session) -> date:
    """The day in the coming two weeks with the most sessions."""
    tz = settings.center_timezone(session)
    today = local_today(tz)
    days = [today + timedelta(days=n) for n in range(14)]
    return max(days, key=lambda d: len(gather.day_sessions(session, tz, d)))


class _Center:
    def __init__(self, scale: str) -> None:
        self.database = Database.from_url(demo_database(scale))
        self.actor: Actor = auth.login(self.database, "admin", PASSWORD)
        # Never committed: building a packet audits its sign-in sheets.
        self.session = Session(self.database.engine)
        self.options = gather.print_options(self.session)
        self.day = _busy_day(self.session)
        tz = settings.center_timezone(self.session)
        self.sessions = len(gather.day_sessions(self.session, tz, self.day))
        first = gather.day_packet(self.session, self.actor, self.day, self.options).documents
        self.session_id = next(d.session.session_id for d in first if isinstance(d, HandoutData))

    def handout(self) -> bytes:
        return handout.build(
            gather.handout(self.session, self.actor, self.session_id, self.options)
        )

    def packet(self) -> bytes:
        return packet.build(gather.day_packet(self.session, self.actor, self.day, self.options))

    def close(self) -> None:
        self.session.rollback()
        self.session.close()
        self.database.dispose()


def collect() -> list[Result]:
    fonts.register()
    small, large = _Center("small"), _Center("large")
    try:
        jobs: list[Callable[[], object]] = [
            small.handout,
            large.handout,
            small.packet,
            large.packet,
        ]
        small_handout, large_handout, small_packet, large_packet = interleaved(jobs, 9)
        area = "documents"
        return [
            Result(
                area,
                "session handout (read + PDF), large center",
                "small center",
                small_handout,
                large_handout,
            ),
            Result(
                area,
                f"day's packet, large center ({large.sessions} sessions)",
                f"small center ({small.sessions} sessions)",
                small_packet,
                large_packet,
            ),
            Result(
                area,
                "day's packet per session, large center",
                "small center",
                small_packet / small.sessions,
                large_packet / large.sessions,
            ),
        ]
    finally:
        small.close()
        large.close()
