"""The password field every sign-in, unlock and password form uses (and its rules as said
beside new passwords)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

from peercenter.domain.validation import MIN_PASSWORD_LENGTH
from peercenter.ui.language import QT_TRANSLATE_NOOP

_RULES = QT_TRANSLATE_NOOP(
    "password_field",
    "At least {count} characters, and not your user name. A few ordinary words in a row are "
    "easy to remember and hard to guess.",
)


def password_rules() -> str:
    """The rules beside a new password, in the window's language."""
    return QCoreApplication.translate("password_field", _RULES).format(count=MIN_PASSWORD_LENGTH)


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(256)
    return edit
