"""One session for someone who may look but not change the schedule (a peer specialist):
what, when, where and with whom, as plain text with a Close button. Nothing looks editable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from peercenter.services.schedule import sessions
from peercenter.ui import formatting, theme
from peercenter.ui.context import AppContext
from peercenter.ui.kind_colors import kind_swatch
from peercenter.ui.language import QT_TRANSLATE_NOOP

# The rows, by the name tests and callers know them; each label is translated where shown.
ROWS = {
    "Date": QT_TRANSLATE_NOOP("SessionInfoDialog", "Date:"),
    "Time": QT_TRANSLATE_NOOP("SessionInfoDialog", "Time:"),
    "Room": QT_TRANSLATE_NOOP("SessionInfoDialog", "Room:"),
    "Facilitators": QT_TRANSLATE_NOOP("SessionInfoDialog", "Facilitators:"),
    "Topic": QT_TRANSLATE_NOOP("SessionInfoDialog", "Topic:"),
    "Notes": QT_TRANSLATE_NOOP("SessionInfoDialog", "Notes:"),
    "Status": QT_TRANSLATE_NOOP("SessionInfoDialog", "Status:"),
}


def _value(text: str) -> QLabel:
    label = QLabel(text or "—")
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


class SessionInfoDialog(QDialog):
    def __init__(self, ctx: AppContext, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        with ctx.database.reader() as session:
            detail = sessions.get_session(session, ctx.actor, session_id)
        self.detail = detail
        v = detail.view
        self.setWindowTitle(self.tr("Session"))
        self.setWindowIcon(kind_swatch(v.kind, 16))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        heading = theme.title_label(v.group_name)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        enrolled = (
            self.tr("%n enrolled of {capacity}", "", detail.enrolled).format(
                capacity=detail.capacity
            )
            if detail.capacity
            else self.tr("%n enrolled", "", detail.enrolled)
        )
        layout.addWidget(theme.hint_label(f"{v.kind.label} · {detail.schedule} · {enrolled}"))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        status = self.tr("Scheduled")
        if v.cancelled:
            status = (
                self.tr("Cancelled: {reason}").format(reason=v.cancel_reason)
                if v.cancel_reason
                else self.tr("Cancelled")
            )
        elif v.moved:
            status = self.tr("Moved from {day} {time}").format(
                day=formatting.long_day(v.occurrence_start.date()),
                time=formatting.clock_time(v.occurrence_start),
            )
        self.values: dict[str, QLabel] = {}
        for name, text in (
            ("Date", formatting.long_day(v.starts_at.date())),
            ("Time", formatting.time_range(v.starts_at, v.ends_at)),
            ("Room", v.room),
            ("Facilitators", ", ".join(v.facilitators)),
            ("Topic", v.topic),
            ("Notes", v.notes),
            ("Status", status),
        ):
            self.values[name] = _value(text)
            form.addRow(
                QCoreApplication.translate("SessionInfoDialog", ROWS[name]), self.values[name]
            )
        layout.addLayout(form)
        layout.addWidget(
            theme.hint_label(
                self.tr("The front desk and supervisors change sessions; you can see them.")
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setFocus()
        self.setMinimumWidth(420)
