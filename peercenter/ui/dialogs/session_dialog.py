"""One session: move it, give it another room, facilitators or topic, for this session only,
this and following, or the whole series; cancel it with a reason or restore it. Clashes are
shown beside the field they concern."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)
from sqlalchemy.orm import Session

from peercenter.domain.confirmation import Confirmation, Outcome
from peercenter.domain.errors import PeerCenterError
from peercenter.domain.permissions import Permission
from peercenter.services.schedule import choices, edits, sessions
from peercenter.services.schedule.changes import EditMode, SessionChange
from peercenter.ui import formatting, theme
from peercenter.ui.context import AppContext
from peercenter.ui.dialogs.cancel_session import CancelSessionPrompt
from peercenter.ui.dialogs.confirming import ConfirmingDialog
from peercenter.ui.kind_colors import kind_swatch
from peercenter.ui.widgets.choices import CheckList, ChoiceCombo
from peercenter.ui.widgets.optional_date import date_edit, from_qdate, to_qdate
from peercenter.ui.widgets.time_fields import duration_edit, from_qtime, time_edit, to_qtime


class SessionDialog(ConfirmingDialog):
    def __init__(self, ctx: AppContext, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, QCoreApplication.translate("SessionDialog", "Session"), parent)
        self.session_id = session_id
        self.detail: sessions.SessionDetail | None = None
        self.can_edit = ctx.actor.can(Permission.MANAGE_SCHEDULE)
        self.open_group_requested = False
        self.cancel_prompt: CancelSessionPrompt | None = None

        left = self.add_column()
        self.heading = theme.title_label("")
        self.heading.setWordWrap(True)
        left.addWidget(self.heading)
        self.subtitle = theme.hint_label("")
        left.addWidget(self.subtitle)
        when = self.add_section(left, self.tr("When and where"))
        self.day = when.add("day", self.tr("Date"), date_edit())
        self.start = when.add("start", self.tr("Starts"), time_edit())
        self.duration = when.add("duration", self.tr("Length"), duration_edit())
        self.room = when.add("room", self.tr("Room"), ChoiceCombo(self.tr("No room")))
        who = self.add_section(left, self.tr("Who and what"))
        self.lead = who.add("facilitators", self.tr("Lead"), ChoiceCombo(self.tr("Nobody")))
        self.co = who.add("co_facilitators", self.tr("Co-facilitators"), CheckList())
        self.topic = who.add("topic", self.tr("Topic"), ChoiceCombo(self.tr("No topic")))
        self.notes = who.add("notes", self.tr("Notes"), QPlainTextEdit())
        self.notes.setMaximumHeight(60)

        right = self.add_column()
        right.addWidget(theme.section_label(self.tr("Apply the change to")))
        self.modes = QButtonGroup(self)
        self.mode_buttons: dict[EditMode, QRadioButton] = {}
        for mode in EditMode:
            button = QRadioButton(mode.label)
            self.modes.addButton(button)
            self.mode_buttons[mode] = button
            right.addWidget(button)
        self.mode_buttons[EditMode.THIS].setChecked(True)
        self.mode_hint = theme.hint_label(
            self.tr(
                "This and following starts a new series from this session; the earlier sessions "
                "keep their settings. Sessions you changed one by one keep their changes."
            )
        )
        right.addWidget(self.mode_hint)
        right.addWidget(theme.section_label(self.tr("Status")))
        self.status = QLabel()
        self.status.setWordWrap(True)
        right.addWidget(self.status)
        actions = QHBoxLayout()
        self.cancel_session_button = QPushButton(self.tr("Cancel session…"))
        self.restore_button = QPushButton(self.tr("Restore session"))
        self.series_button = QPushButton(self.tr("Edit series…"))
        self.series_button.setToolTip(
            self.tr("Change the repeat rule, capacity or description of the whole series")
        )
        for action in (self.cancel_session_button, self.restore_button, self.series_button):
            actions.addWidget(action)
        actions.addStretch(1)
        right.addLayout(actions)
        right.addStretch(1)
        self.cancel_session_button.clicked.connect(self.cancel_session)
        self.restore_button.clicked.connect(self.restore_session)
        self.series_button.clicked.connect(self._edit_series)
        self.lead.currentIndexChanged.connect(lambda _i: self.co.set_hidden_id(self.lead.value()))
        self.load()

    def load(self) -> None:
        with self.ctx.database.reader() as session:
            lists = choices.schedule_choices(session, self.ctx.actor)
            detail = sessions.get_session(session, self.ctx.actor, self.session_id)
        self.detail = detail
        v = detail.view
        self.heading.setText(v.group_name)
        self.setWindowIcon(kind_swatch(v.kind, 16))
        enrolled = (
            self.tr("%n enrolled of {capacity}", "", detail.enrolled).format(
                capacity=detail.capacity
            )
            if detail.capacity
            else self.tr("%n enrolled", "", detail.enrolled)
        )
        self.subtitle.setText(f"{v.kind.label} · {detail.schedule} · {enrolled}")
        self.day.setDate(to_qdate(v.starts_at.date()))
        self.start.setTime(to_qtime(v.starts_at.time()))
        self.duration.setValue(v.duration_minutes)
        self.room.set_choices(lists.rooms, v.room_id)
        self.lead.set_choices(
            lists.facilitators, v.facilitator_ids[0] if v.facilitator_ids else None
        )
        self.co.set_choices(lists.facilitators, v.facilitator_ids[1:])
        self.co.set_hidden_id(self.lead.value())
        self.topic.set_choices(lists.topics, v.topic_id)
        self.notes.setPlainText(v.notes)
        self._show_status()
        if self.can_edit:
            self.watch_record("sessions", self.session_id, v.version)

    def _show_status(self) -> None:
        assert self.detail is not None
        v = self.detail.view
        parts = []
        if v.cancelled:
            parts.append(
                self.tr("Cancelled: {reason}").format(reason=v.cancel_reason)
                if v.cancel_reason
                else self.tr("Cancelled")
            )
        else:
            parts.append(self.tr("Scheduled"))
        if v.moved:
            parts.append(
                self.tr("moved from {day} {time}").format(
                    day=formatting.long_day(v.occurrence_start.date()),
                    time=formatting.clock_time(v.occurrence_start),
                )
            )
        elif v.is_exception:
            parts.append(self.tr("changed by hand"))
        self.status.setText(", ".join(parts) + ".")
        self.cancel_session_button.setVisible(self.can_edit and not v.cancelled)
        self.restore_button.setVisible(self.can_edit and v.cancelled)
        self.series_button.setVisible(self.can_edit)
        self.save_button.setEnabled(self.can_edit)
        if v.cancelled:
            self.banner.show_message(self.status.text(), tone="info")

    def change(self) -> SessionChange:
        return SessionChange(
            day=from_qdate(self.day.date()),
            start_time=from_qtime(self.start.time()),
            duration_minutes=self.duration.value(),
            room_id=self.room.value(),
            lead_id=self.lead.value(),
            co_facilitator_ids=self.co.values(),
            topic_id=self.topic.value(),
            notes=self.notes.toPlainText(),
        )

    def mode(self) -> EditMode:
        return next(m for m, b in self.mode_buttons.items() if b.isChecked())

    def warning_subject(self) -> str:
        assert self.detail is not None
        v = self.detail.view
        return f"{v.group_name}, {formatting.long_day(v.starts_at.date())}"

    def attempt(self, session: Session, confirmation: Confirmation) -> Outcome[int]:
        assert self.detail is not None
        outcome = edits.edit_session(
            session,
            self.ctx.actor,
            self.session_id,
            self.change(),
            self.mode(),
            self.detail.view.version,
            confirmation,
        )
        return Outcome(self.session_id if outcome.saved else None, outcome.warnings)

    def cancel_session(self) -> None:
        """Ask why; once cancelled, this dialog closes as saved."""
        assert self.detail is not None
        v = self.detail.view
        prompt = CancelSessionPrompt(
            self.ctx, self.session_id, v.version, v.group_name, v.starts_at, v.ends_at, self
        )
        self.cancel_prompt = prompt
        prompt.accepted.connect(self._cancelled)
        prompt.open()

    def _cancelled(self) -> None:
        self.saved_id = self.session_id
        self.accept()

    def restore_session(self) -> None:
        assert self.detail is not None
        version = self.detail.view.version

        def restore(session: Session, confirmation: Confirmation) -> Outcome[int]:
            outcome = edits.restore_session(
                session, self.ctx.actor, self.session_id, version, confirmation
            )
            return Outcome(self.session_id if outcome.saved else None, outcome.warnings)

        self.clear_errors()
        self.submit_confirmed(restore)

    def _run(self, action: Callable[[Session], object]) -> None:
        try:
            with self.ctx.database.session() as session:
                action(session)
        except PeerCenterError as exc:
            self.banner.show_message(exc.message)
            return
        self.saved_id = self.session_id
        self.accept()

    def _edit_series(self) -> None:
        self.open_group_requested = True
        self.reject()
