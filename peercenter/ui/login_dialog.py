"""Sign in. Wrong passwords and lockouts are explained inside the dialog, never in a pop-up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from peercenter.db.engine import Database
from peercenter.domain.errors import AuthenticationError
from peercenter.services import auth
from peercenter.services.context import Actor
from peercenter.ui import icons, theme
from peercenter.ui.password_dialog import password_edit
from peercenter.ui.widgets.form import FormFields


def attempt_login(database: Database, username: str, password: str) -> Actor | str:
    """The signed-in person, or what to tell them. Every sign-in (the login dialog, the lock
    screen) goes through here, so wrong passwords count toward the same lockout."""
    try:
        return auth.login(database, username, password)
    except AuthenticationError as exc:
        return exc.message
    except SQLAlchemyError:
        return QCoreApplication.translate(
            "LoginDialog",
            "The database cannot be reached right now. Check the network or the server, "
            "then try again.",
        )


class LoginDialog(QDialog):
    signed_in = Signal(object)  # the Actor

    def __init__(
        self,
        database: Database,
        username: str | None = None,
        center_name: str = "",
        parent: QWidget | None = None,
        note: str = "",
    ) -> None:
        """``note`` is shown above the fields: the demo center lists its logins there."""
        super().__init__(parent)
        self.database = database
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

    def sign_in(self) -> None:
        if not self.username.text().strip():
            self._fail(self.tr("Type your user name."))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            actor = attempt_login(self.database, self.username.text(), self.password.text())
        finally:
            QGuiApplication.restoreOverrideCursor()
        if isinstance(actor, str):
            self._fail(actor)
            return
        self.message.hide()
        self.password.clear()
        self.accept()
        self.signed_in.emit(actor)
