"""The Progress tab: one card per program the person is enrolled in, and enrolling them in
another."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from peercenter.domain.errors import PeerCenterError
from peercenter.domain.permissions import Permission
from peercenter.services.credentials import enrollments
from peercenter.services.credentials.progress import EnrolledProgress, PersonProgress
from peercenter.ui import formatting, messages, theme
from peercenter.ui.background import BackgroundTask
from peercenter.ui.context import AppContext
from peercenter.ui.screens.credentials.enrollment_dialog import EnrollmentDialog
from peercenter.ui.screens.credentials.program_card import ProgramCard
from peercenter.ui.screens.credentials.report_export import save_report


class ProgressTab(QWidget):
    changed = Signal()  # an enrollment was added or changed: reload

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person: PersonProgress | None = None
        self.dialog: EnrollmentDialog | None = None
        self.task: BackgroundTask | None = None
        self.last_saved = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.summary = theme.hint_label("")
        self.enroll_button = QPushButton(self.tr("Enroll in a program…"))
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.enroll_button)
        layout.addLayout(bar)
        self.scroll_area = QScrollArea()
        self.scroll_area.setAccessibleName(self.tr("Programs enrolled"))
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.container = QWidget()
        self.cards_layout = QVBoxLayout(self.container)
        self.cards_layout.setContentsMargins(0, 0, 4, 0)
        self.cards_layout.setSpacing(12)
        self.scroll_area.setWidget(self.container)
        layout.addWidget(self.scroll_area, 1)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.cards: list[ProgramCard] = []
        self.enroll_button.clicked.connect(lambda: self.open_enrollment(None))

    def can_manage(self, staff_id: int) -> bool:
        actor = self.ctx.actor
        return actor.can(Permission.MANAGE_ENROLLMENTS) and (
            staff_id != actor.staff_id or actor.can(Permission.VIEW_TRAINING_ALL)
        )

    def show_person(self, person: PersonProgress) -> None:
        self.person = person
        for card in self.cards:
            self.cards_layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        while self.cards_layout.count():
            self.cards_layout.takeAt(0)
        manage = self.can_manage(person.staff_id)
        for enrolled in person.programs:
            card = ProgramCard(enrolled, manage)
            card.edit_requested.connect(self.open_enrollment)
            card.renew_requested.connect(self.renew)
            card.report_requested.connect(self.export)
            self.cards_layout.addWidget(card)
            self.cards.append(card)
        self.cards_layout.addStretch(1)
        self.enroll_button.setVisible(manage)
        has = bool(person.programs)
        self.scroll_area.setVisible(has)
        self.empty.setVisible(not has)
        self.empty.setText(
            (
                self.tr(
                    "{name} is not enrolled in any credential program yet. Use “Enroll in a "
                    "program…” to start tracking their hours."
                )
                if manage
                else self.tr("{name} is not enrolled in any credential program yet.")
            ).format(name=person.name)
        )
        as_of = formatting.short_date(person.as_of)
        self.summary.setText(
            self.tr("As of {date} · supervisor {supervisor}").format(
                date=as_of, supervisor=person.supervisor
            )
            if person.supervisor
            else self.tr("As of {date}").format(date=as_of)
        )

    def open_enrollment(self, enrolled: EnrolledProgress | None) -> None:
        if self.person is None:
            return
        try:
            dialog = EnrollmentDialog(
                self.ctx, self.person.staff_id, self.person.name, enrolled, self.person.as_of, self
            )
        except PeerCenterError as exc:  # refused, or the record has gone meanwhile
            messages.show_error(self, exc)
            return
        self.dialog = dialog
        dialog.accepted.connect(self.changed)
        dialog.open()

    def renew(self, enrolled: EnrolledProgress) -> None:
        cycle = enrolled.progress.cycle
        due = formatting.short_date(cycle.due) if cycle else ""
        if not messages.confirm(
            self,
            self.tr("Record renewal"),
            self.tr(
                "Did the board renew {program} (due {date})?\n\n"
                "The expiry moves on by one renewal cycle."
            ).format(program=enrolled.progress.program.name, date=due),
            self.tr("Record renewal"),
        ):
            return
        with messages.reporting_errors(self), self.ctx.database.session() as session:
            enrollments.record_renewal(
                session, self.ctx.actor, enrolled.enrollment_id, enrolled.enrollment_version
            )
        self.changed.emit()

    def export(self, enrolled: EnrolledProgress, fmt: str) -> None:
        if self.person is None:
            return
        self.task = save_report(
            self,
            self.ctx,
            self.person.staff_id,
            self.person.name,
            enrolled.program_id,
            enrolled.progress.program.code,
            fmt,
            self._saved,
        )

    def _saved(self, path: str) -> None:
        self.last_saved = path
        self.summary.setText(self.tr("Saved the hours report to {path}").format(path=path))
