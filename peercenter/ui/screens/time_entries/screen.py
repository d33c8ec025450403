"""Time entries: the weekly totals by kind over a chosen span, and the entries themselves.
Specialists see their own; supervisors can switch to a supervisee."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from peercenter.domain.enums import TimeEntryKind
from peercenter.domain.errors import PeerCenterError
from peercenter.services.credentials import time_entries
from peercenter.services.credentials.progress import center_today
from peercenter.services.credentials.time_entries import TimeEntryRow, WeekTotals
from peercenter.ui import formatting, messages, theme
from peercenter.ui.context import AppContext
from peercenter.ui.language import QT_TRANSLATE_NOOP
from peercenter.ui.screens.base import Screen
from peercenter.ui.screens.time_entries.dialog import TimeEntryDialog
from peercenter.ui.tables import RIGHT, Column, RowTableModel, make_table_view, selected_row
from peercenter.ui.widgets.person_picker import PersonPicker

SPANS = [
    (QT_TRANSLATE_NOOP("TimeEntriesScreen", "Last 4 weeks"), 4),
    (QT_TRANSLATE_NOOP("TimeEntriesScreen", "Last 8 weeks"), 8),
    (QT_TRANSLATE_NOOP("TimeEntriesScreen", "Last 13 weeks"), 13),
    (QT_TRANSLATE_NOOP("TimeEntriesScreen", "Last 26 weeks"), 26),
    (QT_TRANSLATE_NOOP("TimeEntriesScreen", "Last 52 weeks"), 52),
    (QT_TRANSLATE_NOOP("TimeEntriesScreen", "Everything"), 0),
]


def _h(minutes: int) -> str:
    return f"{minutes / 60:.2f}".rstrip("0").rstrip(".") if minutes else ""


def _kind_minutes(kind: TimeEntryKind) -> Callable[[WeekTotals], int]:
    return lambda w: w.minutes_by_kind.get(kind, 0)


def _kind_text(kind: TimeEntryKind) -> Callable[[WeekTotals], str]:
    return lambda w: _h(w.minutes_by_kind.get(kind, 0))


def week_columns() -> list[Column[WeekTotals]]:
    """The columns of the weekly totals, titled in the window's language."""
    columns: list[Column[WeekTotals]] = [
        Column(
            QCoreApplication.translate("TimeEntriesScreen", "Week of"),
            lambda w: formatting.short_date(w.week_start),
            sort=lambda w: w.week_start,
            width=110,
        )
    ]
    for kind in TimeEntryKind:
        columns.append(
            Column(kind.label, _kind_text(kind), sort=_kind_minutes(kind), align=RIGHT, width=112)
        )
    columns.append(
        Column(
            QCoreApplication.translate("TimeEntriesScreen", "Total"),
            lambda w: _h(w.total),
            sort=lambda w: w.total,
            align=RIGHT,
            width=80,
        )
    )
    facilitated_tip = QCoreApplication.translate(
        "TimeEntriesScreen",
        "Held sessions you facilitated. They count as supervised experience by themselves; "
        "direct-service entries add only what goes beyond them on the same day.",
    )
    columns.append(
        Column(
            QCoreApplication.translate("TimeEntriesScreen", "Sessions facilitated"),
            lambda w: _h(w.facilitated_minutes),
            sort=lambda w: w.facilitated_minutes,
            align=RIGHT,
            stretch=True,
            tooltip=lambda w: facilitated_tip,
        )
    )
    return columns


def entry_columns() -> list[Column[TimeEntryRow]]:
    """The columns of the entries, titled in the window's language."""
    return [
        Column(
            QCoreApplication.translate("TimeEntriesScreen", "Date"),
            lambda r: formatting.short_date(r.worked_on),
            sort=lambda r: r.worked_on,
            width=110,
        ),
        Column(
            QCoreApplication.translate("TimeEntriesScreen", "Kind"),
            lambda r: r.kind.label,
            width=130,
        ),
        Column(
            QCoreApplication.translate("TimeEntriesScreen", "Hours"),
            lambda r: _h(r.minutes),
            sort=lambda r: r.minutes,
            align=RIGHT,
            width=70,
        ),
        Column(
            QCoreApplication.translate("TimeEntriesScreen", "Note"),
            lambda r: r.note,
            tooltip=lambda r: r.note,
            stretch=True,
        ),
    ]


class TimeEntriesScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.today = date.today()
        self.dialog: TimeEntryDialog | None = None
        header = QHBoxLayout()
        header.addWidget(theme.title_label(self.tr("Time entries")), 1)
        self.picker = PersonPicker()
        header.addWidget(self.picker)
        self.page_layout.addLayout(header)

        bar = QHBoxLayout()
        self.span = QComboBox()
        for label, weeks in SPANS:
            self.span.addItem(self.tr(label), weeks)
        self.span.setCurrentIndex(1)
        self.span.setAccessibleName(self.tr("Weeks shown"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in TimeEntryKind:
            self.kind.addItem(kind.label, kind)
        self.kind.setAccessibleName(self.tr("Kind shown"))
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        bar.addWidget(QLabel(self.tr("Show")))
        bar.addWidget(self.span)
        bar.addWidget(self.kind)
        bar.addStretch(1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        self.page_layout.addLayout(bar)

        self.weeks_model: RowTableModel[WeekTotals] = RowTableModel(week_columns(), None, self)
        self.weeks_table, self.weeks_proxy = make_table_view(self.weeks_model, self)
        self.weeks_table.setAccessibleName(self.tr("Hours by week and kind"))
        self.model: RowTableModel[TimeEntryRow] = RowTableModel(entry_columns(), None, self)
        self.table, self.proxy = make_table_view(self.model, self)
        self.table.setAccessibleName(self.tr("Time entries"))
        split = QSplitter(Qt.Orientation.Vertical)
        weeks_box = QWidget()
        weeks_layout = QVBoxLayout(weeks_box)
        weeks_layout.setContentsMargins(0, 0, 0, 0)
        weeks_layout.addWidget(theme.section_label(self.tr("Hours by week")))
        weeks_layout.addWidget(self.weeks_table)
        entries_box = QWidget()
        entries_layout = QVBoxLayout(entries_box)
        entries_layout.setContentsMargins(0, 0, 0, 0)
        entries_layout.addWidget(theme.section_label(self.tr("Entries")))
        entries_layout.addWidget(self.table)
        split.addWidget(weeks_box)
        split.addWidget(entries_box)
        split.setSizes([220, 380])
        self.page_layout.addWidget(split, 1)
        self.summary = theme.hint_label("")
        self.page_layout.addWidget(self.summary)

        self.picker.changed.connect(lambda _id: self.refresh())
        self.span.currentIndexChanged.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.add_button.clicked.connect(lambda: self._open(None))
        self.edit_button.clicked.connect(self.edit)
        self.table.activated.connect(lambda _index: self.edit())
        self.delete_button.clicked.connect(self.delete)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def refresh(self) -> None:
        actor = self.ctx.actor
        weeks = int(self.span.currentData())
        kind = self.kind.currentData()
        with self.ctx.database.reader() as session:
            self.today = center_today(session)
            staff_id = self.picker.load(session, actor)
            if staff_id is None:
                return
            start = None
            if weeks:
                monday = self.today - timedelta(days=self.today.weekday())
                start = monday - timedelta(weeks=weeks - 1)
            rows = time_entries.list_entries(
                session,
                actor,
                staff_id,
                start=start,
                kind=TimeEntryKind(kind) if kind is not None else None,
            )
            sessions = time_entries.facilitated_sessions(session, actor, staff_id, start)
        self.model.set_rows(rows)
        self.weeks_model.set_rows(time_entries.weekly_totals(rows, sessions))
        if not rows:
            self.summary.setText(
                self.tr("No time entries in the last %n week(s).", "", weeks)
                if weeks
                else self.tr("No time entries yet.")
            )
        else:
            total = sum(r.minutes for r in rows)
            text = self.tr("%n entry(s), {hours} h", "", len(rows)).format(hours=_h(total))
            if sessions:
                text = self.tr("{entries} · {sessions}").format(
                    entries=text,
                    sessions=self.tr(
                        "%n session(s) facilitated, {hours} h", "", len(sessions)
                    ).format(hours=_h(sum(s.minutes for s in sessions))),
                )
            self.summary.setText(text)
        self._update_buttons()

    def selected(self) -> TimeEntryRow | None:
        row = selected_row(self.table)
        return row if isinstance(row, TimeEntryRow) else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def edit(self) -> None:
        row = self.selected()
        if row is not None:
            self._open(row)

    def _open(self, row: TimeEntryRow | None) -> None:
        staff_id = self.picker.current_id()
        if staff_id is None:
            return
        try:
            dialog = TimeEntryDialog(
                self.ctx, staff_id, self.picker.current_name(), row, self.today, self
            )
        except PeerCenterError as exc:
            messages.show_error(self, exc)
            return
        self.dialog = dialog
        dialog.accepted.connect(self.refresh)
        dialog.open()

    def delete(self) -> None:
        row = self.selected()
        if row is None or not messages.confirm(
            self,
            self.tr("Delete time entry"),
            self.tr("Delete {hours} h of {kind} on {date}?").format(
                hours=_h(row.minutes),
                kind=row.kind.label.lower(),
                date=formatting.short_date(row.worked_on),
            ),
            self.tr("Delete"),
        ):
            return
        with messages.reporting_errors(self), self.ctx.database.session() as session:
            time_entries.delete_entry(session, self.ctx.actor, row.id, row.version)
        self.refresh()
