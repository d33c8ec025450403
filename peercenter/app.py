"""Starts the window: opens and upgrades the database, then hands over to the first-start
wizard or the login dialog and the main window. Nothing here is global; the database and the
signed-in person are passed down."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

import peercenter.ui  # noqa: F401  (first: it tames PySide6 before Qt loads; see there)

# isort: split
from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QApplication

from peercenter import APP_NAME, LOAD_STARTED, __version__
from peercenter.db import migrate
from peercenter.db.engine import Database, sqlite_path
from peercenter.domain.errors import PeerCenterError
from peercenter.services.credentials.shipped import sync_shipped_safely

BACKGROUND_WAIT_MS = 300_000  # a backup of a very large database to a slow network drive


class StartupError(Exception):
    """The database could not be opened or brought up to date."""

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.details = details


def open_database(url: str) -> Database:
    """Open the database and upgrade its schema (a SQLite file is copied aside first)."""
    try:
        database = Database.from_url(url)
    except PeerCenterError as exc:
        raise StartupError(exc.message) from exc
    except Exception as exc:  # any driver or file problem: the user needs the words, not a crash
        raise StartupError(_cannot_open(url), traceback.format_exc()) from exc
    if database.server is not None:
        return _open_server(database, url)
    try:
        migrate.upgrade(database.engine)
    except Exception as exc:
        database.dispose()
        raise StartupError(
            f"{_cannot_open(url)}\n\nIts structure could not be brought up to date for "
            f"PeerCenter {__version__}. Nothing was changed; a copy of the file made before "
            "the attempt is kept next to it. A newer version of PeerCenter may have used "
            "this database.",
            traceback.format_exc(),
        ) from exc
    try:
        sync_shipped_safely(database)
    except PeerCenterError as exc:  # a damaged program file in this installation
        database.dispose()
        raise StartupError(
            f"PeerCenter cannot load its credential programs:\n{exc.message}",
            traceback.format_exc(),
        ) from exc
    return database


def _open_server(database: Database, url: str) -> Database:
    """A center's server is opened as its sign-in role, which may only sign people in: it is
    upgraded by its owner (`peercenter db upgrade`), never by a computer starting up."""
    from peercenter.services.server_admin import check_current

    try:
        check_current(database)
    except PeerCenterError as exc:
        database.dispose()
        raise StartupError(exc.message) from exc
    except Exception as exc:
        database.dispose()
        raise StartupError(_cannot_open(url), traceback.format_exc()) from exc
    return database


def _cannot_open(url: str) -> str:
    path = sqlite_path(url)
    if path is not None:
        return f"PeerCenter cannot open its database file:\n{path}"
    return (
        "PeerCenter cannot open the database on the server. Check that the server is "
        "running and reachable from this computer, and that the address is right."
    )


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    return app


def _report_unexpected(
    error_type: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """A bug must not close the window with unsaved typing in it: say so and carry on."""
    from peercenter.ui import messages

    details = "".join(traceback.format_exception(error_type, error, trace))
    print(details, file=sys.stderr)
    messages.show_fatal(
        "Something went wrong",
        "PeerCenter ran into a problem it did not expect. What you were doing "
        "may not have been saved; please check and try again. If it happens "
        "again, send the details below to whoever looks after PeerCenter.",
        details,
    )


def run_gui(
    database_url: str,
    username: str | None = None,
    password: str | None = None,
    exit_when_ready: bool = False,
) -> int:
    """Open the window and run until the user quits; returns the process exit code.

    With ``exit_when_ready`` the program quits as soon as its first window has been drawn,
    after printing how long that took and the memory in use (nothing is backed up)."""
    # Imported here so the command line can use this module's helpers without loading widgets.
    from peercenter.ui import icons, messages, theme
    from peercenter.ui.flow import AppFlow
    from peercenter.ui.ready_probe import ReadyProbe, report_ready
    from peercenter.ui.ui_state import UiState

    app = _application()
    app.setWindowIcon(icons.app_icon())
    theme.apply(app)
    if not recover_if_damaged(database_url):
        return 0
    try:
        database = open_database(database_url)
    except StartupError as exc:
        messages.show_fatal("PeerCenter cannot start", exc.message, exc.details)
        return 1
    # Quitting is decided by the flow: between sign-out and the next login no window is open.
    app.setQuitOnLastWindowClosed(False)
    # A server is backed up on the server (see the README), not by each computer.
    auto_backup = not exit_when_ready and database.server is None
    flow = AppFlow(
        database, UiState.default(), username, auto_backup=auto_backup, password=password
    )
    flow.finished.connect(app.exit)
    if exit_when_ready:

        def ready() -> None:
            report_ready(LOAD_STARTED)
            app.exit(0)

        probe = ReadyProbe(ready, app)
        flow.window_shown.connect(probe.watch)
    flow.start()
    previous_hook = sys.excepthook
    sys.excepthook = _report_unexpected
    try:
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        # Work started in the background (planning ahead, a backup) finishes before the
        # database is closed, rather than being cut off half-way.
        QThreadPool.globalInstance().waitForDone(BACKGROUND_WAIT_MS)
        if flow.signed_in_once and flow.auto_backup:
            from peercenter.services.backup.service import backup_if_due

            backup_if_due(database, "exit")  # the window is gone; this may take a moment
        database.dispose()
        from peercenter.services.backup.recovery import check_at_exit

        check_at_exit(database_url)  # so the next start need not check the file again


def recover_if_damaged(database_url: str) -> bool:
    """The quick check at start. When the file is damaged and a good backup exists, offer to
    put it back; False when the person chose to quit instead."""
    from peercenter.services.backup.recovery import startup_check

    try:
        database = Database.from_url(database_url)
    except PeerCenterError:
        return True  # open_database explains it
    try:
        health = startup_check(database)
        if health.ok or health.offer is None:
            return True  # healthy, or nothing to offer: open_database says what it can
        from peercenter.ui.recovery_dialog import RecoveryDialog

        return bool(RecoveryDialog(database, health).exec())
    finally:
        database.dispose()
