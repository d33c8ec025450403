"""A supervisor's overview: every supervisee with their most pressing warning, most urgent
first. Opening a row shows that person's progress."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QVBoxLayout, QWidget

from peercenter.domain.credentials.alerts import AlertLevel
from peercenter.services.credentials.progress import OverviewRow
from peercenter.ui import formatting, theme
from peercenter.ui.screens.credentials.looks import dot, level_color, level_label
from peercenter.ui.tables import Column, RowTableModel, make_table_view, selected_row


def _level(row: OverviewRow) -> AlertLevel | None:
    return AlertLevel(row.level) if row.level else None


def _level_text(row: OverviewRow) -> str:
    level = _level(row)
    if level is not None:
        return level_label(level)
    return (
        QCoreApplication.translate("OverviewTab", "On track")
        if row.person.programs
        else QCoreApplication.translate("OverviewTab", "Not enrolled")
    )


def _dot(row: OverviewRow) -> QIcon:
    return dot(level_color(_level(row)) if row.person.programs else theme.BORDER)


def overview_columns() -> list[Column[OverviewRow]]:
    """The columns, titled in the window's language."""
    return [
        Column(
            QCoreApplication.translate("OverviewTab", "Attention"),
            _level_text,
            sort=lambda r: r.person.urgency,
            decoration=_dot,
            width=110,
        ),
        Column(QCoreApplication.translate("OverviewTab", "Name"), lambda r: r.name, width=150),
        Column(
            QCoreApplication.translate("OverviewTab", "Programs"),
            lambda r: r.programs,
            tooltip=lambda r: r.programs,
            width=200,
        ),
        Column(
            QCoreApplication.translate("OverviewTab", "Next date"),
            lambda r: formatting.short_date(r.next_date),
            sort=lambda r: r.next_date,
            width=100,
        ),
        Column(
            QCoreApplication.translate("OverviewTab", "Needs attention"),
            lambda r: r.headline,
            tooltip=lambda r: r.headline,
            stretch=True,
        ),
    ]


class OverviewTab(QWidget):
    person_opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.model: RowTableModel[OverviewRow] = RowTableModel(overview_columns(), None, self)
        self.table, self.proxy = make_table_view(self.model, self)
        self.table.setAccessibleName(self.tr("Supervisees, most urgent first"))
        layout.addWidget(self.table, 1)
        self.summary = theme.hint_label("")
        layout.addWidget(self.summary)
        self.table.activated.connect(self._open)

    def show_rows(self, rows: list[OverviewRow]) -> None:
        self.model.set_rows(rows)
        urgent = sum(r.level == AlertLevel.CRITICAL.value for r in rows)
        count = self.tr("%n supervisee(s)", "", len(rows))
        if urgent:
            text = self.tr("{count} · {urgent}. Double-click someone to see their progress.")
            text = text.format(count=count, urgent=self.tr("%n need(s) attention now", "", urgent))
        else:
            text = self.tr("{count}. Double-click someone to see their progress.").format(
                count=count
            )
        self.summary.setText(text)

    def _open(self) -> None:
        row = selected_row(self.table)
        if isinstance(row, OverviewRow):
            self.person_opened.emit(row.staff_id)
