"""`peercenter gui --smoke-test`: proves an installation works, the built bundle above all.

It makes a throw-away demo center in a temporary folder (nothing of the user's own data or
window settings is read or written), opens the main window on it as the administrator,
visits every screen, makes a session handout and draws its first page, then quits. Each
step prints one line; the exit code is 0 only when every step went well."""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from peercenter import logs
from peercenter.db.engine import Database
from peercenter.paths import DATA_DIR_ENV
from peercenter.services.context import Actor
from peercenter.ui import icons

PASSWORD = "smoke test password"  # a throw-away center that is deleted afterwards
SETTLE_SECONDS = 20.0  # the longest a screen may take to finish loading in the background


class SmokeTest:
    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.problems: list[str] = []
        self._watch = QTimer()
        self._watch.setInterval(100)
        self._watch.timeout.connect(self._close_pop_ups)

    def say(self, text: str) -> None:
        print(text, flush=True)

    def fail(self, text: str) -> None:
        self.problems.append(text)
        print(f"FAILED: {text}", flush=True)

    def _close_pop_ups(self) -> None:
        """A message box or dialog during the visit means something went wrong: note what it
        said and close it, so the test goes on instead of waiting for a person."""
        widget = self.app.activeModalWidget()
        if isinstance(widget, QMessageBox):
            self.fail(f"message shown: {widget.text()}")
            widget.reject()
        elif isinstance(widget, QDialog):
            self.fail(f"dialog opened: {widget.windowTitle()}")
            widget.reject()

    def _unexpected(
        self, error_type: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        self.fail("".join(traceback.format_exception(error_type, error, trace)).strip())

    def settle(self) -> None:
        """Let queued events and background loading finish."""
        deadline = time.monotonic() + SETTLE_SECONDS
        pool = QThreadPool.globalInstance()
        while time.monotonic() < deadline:
            self.app.processEvents()
            if pool.activeThreadCount() == 0:
                break
            pool.waitForDone(20)
        self.app.processEvents()

    def run(self) -> int:
        with (
            tempfile.TemporaryDirectory(prefix="peercenter-smoke-") as folder,
            _environment(DATA_DIR_ENV, str(Path(folder) / "data")),
        ):
            self._watch.start()
            previous_hook, sys.excepthook = sys.excepthook, self._unexpected
            try:
                self._run_in(Path(folder))
            except Exception:  # reported as a failed step, never a traceback and exit 1
                self.fail(traceback.format_exc().strip())
            finally:
                sys.excepthook = previous_hook
                self._watch.stop()
                logs.close_file()  # its file is in the temporary folder about to go
        if self.problems:
            self.say(f"Smoke test failed: {len(self.problems)} problem(s).")
            return 1
        self.say("Smoke test passed.")
        return 0

    def _run_in(self, folder: Path) -> None:
        from peercenter.services.opening import open_and_upgrade

        started = time.perf_counter()
        database = open_and_upgrade(f"sqlite:///{folder / 'smoke.sqlite3'}")
        try:
            actor = _demo_center(database)
            self.say(f"demo center made in {time.perf_counter() - started:.1f} s")
            self._visit_screens(database, actor, folder)
            self._make_handout(database, actor, folder)
        finally:
            database.dispose()

    def _visit_screens(self, database: Database, actor: Actor, folder: Path) -> None:
        from peercenter.ui.context import AppContext
        from peercenter.ui.main_window import MainWindow
        from peercenter.ui.ui_state import UiState

        window = MainWindow(
            AppContext(database, actor, UiState.from_file(str(folder / "window.ini")))
        )
        window.show()
        self.settle()
        try:
            for key, title in window.sidebar.entries():
                before = len(self.problems)
                window.open_screen(key)
                self.settle()
                if window.current_key != key or window.screen_widget(key) is None:
                    self.fail(f"screen did not open: {title}")
                elif len(self.problems) == before:
                    self.say(f"screen ok: {title}")
        finally:
            window.close()
            window.deleteLater()
            self.settle()

    def _make_handout(self, database: Database, actor: Actor, folder: Path) -> None:
        from peercenter.documents import printed
        from peercenter.services import settings
        from peercenter.services.clock import local_today
        from peercenter.services.schedule.sessions import SessionFilter, list_sessions
        from peercenter.services.settings import center_timezone
        from peercenter.ui.printing.pdf_printer import load_document

        logo = folder / "logo.png"  # a logo on the page, as most centers have
        if not icons.app_icon().pixmap(128, 128).save(str(logo), "PNG"):
            self.fail("the logo for the handout could not be drawn")
            return
        with database.session() as session:
            settings.set_many(session, actor, {"center.logo_path": str(logo)})
            today = local_today(center_timezone(session))
            upcoming = list_sessions(
                session,
                actor,
                today,
                today + timedelta(days=13),
                SessionFilter(include_cancelled=False),
            )
            if not upcoming:
                self.fail("the demo center has no session in the next two weeks")
                return
            request = printed.Request(printed.Kind.HANDOUT, session_id=upcoming[0].id)
            pdf = printed.render(session, actor, request, printed.Use.PREVIEW).pdf
        document = load_document(pdf)
        image = document.render(0, document.pagePointSize(0).toSize())
        if document.pageCount() < 1 or image.isNull() or not _has_ink(image):
            self.fail("the handout's first page came out blank")
            return
        self.say(
            f"handout ok: {upcoming[0].group_name}, {document.pageCount()} page(s), "
            f"{len(pdf) // 1024} KiB"
        )


def _has_ink(image: QImage) -> bool:
    """Some pixel of the page is darker than paper (a sample every few pixels)."""
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            if QColor(image.pixel(x, y)).lightness() < 128:
                return True
    return False


def _demo_center(database: Database) -> Actor:
    from peercenter.services import setup
    from peercenter.services.demo import build_demo

    with database.session() as session:
        actor = setup.create_center(
            session,
            setup.FirstStart(
                center_name="Smoke Test Center",
                timezone="America/Chicago",
                first_name="Smoke",
                last_name="Test",
                username="smoke",
                password=PASSWORD,
                password_again=PASSWORD,
            ),
        )
        build_demo(session, actor, PASSWORD, scale="small")
    return actor


@contextmanager
def _environment(name: str, value: str) -> Iterator[None]:
    previous = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = previous


def run_smoke_test(make_app: Callable[[], QApplication] | None = None) -> int:
    from peercenter.ui import theme
    from peercenter.ui.application import qt_application

    app = (make_app or qt_application)()
    theme.apply(app)
    return SmokeTest(app).run()
