"""Participants: find someone by preferred or last name as you type."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from peercenter.domain.enums import ParticipantStatus
from peercenter.domain.permissions import Permission
from peercenter.services import participants
from peercenter.services.csv_import.kinds import PARTICIPANTS
from peercenter.services.participants import ParticipantRow
from peercenter.ui import formatting
from peercenter.ui.context import AppContext
from peercenter.ui.dialogs.import_csv import ImportDialog, choose_file, open_import
from peercenter.ui.dialogs.participant import ParticipantDialog
from peercenter.ui.language import QT_TRANSLATE_NOOP
from peercenter.ui.screens.list_screen import ListScreen
from peercenter.ui.tables import Column, RowStyle


def participant_columns() -> list[Column[ParticipantRow]]:
    """The columns, titled in the window's language."""
    yes = QCoreApplication.translate("ParticipantsScreen", "Yes")
    no = QCoreApplication.translate("ParticipantsScreen", "No")
    not_printed = QCoreApplication.translate(
        "ParticipantsScreen", "Not printed on sign-in sheets: no consent recorded."
    )
    return [
        Column(
            QCoreApplication.translate("ParticipantsScreen", "Name"), lambda p: p.label, width=200
        ),
        Column(
            QCoreApplication.translate("ParticipantsScreen", "Status"),
            lambda p: p.status.label,
            width=90,
        ),
        Column(
            QCoreApplication.translate("ParticipantsScreen", "Intake date"),
            lambda p: formatting.short_date(p.intake_date),
            sort=lambda p: p.intake_date,
            width=110,
        ),
        Column(
            QCoreApplication.translate("ParticipantsScreen", "On sign-in sheets"),
            lambda p: yes if p.consent_on_sign_in else no,
            tooltip=lambda p: "" if p.consent_on_sign_in else not_printed,
        ),
    ]


class ParticipantsScreen(ListScreen[ParticipantRow]):
    title = QT_TRANSLATE_NOOP("ParticipantsScreen", "Participants")
    columns = ()
    edit_permission = Permission.EDIT_PARTICIPANTS
    search_hint = QT_TRANSLATE_NOOP("ParticipantsScreen", "Search by preferred or last name")
    search_in_database = True
    none_found = QT_TRANSLATE_NOOP("ParticipantsScreen", "Nobody")
    inactive_label = QT_TRANSLATE_NOOP("ParticipantsScreen", "Show inactive")

    live_tables = frozenset({"participants"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.import_dialog: ImportDialog | None = None
        self.open_button = self.edit_button
        self.import_button = self.button(
            self.tr("Import participants…"),
            self.choose_import_file,
            visible=self.can_edit,
            at=self.toolbar.indexOf(self.add_button),
        )
        self.import_button.setToolTip(
            self.tr("Add many participants at once from a CSV file saved by a spreadsheet program.")
        )

    def table_columns(self) -> list[Column[ParticipantRow]]:
        return participant_columns()

    def count_words(self, count: int) -> str:
        return self.tr("%n participant(s)", "", count)

    def load(self, session: Session) -> list[ParticipantRow]:
        return participants.search(
            session, self.ctx.actor, self.search.text(), include_inactive=self.include_inactive
        )

    def row_style(self, row: ParticipantRow) -> RowStyle | None:
        return RowStyle(muted=True) if row.status is ParticipantStatus.INACTIVE else None

    def make_dialog(self, row: ParticipantRow | None) -> ParticipantDialog:
        return ParticipantDialog(self.ctx, row.id if row is not None else None, self)

    def after_saving(self, dialog: ParticipantDialog) -> None:
        if dialog.used_existing:  # the person was already here: their record, then
            self.open_row_by_id(dialog.saved_id)

    def choose_import_file(self) -> None:
        path = choose_file(self, PARTICIPANTS)
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        self.import_dialog = open_import(self, self.ctx, PARTICIPANTS, path, self._imported)

    def _imported(self, message: str) -> None:
        self.refresh()
        self.count_label.setText(f"{message} {self.count_label.text()}")
