"""Time-of-day and duration fields shared by the group and session forms."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import QSpinBox

from peercenter.ui.widgets.typed_fields import TimeEdit


def time_edit() -> TimeEdit:
    return TimeEdit()


def duration_edit() -> QSpinBox:
    edit = QSpinBox()
    edit.setRange(5, 720)
    edit.setSingleStep(15)
    edit.setSuffix(QCoreApplication.translate("time_fields", " min"))
    return edit


def to_qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def from_qtime(value: QTime) -> time:
    return time(value.hour(), value.minute())
