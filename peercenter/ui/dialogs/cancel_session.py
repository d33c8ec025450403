"""Cancelling one session: the reason, then "Cancel session" or "Keep it". The prompt stays
open with the problem in it (no reason given, someone else changed the session) until the
session is cancelled or the person keeps it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peercenter.domain.errors import PeerCenterError
from peercenter.services.schedule import edits
from peercenter.ui import formatting, theme
from peercenter.ui.context import AppContext


class CancelSessionPrompt(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        session_id: int,
        version: int | None,
        group_name: str,
        starts_at: datetime,
        ends_at: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id, self.version = session_id, version
        self.setWindowTitle(self.tr("Cancel session"))
        layout = QVBoxLayout(self)
        question = QLabel(
            self.tr(
                "Why is {group} on {day}, {time}, cancelled? Participants may be told this reason."
            ).format(
                group=group_name,
                day=formatting.long_day(starts_at.date()),
                time=formatting.time_range(starts_at, ends_at),
            )
        )
        question.setWordWrap(True)
        layout.addWidget(question)
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setAccessibleName(self.tr("Reason for cancelling"))
        self.reason.setPlaceholderText(self.tr("For example: facilitator ill, building closed"))
        question.setBuddy(self.reason)
        layout.addWidget(self.reason)
        self.error = theme.error_label(self.tr("Problem"))
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.cancel_button = QPushButton(self.tr("Cancel session"))
        self.keep_button = QPushButton(self.tr("Keep it"))
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason.textEdited.connect(lambda _text: self.error.hide())
        self.setMinimumWidth(440)
        self.reason.setFocus()

    def accept(self) -> None:
        """Cancel the session with the reason given; any refusal stays in the prompt."""
        try:
            with self.ctx.database.session() as session:
                edits.cancel_session(
                    session, self.ctx.actor, self.session_id, self.reason.text(), self.version
                )
        except PeerCenterError as exc:
            self.error.setText(exc.message)
            self.error.show()
            self.reason.setFocus()
            return
        super().accept()
