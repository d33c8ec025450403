"""The accounting for one participant, opened from the Audit trail screen: every view, print,
export and change concerning them over a period, and a CSV of it to hand over."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peercenter.fileio import csv_bytes, write_atomically
from peercenter.services import participant_accounting as accounting
from peercenter.services.participant_accounting import AccessEntry, Accounting
from peercenter.ui import formatting, messages, theme
from peercenter.ui.context import AppContext
from peercenter.ui.language import QT_TRANSLATE_NOOP
from peercenter.ui.tables import Column, RowTableModel, make_table_view
from peercenter.ui.widgets.optional_date import OptionalDateEdit

COLUMNS: list[Column[AccessEntry]] = [
    Column(
        QT_TRANSLATE_NOOP("AccountingDialog", "When"),
        lambda e: f"{formatting.short_date(e.local_at.date())} {formatting.clock_time(e.local_at)}",
        sort=lambda e: e.event_id,
        width=140,
    ),
    Column(QT_TRANSLATE_NOOP("AccountingDialog", "Who"), lambda e: e.username, width=110),
    Column(QT_TRANSLATE_NOOP("AccountingDialog", "Computer"), lambda e: e.computer, width=110),
    Column(
        QT_TRANSLATE_NOOP("AccountingDialog", "What"),
        lambda e: e.what,
        tooltip=lambda e: e.what,
        stretch=True,
    ),
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
        self.setWindowTitle(self.tr("Accounting for one participant"))
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        self.title = theme.title_label("")
        layout.addWidget(self.title)
        bar = QHBoxLayout()
        self.since = OptionalDateEdit(self.tr("From"))
        self.until = OptionalDateEdit(self.tr("To"))
        self.since.set_value(since)
        self.until.set_value(until)
        self.show_button = QPushButton(self.tr("Show"))
        for widget in (self.since, self.until, self.show_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout.addLayout(bar)
        columns = [
            replace(c, title=QCoreApplication.translate("AccountingDialog", c.title))
            for c in COLUMNS
        ]
        self.model: RowTableModel[AccessEntry] = RowTableModel(columns, parent=self)
        self.table, self.proxy = make_table_view(self.model, self)
        self.table.setAccessibleName(self.tr("Views, prints, exports and changes"))
        layout.addWidget(self.table, 1)
        self.count_label = theme.hint_label("")
        self.count_label.setWordWrap(True)
        layout.addWidget(self.count_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton(self.tr("Export CSV…"))
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
        self.title.setText(
            self.tr("Accounting for {name} (number {number})").format(
                name=found.name, number=found.participant_id
            )
        )
        self.model.set_rows(list(reversed(found.entries)))
        note = ""
        if found.views_complete_from is not None:
            day = formatting.short_date(found.views_complete_from.astimezone().date())
            note = " " + self.tr(
                "Views before {day} were deleted after the retention; changes and "
                "printed papers are all here."
            ).format(day=day)
        self.count_label.setText(self.tr("%n entry(s)", "", len(found.entries)) + note)

    def export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the accounting"),
            "accounting.csv",
            self.tr("CSV files (*.csv)"),
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
            write_atomically(path, csv_bytes(out.getvalue()))
        self.count_label.setText(
            self.tr("Exported %n entry(s) to {file}.", "", written).format(file=path.name)
        )
        return written
