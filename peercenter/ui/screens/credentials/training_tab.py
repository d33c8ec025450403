"""The Training records tab: the list, adding and editing, verification by a supervisor, and
certificates attached and opened."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget
from sqlalchemy.orm import Session

from peercenter.domain.errors import NotFound, PeerCenterError
from peercenter.domain.permissions import Permission
from peercenter.services.credentials import attachments, training
from peercenter.services.credentials.training import TrainingRow
from peercenter.ui import formatting, messages
from peercenter.ui.context import AppContext
from peercenter.ui.language import QT_TRANSLATE_NOOP
from peercenter.ui.screens.credentials.looks import hours_text
from peercenter.ui.screens.credentials.training_dialog import TrainingDialog
from peercenter.ui.screens.list_screen import ListScreen
from peercenter.ui.tables import RIGHT, Column, RowStyle


def _verified(row: TrainingRow) -> str:
    if not row.verified:
        return QCoreApplication.translate("TrainingTab", "Waiting")
    return QCoreApplication.translate("TrainingTab", "Yes, by {supervisor}").format(
        supervisor=row.verified_by
    )


def _title_tip(row: TrainingRow) -> str:
    if not row.provider:
        return row.title
    return QCoreApplication.translate("TrainingTab", "{title}\nProvider: {provider}").format(
        title=row.title, provider=row.provider
    )


def training_columns() -> list[Column[TrainingRow]]:
    """The columns, titled in the window's language."""
    ce = QCoreApplication.translate("TrainingTab", "CE")
    ce_tip = QCoreApplication.translate("TrainingTab", "Approved for continuing-education credit")
    attached = QCoreApplication.translate("TrainingTab", "Attached")
    return [
        Column(
            QCoreApplication.translate("TrainingTab", "Date"),
            lambda r: formatting.short_date(r.taken_on),
            sort=lambda r: r.taken_on,
            width=100,
        ),
        Column(
            QCoreApplication.translate("TrainingTab", "Title"),
            lambda r: r.title,
            tooltip=_title_tip,
            width=240,
        ),
        Column(QCoreApplication.translate("TrainingTab", "Domain"), lambda r: r.domain, width=170),
        Column(
            QCoreApplication.translate("TrainingTab", "Hours"),
            lambda r: hours_text(r.minutes),
            sort=lambda r: r.minutes,
            align=RIGHT,
            width=70,
        ),
        Column(
            ce,
            lambda r: ce if r.is_continuing_education else "",
            tooltip=lambda r: ce_tip if r.is_continuing_education else "",
        ),
        Column(
            QCoreApplication.translate("TrainingTab", "Certificate"),
            lambda r: attached if r.has_certificate else "",
            tooltip=lambda r: r.certificate_name,
            width=90,
        ),
        Column(QCoreApplication.translate("TrainingTab", "Verified"), _verified, stretch=True),
    ]


def ask_certificate(parent: QWidget) -> str:
    """The file to attach; "" when cancelled. Replaced in tests."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("TrainingTab", "Attach a certificate"),
        str(Path.home()),
        QCoreApplication.translate(
            "TrainingTab", "Certificates (*.pdf *.png *.jpg *.jpeg *.gif *.webp)"
        ),
    )
    return path


def open_file(path: str) -> None:
    """Open a file with the computer's own viewer. Replaced in tests."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(path))


