"""File → Change my password…"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget
from sqlalchemy.orm import Session

from peercenter.domain.validation import MIN_PASSWORD_LENGTH
from peercenter.services import auth
from peercenter.ui.context import AppContext
from peercenter.ui.widgets.record_dialog import RecordDialog

PASSWORD_RULES = (
    f"At least {MIN_PASSWORD_LENGTH} characters, and not your user name. "
    "A few ordinary words in a row are easy to remember and hard to guess."
)


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(256)
    return edit


class ChangePasswordDialog(RecordDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "Change my password", parent)
        self.save_button.setText("Change password")
        fields = self.add_section(self.add_column(), f"Password for {ctx.actor.username}")
        self.current = password_edit()
        self.new = password_edit()
        self.repeat = password_edit()
        fields.add("current_password", "Current password", self.current)
        fields.add("new_password", "New password", self.new, hint=PASSWORD_RULES)
        fields.add("new_password_again", "Repeat new password", self.repeat)
        self.setMinimumWidth(520)

    def load(self) -> None:
        for edit in (self.current, self.new, self.repeat):
            edit.clear()

    def local_errors(self) -> dict[str, str]:
        if self.new.text() and self.new.text() != self.repeat.text():
            return {"new_password_again": "The two new passwords are not the same."}
        return {}

    def save(self, session: Session) -> int:
        auth.change_own_password(session, self.ctx.actor, self.current.text(), self.new.text())
        return self.ctx.actor.user_id
