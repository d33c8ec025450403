"""How soon someone marked present at another desk shows on a front desk's open Today
screen, the promise of screens that stay live being two seconds: on one computer's file
(another connection commits, the window's watcher notices PRAGMA data_version move) and on a
center's server (each desk signed in as its own person, the window hearing the server's
notification). Each mark is timed from its commit to the moment Today's count says it; the
tests only wait for it.

Needs the PostgreSQL server of `make bench` (PEERCENTER_TEST_PG) for the server's line."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from datetime import time as clock_time
from pathlib import Path
from typing import TYPE_CHECKING

from tests.benchmarks.harness import Result
from tests.benchmarks.load_run import percentile

if TYPE_CHECKING:
    from peercenter.db.engine import Database
    from peercenter.services.context import Actor

AREA = "live screens"
PROMISE_S = 2.0
CHECK_INS = 20
GIVE_UP_S = 30.0


def _app() -> object:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _time_marks(
    window_db: Database, fran: Actor, mark: Callable[[int], None], people: int
) -> list[float]:
    """Open Today for ``fran`` on ``window_db``; ``mark(n)`` marks the n-th person present
    at another desk. The delay of each, commit to shown."""
    from PySide6.QtTest import QTest

    from peercenter.ui.context import AppContext
    from peercenter.ui.main_window import MainWindow
    from peercenter.ui.screens.today import TodayScreen
    from peercenter.ui.ui_state import UiState

    _app()
    with tempfile.TemporaryDirectory(prefix="peercenter-live-") as tmp:
        state = UiState.from_file(str(Path(tmp) / "ui.ini"))
        window = MainWindow(AppContext(window_db, fran, state))
        try:
            window.show()
            window.open_screen("today")
            watcher = window.live.watcher
            assert watcher is not None and watcher.ready.wait(GIVE_UP_S)
            today = window.screen_widget("today")
            assert isinstance(today, TodayScreen)
            delays = []
            for n in range(min(CHECK_INS, people)):
                QTest.qWait(300)  # the other desk between two people
                mark(n)
                committed = time.perf_counter()
                wanted = f"{n + 1} attended"
                while wanted not in today.summary.text():
                    if time.perf_counter() - committed > GIVE_UP_S:
                        raise RuntimeError(f"a mark did not show in {GIVE_UP_S:g} s")
                    QTest.qWait(5)
                delays.append(time.perf_counter() - committed)
            return delays
        finally:
            window.live.stop()
            window.close()
            window.deleteLater()
            QTest.qWait(50)


def on_file() -> list[float]:
    """Two connections to one SQLite file, as two windows on one computer."""
    from peercenter.db import migrate
    from peercenter.db.engine import Database, make_engine
    from peercenter.domain.enums import AttendanceStatus, Role
    from peercenter.services import clock, participants
    from peercenter.services.schedule import attendance, rosters
    from tests.gui.helpers import sign_in_as
    from tests.schedule_factories import CHICAGO, front_desk

    with tempfile.TemporaryDirectory(prefix="peercenter-live-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'center.sqlite3'}"
        engine = make_engine(url)
        migrate.upgrade(engine)
        engine.dispose()
        window_db, other = Database.from_url(url), Database.from_url(url)
        try:
            desk = front_desk(other)
            day = clock.local_today(CHICAGO)
            group = desk.group("Morning Circle", first=day, at=clock_time(9, 0), room=None)
            session_id = next(v.id for v in desk.sessions(group.id) if v.starts_at.date() == day)
            people = []
            with other.session() as s:
                for n in range(CHECK_INS):
                    form = participants.ParticipantForm(f"Person{n:02d}", "Live")
                    people.append(participants.create(s, desk.admin, form).id)
                    rosters.enroll(s, desk.admin, group.id, people[-1], day)
            fran = sign_in_as(window_db, desk.admin, Role.FRONT_DESK, "fran", "Fran", "Desk")

            def mark(n: int) -> None:
                with other.session() as s:
                    attendance.mark(s, desk.admin, session_id, people[n], AttendanceStatus.PRESENT)

            return _time_marks(window_db, fran, mark, len(people))
        finally:
            window_db.dispose()
            other.dispose()


def on_server(superuser: str) -> list[float]:
    """Two desks of a center's server, each signed in as its own person."""
    from peercenter.db.engine import Database
    from peercenter.domain.enums import AttendanceStatus
    from peercenter.services import auth
    from peercenter.services.schedule import attendance
    from tests.benchmarks import load_center
    from tests.factories import PASSWORD

    center = load_center.build(superuser, 2)
    window_db, other = Database.from_url(center.address), Database.from_url(center.address)
    try:
        fran = auth.login(window_db, center.desks[0], PASSWORD)
        sue = auth.login(other, center.desks[1], PASSWORD)
        group = sorted(center.regulars)[0]
        session_id, people = center.today_sessions[group], center.regulars[group]

        def mark(n: int) -> None:
            with other.session() as s:
                attendance.mark(s, sue, session_id, people[n], AttendanceStatus.PRESENT)

        return _time_marks(window_db, fran, mark, len(people))
    finally:
        window_db.dispose()
        other.dispose()
        center.drop()


def _result(where: str, delays: list[float], pct: int) -> Result:
    return Result(
        AREA,
        f"a mark at another desk shown on Today, {where} (p{pct} of {len(delays)})",
        "the 2 s promise",
        PROMISE_S,
        percentile(delays, pct),
        target=1.0,
    )


def collect() -> list[Result]:
    superuser = os.environ.get("PEERCENTER_TEST_PG")
    if not superuser:
        raise SystemExit(
            "The live-screens benchmark needs a PostgreSQL server: run it with `make bench`, "
            "which starts a throw-away one (PEERCENTER_TEST_PG)."
        )
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    found = []
    for where, delays in (
        ("one computer's file", on_file()),
        ("a center's server", on_server(superuser)),
    ):
        found += [_result(where, delays, 50), _result(where, delays, 95)]
    return found
