"""Choose one participant by typing part of their name; optionally with the dates of an
enrollment."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from peercenter.services import participants
from peercenter.services.participants import ParticipantRow
from peercenter.ui import theme
from peercenter.ui.context import AppContext
from peercenter.ui.tables import Column, RowTableModel, make_table_view, selected_row
from peercenter.ui.widgets.banner import Banner
from peercenter.ui.widgets.optional_date import OptionalDateEdit, date_edit, from_qdate, to_qdate

COLUMNS: list[Column[ParticipantRow]] = [Column("Name", lambda p: p.display_name, stretch=True)]


class ParticipantPicker(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        title: str,
        parent: QWidget | None = None,
        *,
        with_dates: date | None = None,
        exclude: set[int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.exclude = exclude or set()
        self.setWindowTitle(title)
        self.resize(420, 440)
        layout = QVBoxLayout(self)
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Type part of the name")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Find participant")
        layout.addWidget(self.search)
        self.model: RowTableModel[ParticipantRow] = RowTableModel(COLUMNS, parent=self)
        self.table, self.proxy = make_table_view(self.model, self)
        self.table.setAccessibleName("Participants found")
        layout.addWidget(self.table, 1)
        self.first: QWidget | None = None
        self.until: OptionalDateEdit | None = None
        if with_dates is not None:
            form = QFormLayout()
            self.first = date_edit()
            self.first.setDate(to_qdate(with_dates))
            self.until = OptionalDateEdit("Ends on", default=with_dates)
            form.addRow("From", self.first)
            form.addRow("Until", self.until)
            layout.addLayout(form)
        self.hint = theme.hint_label("")
        layout.addWidget(self.hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._enter)
        self.table.activated.connect(lambda _i: self._ok())
        self.refresh()

    def refresh(self) -> None:
        self._timer.stop()
        with self.ctx.database.reader() as session:
            rows = participants.search(session, self.ctx.actor, self.search.text())
        rows = [r for r in rows if r.id not in self.exclude]
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self.hint.setText("" if rows else "Nobody found.")

    def _enter(self) -> None:
        self.refresh()
        if self.model.rowCount() == 1:
            self._ok()

    def chosen(self) -> ParticipantRow | None:
        row = selected_row(self.table)
        return row if isinstance(row, ParticipantRow) else None

    def dates(self) -> tuple[date, date | None]:
        assert self.first is not None and self.until is not None
        return from_qdate(self.first.date()), self.until.value()  # type: ignore[attr-defined]

    def _ok(self) -> None:
        if self.chosen() is None:
            self.banner.show_message("Choose a participant from the list.")
            return
        self.accept()
