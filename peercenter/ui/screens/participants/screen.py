"""Participants: find someone by preferred or last name as you type."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from peercenter.domain.enums import ParticipantStatus
from peercenter.domain.errors import PeerCenterError
from peercenter.domain.permissions import Permission
from peercenter.services import participants
from peercenter.services.csv_import.kinds import PARTICIPANTS
from peercenter.services.participants import ParticipantRow
from peercenter.ui import formatting, messages, theme
from peercenter.ui.context import AppContext
from peercenter.ui.dialogs.import_csv import ImportDialog, choose_file, open_import
from peercenter.ui.dialogs.participant import ParticipantDialog
from peercenter.ui.screens.base import Screen
from peercenter.ui.tables import Column, RowStyle, RowTableModel, make_table_view, selected_row

SEARCH_DELAY_MS = 200  # wait for a pause in typing before asking the database

PARTICIPANT_COLUMNS: list[Column[ParticipantRow]] = [
    Column("Name", lambda p: p.label, width=200),
    Column("Status", lambda p: p.status.label, width=90),
    Column(
        "Intake date",
        lambda p: formatting.short_date(p.intake_date),
        sort=lambda p: p.intake_date,
        width=110,
    ),
    Column(
        "On sign-in sheets",
        lambda p: "Yes" if p.consent_on_sign_in else "No",
        tooltip=lambda p: (
            "" if p.consent_on_sign_in else "Not printed on sign-in sheets: no consent recorded."
        ),
    ),
]


def _style(row: ParticipantRow) -> RowStyle | None:
    return RowStyle(muted=True) if row.status is ParticipantStatus.INACTIVE else None


class ParticipantsScreen(Screen):
    live_tables = frozenset({"participants"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.dialog: ParticipantDialog | None = None
        self.import_dialog: ImportDialog | None = None
        self.can_edit = ctx.actor.can(Permission.EDIT_PARTICIPANTS)
        self.page_layout.addWidget(theme.title_label("Participants"))

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search by preferred or last name")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search participants")
        self.search.setMaximumWidth(320)
        self.show_inactive = QCheckBox("Show inactive")
        self.add_button = QPushButton("Add…")
        self.import_button = QPushButton("Import participants…")
        self.import_button.setToolTip(
            "Add many participants at once from a CSV file saved by a spreadsheet program."
        )
        self.open_button = QPushButton("Edit…" if self.can_edit else "Open…")
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_inactive)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        bar.addWidget(self.add_button)
        bar.addWidget(self.open_button)
        self.add_button.setVisible(self.can_edit)
        self.import_button.setVisible(self.can_edit)
        self.page_layout.addLayout(bar)

        self.model: RowTableModel[ParticipantRow] = RowTableModel(PARTICIPANT_COLUMNS, _style, self)
        self.table, self.proxy = make_table_view(self.model, self)
        self.table.setAccessibleName("Participants")
        self.page_layout.addWidget(self.table, 1)
        self.count_label = theme.hint_label("")
        self.page_layout.addWidget(self.count_label)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.refresh)
        self.show_inactive.toggled.connect(self.refresh)
        self.add_button.clicked.connect(self.add)
        self.import_button.clicked.connect(self.choose_import_file)
        self.open_button.clicked.connect(self.open_selected)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def selected(self) -> ParticipantRow | None:
        row = selected_row(self.table)
        return row if isinstance(row, ParticipantRow) else None

    def focus_search(self) -> None:
        """Ctrl+F, from the window."""
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        self._search_timer.stop()
        keep = self.selected()
        text = self.search.text()
        with self.ctx.database.reader() as session:
            rows = participants.search(
                session, self.ctx.actor, text, include_inactive=self.show_inactive.isChecked()
            )
        self.model.set_rows(rows)
        if keep is not None:
            self.select_id(keep.id)
        count = formatting.plural(len(rows), "participant")
        if text.strip():
            self.count_label.setText(
                f"{count} found for “{text.strip()}”"
                if rows
                else f"Nobody found for “{text.strip()}”."
            )
        else:
            self.count_label.setText(count)
        self._update_buttons()

    def select_id(self, participant_id: int) -> None:
        for proxy_row in range(self.proxy.rowCount()):
            if self.proxy.row_at(proxy_row).id == participant_id:
                self.table.selectRow(proxy_row)
                self.table.scrollTo(self.proxy.index(proxy_row, 0))
                return

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.selected() is not None)

    def _activated(self, _index: QModelIndex | QPersistentModelIndex) -> None:
        self.open_selected()

    def add(self) -> None:
        self._open_dialog(None)

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self._open_dialog(row.id)

    def _open_dialog(self, participant_id: int | None) -> None:
        try:
            dialog = ParticipantDialog(self.ctx, participant_id, self)
        except PeerCenterError as exc:  # refused, or the record has gone meanwhile
            messages.show_error(self, exc)
            self.refresh()
            return
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()

    def choose_import_file(self) -> None:
        path = choose_file(self, PARTICIPANTS)
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        self.import_dialog = open_import(self, self.ctx, PARTICIPANTS, path, self._imported)

    def _imported(self, message: str) -> None:
        self.refresh()
        self.count_label.setText(f"{message} {self.count_label.text()}")

    def _saved(self, dialog: ParticipantDialog) -> None:
        self.refresh()
        if dialog.saved_id is not None:
            self.select_id(dialog.saved_id)
            if dialog.used_existing:  # the person was already here: their record, then
                self._open_dialog(dialog.saved_id)
