"""File → Change my password…"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from peercenter.services import auth
from peercenter.ui.context import AppContext
from peercenter.ui.widgets.password_field import password_edit as password_edit
from peercenter.ui.widgets.password_field import password_rules as password_rules
from peercenter.ui.widgets.record_dialog import RecordDialog


class ChangePasswordDialog(RecordDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        title = QCoreApplication.translate("ChangePasswordDialog", "Change my password")
        super().__init__(ctx, title, parent)
        self.save_button.setText(self.tr("Change password"))
        fields = self.add_section(
            self.add_column(),
            self.tr("Password for {username}").format(username=ctx.actor.username),
        )
        self.current = password_edit()
        self.new = password_edit()
        self.repeat = password_edit()
        fields.add("current_password", self.tr("Current password"), self.current)
        fields.add("new_password", self.tr("New password"), self.new, hint=password_rules())
        fields.add("new_password_again", self.tr("Repeat new password"), self.repeat)
        self.setMinimumWidth(520)

    def load(self) -> None:
        for edit in (self.current, self.new, self.repeat):
            edit.clear()

    def local_errors(self) -> dict[str, str]:
        if self.new.text() and self.new.text() != self.repeat.text():
            return {"new_password_again": self.tr("The two new passwords are not the same.")}
        return {}

    def save(self, session: Session) -> int:
        auth.change_own_password(session, self.ctx.actor, self.current.text(), self.new.text())
        return self.ctx.actor.user_id
