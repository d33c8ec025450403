"""Settings → Privacy: who reads staff HR notes, and how long the record of who looked at
what is kept."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QSpinBox, QWidget

from peercenter.domain import access_log
from peercenter.ui.context import AppContext
from peercenter.ui.screens.settings.section import SettingsSection

HR_NOTES = access_log.SUPERVISOR_READS_HR_NOTES
RETENTION = access_log.VIEW_RETENTION_MONTHS


class PrivacySection(SettingsSection):
    keys = (HR_NOTES, RETENTION)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        title = QCoreApplication.translate("PrivacySection", "Privacy")
        save = QCoreApplication.translate("PrivacySection", "Save")
        super().__init__(ctx, title, save, parent)
        self.hr_notes = QCheckBox(self.tr("The person's own supervisor reads them too"))
        self.fields.add(
            HR_NOTES,
            self.tr("Staff HR notes"),
            self.hr_notes,
            hint=self.tr("Administrators always read them; nobody else does."),
        )
        self.retention = QSpinBox()
        self.retention.setRange(access_log.MIN_RETENTION_MONTHS, access_log.MAX_RETENTION_MONTHS)
        self.retention.setSuffix(self.tr(" months"))
        self.fields.add(
            RETENTION,
            self.tr("Keep views for"),
            self.retention,
            hint=self.tr(
                "Who opened which record. Never deleted sooner; deleted after, which the "
                "audit trail records. Changes and prints are kept for good."
            ),
        )

    def load(self, current: dict[str, Any]) -> None:
        self.hr_notes.setChecked(bool(current[HR_NOTES]))
        self.retention.setValue(int(current[RETENTION]))

    def values(self) -> dict[str, Any]:
        return {HR_NOTES: self.hr_notes.isChecked(), RETENTION: self.retention.value()}
