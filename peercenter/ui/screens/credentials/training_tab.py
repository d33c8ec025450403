"""The Training records tab: the list, adding and editing, verification by a supervisor, and
certificates attached and opened."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from peercenter.domain.errors import PeerCenterError
from peercenter.domain.permissions import Permission
from peercenter.services.credentials import attachments, training
from peercenter.services.credentials.training import TrainingRow
from peercenter.ui import formatting, messages, theme
from peercenter.ui.context import AppContext
from peercenter.ui.screens.credentials.looks import hours_text
from peercenter.ui.screens.credentials.training_dialog import TrainingDialog
from peercenter.ui.tables import (
    RIGHT,
    Column,
    RowStyle,
    RowTableModel,
    make_table_view,
    selected_row,
)


def _verified(row: TrainingRow) -> str:
    return f"Yes, by {row.verified_by}" if row.verified else "Waiting"


def _title_tip(row: TrainingRow) -> str:
    return row.title + (f"\nProvider: {row.provider}" if row.provider else "")


COLUMNS: list[Column[TrainingRow]] = [
    Column(
        "Date", lambda r: formatting.short_date(r.taken_on), sort=lambda r: r.taken_on, width=100
    ),
    Column("Title", lambda r: r.title, tooltip=_title_tip, width=240),
    Column("Domain", lambda r: r.domain, width=170),
    Column(
        "Hours", lambda r: hours_text(r.minutes), sort=lambda r: r.minutes, align=RIGHT, width=70
    ),
    Column(
        "CE",
        lambda r: "CE" if r.is_continuing_education else "",
        tooltip=lambda r: (
            "Approved for continuing-education credit" if r.is_continuing_education else ""
        ),
    ),
    Column(
        "Certificate",
        lambda r: "Attached" if r.has_certificate else "",
        tooltip=lambda r: r.certificate_name,
        width=90,
    ),
    Column("Verified", _verified, stretch=True),
]


def _style(row: TrainingRow) -> RowStyle | None:
    return (
        None
        if row.verified
        else RowStyle(italic=True, tooltip="Waiting for a supervisor to verify it.")
    )


def ask_certificate(parent: QWidget) -> str:
    """The file to attach; "" when cancelled. Replaced in tests."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        "Attach a certificate",
        str(Path.home()),
        "Certificates (*.pdf *.png *.jpg *.jpeg *.gif *.webp)",
    )
    return path


