"""Training & certification: whose records (the signed-in person, or someone they supervise),
then tabs for the supervisor's overview, progress, training records and the supervision
log."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QWidget

from peercenter.domain.permissions import Permission
from peercenter.services.credentials import supervision, training
from peercenter.services.credentials.progress import (
    center_today,
    person_progress,
    supervisor_overview,
)
from peercenter.ui import theme
from peercenter.ui.context import AppContext
from peercenter.ui.screens.base import Screen
from peercenter.ui.screens.credentials.overview_tab import OverviewTab
from peercenter.ui.screens.credentials.progress_tab import ProgressTab
from peercenter.ui.screens.credentials.supervision_tab import SupervisionTab
from peercenter.ui.screens.credentials.training_tab import TrainingTab
from peercenter.ui.widgets.person_picker import PersonPicker


class CredentialsScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        header = QHBoxLayout()
        header.addWidget(theme.title_label(self.tr("Training & certification")), 1)
        self.picker = PersonPicker()
        header.addWidget(self.picker)
        self.page_layout.addLayout(header)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Training and certification"))
        self.overview: OverviewTab | None = None
        if ctx.actor.can(Permission.VIEW_SUPERVISEE_CREDENTIALS):
            self.overview = OverviewTab()
            self.tabs.addTab(
                self.overview,
                self.tr("My supervisees")
                if not ctx.actor.can(Permission.VIEW_TRAINING_ALL)
                else self.tr("All supervisees"),
            )
            self.overview.person_opened.connect(self.open_person)
        self.progress = ProgressTab(ctx)
        self.training = TrainingTab(ctx)
        self.supervision = SupervisionTab(ctx)
        self.tabs.addTab(self.progress, self.tr("Progress"))
        self.tabs.addTab(self.training, self.tr("Training records"))
        self.tabs.addTab(self.supervision, self.tr("Supervision log"))
        self.page_layout.addWidget(self.tabs, 1)
        for tab in (self.progress, self.training, self.supervision):
            tab.changed.connect(self.refresh)
        self.picker.changed.connect(lambda _id: self.refresh())
        self.tabs.setCurrentWidget(self.progress)
        self.today: date | None = None

    def open_person(self, staff_id: int) -> None:
        self.picker.select(staff_id)
        self.tabs.setCurrentWidget(self.progress)

    def refresh(self) -> None:
        actor = self.ctx.actor
        with self.ctx.database.reader() as session:
            self.today = center_today(session)
            staff_id = self.picker.load(session, actor)
            if staff_id is None:
                return
            person = person_progress(session, actor, staff_id, today=self.today)
            records = training.list_training(session, actor, staff_id)
            overview = (
                supervisor_overview(session, actor, self.today)
                if self.overview is not None
                else None
            )
        # Reading the log may show confidential notes, which is audited: a write.
        with self.ctx.database.session() as session:
            log = supervision.list_for_person(session, actor, staff_id)
        holds = any(p.progress.achieved for p in person.programs)
        self.progress.show_person(person)
        self.training.show_rows(staff_id, person.name, records, self.today, holds)
        self.supervision.show_rows(staff_id, log, self.today)
        if self.overview is not None and overview is not None:
            self.overview.show_rows(overview)
