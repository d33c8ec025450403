"""Calendar: a week grid, a day agenda and a month overview of every session, filtered by
room, facilitator or kind. Arrows move through the days, Today jumps back, Ctrl+F searches;
double-click opens a session, or starts a new group in an empty slot."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QToolButton,
    QWidget,
)

from peercenter.domain.enums import GroupKind
from peercenter.domain.errors import PeerCenterError
from peercenter.domain.permissions import Permission
from peercenter.services import clock, settings
from peercenter.services.schedule import choices, sessions
from peercenter.services.schedule.common import SessionView
from peercenter.ui import formatting, messages, theme
from peercenter.ui.context import AppContext
from peercenter.ui.dialogs.session_dialog import SessionDialog
from peercenter.ui.live import SCHEDULE_TABLES
from peercenter.ui.screens.base import Screen
from peercenter.ui.screens.calendar.day_agenda import agenda_columns, agenda_style
from peercenter.ui.screens.calendar.day_names import month_title, week_title
from peercenter.ui.screens.calendar.month_view import WEEKS, MonthView, month_grid_start
from peercenter.ui.screens.calendar.week_view import WeekView
from peercenter.ui.tables import RowTableModel, make_table_view, selected_row
from peercenter.ui.widgets.choices import ChoiceCombo, narrow
from peercenter.ui.widgets.kind_legend import KindLegend

DAY, WEEK, MONTH = "day", "week", "month"
SEARCH_DELAY_MS = 250


class CalendarScreen(Screen):
    live_tables = SCHEDULE_TABLES

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view = WEEK
        self.anchor: date | None = None  # a day inside the period shown
        self._tz: ZoneInfo | None = None
        self.shown: list[SessionView] = []
        self.dialog: QWidget | None = None
        self.can_edit = ctx.actor.can(Permission.MANAGE_SCHEDULE)

        header = QHBoxLayout()
        self.title = theme.title_label("")
        self.title.setMinimumWidth(200)
        header.addWidget(self.title, 1)
        style = self.style()
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Back to today (T)"))
        self.previous_button = QToolButton()
        self.previous_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.previous_button.setAccessibleName(self.tr("Previous"))
        self.previous_button.setToolTip(self.tr("Previous (Page Up)"))
        self.next_button = QToolButton()
        self.next_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.next_button.setAccessibleName(self.tr("Next"))
        self.next_button.setToolTip(self.tr("Next (Page Down)"))
        for w in (self.today_button, self.previous_button, self.next_button):
            header.addWidget(w)
        header.addSpacing(12)
        self.view_buttons: dict[str, QToolButton] = {}
        views = QButtonGroup(self)
        for key, label, name in (
            (DAY, self.tr("&Day"), self.tr("Day view")),
            (WEEK, self.tr("&Week"), self.tr("Week view")),
            (MONTH, self.tr("&Month"), self.tr("Month view")),
        ):
            button = QToolButton()
            button.setText(label)
            button.setCheckable(True)
            button.setAccessibleName(name)
            views.addButton(button)
            self.view_buttons[key] = button
            header.addWidget(button)
            button.clicked.connect(lambda _c=False, key=key: self.set_view(key))
        self.view_buttons[WEEK].setChecked(True)
        self.page_layout.addLayout(header)

        bar = QHBoxLayout()
        self.room_filter = ChoiceCombo(self.tr("All rooms"), width_chars=14)
        self.room_filter.setAccessibleName(self.tr("Show room"))
        self.staff_filter = ChoiceCombo(self.tr("All facilitators"), width_chars=14)
        self.staff_filter.setAccessibleName(self.tr("Show facilitator"))
        self.kind_filter = QComboBox()
        # As wide as the other filters rather than its longest kind, so that the search
        # field beside it keeps room for its whole hint in Spanish.
        narrow(self.kind_filter, 14, popup_width=240)
        self.kind_filter.setAccessibleName(self.tr("Show kind"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in GroupKind:
            self.kind_filter.addItem(kind.label, kind.value)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search groups, people… (Ctrl+F)"))
        self.search.setToolTip(
            self.tr(
                "Show only sessions whose group, room, facilitators or topic contain these words"
            )
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search sessions"))
        for combo in (self.room_filter, self.staff_filter, self.kind_filter):
            bar.addWidget(combo)
        bar.addWidget(self.search, 1)
        self.new_button = QPushButton(self.tr("New group…"))
        self.new_button.setToolTip(self.tr("A new group starting at the selected slot (Enter)"))
        self.closures_button = QPushButton(self.tr("Closures…"))
        bar.addWidget(self.new_button)
        bar.addWidget(self.closures_button)
        self.new_button.setVisible(self.can_edit)
        self.closures_button.setVisible(self.can_edit)
        self.page_layout.addLayout(bar)

        self.week_view = WeekView()
        self.week_view.can_create = self.can_edit  # an empty slot offers a new group or not
        self._cursor_placed = False
        self.week_scroll = QScrollArea()
        self.week_scroll.setAccessibleName(self.tr("Week"))
        self.week_scroll.setWidget(self.week_view)
        self.week_scroll.setWidgetResizable(True)
        self.week_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.month_view = MonthView()
        self.agenda_model: RowTableModel[SessionView] = RowTableModel(
            agenda_columns(), agenda_style, self
        )
        self.agenda, self.agenda_proxy = make_table_view(self.agenda_model, self)
        self.agenda.setAccessibleName(self.tr("Sessions of the day"))
        self.body = QStackedWidget()
        for page in (self.agenda, self.week_scroll, self.month_view):
            self.body.addWidget(page)
        self.body.setCurrentWidget(self.week_scroll)
        self.page_layout.addWidget(self.body, 1)
        footer = QHBoxLayout()
        self.summary = theme.hint_label("")
        self.legend = KindLegend()
        footer.addWidget(self.summary, 1)
        footer.addWidget(self.legend)
        self.page_layout.addLayout(footer)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._search_done)
        for combo in (self.room_filter, self.staff_filter, self.kind_filter):
            combo.currentIndexChanged.connect(self.refresh)
        self.today_button.clicked.connect(self.go_to_today)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.new_button.clicked.connect(self.new_group_at_cursor)
        self.closures_button.clicked.connect(self.open_closures)
        self.week_view.session_activated.connect(self.open_session)
        self.week_view.slot_activated.connect(self.new_group)
        self.week_view.move_days.connect(self._cursor_past_edge)
        self.week_view.past_the_sessions.connect(self._sessions_past_edge)
        self.month_view.day_activated.connect(self.show_day)
        self.month_view.session_activated.connect(self.open_session)
        self.month_view.move_months.connect(self.step)
        self.agenda.activated.connect(self._agenda_activated)
        for keys, action in (
            ("PgUp", lambda: self.step(-1)),
            ("PgDown", lambda: self.step(1)),
            ("T", self.go_to_today),
            ("Alt+Left", lambda: self.step(-1)),
            ("Alt+Right", lambda: self.step(1)),
        ):
            QShortcut(QKeySequence(keys), self, action)

    # -- time ------------------------------------------------------------------------------

    def timezone(self) -> ZoneInfo:
        if self._tz is None:
            with self.ctx.database.reader() as session:
                self._tz = settings.center_timezone(session)
        return self._tz

    def now(self) -> datetime:
        return clock.now().astimezone(self.timezone()).replace(tzinfo=None)

    def center_today(self) -> date:
        return self.now().date()

    def days_shown(self) -> tuple[date, date]:
        """The first and last day shown."""
        day = self.anchor or self.center_today()
        if self.view == DAY:
            return day, day
        if self.view == WEEK:
            monday = day - timedelta(days=day.weekday())
            return monday, monday + timedelta(days=6)
        first = month_grid_start(day)
        return first, first + timedelta(weeks=WEEKS, days=-1)

    # -- navigation ------------------------------------------------------------------------

    def set_view(self, view: str) -> None:
        self.view = view
        self.view_buttons[view].setChecked(True)
        self.body.setCurrentWidget(
            {DAY: self.agenda, WEEK: self.week_scroll, MONTH: self.month_view}[view]
        )
        self.refresh()
        self._focus_body()

    def set_anchor(self, day: date) -> None:
        self.anchor = day
        self.refresh()

    def go_to_today(self) -> None:
        today = self.center_today()
        self.set_anchor(today)
        self.week_view.set_cursor(
            (today - self.days_shown()[0]).days if self.view == WEEK else 0, self.now().hour * 60
        )
        self.month_view.selected_day = today

    def step(self, direction: int) -> None:
        day = self.anchor or self.center_today()
        if self.view == DAY:
            day += timedelta(days=direction)
        elif self.view == WEEK:
            day += timedelta(weeks=direction)
        else:
            month = day.replace(day=1) + timedelta(days=32 * direction if direction > 0 else -1)
            day = month.replace(day=1)
        self.set_anchor(day)

    def show_day(self, day: date) -> None:
        self.anchor = day
        self.set_view(DAY)

    def _cursor_past_edge(self, direction: int) -> None:
        minute, minutes = self.week_view.cursor_minute, self.week_view.slot_minutes
        self.step(direction)
        self.week_view.set_cursor(0 if direction > 0 else self.week_view.days - 1, minute, minutes)

    def _sessions_past_edge(self, direction: int) -> None:
        """Ctrl+arrow went past the week's first or last session: on to the next week's."""
        self.step(direction)
        self.week_view.select_first_or_last(last=direction < 0)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_done(self) -> None:
        self.refresh()
        self._focus_body()

    def _focus_body(self) -> None:
        target = self.week_view if self.view == WEEK else self.body.currentWidget()
        if target is not None:
            target.setFocus()

    # -- data ------------------------------------------------------------------------------

    def filters(self) -> sessions.SessionFilter:
        kind = self.kind_filter.currentData()
        return sessions.SessionFilter(
            room_id=self.room_filter.value(),
            staff_id=self.staff_filter.value(),
            kind=GroupKind(kind) if kind else None,
            text=self.search.text(),
        )

    def refresh(self) -> None:
        self._search_timer.stop()
        first, last = self.days_shown()
        with self.ctx.database.reader() as session:
            if self.room_filter.count() == 0:
                lists = choices.schedule_choices(session, self.ctx.actor)
                for combo, items in (
                    (self.room_filter, lists.rooms),
                    (self.staff_filter, lists.facilitators),
                ):
                    combo.blockSignals(True)
                    combo.set_choices(items)
                    combo.blockSignals(False)
            self.shown = sessions.list_sessions(
                session, self.ctx.actor, first, last, self.filters()
            )
        today, now = self.center_today(), self.now()
        if self.view == WEEK:
            self.week_view.set_sessions(first, 7, self.shown, today, now)
            if not self._cursor_placed and first <= today <= last:
                # The cursor starts on today, not on the week's Monday.
                self._cursor_placed = True
                self.week_view.set_cursor((today - first).days, now.hour * 60)
        elif self.view == MONTH:
            self.month_view.set_sessions((self.anchor or today).replace(day=1), self.shown, today)
        else:
            self.agenda_model.set_rows(self.shown)
        self._titles(first, last, today)

    def _titles(self, first: date, last: date, today: date) -> None:
        if self.view == DAY:
            label = formatting.long_day(first, today)
            self.title.setText(
                self.tr("Today, {day}").format(day=label) if first == today else label
            )
        elif self.view == WEEK:
            self.title.setText(week_title(first, last))
        else:
            self.title.setText(month_title(self.anchor or today))
        self.today_button.setEnabled(not first <= today <= last)
        cancelled = sum(s.cancelled for s in self.shown)
        clashes = sum(bool(s.conflict) and not s.cancelled for s in self.shown)
        parts = [self.tr("%n session(s)", "", len(self.shown))]
        if cancelled:
            parts.append(self.tr("%n cancelled", "", cancelled))
        if clashes:
            parts.append(self.tr("%n clash(es)", "", clashes))
        if self.search.text().strip():
            parts.append(self.tr("matching “{text}”").format(text=self.search.text().strip()))
        self.summary.setText(" · ".join(parts))

    # -- opening things --------------------------------------------------------------------

    def _agenda_activated(self) -> None:
        row = selected_row(self.agenda)
        if isinstance(row, SessionView):
            self.open_session(row.id)

    def open_session(self, session_id: int) -> None:
        if not self.can_edit:
            self._show_session(session_id)
            return
        try:
            dialog = SessionDialog(self.ctx, session_id, self)
        except PeerCenterError as exc:  # the session went meanwhile: say so, then reload
            messages.show_error(self, exc)
            self.refresh()
            return
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._session_closed(dialog))
        dialog.open()

    def _show_session(self, session_id: int) -> None:
        """For those who may look but not change: the session as plain text."""
        from peercenter.ui.dialogs.session_info import SessionInfoDialog

        with messages.reporting_errors(self):
            dialog = SessionInfoDialog(self.ctx, session_id, self)
            self.dialog = dialog
            dialog.open()

    def _session_closed(self, dialog: SessionDialog) -> None:
        self.refresh()
        if dialog.open_group_requested and dialog.detail is not None:
            self.open_group(dialog.detail.view.group_id)

    def open_group(self, group_id: int) -> None:
        from peercenter.ui.dialogs.group_dialog import GroupDialog

        with messages.reporting_errors(self):
            dialog = GroupDialog(self.ctx, group_id, self)
            self.dialog = dialog
            dialog.accepted.connect(self.refresh)
            dialog.open()

    def new_group_at_cursor(self) -> None:
        """A new group on the day selected (at the slot's time in the week), or today when
        that day is past: a group never starts on a Monday already gone."""
        if self.view == WEEK:
            self.new_group(self.week_view.cursor_start(), self.week_view.slot_minutes)
        else:
            day = self.month_view.selected_day if self.view == MONTH else self.days_shown()[0]
            self.new_group(datetime.combine(day, datetime.min.time()).replace(hour=18), 90)

    def new_group(self, start: datetime, minutes: int) -> None:
        if not self.can_edit:
            return
        today = self.center_today()
        if start.date() < today:
            start = datetime.combine(today, start.time())
        from peercenter.ui.dialogs.group_dialog import GroupDialog

        with messages.reporting_errors(self):
            dialog = GroupDialog(self.ctx, None, self, start=start, minutes=minutes)
            self.dialog = dialog
            dialog.accepted.connect(self.refresh)
            dialog.open()

    def open_closures(self) -> None:
        from peercenter.ui.screens.calendar.closures_dialog import ClosuresDialog

        with messages.reporting_errors(self):
            dialog = ClosuresDialog(self.ctx, self, start=self.days_shown()[0])
            self.dialog = dialog
            dialog.finished.connect(lambda _r: self.refresh())
            dialog.open()

    def select_session(self, session_id: int) -> None:
        self.week_view.select_session(session_id)
        for row in range(self.agenda_proxy.rowCount()):
            if self.agenda_proxy.row_at(row).id == session_id:
                self.agenda.selectRow(row)

    def sessions_shown(self) -> list[SessionView]:
        return list(self.shown)
