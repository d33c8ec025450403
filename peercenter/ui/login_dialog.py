"""Sign in. Wrong passwords and lockouts are explained inside the dialog, never in a pop-up.

The dialog is the first window: it opens before the database layer is loaded (that happens in
the background while the person types), so nothing of it is imported here. Signing in before
the database is open waits for it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication, QHideEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from peercenter.domain.errors import AuthenticationError, PeerCenterError
from peercenter.ui import icons, theme
from peercenter.ui.language import QT_TRANSLATE_NOOP
from peercenter.ui.widgets.form import FormFields
from peercenter.ui.widgets.password_field import password_edit

if TYPE_CHECKING:
    from peercenter.db.engine import Database
    from peercenter.services.connection import CenterConnection
    from peercenter.services.context import Actor

UNREACHABLE = QT_TRANSLATE_NOOP(
    "LoginDialog",
    "The database cannot be reached right now. Check the network or the server, then try again.",
)
WAITING = QT_TRANSLATE_NOOP("LoginDialog", "Opening the center's database…")


def _translated(text: str) -> str:
    return QCoreApplication.translate("LoginDialog", text)


def attempt_login(database: Database, username: str, password: str) -> Actor | str:
    """The signed-in person, or what to tell them. Every sign-in (the login dialog, the lock
    screen) goes through here, so wrong passwords count toward the same lockout."""
    from sqlalchemy.exc import SQLAlchemyError

    from peercenter.services import auth

    try:
        return auth.login(database, username, password)
    except AuthenticationError as exc:
        return exc.message
    except SQLAlchemyError:
        return _translated(UNREACHABLE)


def connect_and_login(connection: CenterConnection, username: str, password: str) -> Actor | str:
    """Reach the center's database with what the person typed, then sign in."""
    try:
        database = connection.connect(username, password)
    except PeerCenterError as exc:
        return exc.message
    return attempt_login(database, username, password)


class LoginDialog(QDialog):
    signed_in = Signal(object)  # the Actor

    def __init__(
        self,
        connection: CenterConnection | None = None,
        username: str | None = None,
        center_name: str = "",
        parent: QWidget | None = None,
        note: str = "",
    ) -> None:
        """``connection`` is None while the database is still being opened (``set_connection``
        hands it over). ``note`` is shown above the fields: the demo center lists its logins
        there."""
        super().__init__(parent)
        self.connection = connection
        self.waiting = False  # Sign in was pressed before the database was open
        self.setWindowTitle(self.tr("Sign in — PeerCenter"))
        self.setMinimumWidth(440)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 18)
        outer.setSpacing(14)

        heading = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(icons.app_icon().pixmap(48, 48))
        heading.addWidget(logo)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(theme.title_label("PeerCenter"))
        self.center_label = theme.hint_label(center_name)
        self.center_label.setVisible(bool(center_name))
        names.addWidget(self.center_label)
        heading.addLayout(names, 1)
        heading.setSpacing(12)
        outer.addLayout(heading)
        self.note = theme.hint_label(note)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.setVisible(bool(note))
        outer.addWidget(self.note)

        fields = FormFields()
        self.username = QLineEdit(username or "")
        self.username.setMaxLength(64)
        self.password = password_edit()
        fields.add("username", self.tr("User name"), self.username)
        fields.add("password", self.tr("Password"), self.password)
        outer.addLayout(fields.layout)

        self.message = theme.error_label(self.tr("Sign-in problem"))
        outer.addWidget(self.message)

        buttons = QDialogButtonBox()
        self.sign_in_button = buttons.addButton(
            self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_in_button.setDefault(True)
        quit_button = buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.sign_in)
        quit_button.clicked.connect(self.reject)
        outer.addWidget(buttons)

        (self.password if username else self.username).setFocus()

    @property
    def message_text(self) -> str:
        return self.message.text() if not self.message.isHidden() else ""

    def show_notice(self, text: str) -> None:
        """A calm note above the buttons (not an error)."""
        self.message.setObjectName("hint")
        theme.restyle(self.message)
        self.message.setText(text)
        self.message.show()

    def show_problem(self, text: str) -> None:
        """Why signing in did not work; the password is cleared for another try."""
        self._fail(text)

    def _fail(self, text: str) -> None:
        self.message.setObjectName("fieldError")
        theme.restyle(self.message)
        self.message.setText(text)
        self.message.show()
        self.password.clear()
        (self.password if self.username.text().strip() else self.username).setFocus()

    def set_center_name(self, name: str) -> None:
        self.center_label.setText(name)
        self.center_label.setVisible(bool(name))

    def set_connection(self, connection: CenterConnection) -> None:
        """The database is open: a sign-in that was waiting for it goes ahead."""
        self.connection = connection
        if self.waiting:
            self.waiting = False
            self._set_waiting(False)
            self.sign_in()

    def _set_waiting(self, waiting: bool) -> None:
        for widget in (self.username, self.password, self.sign_in_button):
            widget.setEnabled(not waiting)
        if waiting:
            self.show_notice(_translated(WAITING))
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            self.message.hide()
            QGuiApplication.restoreOverrideCursor()

    def hideEvent(self, event: QHideEvent) -> None:
        if self.waiting:  # replaced by another window (first start, repair): not waiting now
            self.waiting = False
            self._set_waiting(False)
        super().hideEvent(event)

    def sign_in(self) -> None:
        if not self.username.text().strip():
            self._fail(self.tr("Type your user name."))
            return
        if self.connection is None:
            if not self.waiting:
                self.waiting = True
                self._set_waiting(True)
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            actor = connect_and_login(self.connection, self.username.text(), self.password.text())
        finally:
            QGuiApplication.restoreOverrideCursor()
        if isinstance(actor, str):
            self._fail(actor)
            return
        self.message.hide()
        self.password.clear()
        self.accept()
        self.signed_in.emit(actor)
