"""Settings: one page of sections (backups, screen lock). Each section saves on its own."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peercenter.services import settings
from peercenter.ui import messages, theme
from peercenter.ui.context import AppContext
from peercenter.ui.screens.base import Screen
from peercenter.ui.screens.settings.backups import BackupSection


class SecuritySection(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(theme.section_label("Screen lock"))
        row = QHBoxLayout()
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 240)
        self.minutes.setSuffix(" minutes")
        self.minutes.setAccessibleName("Lock the screen after")
        self.save_button = QPushButton("Save")
        row.addWidget(QLabel("Lock the screen after"))
        row.addWidget(self.minutes)
        row.addWidget(QLabel("without keyboard or mouse use."))
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        layout.addWidget(theme.hint_label("Takes effect at the next sign-in on each computer."))
        self.save_button.clicked.connect(self.save)

    def refresh(self) -> None:
        with self.ctx.database.reader() as session:
            self.minutes.setValue(int(settings.get(session, "security.idle_lock_minutes")))

    def save(self) -> None:
        with messages.reporting_errors(self), self.ctx.database.session() as session:
            settings.set_value(session, self.ctx.actor, "security.idle_lock_minutes",
                               self.minutes.value())


class SettingsScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page_layout.addWidget(theme.title_label("Settings"))
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 12, 0)
        column.setSpacing(18)
        self.backups = BackupSection(ctx)
        self.security = SecuritySection(ctx)
        column.addWidget(self.backups)
        column.addWidget(self.security)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        self.page_layout.addWidget(scroll, 1)

    def refresh(self) -> None:
        self.backups.refresh()
        self.security.refresh()
