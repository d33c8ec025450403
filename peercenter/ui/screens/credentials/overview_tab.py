"""A supervisor's overview: every supervisee with their most pressing warning, most urgent
first. Opening a row shows that person's progress."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QVBoxLayout, QWidget

from peercenter.domain.credentials.alerts import AlertLevel
from peercenter.services.credentials.progress import OverviewRow
from peercenter.ui import formatting, theme
from peercenter.ui.screens.credentials.looks import LEVEL_LABELS, dot, level_color
from peercenter.ui.tables import Column, RowTableModel, make_table_view, selected_row


def _level(row: OverviewRow) -> AlertLevel | None:
    return AlertLevel(row.level) if row.level else None


def _level_text(row: OverviewRow) -> str:
    level = _level(row)
    if level is not None:
        return LEVEL_LABELS[level]
    return "On track" if row.person.programs else "Not enrolled"


def _dot(row: OverviewRow) -> QIcon:
    return dot(level_color(_level(row)) if row.person.programs else theme.BORDER)


COLUMNS: list[Column[OverviewRow]] = [
    Column("Attention", _level_text, sort=lambda r: r.person.urgency, decoration=_dot, width=110),
    Column("Name", lambda r: r.name, width=150),
    Column("Programs", lambda r: r.programs, tooltip=lambda r: r.programs, width=200),
    Column(
        "Next date",
        lambda r: formatting.short_date(r.next_date),
        sort=lambda r: r.next_date,
        width=100,
    ),
    Column("Needs attention", lambda r: r.headline, tooltip=lambda r: r.headline, stretch=True),
]


class OverviewTab(QWidget):
    person_opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.model: RowTableModel[OverviewRow] = RowTableModel(COLUMNS, None, self)
        self.table, self.proxy = make_table_view(self.model, self)
        self.table.setAccessibleName("Supervisees, most urgent first")
        layout.addWidget(self.table, 1)
        self.summary = theme.hint_label("")
        layout.addWidget(self.summary)
        self.table.activated.connect(self._open)

    def show_rows(self, rows: list[OverviewRow]) -> None:
        self.model.set_rows(rows)
        urgent = sum(r.level == AlertLevel.CRITICAL.value for r in rows)
        text = formatting.plural(len(rows), "supervisee")
        if urgent:
            text += f" · {urgent} need attention now"
        self.summary.setText(text + ". Double-click someone to see their progress.")

    def _open(self) -> None:
        row = selected_row(self.table)
        if isinstance(row, OverviewRow):
            self.person_opened.emit(row.staff_id)