def open_file(path: str) -> None:
    """Open a file with the computer's own viewer. Replaced in tests."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(path))


class TrainingTab(QWidget):
    changed = Signal()  # a record was added, changed or removed: reload

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.staff_id: int | None = None
        self.person = ""
        self.today = date.today()
        self.holds_credential = False
        self.dialog: TrainingDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.add_button = QPushButton("Add…")
        self.edit_button = QPushButton("Edit…")
        self.delete_button = QPushButton("Delete…")
        self.verify_button = QPushButton("Verify")
        self.attach_button = QPushButton("Attach certificate…")
        self.open_button = QPushButton("Open certificate")
        for button in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        bar.addStretch(1)
        for button in (self.verify_button, self.attach_button, self.open_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        self.model: RowTableModel[TrainingRow] = RowTableModel(COLUMNS, _style, self)
        self.table, self.proxy = make_table_view(self.model, self)
        self.table.setAccessibleName("Training records")
        layout.addWidget(self.table, 1)
        self.summary = theme.hint_label("")
        layout.addWidget(self.summary)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.table.activated.connect(lambda _index: self.edit())
        self.delete_button.clicked.connect(self.delete)
        self.verify_button.clicked.connect(self.toggle_verified)
        self.attach_button.clicked.connect(self.attach)
        self.open_button.clicked.connect(self.open_certificate)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def show_rows(
        self,
        staff_id: int,
        person: str,
        rows: list[TrainingRow],
        today: date,
        holds_credential: bool,
    ) -> None:
        keep = self.selected()
        self.staff_id, self.person, self.today = staff_id, person, today
        self.holds_credential = holds_credential
        self.model.set_rows(rows)
        if keep is not None:
            self.select_id(keep.id)
        waiting = [r for r in rows if not r.verified]
        total = sum(r.minutes for r in rows)
        text = f"{formatting.plural(len(rows), 'record')}, {hours_text(total) or '0 h'}"
        if waiting:
            text += (
                f" · {len(waiting)} waiting for verification "
                f"({hours_text(sum(r.minutes for r in waiting))})"
            )
        self.summary.setText(text)
        self._update_buttons()

    def selected(self) -> TrainingRow | None:
        row = selected_row(self.table)
        return row if isinstance(row, TrainingRow) else None

    def select_id(self, record_id: int) -> None:
        for proxy_row in range(self.proxy.rowCount()):
            if self.proxy.row_at(proxy_row).id == record_id:
                self.table.selectRow(proxy_row)
                return

    def _may_verify(self) -> bool:
        return (
            self.ctx.actor.can(Permission.VERIFY_TRAINING)
            and self.staff_id != self.ctx.actor.staff_id
        )

    def _update_buttons(self) -> None:
        row = self.selected()
        for button in (self.edit_button, self.delete_button, self.attach_button):
            button.setEnabled(row is not None)
        self.verify_button.setVisible(self._may_verify())
        self.verify_button.setEnabled(row is not None)
        self.verify_button.setText(
            "Take back verification" if row is not None and row.verified else "Verify"
        )
        self.open_button.setEnabled(row is not None and row.has_certificate)
        self.attach_button.setText(
            "Replace certificate…"
            if row is not None and row.has_certificate
            else "Attach certificate…"
        )

    # -- actions ---------------------------------------------------------------------------

    def add(self) -> None:
        self._open(None)

    def edit(self) -> None:
        row = self.selected()
        if row is not None:
            self._open(row.id)

    def _open(self, record_id: int | None) -> None:
        if self.staff_id is None:
            return
        try:
            dialog = TrainingDialog(
                self.ctx,
                self.staff_id,
                self.person,
                record_id,
                self.today,
                self.holds_credential,
                self,
            )
        except PeerCenterError as exc:
            messages.show_error(self, exc)
            return
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()

    def _saved(self, dialog: TrainingDialog) -> None:
        self.changed.emit()
        if dialog.saved_id is not None:
            self.select_id(dialog.saved_id)

    def delete(self) -> None:
        row = self.selected()
        if row is None or not messages.confirm(
            self,
            "Delete training record",
            f"Delete “{row.title}” "
            f"({formatting.short_date(row.taken_on)})? Its certificate is deleted too.",
            "Delete",
        ):
            return
        with messages.reporting_errors(self), self.ctx.database.session() as session:
            training.delete_training(session, self.ctx.actor, row.id, row.version)
        self.changed.emit()

    def toggle_verified(self) -> None:
        row = self.selected()
        if row is None:
            return
        with messages.reporting_errors(self), self.ctx.database.session() as session:
            training.set_verified(session, self.ctx.actor, row.id, not row.verified, row.version)
        self.changed.emit()

    def attach(self) -> None:
        row = self.selected()
        if row is None:
            return
        path = ask_certificate(self)
        if not path:
            return
        try:
            content = attachments.read_certificate(Path(path))
        except PeerCenterError as exc:
            messages.show_error(self, exc)
            return
        with messages.reporting_errors(self), self.ctx.database.session() as session:
            training.attach_certificate(
                session, self.ctx.actor, row.id, Path(path).name, content, row.version
            )
        self.changed.emit()

    def open_certificate(self) -> None:
        row = self.selected()
        if row is None:
            return
        path = ""
        with messages.reporting_errors(self), self.ctx.database.session() as session:
            path = training.certificate_path(session, self.ctx.actor, row.id)
        if path:
            open_file(path)
