"""Which window comes next: the first-start wizard or the login dialog, then the main window;
signing out goes back to a fresh login dialog. Quitting any of them ends the program.
Given a user name and password up front (the command line's --user and $PEERCENTER_PASSWORD),
the login dialog is skipped."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from peercenter.db.engine import Database
from peercenter.domain.errors import PeerCenterError
from peercenter.domain.permissions import Permission
from peercenter.fileio import write_error_words
from peercenter.services import auth, settings, setup
from peercenter.services.clock import local_today
from peercenter.services.context import Actor
from peercenter.services.schedule.horizon import extend_horizon
from peercenter.ui.background import BackgroundTask
from peercenter.ui.context import AppContext
from peercenter.ui.language import apply_language
from peercenter.ui.login_dialog import LoginDialog
from peercenter.ui.main_window import MainWindow
from peercenter.ui.ready_probe import ReadyProbe
from peercenter.ui.ui_state import UiState

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # loaded only when needed, after the first window is up
    from peercenter.services.backup.service import BackupResult
    from peercenter.ui.first_start import FirstStartWizard

BACKUP_DELAY_MS = 3000  # let the window draw and settle first
NEVER_MS = 24 * 3_600_000  # an automatic backup never puts a progress dialog in the way


class AppFlow(QObject):
    finished = Signal(int)  # the exit code for the event loop
    window_shown = Signal(object)  # each wizard, login dialog or main window as it opens

    def __init__(
        self,
        database: Database,
        ui_state: UiState,
        username: str | None = None,
        parent: QObject | None = None,
        auto_backup: bool = False,
        password: str | None = None,
        login_note: str = "",
    ) -> None:
        super().__init__(parent)
        self._password = password
        self.login_note = login_note
        self.auto_backup = auto_backup
        self.database = database
        self.ui_state = ui_state
        self._username = username
        self.wizard: FirstStartWizard | None = None
        self.login_dialog: LoginDialog | None = None
        self.main_window: MainWindow | None = None
        self.signed_in_once = False
        self.startup_backup_done = False
        self.horizon_extended = False

    def start(self) -> None:
        with self.database.reader() as session:
            ready = setup.is_set_up(session)
        if ready and self._username and self._password is not None:
            self._sign_in_directly(self._username, self._password)
        elif ready:
            self.show_login(self._username)
        else:
            from peercenter.ui.first_start import FirstStartWizard

            apply_language(None)
            self.wizard = FirstStartWizard(self.database)
            self.wizard.center_created.connect(self.show_main)
            self.wizard.already_set_up.connect(self._set_up_elsewhere)
            self.wizard.restored.connect(self._leave_wizard)
            self.wizard.rejected.connect(lambda: self.finished.emit(0))
            self.wizard.show()
            self.window_shown.emit(self.wizard)

    def _sign_in_directly(self, username: str, password: str) -> None:
        try:
            actor = auth.login(self.database, username, password)
        except PeerCenterError as exc:
            self.show_login(username)
            if self.login_dialog is not None:
                self.login_dialog.show_problem(exc.message)
            return
        self.show_main(actor)

    def _set_up_elsewhere(self) -> None:
        self._leave_wizard(
            "This center was set up on another computer "
            "meanwhile. Sign in with the login you were given."
        )

    def _leave_wizard(self, notice: str) -> None:
        if self.wizard is not None:
            wizard, self.wizard = self.wizard, None
            wizard.hide()
            wizard.deleteLater()
        self.show_login(None)
        if self.login_dialog is not None:
            self.login_dialog.show_notice(notice)

    def show_login(self, username: str | None = None) -> None:
        with self.database.reader() as session:
            center = str(settings.get(session, "center.name"))
        apply_language(None)  # the login window speaks the computer's language
        self.login_dialog = LoginDialog(self.database, username, center, note=self.login_note)
        self.login_dialog.signed_in.connect(self.show_main)
        self.login_dialog.rejected.connect(lambda: self.finished.emit(0))
        self.login_dialog.show()
        self.window_shown.emit(self.login_dialog)

    def show_main(self, actor: Actor) -> None:
        for dialog in (self.wizard, self.login_dialog):
            if dialog is not None:
                dialog.deleteLater()
        self.wizard = self.login_dialog = None
        # Every action re-reads the person: switched off or given another role, they are
        # refused at their next action rather than working on with their old rights.
        self.database.on_begin = auth.still_signed_in(actor)
        apply_language(actor.language)  # the window is built in the person's language
        log.info("user %d signed in", actor.user_id)
        window = MainWindow(AppContext(self.database, actor, self.ui_state))
        window.signed_out.connect(self._signed_out)
        window.switch_user.connect(self._switch_user)
        window.closed.connect(lambda: self.finished.emit(0))
        self.main_window = window
        # Sessions are planned up to the horizon once the window is drawn, off the UI thread,
        # so opening never waits for it; most days there is nothing to add.
        ReadyProbe(lambda: self._extend_horizon(window), window).watch(window)
        window.show()
        self.window_shown.emit(window)
        if not self.signed_in_once:
            self.signed_in_once = True
            if self.auto_backup:
                QTimer.singleShot(BACKUP_DELAY_MS, self, self._backup_if_due)
        QTimer.singleShot(0, window, window.offer_checkin)

    def _extend_horizon(self, window: MainWindow) -> None:
        database = self.database
        if database.server is not None and not window.ctx.actor.can(Permission.MANAGE_SCHEDULE):
            # On a server only those who schedule may add sessions; one of them will.
            self.horizon_extended = True
            return

        def plan(_progress: object) -> int:
            with database.session() as session:
                return extend_horizon(session, local_today(settings.center_timezone(session)))

        BackgroundTask(
            window,
            "Planning sessions…",
            plan,
            lambda added: self._horizon_extended(window, added),
            lambda error: self._horizon_failed(window, error),
            show_after_ms=NEVER_MS,
            cancellable=False,
        ).start()

    def _horizon_extended(self, window: MainWindow, added: int) -> None:
        self.horizon_extended = True
        if added and window is self.main_window:
            window.statusBar().showMessage(f"{added} more sessions planned ahead.", 8000)

    def _horizon_failed(self, window: MainWindow, error: BaseException) -> None:
        """Nobody asked for it: said in the status bar, not in a pop-up over their work."""
        self.horizon_extended = True
        if window is not self.main_window:
            return
        reason = error.message if isinstance(error, PeerCenterError) else str(error)
        window.statusBar().showMessage(f"Sessions could not be planned ahead: {reason}", 60_000)

    def _backup_if_due(self) -> None:
        """The daily backup, off the UI thread, once the window is up; a failure is shown in
        the status bar (and on the Settings screen) without interrupting anyone, so no
        progress dialog either."""
        from peercenter.services.backup.service import backup_if_due

        window = self.main_window
        if window is None:
            return
        database = self.database
        BackgroundTask(
            window,
            "Backing up…",
            lambda _progress: backup_if_due(database, "start"),
            self._backup_done,
            self._backup_crashed,
            show_after_ms=NEVER_MS,
            cancellable=False,
        ).start()

    def _backup_done(self, result: BackupResult | None) -> None:
        """``result`` is None when no backup was due (one was made earlier today)."""
        self.startup_backup_done = True
        window = self.main_window
        if window is None or result is None or result.ok:
            return
        window.statusBar().showMessage(result.message, 60_000)

    def _backup_crashed(self, error: BaseException) -> None:
        self.startup_backup_done = True
        if self.main_window is not None:
            reason = _reason(error)
            self.main_window.statusBar().showMessage(
                f"The automatic backup failed{f': {reason}' if reason else '.'}", 60_000
            )

    def _switch_user(self, actor: Actor) -> None:
        """Another person signed in on the lock page: nothing of the previous session stays."""
        if self.main_window is not None:
            old, self.main_window = self.main_window, None
            old.close_for_switch()
            old.deleteLater()
        self.show_main(actor)

    def _signed_out(self) -> None:
        log.info("signed out")
        # A new login dialog with nothing filled in: the next person starts fresh, and on a
        # server the connection with the previous person's rights is closed.
        self.database.sign_out()
        if self.main_window is not None:
            self.main_window.deleteLater()
            self.main_window = None
        self.show_login(None)


def _reason(error: BaseException) -> str:
    """What went wrong, in words for a person (a read-only data folder arrives as an
    operating system error)."""
    if isinstance(error, PeerCenterError):
        return error.message
    if isinstance(error, OSError):
        return write_error_words(error)
    return ""
