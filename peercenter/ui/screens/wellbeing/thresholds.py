"""The guardrail thresholds section of the center settings: every threshold with its range,
saved together so that related values (amber and red, the short windows) can change at once.
The service refuses combinations that make no sense; the reason shows next to the field."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peercenter.db.engine import Database
from peercenter.domain.errors import PeerCenterError, ValidationError
from peercenter.domain.guardrails import Level
from peercenter.domain.guardrails.thresholds import DEFAULTS, FIELDS
from peercenter.domain.permissions import Permission
from peercenter.services import settings
from peercenter.services.context import Actor
from peercenter.ui import levels
from peercenter.ui.language import QT_TRANSLATE_NOOP

SECTIONS: list[tuple[str, list[str]]] = [
    (
        QT_TRANSLATE_NOOP("ThresholdsPanel", "Hours"),
        [
            "hours_amber_percent",
            "window1_days",
            "window1_hours",
            "window2_days",
            "window2_hours",
            "window3_days",
            "window3_hours",
        ],
    ),
    (
        QT_TRANSLATE_NOOP("ThresholdsPanel", "Days and sessions"),
        [
            "consecutive_days_amber",
            "consecutive_days_red",
            "min_break_minutes",
            "max_sessions_per_day",
        ],
    ),
    (
        QT_TRANSLATE_NOOP("ThresholdsPanel", "Supervision and leave"),
        [
            "supervision_days_initial",
            "supervision_days",
            "direct_hours_per_supervision_hour",
            "leave_days",
        ],
    ),
    (
        QT_TRANSLATE_NOOP("ThresholdsPanel", "Check-ins and scores"),
        [
            "checkin_interval_days",
            "cbi_amber",
            "cbi_red",
            "cbi_rise",
            "pulse_amber",
            "pulse_red",
            "pulse_drop",
        ],
    ),
]
KEY = settings.GUARDRAIL_PREFIX


class ThresholdsPanel(QWidget):
    saved = Signal()

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.fields: dict[str, QSpinBox] = {}
        self.errors: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        outer.addWidget(self.message)
        self.area = area = QScrollArea()
        area.setAccessibleName(self.tr("Thresholds"))
        area.setWidgetResizable(True)
        body = QWidget()
        column = QVBoxLayout(body)
        for title, names in SECTIONS:
            box = QGroupBox(self.tr(title))
            form = QFormLayout(box)
            # A label too long for one line (as in Spanish) puts its field under it.
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for name in names:
                spec = FIELDS[name]
                spin = QSpinBox()
                spin.setRange(spec.minimum, spec.maximum)
                spin.setAccessibleName(spec.label)
                error = QLabel()
                error.setStyleSheet(f"color: {levels.COLORS[Level.RED]};")
                error.setWordWrap(True)
                error.hide()
                cell = QVBoxLayout()
                cell.setSpacing(2)
                cell.addWidget(spin)
                cell.addWidget(error)
                form.addRow(spec.label, cell)
                self.fields[name], self.errors[name] = spin, error
            column.addWidget(box)
        column.addStretch(1)
        area.setWidget(body)
        outer.addWidget(area, 1)
        row = QHBoxLayout()
        self.defaults_button = QPushButton(self.tr("Restore defaults"))
        self.defaults_button.clicked.connect(self.restore_defaults)
        self.save_button = QPushButton(self.tr("Save thresholds"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.defaults_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        outer.addLayout(row)
        editable = actor.can(Permission.EDIT_GUARDRAIL_SETTINGS)
        for widget in (*self.fields.values(), self.save_button, self.defaults_button):
            widget.setEnabled(editable)
        self.load()

    def load(self) -> None:
        with self.database.reader() as session:
            current = settings.guardrail_settings(session)
            self.versions = settings.versions(session, list(self.values()))
        for name, spin in self.fields.items():
            spin.setValue(getattr(current, name))
        self._clear_errors()

    def restore_defaults(self) -> None:
        for name, spin in self.fields.items():
            spin.setValue(getattr(DEFAULTS, name))

    def values(self) -> dict[str, int]:
        return {KEY + name: spin.value() for name, spin in self.fields.items()}

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.message.hide()

    def save(self) -> bool:
        self._clear_errors()
        try:
            with self.database.session() as session:
                settings.set_many(session, self.actor, self.values(), based_on=self.versions)
                session.flush()
                self.versions = settings.versions(session, list(self.values()))
        except ValidationError as exc:
            first = None
            for key, text in exc.field_errors.items():
                name = key.removeprefix(KEY)
                if name in self.errors:
                    self.errors[name].setText(text)
                    self.errors[name].show()
                    first = first or self.fields[name]
            if first is not None:
                first.setFocus()
                self.area.ensureWidgetVisible(first, 50, 60)  # its message below too
            self._say(self.tr("Nothing was saved. {reason}").format(reason=exc.message), error=True)
            return False
        except PeerCenterError as exc:
            self._say(exc.message, error=True)
            return False
        self._say(
            self.tr("Saved. The dashboard and the scheduling warnings use the new thresholds.")
        )
        self.saved.emit()
        return True

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(f"color: {levels.COLORS[Level.RED]};" if error else "")
        self.message.setText(text)
        self.message.show()


class ThresholdsDialog(QDialog):
    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guardrail thresholds"))
        self.resize(620, 700)
        layout = QVBoxLayout(self)
        self.panel = ThresholdsPanel(database, actor)
        layout.addWidget(self.panel, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
