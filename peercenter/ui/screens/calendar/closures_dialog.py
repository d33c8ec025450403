"""Closures: mark days closed (holidays, weather). Every session in them is listed first; one
button then cancels them all. Lifting a closure restores its sessions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peercenter.domain.errors import PeerCenterError
from peercenter.services.schedule import closures
from peercenter.services.schedule.closures import ClosureRow
from peercenter.services.schedule.common import SessionView
from peercenter.ui import formatting, messages, theme
from peercenter.ui.context import AppContext
from peercenter.ui.tables import Column, RowTableModel, make_table_view, selected_row
from peercenter.ui.widgets.banner import Banner
from peercenter.ui.widgets.optional_date import date_edit, from_qdate, to_qdate


def closure_columns() -> list[Column[ClosureRow]]:
    """The closed days' columns, titled in the window's language."""
    return [
        Column(
            QCoreApplication.translate("ClosuresDialog", "Days"),
            lambda c: c.days,
            sort=lambda c: c.start_date,
            width=220,
        ),
        Column(
            QCoreApplication.translate("ClosuresDialog", "Reason"), lambda c: c.reason, width=180
        ),
        Column(
            QCoreApplication.translate("ClosuresDialog", "Sessions cancelled"),
            lambda c: str(c.cancelled),
            sort=lambda c: c.cancelled,
        ),
    ]


def affected_columns() -> list[Column[SessionView]]:
    """The columns of the sessions a closure would cancel."""
    return [
        Column(
            QCoreApplication.translate("ClosuresDialog", "When"),
            lambda s: QCoreApplication.translate("ClosuresDialog", "{date} {time}").format(
                date=formatting.short_date(s.starts_at.date()),
                time=formatting.time_range(s.starts_at, s.ends_at),
            ),
            sort=lambda s: s.starts_at,
            width=190,
        ),
        Column(
            QCoreApplication.translate("ClosuresDialog", "Group"), lambda s: s.group_name, width=200
        ),
        Column(QCoreApplication.translate("ClosuresDialog", "Room"), lambda s: s.room, width=110),
        Column(
            QCoreApplication.translate("ClosuresDialog", "Facilitators"),
            lambda s: ", ".join(s.facilitators),
        ),
    ]


class ClosuresDialog(QDialog):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, start: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Closures"))
        self.resize(720, 620)
        self.previewed: tuple[date, date, list[int]] | None = None
        layout = QVBoxLayout(self)
        self.banner = Banner()
        layout.addWidget(self.banner)
        layout.addWidget(theme.section_label(self.tr("Closed days")))
        self.model: RowTableModel[ClosureRow] = RowTableModel(closure_columns(), parent=self)
        self.table, _proxy = make_table_view(self.model, self)
        self.table.setAccessibleName(self.tr("Closures"))
        self.table.setMaximumHeight(150)
        layout.addWidget(self.table)
        self.lift_button = QPushButton(self.tr("Lift closure (restore its sessions)"))
        lift_row = QHBoxLayout()
        lift_row.addStretch(1)
        lift_row.addWidget(self.lift_button)
        layout.addLayout(lift_row)

        layout.addWidget(theme.section_label(self.tr("Close more days")))
        form = QFormLayout()
        self.first = date_edit()
        self.last = date_edit()
        self.first.setDate(to_qdate(start or date.today()))
        self.last.setDate(to_qdate(start or date.today()))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Holiday, snow, building works…"))
        form.addRow(self.tr("First day"), self.first)
        form.addRow(self.tr("Last day"), self.last)
        form.addRow(self.tr("Reason"), self.reason)
        layout.addLayout(form)
        self.show_button = QPushButton(self.tr("Show the sessions on these days"))
        layout.addWidget(self.show_button)
        self.affected_model: RowTableModel[SessionView] = RowTableModel(
            affected_columns(), parent=self
        )
        self.affected, _p = make_table_view(self.affected_model, self)
        self.affected.setAccessibleName(self.tr("Sessions that would be cancelled"))
        layout.addWidget(self.affected, 1)
        self.close_button = QPushButton(self.tr("Close these days"))
        self.close_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.close_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

        self.show_button.clicked.connect(self.show_affected)
        self.close_button.clicked.connect(self.close_days)
        self.lift_button.clicked.connect(self.lift_selected)
        for edit in (self.first, self.last):
            edit.dateChanged.connect(self._dates_changed)
        self.refresh()
        self.first.setFocus()  # closing more days is what the dialog is opened for

    def days(self) -> tuple[date, date]:
        return from_qdate(self.first.date()), from_qdate(self.last.date())

    def refresh(self) -> None:
        with self.ctx.database.reader() as session:
            self.model.set_rows(closures.list_closures(session, self.ctx.actor))
        self.lift_button.setEnabled(self.model.rowCount() > 0)

    def _dates_changed(self) -> None:
        if self.last.date() < self.first.date():
            self.last.setDate(self.first.date())
        self.previewed = None
        self.affected_model.set_rows([])
        self.close_button.setEnabled(False)
        self.close_button.setText(self.tr("Close these days"))

    def show_affected(self) -> None:
        first, last = self.days()
        try:
            with self.ctx.database.reader() as session:
                rows = closures.preview_closure(session, self.ctx.actor, first, last)
        except PeerCenterError as exc:
            self.banner.show_message(exc.message)
            return
        self.banner.clear()
        self.affected_model.set_rows(rows)
        self.previewed = (first, last, [r.id for r in rows])
        self.close_button.setText(
            self.tr("Close these days and cancel %n session(s)", "", len(rows))
            if rows
            else self.tr("Close these days (no sessions to cancel)")
        )
        self.close_button.setEnabled(True)

    def close_days(self) -> None:
        if self.previewed is None:
            return
        first, last, ids = self.previewed
        try:
            with self.ctx.database.session() as session:
                row = closures.create_closure(
                    session, self.ctx.actor, first, last, self.reason.text(), ids
                )
        except PeerCenterError as exc:
            self.banner.show_message(exc.message)
            return
        self.banner.show_message(
            self.tr("Closed {days}: %n session(s) cancelled.", "", row.cancelled).format(
                days=row.days
            ),
            tone="info",
        )
        self._dates_changed()
        self.reason.clear()
        self.refresh()

    def lift_selected(self) -> None:
        row = selected_row(self.table)
        if not isinstance(row, ClosureRow):
            self.banner.show_message(self.tr("Choose the closure to lift."))
            return
        if not messages.confirm(
            self,
            self.tr("Lift closure"),
            self.tr("Reopen {days} and restore its %n session(s)?", "", row.cancelled).format(
                days=row.days
            ),
            self.tr("Lift"),
        ):
            return
        try:
            with self.ctx.database.session() as session:
                lifted = closures.lift_closure(session, self.ctx.actor, row.id)
        except PeerCenterError as exc:
            self.banner.show_message(exc.message)
            return
        text = self.tr("%n session(s) restored.", "", lifted.restored)
        if lifted.still_cancelled:
            still = "; ".join(
                self.tr("{group} {date} ({why})").format(
                    group=v.group_name, date=formatting.short_date(v.starts_at.date()), why=why
                )
                for v, why in lifted.still_cancelled
            )
            text = self.tr(
                "{restored} Still cancelled because the slot is taken now: {list}"
            ).format(restored=text, list=still)
        self.banner.show_message(text, tone="info")
        self.refresh()
