"""Settings: one page of sections. My preferences for everyone; the center, printing,
backups, the screen lock and privacy for administrators. Each section saves on its own, in one
step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QScrollArea, QSpinBox, QVBoxLayout, QWidget

from peercenter.domain.permissions import Permission
from peercenter.ui import theme
from peercenter.ui.context import AppContext
from peercenter.ui.screens.base import Screen
from peercenter.ui.screens.settings.backups import BackupSection
from peercenter.ui.screens.settings.center import CenterSection
from peercenter.ui.screens.settings.preferences import PreferencesSection
from peercenter.ui.screens.settings.printing import PrintingSection
from peercenter.ui.screens.settings.privacy import PrivacySection
from peercenter.ui.screens.settings.section import SettingsSection

IDLE = "security.idle_lock_minutes"
LABEL_WIDTH = 150  # the narrowest label column


def _widest_label(form: QFormLayout) -> int:
    widths = [0]
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if label is not None:
            widths.append(label.sizeHint().width())
    return max(widths)


class SecuritySection(SettingsSection):
    keys = (IDLE,)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        title = QCoreApplication.translate("SecuritySection", "Screen lock")
        save = QCoreApplication.translate("SecuritySection", "Save")
        super().__init__(ctx, title, save, parent)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 240)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.fields.add(
            IDLE,
            self.tr("Lock the screen after"),
            self.minutes,
            hint=self.tr(
                "Without keyboard or mouse use. Takes effect at the next sign-in on each computer."
            ),
        )

    def load(self, current: dict[str, Any]) -> None:
        self.minutes.setValue(int(current[IDLE]))

    def values(self) -> dict[str, Any]:
        return {IDLE: self.minutes.value()}


class SettingsScreen(Screen):
    # The person chose another language for their window: it is built again in it.
    language_changed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page_layout.addWidget(theme.title_label(self.tr("Settings")))
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 12, 0)
        column.setSpacing(22)
        self.preferences = PreferencesSection(ctx)
        self.preferences.language_changed.connect(self.language_changed)
        column.addWidget(self.preferences)
        self.sections: list[SettingsSection | BackupSection] = []
        if ctx.actor.can(Permission.MANAGE_BACKUPS):
            self.center = CenterSection(ctx)
            self.printing = PrintingSection(ctx)
            self.backups = BackupSection(ctx)
            self.security = SecuritySection(ctx)
            self.privacy = PrivacySection(ctx)
            self.sections = [self.center, self.printing, self.backups, self.security, self.privacy]
            self.center.saved.connect(self.center_changed)
        # One label column for every section, as wide as the longest label in this language.
        forms = [self.preferences.fields, *(section.fields for section in self.sections)]
        width = max([LABEL_WIDTH, *(_widest_label(form.layout) for form in forms)])
        for form in forms:
            form.set_label_width(width)
        for section in self.sections:
            column.addWidget(section)
        column.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setAccessibleName(self.tr("Settings"))
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroller.setWidget(body)
        self.page_layout.addWidget(self.scroller, 1)

    def refresh(self) -> None:
        self.preferences.refresh()
        for section in self.sections:
            section.refresh()
