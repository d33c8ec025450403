"""Starts the window: the login window first (or the first-start wizard, or the repair of a
damaged file) while the database opens in the background, then the main window. Nothing here
is global; the database and the signed-in person are passed down.

The login window is drawn with nothing loaded but Qt and what it shows itself: the database
layer and the services are imported only inside the functions that use them."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

import peercenter.ui  # noqa: F401  (first: it tames PySide6 before Qt loads; see there)

# isort: split
from PySide6.QtCore import QCoreApplication, QThreadPool

from peercenter import LOAD_STARTED, logs
from peercenter.db.addresses import sqlite_file
from peercenter.db.file_checks import read_only_problem
from peercenter.domain.errors import PeerCenterError
from peercenter.ui.application import qt_application
from peercenter.ui.language import apply_language

if TYPE_CHECKING:
    from peercenter.db.engine import Database

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
        QCoreApplication.translate(
            "app",
            "PeerCenter ran into a problem it did not expect. What you were doing "
            "may not have been saved; please check and try again. If it happens "
            "again, send the log folder's newest file to whoever looks after PeerCenter.",
        ),
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
    exit_at_login: bool = False,
) -> int:
    """Open the window and run until the user quits; returns the process exit code.

    With ``exit_when_ready`` the program quits as soon as the main window has been drawn,
    after printing how long that took and the memory in use (nothing is backed up);
    ``exit_at_login`` does the same for the login window (nothing is loaded behind it), or
    for a new center's first-start window.
    ``login_note`` is shown on the login window; ``ui_state_file`` keeps the window's size and
    last screen in that file instead of this computer's settings (the demo center)."""
    # Imported here so the command line can use this module's helpers without loading widgets.
    from peercenter.ui import icons, theme
    from peercenter.ui.flow import AppFlow
    from peercenter.ui.login_dialog import LoginDialog
    from peercenter.ui.ready_probe import ReadyProbe, report_ready
    from peercenter.ui.start_loader import StartLoader
    from peercenter.ui.ui_state import UiState

    app = qt_application()
    app.setWindowIcon(icons.app_icon())
    theme.apply(app)
    apply_language(None)  # a problem found before the login window is said in its language
    path = sqlite_file(database_url)
    problem = read_only_problem(path) if path is not None else None
    if problem is not None:  # say so before any check or upgrade tries to write
        return show_startup_problem(problem)
    # Quitting is decided by the flow: between sign-out and the next login no window is open.
    app.setQuitOnLastWindowClosed(False)
    ui_state = UiState.from_file(ui_state_file) if ui_state_file else UiState.default()
    flow = AppFlow(
        StartLoader(database_url),
        ui_state,
        username,
        auto_backup=not (exit_when_ready or exit_at_login),
        password=password,
        login_note=login_note,
        load=not exit_at_login,
    )
    flow.finished.connect(app.exit)
    if exit_when_ready or exit_at_login:

        def ready() -> None:
            report_ready(LOAD_STARTED)
            app.exit(0)

        probe = ReadyProbe(ready, app)

        def watch(window: object) -> None:
            # At login: the first window, whichever it is (a new center has no login yet).
            if exit_at_login or not isinstance(window, LoginDialog):
                probe.watch(window)  # type: ignore[arg-type]

        flow.window_shown.connect(watch)
    flow.start()
    previous_hook = sys.excepthook
    sys.excepthook = _report_unexpected
    try:
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        # Work started in the background (opening the database, planning ahead, a backup)
        # finishes before the database is closed, rather than being cut off half-way.
        flow.wait_for_load()
        QThreadPool.globalInstance().waitForDone(BACKGROUND_WAIT_MS)
        _close(flow.database, flow.signed_in_once and flow.backs_up, database_url)


def _close(database: Database | None, backup: bool, database_url: str) -> None:
    if database is None:
        return  # never opened: nothing to back up or to check
    if backup:
        _backup_at_exit(database)
    database.dispose()
    from peercenter.services.backup.recovery import check_at_exit

    check_at_exit(database_url)  # so the next start need not check the file again


def show_startup_problem(message: str) -> int:
    """A problem that keeps the window from opening, said in a window (someone who started
    PeerCenter from its icon never sees a terminal); the exit code."""
    from peercenter.ui import messages

    qt_application()
    apply_language(None)  # the computer's language, as the login window would speak
    messages.show_fatal(QCoreApplication.translate("app", "PeerCenter cannot start"), message)
    return 1


def _backup_at_exit(database: Database) -> None:
    """The window is gone and this may take a moment. A backup that cannot be made (a
    read-only data folder) is said on the way out, not shown as a crash; the next start
    says it again on the Settings screen."""
    from peercenter.services.backup.service import backup_if_due

    try:
        backup_if_due(database, "exit")
    except PeerCenterError as exc:
        print(_backup_failed(exc.message), file=sys.stderr)
    except OSError as exc:
        from peercenter.fileio import write_error_words

        print(_backup_failed(write_error_words(exc)), file=sys.stderr)


def _backup_failed(reason: str) -> str:
    return QCoreApplication.translate(
        "app", "peercenter: the backup at exit could not be made: {reason}"
    ).format(reason=reason)
