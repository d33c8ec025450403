"""A section of the Settings page: a titled form over some center settings, loaded from the
database and saved together in one transaction (settings.set_many checks the values alone
and against each other, and audits them), each problem shown beside its field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from peercenter.domain.errors import PeerCenterError, ValidationError
from peercenter.services import settings
from peercenter.ui import messages, theme
from peercenter.ui.context import AppContext
from peercenter.ui.widgets.form import FormFields


class SettingsSection(QWidget):
    """Subclasses name their ``keys``, add fields named after them, and fill ``load`` and
    ``values``; ``confirm`` may ask before saving and ``after_save`` do more in the same
    transaction."""

    saved = Signal()
    keys: tuple[str, ...] = ()

    def __init__(
        self, ctx: AppContext, title: str, button: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current: dict[str, Any] = {}
        self.versions: dict[str, int] = {}
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(theme.section_label(title))
        self.fields = FormFields()
        self.layout_.addLayout(self.fields.layout)
        row = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setAccessibleName(
            QCoreApplication.translate("SettingsSection", "{section} saved").format(section=title)
        )
        self.save_button = QPushButton(button)
        row.addWidget(self.status, 1, Qt.AlignmentFlag.AlignRight)
        row.addWidget(self.save_button)
        self.layout_.addLayout(row)
        self.save_button.clicked.connect(self.save)

    # -- for subclasses --------------------------------------------------------------------

    def load(self, current: dict[str, Any]) -> None:
        raise NotImplementedError

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def confirm(self, values: dict[str, Any]) -> bool:
        return True

    def after_save(self, session: Session, values: dict[str, Any]) -> None:
        """More work in the same transaction as the save."""

    # -- loading and saving ----------------------------------------------------------------

    def refresh(self) -> None:
        with self.ctx.database.reader() as session:
            self.current = settings.get_many(session, list(self.keys))
            self.versions = settings.versions(session, list(self.keys))
        self.fields.clear_errors()
        self.status.clear()
        self.load(self.current)

    def save(self) -> None:
        values = self.values()
        self.status.clear()
        if not self.confirm(values):
            return
        try:
            with self.ctx.database.session() as session:
                settings.set_many(session, self.ctx.actor, values, based_on=self.versions)
                self.after_save(session, values)
                session.flush()
                self.versions = settings.versions(session, list(self.keys))
        except ValidationError as exc:
            unplaced = self.fields.show_errors(exc.field_errors or {"": exc.message})
            if unplaced:
                messages.show_error(self, " ".join(unplaced.values()))
            return
        except PeerCenterError as exc:
            messages.show_error(self, exc)
            return
        self.current = {**self.current, **values}
        self.fields.clear_errors()
        self.status.setText(QCoreApplication.translate("SettingsSection", "Saved."))
        self.saved.emit()
