"""Starts the window: opens and upgrades the database, then hands over to the first-start
wizard or the login dialog and the main window. Nothing here is global; the database and the
signed-in person are passed down."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

import peercenter.ui  # noqa: F401  (first: it tames PySide6 before Qt loads; see there)

# isort: split
from PySide6.QtCore import QThreadPool

from peercenter import LOAD_STARTED, logs
from peercenter.db.engine import Database, sqlite_path
from peercenter.db.file_checks import read_only_problem
from peercenter.domain.errors import PeerCenterError
from peercenter.services.opening import StartupError, open_and_upgrade
from peercenter.ui.application import qt_application

BACKGROUND_WAIT_MS = 300_000  # a backup of a very large database to a slow network drive

log = logging.getLogger(__name__)


def _report_unexpected(
    error_type: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """A bug must not close the window with unsaved typing in it: say so, log it with its
    traceback, and carry on."""
    from peercenter.ui import messages

    log.error("unexpected error", exc_info=(error_type, error, trace))
    details = "".join(traceback.format_exception(error_type, error, trace))
    print(details, file=sys.stderr)
    messages.show_unexpected(
        "PeerCenter ran into a problem it did not expect. What you were doing "
        "may not have been saved; please check and try again. If it happens "
        "again, send the log folder's newest file to whoever looks after PeerCenter.",
        details,
        logs.log_dir(),
    )


def run_gui(
    database_url: str,
    username: str | None = None,
    password: str | None = None,
    exit_when_ready: bool = False,
    login_note: str = "",
    ui_state_file: str | None = None,
) -> int:
    """Open the window and run until the user quits; returns the process exit code.

    With ``exit_when_ready`` the program quits as soon as its first window has been drawn,
    after printing how long that took and the memory in use (nothing is backed up).
    ``login_note`` is shown on the login window; ``ui_state_file`` keeps the window's size and
    last screen in that file instead of this computer's settings (the demo center)."""
    # Imported here so the command line can use this module's helpers without loading widgets.
    from peercenter.ui import icons, messages, theme
    from peercenter.ui.flow import AppFlow
    from peercenter.ui.ready_probe import ReadyProbe, report_ready
    from peercenter.ui.ui_state import UiState

    app = qt_application()
    app.setWindowIcon(icons.app_icon())
    theme.apply(app)
    path = sqlite_path(database_url)
    problem = read_only_problem(path) if path is not None else None
    if problem is not None:  # say so before any check or upgrade tries to write
        return show_startup_problem(problem)
    if not recover_if_damaged(database_url):
        return 0
    try:
        database = open_and_upgrade(database_url)
    except StartupError as exc:
        messages.show_fatal("PeerCenter cannot start", exc.message, exc.details)
        return 1
    log.info("window opened on a %s database", database.engine.dialect.name)
    # Quitting is decided by the flow: between sign-out and the next login no window is open.
    app.setQuitOnLastWindowClosed(False)
    # A server is backed up on the server (see the README), not by each computer.
    auto_backup = not exit_when_ready and database.server is None
    ui_state = UiState.from_file(ui_state_file) if ui_state_file else UiState.default()
    flow = AppFlow(
        database,
        ui_state,
        username,
        auto_backup=auto_backup,
        password=password,
        login_note=login_note,
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
            _backup_at_exit(database)
        database.dispose()
        from peercenter.services.backup.recovery import check_at_exit

        check_at_exit(database_url)  # so the next start need not check the file again


def show_startup_problem(message: str) -> int:
    """A problem that keeps the window from opening, said in a window (someone who started
    PeerCenter from its icon never sees a terminal); the exit code."""
    from peercenter.ui import messages

    qt_application()
    messages.show_fatal("PeerCenter cannot start", message)
    return 1


def _backup_at_exit(database: Database) -> None:
    """The window is gone and this may take a moment. A backup that cannot be made (a
    read-only data folder) is said on the way out, not shown as a crash; the next start
    says it again on the Settings screen."""
    from peercenter.services.backup.service import backup_if_due

    try:
        backup_if_due(database, "exit")
    except PeerCenterError as exc:
        print(f"peercenter: the backup at exit could not be made: {exc.message}", file=sys.stderr)
    except OSError as exc:
        from peercenter.fileio import write_error_words

        print(
            f"peercenter: the backup at exit could not be made: {write_error_words(exc)}",
            file=sys.stderr,
        )


def recover_if_damaged(database_url: str) -> bool:
    """The quick check at start. When the file is damaged, offer this center's newest good
    backup (or a backup file to choose); False when the person chose to quit instead. A
    damaged file never goes on to the first-start window: that would let anyone set up a new
    administrator over it."""
    from peercenter.services.backup.recovery import startup_check

    try:
        database = Database.from_url(database_url)  # creates nothing until used
    except PeerCenterError:
        return True  # open_database explains it
    try:
        try:
            health = startup_check(database)
        except (PeerCenterError, OSError):
            return True  # no backups to look at (an unusable data folder): open_database says
        if health.ok or not database.is_sqlite:
            return True  # healthy, or a server that does not answer: open_database says so
        from peercenter.ui.recovery_dialog import RecoveryDialog

        return bool(RecoveryDialog(database, health).exec())
    finally:
        database.dispose()
