"""The Supervision log tab: sessions the person received (or gave), with the confidential
notes only for supervisors and administrators."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from peercenter.domain.errors import PeerCenterError
from peercenter.domain.hours import format_hours
from peercenter.domain.permissions import Permission
from peercenter.services.credentials import supervision
from peercenter.services.credentials.supervision import SupervisionRow
from peercenter.ui import formatting, messages, theme
from peercenter.ui.context import AppContext
from peercenter.ui.screens.credentials.looks import hours_text
from peercenter.ui.screens.credentials.supervision_dialog import (
    SupervisionDialog,
    format_label,
)
from peercenter.ui.tables import RIGHT, Column, RowTableModel, make_table_view, selected_row


def _notes(row: SupervisionRow) -> str:
    if row.confidential_notes is None:
        return ""
    first = row.confidential_notes.strip().splitlines()[0] if row.confidential_notes.strip() else ""
    return first[:80] + ("…" if len(first) > 80 else "")


def columns(with_notes: bool) -> list[Column[SupervisionRow]]:
    """Whoever may not read the notes gets no notes column at all."""
    shown = [
        *_columns(),
        Column(
            QCoreApplication.translate("SupervisionTab", "Topics"),
            lambda r: r.topics,
            tooltip=lambda r: r.topics,
            width=170,
            stretch=not with_notes,
        ),
    ]
    if with_notes:
        shown.append(
            Column(
                QCoreApplication.translate("SupervisionTab", "Confidential notes"),
                _notes,
                tooltip=lambda r: r.confidential_notes or "",
                stretch=True,
            )
        )
    return shown


def _columns() -> list[Column[SupervisionRow]]:
    return [
        Column(
            QCoreApplication.translate("SupervisionTab", "Date"),
            lambda r: formatting.short_date(r.held_on),
            sort=lambda r: r.held_on,
            width=100,
        ),
        Column(
            QCoreApplication.translate("SupervisionTab", "Length"),
            lambda r: format_hours(r.minutes),
            sort=lambda r: r.minutes,
            align=RIGHT,
            width=80,
        ),
        Column(
            QCoreApplication.translate("SupervisionTab", "Format"),
            lambda r: format_label(r.format),
            width=90,
        ),
        Column(
            QCoreApplication.translate("SupervisionTab", "Supervisor"),
            lambda r: r.supervisor,
            width=130,
        ),
        Column(
            QCoreApplication.translate("SupervisionTab", "Supervisees"),
            lambda r: r.supervisees,
            tooltip=lambda r: r.supervisees,
            width=170,
        ),
        Column(
            QCoreApplication.translate("SupervisionTab", "Domains"),
            lambda r: ", ".join(r.domains),
            tooltip=lambda r: ", ".join(r.domains),
            width=170,
        ),
    ]


class SupervisionTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.staff_id: int | None = None
        self.today = date.today()
        self.dialog: SupervisionDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.log_button = QPushButton(self.tr("Log supervision…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        for button in (self.log_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.model: RowTableModel[SupervisionRow] = RowTableModel(
            columns(ctx.actor.can(Permission.VIEW_SUPERVISION_NOTES)), None, self
        )
        self.table, self.proxy = make_table_view(self.model, self)
        self.table.setAccessibleName(self.tr("Supervision log"))
        layout.addWidget(self.table, 1)
        self.summary = theme.hint_label("")
        layout.addWidget(self.summary)
        self.log_button.clicked.connect(lambda: self._open(None))
        self.edit_button.clicked.connect(self.edit)
        self.table.activated.connect(lambda _index: self.edit())
        self.delete_button.clicked.connect(self.delete)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def show_rows(self, staff_id: int, rows: list[SupervisionRow], today: date) -> None:
        self.staff_id, self.today = staff_id, today
        self.model.set_rows(rows)
        received = [r for r in rows if staff_id in r.supervisee_ids]
        text = self.tr("%n supervision session(s) received, {hours}", "", len(received)).format(
            hours=hours_text(sum(r.minutes for r in received)) or hours_text(0)
        )
        given = len(rows) - len(received)
        if given:
            text = self.tr("{received} · {given}").format(
                received=text, given=self.tr("%n session(s) given", "", given)
            )
        self.summary.setText(text)
        self._update_buttons()

    def selected(self) -> SupervisionRow | None:
        row = selected_row(self.table)
        return row if isinstance(row, SupervisionRow) else None

    def _may_edit(self, row: SupervisionRow | None) -> bool:
        actor = self.ctx.actor
        return (
            row is not None
            and actor.can(Permission.LOG_SUPERVISION)
            and (row.supervisor_id == actor.staff_id or actor.can(Permission.VIEW_TRAINING_ALL))
        )

    def _update_buttons(self) -> None:
        actor = self.ctx.actor
        self.log_button.setVisible(actor.can(Permission.LOG_SUPERVISION))
        self.log_button.setEnabled(
            self.staff_id != actor.staff_id or actor.can(Permission.VIEW_TRAINING_ALL)
        )
        editable = self._may_edit(self.selected())
        for button in (self.edit_button, self.delete_button):
            button.setVisible(actor.can(Permission.LOG_SUPERVISION))
            button.setEnabled(editable)

    def edit(self) -> None:
        row = self.selected()
        if self._may_edit(row):
            self._open(row)

    def _open(self, row: SupervisionRow | None) -> None:
        for_staff = self.staff_id if self.staff_id != self.ctx.actor.staff_id else None
        try:
            dialog = SupervisionDialog(self.ctx, row, for_staff, self.today, self)
        except PeerCenterError as exc:
            messages.show_error(self, exc)
            return
        self.dialog = dialog
        dialog.accepted.connect(self.changed)
        dialog.open()

    def delete(self) -> None:
        row = self.selected()
        if row is None or not messages.confirm(
            self,
            self.tr("Delete supervision"),
            self.tr("Delete the supervision of {date} with {supervisees}?").format(
                date=formatting.short_date(row.held_on), supervisees=row.supervisees
            ),
            self.tr("Delete"),
        ):
            return
        with messages.reporting_errors(self), self.ctx.database.session() as session:
            supervision.delete_supervision(session, self.ctx.actor, row.id)
        self.changed.emit()
