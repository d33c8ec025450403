"""New group / edit the whole series: what it is, where and with whom, and when it repeats,
with the rule in plain English and any clashes shown beside the fields as you type."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)
from sqlalchemy.orm import Session

from peercenter.domain.confirmation import Confirmation, Outcome
from peercenter.domain.enums import EnrollmentMode, GroupKind
from peercenter.domain.errors import PeerCenterError, ValidationError
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.services import clock, settings
from peercenter.services.schedule import choices, groups
from peercenter.ui import theme
from peercenter.ui.context import AppContext
from peercenter.ui.dialogs.confirming import ConfirmingDialog
from peercenter.ui.widgets.choices import CheckList, ChoiceCombo
from peercenter.ui.widgets.optional_date import date_edit, from_qdate, to_qdate
from peercenter.ui.widgets.recurrence_editor import RecurrenceEditor
from peercenter.ui.widgets.time_fields import duration_edit, from_qtime, time_edit, to_qtime

PREVIEW_DELAY_MS = 350
# Shown while typing: clashes, and a repeat rule that cannot work. Other problems (a missing
# name) wait for Save, so a fresh form is not red all over.
LIVE_FIELDS = ("recurrence", "room", "facilitators", "capacity", "roster")


class GroupDialog(ConfirmingDialog):
    def __init__(
        self,
        ctx: AppContext,
        group_id: int | None,
        parent: QWidget | None = None,
        *,
        start: datetime | None = None,
        minutes: int | None = None,
    ) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("GroupDialog", "New group")
            if group_id is None
            else QCoreApplication.translate("GroupDialog", "Edit group"),
            parent,
        )
        self.group_id = group_id
        self.version: int | None = None
        self.preview: groups.GroupPreview | None = None
        self.setMinimumWidth(920)

        left = self.add_column()
        info = self.add_section(left, self.tr("Group"))
        self.name = info.add("name", self.tr("Name"), QLineEdit())
        self.kind = info.add("kind", self.tr("Kind"), QComboBox())
        for kind in GroupKind:
            self.kind.addItem(kind.label, kind.value)
        self.description = info.add("description", self.tr("Description"), QPlainTextEdit())
        self.description.setMaximumHeight(64)
        self.mode = info.add("enrollment_mode", self.tr("Enrollment"), QComboBox())
        self.mode.addItem(self.tr("Open: people come and go"), EnrollmentMode.OPEN.value)
        self.mode.addItem(self.tr("Closed: a fixed roster"), EnrollmentMode.CLOSED.value)
        self.capacity = info.add("capacity", self.tr("Capacity"), QSpinBox())
        self.capacity.setRange(0, groups.MAX_CAPACITY)
        self.capacity.setSpecialValueText(self.tr("No limit"))
        self.min_size = info.add("min_size", self.tr("Minimum size"), QSpinBox())
        self.min_size.setRange(0, groups.MAX_CAPACITY)
        self.min_size.setSpecialValueText(self.tr("None"))
        who = self.add_section(left, self.tr("Where and who"))
        self.room = who.add("room", self.tr("Room"), ChoiceCombo(self.tr("No room")))
        self.lead = who.add("facilitators", self.tr("Lead"), ChoiceCombo(self.tr("Nobody yet")))
        self.co = who.add("co_facilitators", self.tr("Co-facilitators"), CheckList())

        right = self.add_column()
        when = self.add_section(right, self.tr("When"))
        self.first_date = when.add("first_date", self.tr("First date"), date_edit())
        self.start_time = when.add("start_time", self.tr("Time"), time_edit())
        self.duration = when.add("duration", self.tr("Length"), duration_edit())
        self.rule = when.add("recurrence", self.tr("Repeats"), RecurrenceEditor())
        self.summary = QLabel()
        self.summary.setObjectName("sectionTitle")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Schedule in words"))
        right.addWidget(self.summary)
        self.next_dates = theme.hint_label("")
        right.addWidget(self.next_dates)
        right.addStretch(1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        for signal in (
            self.name.textChanged,
            self.kind.currentIndexChanged,
            self.capacity.valueChanged,
            self.room.currentIndexChanged,
            self.lead.currentIndexChanged,
            self.co.changed,
            self.first_date.dateChanged,
            self.start_time.timeChanged,
            self.duration.valueChanged,
            self.rule.changed,
        ):
            signal.connect(self._timer.start)
        self.rule.changed.connect(self._describe)
        self.first_date.dateChanged.connect(self._first_date_changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.lead.currentIndexChanged.connect(lambda _i: self.co.set_hidden_id(self.lead.value()))

        self._choices: choices.ScheduleChoices | None = None
        self.load(start=start, minutes=minutes)

    # -- loading ---------------------------------------------------------------------------

    def load(self, start: datetime | None = None, minutes: int | None = None) -> None:
        with self.ctx.database.reader() as session:
            self._choices = choices.schedule_choices(session, self.ctx.actor)
            today = clock.local_today(settings.center_timezone(session))
            detail = (
                groups.get_group(session, self.ctx.actor, self.group_id)
                if self.group_id is not None
                else None
            )
        self.room.set_choices(self._choices.rooms)
        self.lead.set_choices(self._choices.facilitators)
        if detail is not None:
            self.version = detail.version
            self.watch_record("groups", self.group_id, self.version)
            form = detail.form
        else:
            begins = start or datetime.combine(today, time(18, 0))  # the center's today
            form = groups.GroupForm(
                name="",
                kind=GroupKind.PEER_SUPPORT,
                first_date=begins.date(),
                start_time=begins.time(),
                duration_minutes=minutes or 90,
                recurrence=Recurrence(Frequency.WEEKLY, weekdays=(begins.weekday(),)),
            )
        self.co.set_choices(self._choices.facilitators, form.co_facilitator_ids)
        self.set_form(form)
        self.update_preview()

    def set_form(self, form: groups.GroupForm) -> None:
        self.name.setText(form.name)
        self.kind.setCurrentIndex(self.kind.findData(form.kind.value))
        self.description.setPlainText(form.description)
        self.mode.setCurrentIndex(self.mode.findData(form.enrollment_mode.value))
        self.capacity.setValue(form.capacity or 0)
        self.min_size.setValue(form.min_size or 0)
        self.room.set_value(form.room_id)
        self.lead.set_value(form.lead_id)
        self.co.set_values(form.co_facilitator_ids)
        self.co.set_hidden_id(form.lead_id)
        self.first_date.setDate(to_qdate(form.first_date))
        self.start_time.setTime(to_qtime(form.start_time))
        self.duration.setValue(form.duration_minutes)
        self.rule.set_value(form.recurrence, form.first_date)
        self._kind_changed()
        self._describe()

    def form(self) -> groups.GroupForm:
        return groups.GroupForm(
            name=self.name.text(),
            kind=GroupKind(self.kind.currentData()),
            first_date=from_qdate(self.first_date.date()),
            start_time=from_qtime(self.start_time.time()),
            duration_minutes=self.duration.value(),
            recurrence=self.rule.value(),
            description=self.description.toPlainText(),
            enrollment_mode=EnrollmentMode(self.mode.currentData()),
            capacity=self.capacity.value() or None,
            min_size=self.min_size.value() or None,
            room_id=self.room.value(),
            lead_id=self.lead.value(),
            co_facilitator_ids=self.co.values(),
        )

    # -- live feedback ---------------------------------------------------------------------

    def _kind_changed(self) -> None:
        mentoring = GroupKind(self.kind.currentData()) is GroupKind.MENTORING
        if mentoring:
            self.capacity.setValue(1)
            self.co.set_values(())
        self.capacity.setEnabled(not mentoring)
        self.co.setEnabled(not mentoring)

    def _first_date_changed(self) -> None:
        self.rule.set_first_date(from_qdate(self.first_date.date()))
        self._describe()

    def _describe(self) -> None:
        self.summary.setText(self.rule.describe())

    def update_preview(self) -> None:
        """Ask what the form would plan and what it clashes with; shows it beside the fields
        (problems with the name and such wait for Save)."""
        self._timer.stop()
        try:
            with self.ctx.database.reader() as session:
                self.preview = groups.preview_group(
                    session, self.ctx.actor, self.form(), self.group_id
                )
        except ValidationError as exc:
            self.preview = None
            self._show_live({k: v for k, v in exc.field_errors.items() if k == "recurrence"})
            self.next_dates.setText("")
            return
        except PeerCenterError:
            self.preview = None
            return
        self._show_live(self.preview.report.field_messages())
        count = self.preview.session_count
        dates = "\n".join(self.preview.next_dates)
        self.next_dates.setText(
            self.tr("%n session(s) planned ahead. First ones:\n{dates}", "", count).format(
                dates=dates
            )
            if count
            else self.tr("No sessions ahead.")
        )

    def _show_live(self, messages_by_field: dict[str, str]) -> None:
        for fields in self._sections:
            for name in LIVE_FIELDS:
                if fields.has(name):
                    fields.set_error(name, messages_by_field.get(name, ""))
        unplaced = [
            m for k, m in messages_by_field.items() if not any(f.has(k) for f in self._sections)
        ]
        if unplaced:
            self.banner.show_message(" ".join(unplaced))
        else:
            self.banner.clear()

    # -- saving ----------------------------------------------------------------------------

    def warning_subject(self) -> str:
        return self.name.text().strip() or self.tr("the new group")

    def attempt(self, session: Session, confirmation: Confirmation) -> Outcome[int]:
        if self.group_id is None:
            outcome = groups.create_group(session, self.ctx.actor, self.form(), confirmation)
        else:
            outcome = groups.update_group(
                session, self.ctx.actor, self.group_id, self.form(), self.version, confirmation
            )
        return Outcome(outcome.result.id if outcome.result else None, outcome.warnings)
