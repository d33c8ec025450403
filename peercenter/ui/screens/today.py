"""Today: the day's sessions as the front desk sees them on opening the program."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from peercenter.domain.enums import SessionStatus
from peercenter.domain.permissions import Permission
from peercenter.services import settings, today
from peercenter.services.clock import local_today
from peercenter.services.today import AgendaItem
from peercenter.ui import formatting, messages, theme
from peercenter.ui.context import AppContext
from peercenter.ui.kind_colors import KIND_SHORT_LABELS, kind_swatch
from peercenter.ui.screens.base import Screen
from peercenter.ui.tables import (
    RIGHT,
    Column,
    RowStyle,
    RowTableModel,
    make_table_view,
    selected_row,
)
from peercenter.ui.widgets.optional_date import date_edit, from_qdate, to_qdate


def _enrolled(item: AgendaItem) -> str:
    return f"{item.enrolled} / {item.capacity}" if item.capacity else str(item.enrolled)


def _status(item: AgendaItem) -> str:
    if item.status is SessionStatus.CANCELLED:
        return f"Cancelled: {item.cancel_reason}" if item.cancel_reason else "Cancelled"
    return item.status.label


AGENDA_COLUMNS: list[Column[AgendaItem]] = [
    Column(
        "Time",
        lambda i: formatting.time_range(i.starts_at, i.ends_at),
        sort=lambda i: i.starts_at,
        width=100,
    ),
    Column("Group", lambda i: i.group_name, tooltip=lambda i: i.group_name, stretch=True),
    Column(
        "Kind",
        lambda i: KIND_SHORT_LABELS[i.kind],
        sort=lambda i: i.kind.label,
        decoration=lambda i: kind_swatch(i.kind),
        tooltip=lambda i: i.kind.label,
        width=130,
    ),
    Column("Room", lambda i: i.room, width=120),
    Column("Facilitators", lambda i: i.facilitators, tooltip=lambda i: i.facilitators, width=160),
    Column("Enrolled", _enrolled, sort=lambda i: i.enrolled, align=RIGHT, width=80),
    Column(
        "Attended",
        lambda i: str(i.attended),
        sort=lambda i: i.attended,
        align=RIGHT,
        width=90,
    ),
    Column("Status", _status, tooltip=_status, width=110),
]


def _row_style(item: AgendaItem) -> RowStyle | None:
    if item.status is SessionStatus.CANCELLED:
        reason = f" ({item.cancel_reason})" if item.cancel_reason else ""
        return RowStyle(muted=True, italic=True, tooltip=f"This session is cancelled{reason}.")
    return None


class TodayScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._tz: ZoneInfo | None = None
        self._day: date | None = None  # None until shown: then the center's today

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.title = theme.title_label("")
        self.title.setMinimumWidth(160)  # a narrow window clips the date, not the buttons
        self.summary = theme.hint_label("")
        titles.addWidget(self.title)
        titles.addWidget(self.summary)
        header.addLayout(titles, 1)
        style = self.style()
        self.today_button = self._button("Today", "Ctrl+T")
        self.previous_button = self._button(
            "Previous day", "Alt+Left", style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack)
        )
        self.next_button = self._button(
            "Next day", "Alt+Right", style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward)
        )
        self.date_picker = date_edit()
        self.date_picker.setAccessibleName("Day shown")
        self.date_picker.setMinimumWidth(130)
        for widget in (self.today_button, self.previous_button, self.next_button, self.date_picker):
            header.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
        self.page_layout.addLayout(header)

        self.model: RowTableModel[AgendaItem] = RowTableModel(AGENDA_COLUMNS, _row_style, self)
        self.table, self.proxy = make_table_view(self.model, self)
        self.table.setAccessibleName("Sessions of the day")
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty_label)
        self.page_layout.addWidget(self.body, 1)

        self.attendance_button = QPushButton("Attendance…")
        self.attendance_button.setToolTip("Mark who came to the selected session (Enter)")
        self.attendance_button.setVisible(ctx.actor.can(Permission.RECORD_ATTENDANCE))
        self.attendance_button.setEnabled(False)
        self.dialog: QWidget | None = None
        footer = QHBoxLayout()
        footer.addWidget(
            theme.hint_label("Select a session and press Enter to take attendance."), 1
        )
        footer.addWidget(self.attendance_button)
        self.page_layout.addLayout(footer)
        self.table.activated.connect(lambda _index: self.take_attendance())
        self.table.selectionModel().selectionChanged.connect(
            lambda: self.attendance_button.setEnabled(self.selected() is not None)
        )
        self.attendance_button.clicked.connect(self.take_attendance)
        self.previous_button.clicked.connect(lambda: self.set_day(self.day - timedelta(days=1)))
        self.next_button.clicked.connect(lambda: self.set_day(self.day + timedelta(days=1)))
        self.today_button.clicked.connect(self.go_to_today)
        self.date_picker.dateChanged.connect(lambda d: self.set_day(from_qdate(d)))

    def _button(self, text: str, shortcut: str, icon: QIcon | None = None) -> QPushButton:
        button = QPushButton(text if icon is None else "")
        if icon is not None:
            button.setIcon(icon)  # arrows need no words; the name is for screen readers
            button.setAccessibleName(text)
        button.setToolTip(f"{text} ({QKeySequence(shortcut).toString()})")
        # Window-wide, but only while this screen is the one shown.
        QShortcut(QKeySequence(shortcut), self, button.click)
        return button

    def selected(self) -> AgendaItem | None:
        row = selected_row(self.table)
        return row if isinstance(row, AgendaItem) else None

    def take_attendance(self) -> None:
        """Open the attendance sheet of the selected session."""
        item = self.selected()
        if item is None or not self.ctx.actor.can(Permission.RECORD_ATTENDANCE):
            return
        from peercenter.ui.dialogs.attendance import AttendanceDialog

        with messages.reporting_errors(self):
            dialog = AttendanceDialog(self.ctx, item.session_id, self)
            self.dialog = dialog
            dialog.finished.connect(lambda _result: self.refresh())
            dialog.open()

    def center_today(self) -> date:
        if self._tz is None:
            with self.ctx.database.reader() as session:
                self._tz = settings.center_timezone(session)
        return local_today(self._tz)

    def go_to_today(self) -> None:
        self.set_day(self.center_today())

    @property
    def day(self) -> date:
        return self._day if self._day is not None else self.center_today()

    def set_day(self, day: date) -> None:
        self._day = day
        self.refresh()

    def refresh(self) -> None:
        self._day = self.day
        self.date_picker.blockSignals(True)
        self.date_picker.setDate(to_qdate(self.day))
        self.date_picker.blockSignals(False)
        with self.ctx.database.reader() as session:
            items = today.agenda(session, self.ctx.actor, self.day)
        self.model.set_rows(items)
        this_day = self.center_today()
        label = formatting.long_day(self.day, this_day)
        self.title.setText(("Today, " if self.day == this_day else "") + label)
        self.today_button.setEnabled(self.day != this_day)
        if not items:
            self.summary.setText("")
            self.empty_label.setText(f"No sessions on {label}.")
            self.body.setCurrentWidget(self.empty_label)
            return
        cancelled = sum(i.status is SessionStatus.CANCELLED for i in items)
        attended = sum(i.attended for i in items)
        parts = [formatting.plural(len(items), "session")]
        if cancelled:
            parts.append(f"{cancelled} cancelled")
        parts.append(f"{attended} attended")
        self.summary.setText(" · ".join(parts))
        self.body.setCurrentWidget(self.table)
