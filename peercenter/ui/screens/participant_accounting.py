"""The accounting for one participant, opened from the Audit trail screen: every view, print,
export and change concerning them over a period, and a CSV of it to hand over."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peercenter.fileio import write_atomically
from peercenter.services import participant_accounting as accounting
from peercenter.services.participant_accounting import AccessEntry, Accounting
from peercenter.ui import formatting, messages, theme
from peercenter.ui.context import AppContext
from peercenter.ui.tables import Column, RowTableModel, make_table_view
from peercenter.ui.widgets.optional_date import OptionalDateEdit

COLUMNS: list[Column[AccessEntry]] = [
    Column(
        "When",
        lambda e: f"{formatting.short_date(e.local_at.date())} {e.local_at:%H:%M}",
        sort=lambda e: e.event_id,
        width=140,
    ),
    Column("Who", lambda e: e.username, width=110),
    Column("Computer", lambda e: e.computer, width=110),
    Column("What", lambda e: e.what, tooltip=lambda e: e.what, stretch=True),
]


class AccountingDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        participant_id: int,
        since: date | None = None,
        until: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.participant_id = participant_id
        self.current: Accounting | None = None
        self.setWindowTitle("Accounting for one participant")
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        self.title = theme.title_label("")
        layout.addWidget(self.title)
        bar = QHBoxLayout()
        self.since = OptionalDateEdit("From")
        self.until = OptionalDateEdit("To")
        self.since.set_value(since)
        self.until.set_value(until)
        self.show_button = QPushButton("Show")
        for widget in (self.since, self.until, self.show_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.model: RowTableModel[AccessEntry] = RowTableModel(COLUMNS, parent=self)
        self.table, self.proxy = make_table_view(self.model, self)
        self.table.setAccessibleName("Views, prints, exports and changes")
        layout.addWidget(self.table, 1)
        self.count_label = theme.hint_label("")
        self.count_label.setWordWrap(True)
        layout.addWidget(self.count_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton("Export CSV…")
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.show_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.export)
        self.refresh()

    def refresh(self) -> None:
        with messages.reporting_errors(self), self.ctx.database.session() as session:
            self.current = accounting.account_for(
                session,
                self.ctx.actor,
                self.participant_id,
                self.since.value(),
                self.until.value(),
            )
        if self.current is None:
            return
        found = self.current
        self.title.setText(f"Accounting for {found.name} (number {found.participant_id})")
        self.model.set_rows(list(reversed(found.entries)))
        note = ""
        if found.views_complete_from is not None:
            day = formatting.short_date(found.views_complete_from.astimezone().date())
            note = (
                f" Views before {day} were deleted after the retention; changes and "
                "printed papers are all here."
            )
        self.count_label.setText(formatting.plural(len(found.entries), "entry", "entries") + note)

    def export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, "Export the accounting", "accounting.csv", "CSV files (*.csv)"
        )
        if name:
            with messages.reporting_errors(self):
                self.export_to(Path(name))

    def export_to(self, path: Path) -> int:
        """Produced again for the file, so the file and its record in the trail agree."""
        out = io.StringIO()
        with self.ctx.database.session() as session:
            found = accounting.account_for(
                session,
                self.ctx.actor,
                self.participant_id,
                self.since.value(),
                self.until.value(),
            )
            written = accounting.write_csv(found, out)
            write_atomically(path, out.getvalue().encode("utf-8"))
        self.count_label.setText(
            f"Exported {formatting.plural(written, 'entry', 'entries')} to {path.name}."
        )
        return written
