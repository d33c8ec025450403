"""Which window comes next: the login dialog (or the first-start wizard, or the repair of a
damaged file), then the main window; signing out goes back to a fresh login dialog. Quitting
any of them ends the program. Given a user name and password up front (the command line's
--user and $PEERCENTER_PASSWORD), the login dialog is skipped.

Started from an address, the login dialog opens first, with nothing loaded but Qt and itself;
the database layer, the services and the database load in the background meanwhile
(``StartLoader``) and decide whether the login stays, or the first-start wizard or the repair
takes its place."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from peercenter.domain.errors import PeerCenterError
from peercenter.domain.permissions import Permission
from peercenter.fileio import write_error_words
from peercenter.ui.language import apply_language
from peercenter.ui.login_dialog import LoginDialog, connect_and_login
from peercenter.ui.ready_probe import ReadyProbe
from peercenter.ui.start_loader import StartLoader
from peercenter.ui.ui_state import UiState

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # loaded in the background, or only when needed, after the first window
    from peercenter.db.engine import Database
    from peercenter.services.backup.service import BackupResult
    from peercenter.services.connection import CenterConnection
    from peercenter.services.context import Actor
    from peercenter.services.starting import StartState
    from peercenter.ui.first_start import FirstStartWizard
    from peercenter.ui.main_window import MainWindow

BACKUP_DELAY_MS = 3000  # let the window draw and settle first
NEVER_MS = 24 * 3_600_000  # an automatic backup never puts a progress dialog in the way


class AppFlow(QObject):
    finished = Signal(int)  # the exit code for the event loop
    window_shown = Signal(object)  # each wizard, login dialog or main window as it opens
    loaded = Signal()  # the database is open and the next step known

    def __init__(
        self,
        source: Database | StartLoader,
        ui_state: UiState,
        username: str | None = None,
        parent: QObject | None = None,
        auto_backup: bool = False,
        password: str | None = None,
        login_note: str = "",
        load: bool = True,
    ) -> None:
        """``source`` is an open database, or the loader that opens one in the background;
        ``load`` False shows the login window only (to measure how soon it opens). A file
        that decides the first window itself (a new center's, a damaged one) is loaded
        all the same."""
        super().__init__(parent)
        self._password = password
        self.login_note = login_note
        self.auto_backup = auto_backup
        self.ui_state = ui_state
        self._username = username
        self._load = load
        self.loader: StartLoader | None = None
        self.connection: CenterConnection | None = None
        if isinstance(source, StartLoader):
            self.loader = source
            source.setParent(self)
            source.loaded.connect(self._loaded)
            source.crashed.connect(self._load_crashed)
        else:
            from peercenter.services.connection import CenterConnection

            self.connection = CenterConnection.of(source)
        self.center_name = ui_state.center_name  # until the database says
        self.wizard: FirstStartWizard | None = None
        self.login_dialog: LoginDialog | None = None
        self.main_window: MainWindow | None = None
        self.signed_in_once = False
        self.startup_backup_done = False
        self.horizon_extended = False

    @property
    def database(self) -> Database | None:
        """The open database; None until the background load has opened it."""
        return self.connection.database if self.connection is not None else None

    @property
    def is_loaded(self) -> bool:
        return self.database is not None

    @property
    def backs_up(self) -> bool:
        """Whether this computer makes the automatic backups: a server is backed up on the
        server (see the README), not by each computer."""
        database = self.database
        return self.auto_backup and database is not None and database.server is None

    def start(self) -> None:
        if self.loader is None:
            self._loaded(self._state_now())
            return
        signing_in_directly = bool(self._username) and self._password is not None
        if self.loader.login_comes_first() and not signing_in_directly:
            self.show_login(self._username)
            if self._load and self.login_dialog is not None:
                # Loading starts once the window is drawn, so it does not hold up the drawing.
                ReadyProbe(self.loader.start, self.login_dialog).watch(self.login_dialog)
        else:  # what the load finds decides the first window: it is loaded in any case
            self.loader.start()

    def wait_for_load(self) -> None:
        """Before the program ends: a load under way (a schema upgrade) is never cut off."""
        if self.loader is not None:
            self.loader.wait()

    def _state_now(self) -> StartState:
        from peercenter.services import settings, setup
        from peercenter.services.starting import StartState

        assert self.connection is not None and self.database is not None
        with self.database.reader() as session:
            ready = setup.is_set_up(session)
            center = str(settings.get(session, "center.name")) if ready else ""
        return StartState(self.connection, set_up=ready, center_name=center)

    def _loaded(self, state: StartState) -> None:
        if state.problem is not None:
            self._stop_with_problem(state.problem.message, state.problem.details)
            return
        if state.damaged is not None:
            self._repair(state)
            return
        self.connection = state.connection
        self.center_name = self.ui_state.center_name = state.center_name
        assert self.database is not None
        log.info("window opened on a %s database", self.database.engine.dialect.name)
        self.loaded.emit()
        if not state.set_up:
            self._show_wizard()
        elif self._username and self._password is not None:
            self._sign_in_directly(self._username, self._password)
        elif self.login_dialog is not None:
            self.login_dialog.set_center_name(self.center_name)
            self.login_dialog.set_connection(state.connection)
        else:
            self.show_login(self._username)

    def _load_crashed(self, details: str) -> None:
        self._stop_with_problem(
            self.tr("PeerCenter ran into a problem it did not expect while opening its database."),
            details,
        )

    def _stop_with_problem(self, message: str, details: str) -> None:
        from peercenter.ui import messages

        self._close_first_windows()
        messages.show_fatal(self.tr("PeerCenter cannot start"), message, details)
        self.finished.emit(1)

    def _repair(self, state: StartState) -> None:
        """The file is damaged: the repair comes first, from this center's newest good
        backup or from a backup file the person chooses (a USB stick). A damaged file never
        goes on to the first-start window: that would let anyone set up a new administrator
        over it."""
        from peercenter.db.engine import Database
        from peercenter.ui.recovery_dialog import RecoveryDialog

        assert state.damaged is not None and self.loader is not None
        self._close_first_windows()
        database = Database.from_url(state.connection.url)
        try:
            restored = bool(RecoveryDialog(database, state.damaged).exec())
        finally:
            database.dispose()
        if not restored:
            self.finished.emit(0)
            return
        self.loader.start()  # the file put back is checked and opened like any other

    def _close_first_windows(self) -> None:
        for dialog in (self.wizard, self.login_dialog):
            if dialog is not None:
                dialog.hide()
                dialog.deleteLater()
        self.wizard = self.login_dialog = None

    def _show_wizard(self) -> None:
        from peercenter.ui.first_start import FirstStartWizard

        assert self.database is not None
        self._close_first_windows()
        apply_language(None)
        self.wizard = FirstStartWizard(self.database)
        self.wizard.center_created.connect(self.show_main)
        self.wizard.already_set_up.connect(self._set_up_elsewhere)
        self.wizard.restored.connect(self._leave_wizard)
        self.wizard.rejected.connect(lambda: self.finished.emit(0))
        self.wizard.show()
        self.window_shown.emit(self.wizard)

    def _sign_in_directly(self, username: str, password: str) -> None:
        assert self.connection is not None
        actor = connect_and_login(self.connection, username, password)
        if isinstance(actor, str):
            self.show_login(username)
            if self.login_dialog is not None:
                self.login_dialog.show_problem(actor)
            return
        self.show_main(actor)

    def _set_up_elsewhere(self) -> None:
        self._leave_wizard(
            self.tr(
                "This center was set up on another computer "
                "meanwhile. Sign in with the login you were given."
            )
        )

    def _leave_wizard(self, notice: str) -> None:
        from peercenter.services import settings

        if self.wizard is not None:
            wizard, self.wizard = self.wizard, None
            wizard.hide()
            wizard.deleteLater()
        assert self.database is not None
        # Set up meanwhile, or put back from a backup: the login window names that center.
        with self.database.reader() as session:
            name = str(settings.get(session, "center.name"))
        self.center_name = self.ui_state.center_name = name
        self.show_login(None)
        if self.login_dialog is not None:
            self.login_dialog.show_notice(notice)

    def show_login(self, username: str | None = None) -> None:
        """A fresh login dialog; before the database is open it waits for it to sign in."""
        apply_language(None)  # the login window speaks the computer's language
        self.login_dialog = LoginDialog(
            self.connection if self.is_loaded else None,
            username,
            self.center_name,
            note=self.login_note,
        )
        self.login_dialog.signed_in.connect(self.show_main)
        self.login_dialog.rejected.connect(lambda: self.finished.emit(0))
        self.login_dialog.show()
        self.window_shown.emit(self.login_dialog)

    def show_main(self, actor: Actor) -> None:
        for dialog in (self.wizard, self.login_dialog):
            if dialog is not None:
                dialog.deleteLater()
        self.wizard = self.login_dialog = None
        from peercenter.services import auth
        from peercenter.ui.context import AppContext
        from peercenter.ui.main_window import MainWindow

        assert self.database is not None
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
            if self.backs_up:
                QTimer.singleShot(BACKUP_DELAY_MS, self, self._backup_if_due)
        QTimer.singleShot(0, window, window.offer_checkin)

    def _extend_horizon(self, window: MainWindow) -> None:
        from peercenter.services import settings
        from peercenter.services.clock import local_today
        from peercenter.services.schedule.horizon import extend_horizon
        from peercenter.ui.background import BackgroundTask

        database = self.database
        assert database is not None
        if database.server is not None and not window.ctx.actor.can(Permission.MANAGE_SCHEDULE):
            # On a server only those who schedule may add sessions; one of them will.
            self.horizon_extended = True
            return

        def plan(_progress: object) -> int:
            with database.session() as session:
                return extend_horizon(session, local_today(settings.center_timezone(session)))

        BackgroundTask(
            window,
            self.tr("Planning sessions…"),
            plan,
            lambda added: self._horizon_extended(window, added),
            lambda error: self._horizon_failed(window, error),
            show_after_ms=NEVER_MS,
            cancellable=False,
        ).start()

    def _horizon_extended(self, window: MainWindow, added: int) -> None:
        self.horizon_extended = True
        if added and window is self.main_window:
            window.statusBar().showMessage(
                self.tr("%n more session(s) planned ahead.", "", added), 8000
            )

    def _horizon_failed(self, window: MainWindow, error: BaseException) -> None:
        """Nobody asked for it: said in the status bar, not in a pop-up over their work."""
        self.horizon_extended = True
        if window is not self.main_window:
            return
        reason = error.message if isinstance(error, PeerCenterError) else str(error)
        window.statusBar().showMessage(
            self.tr("Sessions could not be planned ahead: {reason}").format(reason=reason), 60_000
        )

    def _backup_if_due(self) -> None:
        """The daily backup, off the UI thread, once the window is up; a failure is shown in
        the status bar (and on the Settings screen) without interrupting anyone, so no
        progress dialog either."""
        from peercenter.services.backup.service import backup_if_due
        from peercenter.ui.background import BackgroundTask

        window = self.main_window
        database = self.database
        if window is None or database is None or not self.backs_up:
            return
        BackgroundTask(
            window,
            self.tr("Backing up…"),
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
                self.tr("The automatic backup failed: {reason}").format(reason=reason)
                if reason
                else self.tr("The automatic backup failed."),
                60_000,
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
        if self.database is not None:
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
