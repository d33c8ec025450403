"""Today: the front desk's cockpit. The day's sessions, each with what the desk does for it
in place (check in, print its sign-in sheet and handout, move it, cancel it), the day's packet
in one key, and for a center with nothing planned yet, how to start."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from peercenter.domain.enums import GroupKind, SessionStatus
from peercenter.domain.permissions import Permission
from peercenter.services import clock, settings, today
from peercenter.services.today import AgendaItem
from peercenter.ui import formatting, theme
from peercenter.ui.context import AppContext
from peercenter.ui.live import SCHEDULE_TABLES
from peercenter.ui.screens.base import Screen
from peercenter.ui.screens.today.actions import DeskActions
from peercenter.ui.screens.today.agenda import agenda_columns, row_style
from peercenter.ui.screens.today.getting_started import GettingStarted
from peercenter.ui.tables import RowTableModel, fit_columns, make_table_view, selected_row
from peercenter.ui.widgets.banner import Banner
from peercenter.ui.widgets.optional_date import date_edit, from_qdate, to_qdate


class TodayScreen(Screen):
    live_tables = SCHEDULE_TABLES | {"attendance", "participants"}

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._tz: ZoneInfo | None = None
        self._day: date | None = None  # None until shown: then the center's today
        self._fitted_day: date | None = None
        self.now = datetime.min
        actor = ctx.actor
        self.page_layout.addLayout(self._header())
        self.banner = Banner()
        self.page_layout.addWidget(self.banner)

        self.model: RowTableModel[AgendaItem] = RowTableModel(
            agenda_columns(lambda: self.now), row_style, self
        )
        self.table, self.proxy = make_table_view(self.model, self)
        self.table.setAccessibleName(self.tr("Sessions of the day"))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.getting_started = GettingStarted(actor)
        self.body = QStackedWidget()
        for page in (self.table, self.empty_label, self.getting_started):
            self.body.addWidget(page)
        self.page_layout.addWidget(self.body, 1)
        self.session_bar = self._session_bar()
        self.page_layout.addWidget(self.session_bar)
        self.desk = DeskActions(ctx, self, self.banner, self.refresh)

        self.table.activated.connect(lambda _index: self.take_attendance())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.attendance_button.clicked.connect(self.take_attendance)
        self.print_button.clicked.connect(self.print_papers)
        self.move_button.clicked.connect(self.move_session)
        self.cancel_button.clicked.connect(self.cancel_session)
        self.packet_button.clicked.connect(lambda: self.desk.print_packet(self.day))
        self.previous_button.clicked.connect(lambda: self.set_day(self.day - timedelta(days=1)))
        self.next_button.clicked.connect(lambda: self.set_day(self.day + timedelta(days=1)))
        self.today_button.clicked.connect(self.go_to_today)
        self.date_picker.dateChanged.connect(lambda d: self.set_day(from_qdate(d)))
        self.getting_started.go_to.connect(self.go_to)
        self.getting_started.new_group.connect(lambda: self.desk.new_group(self.day))
        self.getting_started.import_file.connect(self.desk.import_file)
        # From the sidebar, Tab reaches the sessions first (or a new center's first steps),
        # then what to do with the session selected, then the day shown.
        chain = (
            *self.getting_started.buttons.values(),
            self.table,
            self.attendance_button,
            self.print_button,
            self.move_button,
            self.cancel_button,
            self.today_button,
            self.previous_button,
            self.next_button,
            self.date_picker,
            self.packet_button,
        )
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    # -- building --------------------------------------------------------------------------

    def _header(self) -> QVBoxLayout:
        """The day and how to move between days; under it, how the day is going and its
        packet."""
        top = QHBoxLayout()
        self.title = theme.title_label("")
        self.title.setMinimumWidth(160)  # a narrow window clips the date, not the buttons
        top.addWidget(self.title, 1)
        style = self.style()
        self.today_button = self._button(self.tr("Today"), "Ctrl+T")
        self.previous_button = self._button(
            self.tr("Previous day"),
            "Alt+Left",
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack),
        )
        self.next_button = self._button(
            self.tr("Next day"),
            "Alt+Right",
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward),
        )
        self.date_picker = date_edit()
        self.date_picker.setAccessibleName(self.tr("Day shown"))
        for widget in (self.today_button, self.previous_button, self.next_button, self.date_picker):
            top.addWidget(widget)
        second = QHBoxLayout()
        self.summary = theme.hint_label("")
        self.summary.setAccessibleName(self.tr("The day so far"))
        second.addWidget(self.summary, 1)
        self.packet_button = QPushButton(self.tr("Print the day's pac&ket…"))
        self.packet_button.setToolTip(
            self.tr("Every handout and sign-in sheet of the day, in time order (Alt+K)")
        )
        self.packet_button.setVisible(self.ctx.actor.can(Permission.PRINT_SIGN_IN))
        second.addWidget(self.packet_button)
        header = QVBoxLayout()
        header.setSpacing(4)
        header.addLayout(top)
        header.addLayout(second)
        return header

    def _button(self, text: str, shortcut: str, icon: QIcon | None = None) -> QPushButton:
        button = QPushButton(text if icon is None else "")
        if icon is not None:
            button.setIcon(icon)  # arrows need no words; the name is for screen readers
            button.setAccessibleName(text)
        button.setToolTip(
            self.tr("{action} ({keys})").format(
                action=text,
                keys=QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText),
            )
        )
        # Window-wide, but only while this screen is the one shown.
        QShortcut(QKeySequence(shortcut), self, button.click)
        return button

    def _session_bar(self) -> QFrame:
        """The selected session's actions, under the table (and on its context menu)."""
        bar = QFrame()
        bar.setObjectName("sessionBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.selected_label = theme.hint_label(self.tr("Select a session: Enter checks people in."))
        self.selected_label.setAccessibleName(self.tr("Selected session"))
        row.addWidget(self.selected_label, 1)
        can = self.ctx.actor.can
        self.attendance_button = QPushButton(self.tr("&Attendance…"))
        self.attendance_button.setToolTip(self.tr("Mark who came to the selected session (Enter)"))
        self.print_button = QPushButton(self.tr("&Print sign-in sheet + handout"))
        self.print_button.setToolTip(self.tr("Print the selected session's papers now (Alt+P)"))
        self.move_button = QPushButton(self.tr("&Move…"))
        self.move_button.setToolTip(self.tr("Another day, time, room or facilitator (Alt+M)"))
        self.cancel_button = QPushButton(self.tr("Ca&ncel…"))
        self.cancel_button.setToolTip(self.tr("Cancel the selected session, with a reason (Alt+N)"))
        for button, permission in (
            (self.attendance_button, Permission.RECORD_ATTENDANCE),
            (self.print_button, Permission.PRINT_SIGN_IN),
            (self.move_button, Permission.MANAGE_SCHEDULE),
            (self.cancel_button, Permission.MANAGE_SCHEDULE),
        ):
            button.setVisible(can(permission))
            button.setEnabled(False)
            row.addWidget(button)
        return bar

    # -- the selected session --------------------------------------------------------------

    def selected(self) -> AgendaItem | None:
        row = selected_row(self.table)
        return row if isinstance(row, AgendaItem) else None

    @property
    def dialog(self) -> QWidget | None:
        return self.desk.dialog

    def _update_buttons(self) -> None:
        item = self.selected()
        live = item is not None and item.status is not SessionStatus.CANCELLED
        self.attendance_button.setEnabled(item is not None)
        for button in (self.print_button, self.move_button, self.cancel_button):
            button.setEnabled(live)
        mentoring = item is not None and item.kind is GroupKind.MENTORING
        self.print_button.setText(
            self.tr("&Print handout") if mentoring else self.tr("&Print sign-in sheet + handout")
        )
        if item is None:
            self.selected_label.setText(self.tr("Select a session: Enter checks people in."))
        else:
            self.selected_label.setText(
                self.tr("{time} {group}").format(
                    time=formatting.time_range(item.starts_at, item.ends_at), group=item.group_name
                )
            )

    def _context_menu(self, at: QPoint) -> None:
        item = self.selected()
        if item is None:
            return
        menu = QMenu(self)
        for button in (
            self.attendance_button,
            self.print_button,
            self.move_button,
            self.cancel_button,
        ):
            if not button.isHidden():
                action = menu.addAction(button.text().replace("&", ""), button.click)
                action.setEnabled(button.isEnabled())
        menu.popup(self.table.viewport().mapToGlobal(at))

    def take_attendance(self) -> None:
        item = self.selected()
        if item is not None and self.ctx.actor.can(Permission.RECORD_ATTENDANCE):
            self.desk.take_attendance(item)

    def print_papers(self) -> None:
        item = self.selected()
        if item is not None:
            self.desk.print_papers(item)

    def move_session(self) -> None:
        item = self.selected()
        if item is not None:
            self.desk.move(item)

    def cancel_session(self) -> None:
        item = self.selected()
        if item is not None:
            self.desk.cancel(item)

    # -- the day shown ---------------------------------------------------------------------

    def timezone(self) -> ZoneInfo:
        if self._tz is None:
            with self.ctx.database.reader() as session:
                self._tz = settings.center_timezone(session)
        return self._tz

    def center_today(self) -> date:
        return clock.now().astimezone(self.timezone()).date()

    def go_to_today(self) -> None:
        self.set_day(self.center_today())

    @property
    def day(self) -> date:
        return self._day if self._day is not None else self.center_today()

    def set_day(self, day: date) -> None:
        self._day = day
        self.banner.clear()
        self.refresh()

    def refresh(self) -> None:
        self._day = self.day
        self.now = clock.now().astimezone(self.timezone())
        keep = self.selected()
        self.date_picker.blockSignals(True)
        self.date_picker.setDate(to_qdate(self.day))
        self.date_picker.blockSignals(False)
        with self.ctx.database.reader() as session:
            items = today.agenda(session, self.ctx.actor, self.day)
            counts = None if items else today.setup_counts(session, self.ctx.actor)
        self.model.set_rows(items)
        this_day = self.center_today()
        label = formatting.long_day(self.day, this_day)
        is_today = self.day == this_day
        self.title.setText(self.tr("Today, {day}").format(day=label) if is_today else label)
        self.today_button.setEnabled(not is_today)
        self.packet_button.setText(
            self.tr("Print today's pac&ket…") if is_today else self.tr("Print the day's pac&ket…")
        )
        live = [i for i in items if i.status is not SessionStatus.CANCELLED]
        self.packet_button.setEnabled(bool(live))
        self._show_body(items, counts, label)
        self.session_bar.setVisible(bool(items))  # nothing to act on without a session
        self.packet_button.setVisible(
            self.ctx.actor.can(Permission.PRINT_SIGN_IN) and not (counts and counts.is_new)
        )
        if items and self._fitted_day != self.day:
            # Each day's rooms and names differ: the columns follow them.
            self._fitted_day = self.day
            fit_columns(self.table, self.model)
        if keep is not None:
            self._select(keep.session_id)
        if items and not self.table.selectionModel().hasSelection():
            self._select(self._next_up(items))
        self._update_buttons()

    def _show_body(
        self, items: list[AgendaItem], counts: today.SetupCounts | None, label: str
    ) -> None:
        if counts is not None and counts.is_new:
            self.summary.setText("")
            self.getting_started.show_counts(counts)
            self.body.setCurrentWidget(self.getting_started)
            return
        if not items:
            self.summary.setText("")
            self.empty_label.setText(self.tr("No sessions on {day}.").format(day=label))
            self.body.setCurrentWidget(self.empty_label)
            return
        cancelled = sum(i.status is SessionStatus.CANCELLED for i in items)
        attended = sum(i.attended for i in items)
        parts = [self.tr("%n session(s)", "", len(items))]
        if cancelled:
            parts.append(self.tr("%n cancelled", "", cancelled))
        parts.append(self.tr("%n attended", "", attended))
        self.summary.setText(" · ".join(parts))
        self.body.setCurrentWidget(self.table)

    def _next_up(self, items: list[AgendaItem]) -> int:
        """The session the desk most likely wants: the first not over yet, else the last."""
        upcoming = [
            i for i in items if i.ends_at > self.now and i.status is not SessionStatus.CANCELLED
        ]
        return (upcoming[0] if upcoming else items[-1]).session_id

    def _select(self, session_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.row_at(row).session_id == session_id:
                self.table.selectRow(row)
                return

    def focus_first(self) -> None:
        """Where the keyboard goes when Today is shown: the sessions, or the first step."""
        if self.body.currentWidget() is self.getting_started:
            button = self.getting_started.first_button()
            if button is not None:
                button.setFocus()
        elif self.body.currentWidget() is self.table:
            self.table.setFocus()
