"""Settings: one page of sections (the center, printing, backups, the screen lock, privacy). Each
section saves on its own, in one step."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QScrollArea, QSpinBox, QVBoxLayout, QWidget

from peercenter.ui import theme
from peercenter.ui.context import AppContext
from peercenter.ui.screens.base import Screen
from peercenter.ui.screens.settings.backups import BackupSection
from peercenter.ui.screens.settings.center import CenterSection
from peercenter.ui.screens.settings.printing import PrintingSection
from peercenter.ui.screens.settings.privacy import PrivacySection
from peercenter.ui.screens.settings.section import SettingsSection

IDLE = "security.idle_lock_minutes"
LABEL_WIDTH = 150  # one label column for every section


class SecuritySection(SettingsSection):
    keys = (IDLE,)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "Screen lock", "Save", parent)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 240)
        self.minutes.setSuffix(" minutes")
        self.fields.add(
            IDLE,
            "Lock the screen after",
            self.minutes,
            hint="Without keyboard or mouse use. Takes effect at the next sign-in "
            "on each computer.",
        )

    def load(self, current: dict[str, Any]) -> None:
        self.minutes.setValue(int(current[IDLE]))

    def values(self) -> dict[str, Any]:
        return {IDLE: self.minutes.value()}


class SettingsScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page_layout.addWidget(theme.title_label("Settings"))
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 12, 0)
        column.setSpacing(22)
        self.center = CenterSection(ctx)
        self.printing = PrintingSection(ctx)
        self.backups = BackupSection(ctx)
        self.security = SecuritySection(ctx)
        self.privacy = PrivacySection(ctx)
        for section in self.sections:
            column.addWidget(section)
            section.fields.set_label_width(LABEL_WIDTH)
        column.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setAccessibleName("Settings")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroller.setWidget(body)
        self.page_layout.addWidget(self.scroller, 1)
        self.center.saved.connect(self.center_changed)

    def refresh(self) -> None:
        for section in self.sections:
            section.refresh()

    @property
    def sections(self) -> tuple[SettingsSection | BackupSection, ...]:
        return (self.center, self.printing, self.backups, self.security, self.privacy)
