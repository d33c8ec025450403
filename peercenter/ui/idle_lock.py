"""The idle lock: after a quiet spell the main window hides what it shows (open dialogs too,
unsaved typing and all) behind a sign-in page. The same person gets everything back; someone
else signing in there starts fresh in a new window. Wrong passwords count toward the lockout
exactly as at the login dialog, because both go through ``auth.login``."""

from __future__ import annotations

from typing import cast

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peercenter.services.context import Actor
from peercenter.ui import icons, theme
from peercenter.ui.context import AppContext
from peercenter.ui.login_dialog import attempt_login
from peercenter.ui.password_dialog import password_edit

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Watches every keyboard and mouse event of the application; ``idle`` fires after
    ``interval_ms`` without any."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # coarse timers may be 5 % late
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def set_interval(self, interval_ms: int) -> None:
        self.timer.setInterval(interval_ms)
        if self.timer.isActive():
            self.timer.start()

    def detach(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False


class LockPage(QWidget):
    """What a locked window shows: nothing of the work, only a way back in."""

    signed_in = Signal(object)  # the Actor

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        box = QVBoxLayout()
        box.setSpacing(10)
        row = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(icons.app_icon().pixmap(48, 48))
        row.addWidget(logo)
        row.addWidget(theme.title_label(self.tr("PeerCenter is locked")), 1)
        box.addLayout(row)
        self.explanation = QLabel(
            self.tr(
                "{name} was signed in. Enter the password to carry on where "
                "you left off, or sign in as yourself to start fresh."
            ).format(name=ctx.actor.display_name)
        )
        self.explanation.setWordWrap(True)
        self.explanation.setMinimumHeight(self.explanation.heightForWidth(440))
        box.addWidget(self.explanation)
        self.username = QLineEdit(ctx.actor.username)
        self.username.setAccessibleName(self.tr("User name"))
        self.username.setMaxLength(64)
        self.password = password_edit()
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setPlaceholderText(self.tr("Password"))
        box.addWidget(self.username)
        box.addWidget(self.password)
        self.message = theme.error_label(self.tr("Unlock problem"))
        box.addWidget(self.message)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        box.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignRight)
        holder = QWidget()
        holder.setLayout(box)
        holder.setFixedWidth(440)  # a fixed width lets the wrapped text take its full height
        outer.addWidget(holder, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(3)
        self.unlock_button.clicked.connect(self.submit)
        self.password.returnPressed.connect(self.submit)
        self.username.returnPressed.connect(self.password.setFocus)

    @property
    def message_text(self) -> str:
        return self.message.text() if not self.message.isHidden() else ""

    def reset(self) -> None:
        self.username.setText(self.ctx.actor.username)
        self.password.clear()
        self.message.hide()
        self.password.setFocus()

    def submit(self) -> None:
        actor = attempt_login(self.ctx.database, self.username.text(), self.password.text())
        if isinstance(actor, str):
            self._fail(actor)
            return
        self.password.clear()
        self.message.hide()
        self.signed_in.emit(actor)

    def _fail(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.password.clear()
        self.password.setFocus()


class ScreenLocker(QObject):
    """Puts a ``LockPage`` in front of a main window's content after ``idle_ms`` without
    input. ``switch_user`` fires when someone else signs in on the lock page."""

    locked_changed = Signal(bool)
    switch_user = Signal(object)  # the new Actor

    def __init__(self, window: QMainWindow, ctx: AppContext, idle_ms: int) -> None:
        super().__init__(window)  # the window is reached through parent(): no reference cycle
        self.ctx = ctx
        self._hidden: list[QWidget] = []
        self.locked = False
        content = window.takeCentralWidget()
        if content is None:
            raise ValueError("the window needs its content before it can be locked")
        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.page = LockPage(ctx)
        self.stack.addWidget(self.page)
        window.setCentralWidget(self.stack)
        self.content = content
        self.watcher = IdleWatcher(idle_ms, self)
        self.watcher.idle.connect(self.lock)
        self.page.signed_in.connect(self._signed_in)
        self.watcher.start()

    @property
    def window(self) -> QMainWindow:
        return cast(QMainWindow, self.parent())

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        self.watcher.stop()
        # Open dialogs are hidden, not closed: whatever was typed in them waits.
        self._hidden = [
            w for w in QApplication.topLevelWidgets() if w is not self.window and w.isVisible()
        ]
        for widget in self._hidden:
            widget.hide()
        self.window.menuBar().hide()
        self.window.statusBar().hide()
        self.stack.setCurrentWidget(self.page)
        self.page.reset()
        self.locked_changed.emit(True)

    def _signed_in(self, actor: Actor) -> None:
        # The same person with the same rights gets their work back; anyone else, or the
        # same person after an administrator changed their role, starts fresh.
        if actor == self.ctx.actor:
            self.unlock()
        else:
            self.switch_user.emit(actor)

    def unlock(self) -> None:
        self.locked = False
        self.stack.setCurrentWidget(self.content)
        self.window.menuBar().show()
        self.window.statusBar().show()
        for widget in self._hidden:
            if shiboken6.isValid(widget):
                widget.show()
        self._hidden = []
        self.watcher.start()
        self.locked_changed.emit(False)

    def detach(self) -> None:
        self.watcher.detach()
