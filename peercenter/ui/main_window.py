"""The main window: the sidebar of screens, the screen area, the menus and the status bar."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTableView,
    QWidget,
)

from peercenter import __version__
from peercenter.domain.errors import PeerCenterError
from peercenter.domain.permissions import Permission
from peercenter.services import settings
from peercenter.ui import messages
from peercenter.ui.context import AppContext
from peercenter.ui.idle_lock import ScreenLocker
from peercenter.ui.navigation import ScreenSpec, Sidebar, screens_for
from peercenter.ui.password_dialog import ChangePasswordDialog
from peercenter.ui.screens.base import Screen

if TYPE_CHECKING:  # dialogs are loaded when first opened, not at start-up
    from peercenter.ui.dialogs.export_calendar import ExportCalendarDialog
    from peercenter.ui.dialogs.wellbeing_checkin import WellbeingCheckInDialog
    from peercenter.ui.guide import GuideWindow
    from peercenter.ui.widgets.find_bar import FindBar

DEFAULT_SIZE = (1200, 760)
# What the window manager adds around a window (title bar, borders), which Qt cannot know before
# the window is first shown.
FRAME_ALLOWANCE = (16, 48)


def fitted_size(available: QRect, wanted: tuple[int, int] = DEFAULT_SIZE) -> QSize:
    """The first size of the window: the default, made smaller where the screen (less its
    taskbar and the window's frame) is smaller, so the status bar is never off the screen. A
    1366×768 laptop gets the whole width it needs and about 670 pixels of height."""
    return QSize(
        min(wanted[0], available.width() - FRAME_ALLOWANCE[0]),
        min(wanted[1], available.height() - FRAME_ALLOWANCE[1]),
    )


class MainWindow(QMainWindow):
    signed_out = Signal()
    closed = Signal()
    switch_user = Signal(object)  # someone else signed in on the lock page: their Actor

    def __init__(
        self,
        ctx: AppContext,
        registry: Sequence[ScreenSpec] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._signing_out = False
        self._switching = False
        self._specs = {spec.key: spec for spec in screens_for(ctx.actor, registry)}
        self._screens: dict[str, Screen] = {}
        self._current = ""
        self.export_dialog: ExportCalendarDialog | None = None
        self.wellbeing_checkin_dialog: WellbeingCheckInDialog | None = None
        self.guide: GuideWindow | None = None
        self.find_bars: dict[int, FindBar] = {}  # by the id of the list they filter
        with ctx.database.reader() as session:
            self.center_name = str(settings.get(session, "center.name"))
            idle_minutes = int(settings.get(session, "security.idle_lock_minutes"))
        self._show_center_name()

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.sidebar = Sidebar(list(self._specs.values()))
        self.stack = QStackedWidget()
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.sidebar.screen_chosen.connect(self._show)

        self.locker = ScreenLocker(self, ctx, idle_minutes * 60_000)
        self.locker.switch_user.connect(self.switch_user)
        self._build_menus()
        self._build_status_bar()
        self._restore_state()
        self.sidebar.setFocus()  # arrow keys move between screens straight away

    # -- screens ---------------------------------------------------------------------------

    @property
    def current_key(self) -> str:
        return self._current

    def screen_widget(self, key: str) -> Screen | None:
        """The screen if it has been opened already."""
        return self._screens.get(key)

    def open_screen(self, key: str) -> None:
        """Show a screen by key, as if its sidebar entry were chosen."""
        if key not in self._specs:
            return
        if self.sidebar.current_key() == key:
            self._show(key)  # already selected: the sidebar sends no signal, so show it here
        else:
            self.sidebar.select(key)

    def _show(self, key: str) -> None:
        spec = self._specs[key]
        if key not in self._screens:
            try:
                screen = spec.create(self.ctx)
            except PeerCenterError as exc:
                messages.show_error(self, exc)
                return
            self._screens[key] = screen
            self.stack.addWidget(screen)
            screen.center_changed.connect(self.refresh_center)
            screen.go_to.connect(self.open_screen)
            language_changed = getattr(screen, "language_changed", None)
            if language_changed is not None:
                language_changed.connect(self.speak)
        screen = self._screens[key]
        self._current = key
        self.stack.setCurrentWidget(screen)
        with messages.reporting_errors(self):
            screen.refresh()

    # -- the center ------------------------------------------------------------------------

    def refresh_center(self) -> None:
        """The center's name, read again after Settings changed it, in the title and the
        status bar."""
        with messages.reporting_errors(self), self.ctx.database.reader() as session:
            self.center_name = str(settings.get(session, "center.name"))
        self._show_center_name()
        self.center_label.setText(self.center_name)

    def _show_center_name(self) -> None:
        self.setWindowTitle(
            self.tr("{center} — PeerCenter").format(center=self.center_name)
            if self.center_name
            else "PeerCenter"
        )

    # -- menus and status ------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.export_calendar_action = QAction(self.tr("&Export calendar (.ics)…"), self)
        self.export_calendar_action.triggered.connect(self.export_calendar)
        if self.ctx.actor.can(Permission.VIEW_SCHEDULE):
            file_menu.addAction(self.export_calendar_action)
            file_menu.addSeparator()
        self.change_password_action = QAction(self.tr("Change my &password…"), self)
        self.change_password_action.triggered.connect(self.change_password)
        self.checkin_action = QAction(self.tr("My &wellbeing check-in…"), self)
        self.checkin_action.triggered.connect(self.open_checkin)
        self.sign_out_action = QAction(self.tr("&Sign out"), self)
        self.sign_out_action.triggered.connect(self.sign_out)
        self.lock_action = QAction(self.tr("&Lock now"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.locker.lock)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(self.change_password_action)
        file_menu.addAction(self.checkin_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.sign_out_action)
        file_menu.addAction(quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = QAction(self.tr("&User guide"), self)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.triggered.connect(self.show_guide)
        help_menu.addAction(self.guide_action)
        about = QAction(self.tr("&About PeerCenter"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        # Every screen's Ctrl+F: its own search box, or a find bar over its list.
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.activated.connect(self.find_in_screen)

        # Ctrl+1 … Ctrl+9 jump to the screens in sidebar order.
        for number, key in enumerate(list(self._specs)[:9], start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda key=key: self.open_screen(key))

    def _build_status_bar(self) -> None:
        actor = self.ctx.actor
        self.user_label = QLabel(
            self.tr("Signed in: {name} ({role})").format(
                name=actor.display_name, role=actor.role.label
            )
        )
        self.center_label = QLabel(self.center_name)
        self.database_label = QLabel(
            self.tr("Database: {kind}").format(kind=self.ctx.database_kind.lower())
        )
        self.database_label.setToolTip(self.ctx.database.url)
        bar = self.statusBar()
        bar.setSizeGripEnabled(True)
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(self.center_label)
        bar.addPermanentWidget(self.database_label)

    def export_calendar(self) -> None:
        from peercenter.ui.dialogs.export_calendar import ExportCalendarDialog

        with messages.reporting_errors(self):
            dialog = ExportCalendarDialog(self.ctx, self)
            self.export_dialog = dialog
            dialog.accepted.connect(
                lambda: self.statusBar().showMessage(
                    self.tr("Calendar saved to {file}.").format(file=dialog.saved_to), 10000
                )
            )
            dialog.open()

    def change_password(self) -> None:
        dialog = ChangePasswordDialog(self.ctx, self)
        if dialog.exec():
            self.statusBar().showMessage(self.tr("Your password is changed."), 8000)

    def open_checkin(self) -> None:
        from peercenter.ui import wellbeing_prompt

        self._watch_checkin(wellbeing_prompt.open_checkin(self, self.ctx))

    def offer_checkin(self) -> None:
        """Called once after sign-in: a peer specialist whose check-in is due is asked."""
        from peercenter.ui import wellbeing_prompt

        self._watch_checkin(wellbeing_prompt.offer_checkin(self, self.ctx))

    def _watch_checkin(self, dialog: WellbeingCheckInDialog | None) -> None:
        self.wellbeing_checkin_dialog = dialog
        if dialog is not None:
            dialog.saved.connect(self._checkin_saved)

    def _checkin_saved(self) -> None:
        self.statusBar().showMessage(self.tr("Your check-in is saved. Thank you."), 8000)
        screen = self._screens.get(self._current)
        if screen is not None:
            with messages.reporting_errors(self):
                screen.refresh()

    def show_guide(self) -> None:
        """The user guide at the page of the screen shown (F1)."""
        from peercenter.ui.guide import GuideWindow

        if self.guide is None:
            self.guide = GuideWindow(self.sidebar.entries(), self)
        self.guide.show_page(self._current or "index")
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()

    def find_in_screen(self) -> None:
        """Ctrl+F: the screen's own search box when it has one, else a find bar under the
        list shown (the one with the keyboard, or the largest)."""
        screen = self._screens.get(self._current)
        if screen is None:
            return
        focus_search = getattr(screen, "focus_search", None)
        if callable(focus_search) and focus_search() is not False:
            return
        tables = [t for t in screen.findChildren(QTableView) if t.isVisible()]
        if not tables:
            return
        focused = next((t for t in tables if t.hasFocus()), None)
        table = focused or max(tables, key=lambda t: t.width() * t.height())
        bar = self.find_bars.get(id(table))
        if bar is None:
            from peercenter.ui.widgets.find_bar import FindBar

            bar = FindBar(table)
            screen.page_layout.addWidget(bar)
            self.find_bars[id(table)] = bar
        bar.open_bar()

    def show_about(self) -> None:
        messages.about(
            self,
            f"<b>PeerCenter {__version__}</b><p>"
            + self.tr(
                "Scheduling, certification tracking, burnout guardrails and handouts for "
                "peer support programs."
            )
            + "</p>",
        )

    def speak(self, language: str | None) -> None:
        """Build the window again in ``language``, on the screen in use (the person's
        choice is saved already)."""
        self.switch_user.emit(dataclasses.replace(self.ctx.actor, language=language))

    def sign_out(self) -> None:
        self._signing_out = True
        self.close()

    def close_for_switch(self) -> None:
        """Someone else signed in on the lock page: close this window and every dialog it
        has open, unsaved input included (it was not theirs)."""
        self._switching = True
        for widget in self.findChildren(QDialog):
            widget.close()
        self.close()

    # -- window state ----------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.ctx.ui_state.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            screen = self.screen() or QGuiApplication.primaryScreen()
            available = screen.availableGeometry()
            self.resize(fitted_size(available))
            frame = self.size() + QSize(*FRAME_ALLOWANCE)
            self.move(
                available.left() + max(0, (available.width() - frame.width()) // 2),
                available.top() + max(0, (available.height() - frame.height()) // 2),
            )
        keys = self.sidebar.keys()
        last = self.ctx.ui_state.last_screen
        if keys:
            self.open_screen(last if last in keys else keys[0])

    def save_state(self) -> None:
        state = self.ctx.ui_state
        state.geometry = self.saveGeometry()
        if self._current:
            state.last_screen = self._current
        state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.locker.detach()
        super().closeEvent(event)
        if self._switching:
            return
        if self._signing_out:
            self.signed_out.emit()
        else:
            self.closed.emit()
