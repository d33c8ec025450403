"""Closures: mark days closed (holidays, weather). Every session in them is listed first; one
button then cancels them all. Lifting a closure restores its sessions."""

from __future__ import annotations

from datetime import date

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

CLOSURE_COLUMNS: list[Column[ClosureRow]] = [
    Column("Days", lambda c: c.days, sort=lambda c: c.start_date, width=220),
    Column("Reason", lambda c: c.reason, width=180),
    Column("Sessions cancelled", lambda c: str(c.cancelled), sort=lambda c: c.cancelled),
]

AFFECTED_COLUMNS: list[Column[SessionView]] = [
    Column(
        "When",
        lambda s: (
            f"{formatting.short_date(s.starts_at.date())} "
            f"{formatting.time_range(s.starts_at, s.ends_at)}"
        ),
        sort=lambda s: s.starts_at,
        width=190,
    ),
    Column("Group", lambda s: s.group_name, width=200),
    Column("Room", lambda s: s.room, width=110),
    Column("Facilitators", lambda s: ", ".join(s.facilitators)),
]


class ClosuresDialog(QDialog):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, start: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Closures")
        self.resize(720, 620)
        self.previewed: tuple[date, date, list[int]] | None = None
        layout = QVBoxLayout(self)
        self.banner = Banner()
        layout.addWidget(self.banner)
        layout.addWidget(theme.section_label("Closed days"))
        self.model: RowTableModel[ClosureRow] = RowTableModel(CLOSURE_COLUMNS, parent=self)
        self.table, _proxy = make_table_view(self.model, self)
        self.table.setAccessibleName("Closures")
        self.table.setMaximumHeight(150)
        layout.addWidget(self.table)
        self.lift_button = QPushButton("Lift closure (restore its sessions)")
        lift_row = QHBoxLayout()
        lift_row.addStretch(1)
        lift_row.addWidget(self.lift_button)
        layout.addLayout(lift_row)

        layout.addWidget(theme.section_label("Close more days"))
        form = QFormLayout()
        self.first = date_edit()
        self.last = date_edit()
        self.first.setDate(to_qdate(start or date.today()))
        self.last.setDate(to_qdate(start or date.today()))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("Holiday, snow, building works…")
        form.addRow("First day", self.first)
        form.addRow("Last day", self.last)
        form.addRow("Reason", self.reason)
        layout.addLayout(form)
        self.show_button = QPushButton("Show the sessions on these days")
        layout.addWidget(self.show_button)
        self.affected_model: RowTableModel[SessionView] = RowTableModel(
            AFFECTED_COLUMNS, parent=self
        )
        self.affected, _p = make_table_view(self.affected_model, self)
        self.affected.setAccessibleName("Sessions that would be cancelled")
        layout.addWidget(self.affected, 1)
        self.close_button = QPushButton("Close these days")
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
        self.close_button.setText("Close these days")

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
        count = formatting.plural(len(rows), "session")
        self.close_button.setText(
            f"Close these days and cancel {count}"
            if rows
            else "Close these days (no sessions to cancel)"
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
            f"Closed {row.days}: {formatting.plural(row.cancelled, 'session')} cancelled.",
            tone="info",
        )
        self._dates_changed()
        self.reason.clear()
        self.refresh()

    def lift_selected(self) -> None:
        row = selected_row(self.table)
        if not isinstance(row, ClosureRow):
            self.banner.show_message("Choose the closure to lift.")
            return
        if not messages.confirm(
            self,
            "Lift closure",
            f"Reopen {row.days} and restore its {formatting.plural(row.cancelled, 'session')}?",
            "Lift",
        ):
            return
        try:
            with self.ctx.database.session() as session:
                lifted = closures.lift_closure(session, self.ctx.actor, row.id)
        except PeerCenterError as exc:
            self.banner.show_message(exc.message)
            return
        text = f"{formatting.plural(lifted.restored, 'session')} restored."
        if lifted.still_cancelled:
            text += " Still cancelled because the slot is taken now: " + "; ".join(
                f"{v.group_name} {formatting.short_date(v.starts_at.date())} ({why})"
                for v, why in lifted.still_cancelled
            )
        self.banner.show_message(text, tone="info")
        self.refresh()
