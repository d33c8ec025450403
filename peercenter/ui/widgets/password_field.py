"""The password field every sign-in, unlock and password form uses (and its rules as said
beside new passwords)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from peercenter.domain.validation import MIN_PASSWORD_LENGTH

PASSWORD_RULES = (
    f"At least {MIN_PASSWORD_LENGTH} characters, and not your user name. "
    "A few ordinary words in a row are easy to remember and hard to guess."
)


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(256)
    return edit