class TrainingTab(ListScreen[TrainingRow]):
    """The person's records are shown by the Credentials screen (``show_rows``); a change
    made here asks it to reload, since progress and alerts follow from the records."""

    changed = Signal()  # a record was added, changed or removed: reload
    accessible_name = QT_TRANSLATE_NOOP("TrainingTab", "Training records")
    columns = ()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page_layout.setContentsMargins(0, 8, 0, 0)
        self.staff_id: int | None = None
        self.person = ""
        self.today = date.today()
        self.holds_credential = False
        self.delete_button = self.row_button(self.tr("Delete…"), self.delete)
        self.toolbar.addStretch(1)
        self.verify_button = self.row_button(
            self.tr("Verify"),
            self.toggle_verified,
            label=lambda r: (
                self.tr("Take back verification")
                if r is not None and r.verified
                else self.tr("Verify")
            ),
        )
        self.attach_button = self.row_button(
            self.tr("Attach certificate…"),
            self.attach,
            label=lambda r: (
                self.tr("Replace certificate…")
                if r is not None and r.has_certificate
                else self.tr("Attach certificate…")
            ),
        )
        self.open_button = self.row_button(
            self.tr("Open certificate"), self.open_certificate, when=lambda r: r.has_certificate
        )
        self.summary = self.count_label

    def show_rows(
        self,
        staff_id: int,
        person: str,
        rows: list[TrainingRow],
        today: date,
        holds_credential: bool,
    ) -> None:
        self.staff_id, self.person, self.today = staff_id, person, today
        self.holds_credential = holds_credential
        self.set_rows(rows)

    def table_columns(self) -> list[Column[TrainingRow]]:
        return training_columns()

    def load(self, session: Session) -> list[TrainingRow]:
        if self.staff_id is None:
            return []
        return training.list_training(session, self.ctx.actor, self.staff_id)

    def row_style(self, row: TrainingRow) -> RowStyle | None:
        if row.verified:
            return None
        return RowStyle(italic=True, tooltip=self.tr("Waiting for a supervisor to verify it."))

    def count_text(self, rows: Sequence[TrainingRow]) -> str:
        waiting = [r for r in rows if not r.verified]
        total = sum(r.minutes for r in rows)
        text = self.tr("%n record(s), {hours}", "", len(rows)).format(
            hours=hours_text(total) or hours_text(0)
        )
        if not waiting:
            return text
        return self.tr("{records} · {waiting} ({hours})").format(
            records=text,
            waiting=self.tr("%n waiting for verification", "", len(waiting)),
            hours=hours_text(sum(r.minutes for r in waiting)),
        )

    def selection_changed(self, row: TrainingRow | None) -> None:
        self.verify_button.setVisible(
            self.ctx.actor.can(Permission.VERIFY_TRAINING)
            and self.staff_id != self.ctx.actor.staff_id
        )

    def after_change(self) -> None:
        self.changed.emit()

    def make_dialog(self, row: TrainingRow | None) -> TrainingDialog:
        if self.staff_id is None:
            raise NotFound(self.tr("Choose a person first."))
        return TrainingDialog(
            self.ctx,
            self.staff_id,
            self.person,
            row.id if row is not None else None,
            self.today,
            self.holds_credential,
            self,
        )

    def delete(self, row: TrainingRow) -> None:
        if messages.confirm(
            self,
            self.tr("Delete training record"),
            self.tr("Delete “{title}” ({date})? Its certificate is deleted too.").format(
                title=row.title, date=formatting.short_date(row.taken_on)
            ),
            self.tr("Delete"),
        ):
            self.change(lambda s: training.delete_training(s, self.ctx.actor, row.id, row.version))

    def toggle_verified(self, row: TrainingRow) -> None:
        self.change(
            lambda s: training.set_verified(
                s, self.ctx.actor, row.id, not row.verified, row.version
            )
        )

    def attach(self, row: TrainingRow) -> None:
        path = ask_certificate(self)
        if not path:
            return
        try:
            content = attachments.read_certificate(Path(path))
        except PeerCenterError as exc:
            messages.show_error(self, exc)
            return
        self.change(
            lambda s: training.attach_certificate(
                s, self.ctx.actor, row.id, Path(path).name, content, row.version
            )
        )

    def open_certificate(self, row: TrainingRow) -> None:
        path = ""
        with messages.reporting_errors(self), self.ctx.database.session() as session:
            path = training.certificate_path(session, self.ctx.actor, row.id)
        if path:
            open_file(path)
