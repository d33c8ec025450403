"""Attendance of one session: mark each person present, late, excused or absent with one key
(P, L, E, A) or one click; search by name; the count and the capacity always in view; walk-ins
for open groups, someone new included. A mark can be corrected, or removed with Backspace, on
the session's day (a walk-in added by mistake leaves the list)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peercenter.db.changes import Change
from peercenter.domain.enums import AttendanceStatus
from peercenter.domain.errors import PeerCenterError
from peercenter.services import settings
from peercenter.services.clock import local_today
from peercenter.services.schedule import attendance
from peercenter.services.schedule.attendance import AttendanceRow, AttendanceSheet
from peercenter.services.schedule.common import SessionView
from peercenter.ui import formatting, theme
from peercenter.ui.context import AppContext
from peercenter.ui.dialogs.participant_picker import ParticipantPicker
from peercenter.ui.language import QT_TRANSLATE_NOOP
from peercenter.ui.live import follow, live_refresh
from peercenter.ui.widgets.banner import Banner

AnyIndex = QModelIndex | QPersistentModelIndex
# What the sheet shows: marks, the day's roster, names, the session and its place.
LIVE_TABLES = frozenset(
    {"attendance", "enrollments", "participants", "sessions", "groups", "rooms"}
)
STATUSES = list(AttendanceStatus)  # present, late, excused, absent: one column each
# Each column's title names its key, which stays P, L, E or A in every language.
HEADERS = {
    AttendanceStatus.PRESENT: QT_TRANSLATE_NOOP("AttendanceModel", "Present (P)"),
    AttendanceStatus.LATE: QT_TRANSLATE_NOOP("AttendanceModel", "Late (L)"),
    AttendanceStatus.EXCUSED: QT_TRANSLATE_NOOP("AttendanceModel", "Excused (E)"),
    AttendanceStatus.ABSENT: QT_TRANSLATE_NOOP("AttendanceModel", "Absent (A)"),
}
MARK_TIPS = {
    AttendanceStatus.PRESENT: QT_TRANSLATE_NOOP("AttendanceModel", "Mark {name} present"),
    AttendanceStatus.LATE: QT_TRANSLATE_NOOP("AttendanceModel", "Mark {name} late"),
    AttendanceStatus.EXCUSED: QT_TRANSLATE_NOOP("AttendanceModel", "Mark {name} excused"),
    AttendanceStatus.ABSENT: QT_TRANSLATE_NOOP("AttendanceModel", "Mark {name} absent"),
}
KEYS = {
    Qt.Key.Key_P: AttendanceStatus.PRESENT,
    Qt.Key.Key_L: AttendanceStatus.LATE,
    Qt.Key.Key_E: AttendanceStatus.EXCUSED,
    Qt.Key.Key_A: AttendanceStatus.ABSENT,
}
CHOSEN = theme.BySchemeColors(
    {
        AttendanceStatus.PRESENT: "#d9efe0",
        AttendanceStatus.LATE: "#fbf0cf",
        AttendanceStatus.EXCUSED: "#e3eff7",
        AttendanceStatus.ABSENT: "#f6dedb",
    },
    {
        AttendanceStatus.PRESENT: "#1f3a2a",
        AttendanceStatus.LATE: "#3d3020",
        AttendanceStatus.EXCUSED: "#1f3441",
        AttendanceStatus.ABSENT: "#3f2624",
    },
)


class AttendanceModel(QAbstractTableModel):
    """Name, then one column per attendance mark (a filled dot on the chosen one)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AttendanceRow] = []

    def set_rows(self, rows: list[AttendanceRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def replace(self, new: AttendanceRow) -> None:
        for i, row in enumerate(self.rows):
            if row.participant_id == new.participant_id:
                self.rows[i] = new
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(STATUSES)))
                return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(new)
        self.endInsertRows()

    def remove(self, participant_id: int) -> None:
        for i, row in enumerate(self.rows):
            if row.participant_id == participant_id:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self.rows[i]
                self.endRemoveRows()
                return

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(STATUSES)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Name")
        return header_text(STATUSES[section - 1])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                if row.is_walk_in:
                    return self.tr("{name}  (walk-in)").format(name=row.name)
                return row.name
            if role == Qt.ItemDataRole.FontRole and row.status is None:
                font = QFont()
                font.setBold(True)  # still to be marked
                return font
            return None
        status = STATUSES[index.column() - 1]
        chosen = row.status is status
        if role == Qt.ItemDataRole.DisplayRole:
            return "●" if chosen else "○"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole and chosen:
            return QBrush(QColor(CHOSEN[status]))
        if role == Qt.ItemDataRole.ForegroundRole and not chosen:
            return QBrush(QColor(theme.DISABLED))
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("AttendanceModel", MARK_TIPS[status]).format(
                name=row.name
            )
        return None


def header_text(status: AttendanceStatus) -> str:
    return QCoreApplication.translate("AttendanceModel", HEADERS[status])


class AttendanceDialog(QDialog):
    def __init__(self, ctx: AppContext, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        self.sheet: AttendanceSheet | None = None
        self.setWindowTitle(self.tr("Attendance"))
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        self.title = theme.title_label("")
        layout.addWidget(self.title)
        self.subtitle = theme.hint_label("")
        layout.addWidget(self.subtitle)
        self.count = QLabel()
        self.count.setObjectName("sectionTitle")
        self.count.setAccessibleName(self.tr("Count"))
        layout.addWidget(self.count)
        self.banner = Banner()
        layout.addWidget(self.banner)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find by name (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Find participant"))
        self.walk_in_button = QPushButton(self.tr("Add &walk-in…"))
        self.walk_in_button.setToolTip(self.tr("Someone not on the roster joins today (Alt+W)"))
        self.picker: ParticipantPicker | None = None
        top.addWidget(self.search, 1)
        top.addWidget(self.walk_in_button)
        layout.addLayout(top)

        self.model = AttendanceModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Who came"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(32)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = header.fontMetrics()
        for column, status in enumerate(STATUSES, start=1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            # Wide enough for the title in any language (Spanish titles are longer).
            width = metrics.horizontalAdvance(header_text(status)) + 24
            self.table.setColumnWidth(column, max(96, width))
        layout.addWidget(self.table, 1)
        layout.addWidget(
            theme.hint_label(
                self.tr(
                    "Select a person and press P (present), L (late), E (excused) or A (absent); "
                    "the next person is selected. Or click the mark. A mark can be changed the "
                    "same way today; Backspace removes it (and a walk-in added by mistake)."
                )
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Enter goes to the search and the marks, never to Close (Esc closes).
        for button in (*buttons.buttons(), self.walk_in_button):
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)

        self.table.installEventFilter(self)
        self.table.clicked.connect(self._clicked)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._to_table)
        self.walk_in_button.clicked.connect(self.add_walk_in)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)
        self._notice = ""  # the banner's note about the sheet itself (cancelled, empty)
        self.refresh()
        # Another desk's check-ins, walk-ins and roster changes show as they happen.
        follow(self, ctx.live, LIVE_TABLES, self._changed_elsewhere)
        self.table.setFocus()
        if self.proxy.rowCount():
            self.table.selectRow(0)

    # -- data ------------------------------------------------------------------------------

    def refresh(self, record_view: bool = True) -> None:
        """Read the sheet. Opening it is audited; ``record_view`` False reads the sheet
        already open again (another desk changed it), keeping the person selected."""
        keep = self.row_at(self.table.currentIndex().row())
        if record_view:
            with self.ctx.database.session() as session:  # opening a sheet is audited
                self.sheet = attendance.attendance_sheet(session, self.ctx.actor, self.session_id)
        else:
            with self.ctx.database.reader() as session:
                self.sheet = attendance.attendance_sheet(
                    session, self.ctx.actor, self.session_id, record_view=False
                )
        v = self.sheet.session
        self.title.setText(v.group_name)
        self.subtitle.setText(
            f"{formatting.long_day(v.starts_at.date())}, "
            f"{formatting.time_range(v.starts_at, v.ends_at)}"
            + (f" · {v.room}" if v.room else "")
            + (f" · {', '.join(v.facilitators)}" if v.facilitators else "")
        )
        self.model.set_rows(list(self.sheet.rows))
        if keep is not None:
            self._select(keep.participant_id)
        self.walk_in_button.setVisible(self.sheet.open_enrollment)
        closed = self._closed_reason(v)
        self.table.setEnabled(not closed)
        self.walk_in_button.setEnabled(not closed)
        notice = closed
        if not closed and not self.sheet.rows:
            notice = (
                self.tr("Nobody is on the roster for this day. Add walk-ins as they arrive.")
                if self.sheet.open_enrollment
                else self.tr("Nobody is on the roster for this day.")
            )
        if notice:
            self.banner.show_message(notice, tone="info")
        elif self._notice and self.banner.text == self._notice:
            self.banner.clear()  # no longer true: another desk added someone
        self._notice = notice
        self._update_count()

    def _changed_elsewhere(self, _change: Change) -> None:
        problem = live_refresh(lambda: self.refresh(record_view=False))
        if problem:
            self.banner.show_message(
                self.tr("The latest changes could not be shown: {problem}").format(problem=problem)
            )

    def _select(self, participant_id: int) -> None:
        for proxy_row in range(self.proxy.rowCount()):
            row = self.row_at(proxy_row)
            if row is not None and row.participant_id == participant_id:
                self.table.selectRow(proxy_row)
                return

    def _closed_reason(self, v: SessionView) -> str:
        """Why attendance cannot be taken now, or ""."""
        if v.cancelled:
            if v.cancel_reason:
                return self.tr(
                    "This session is cancelled ({reason}). Restore it in the calendar to take "
                    "attendance."
                ).format(reason=v.cancel_reason)
            return self.tr(
                "This session is cancelled. Restore it in the calendar to take attendance."
            )
        with self.ctx.database.reader() as session:
            today = local_today(settings.center_timezone(session))
        if v.starts_at.date() > today:
            return self.tr("Attendance opens on the day of the session.")
        return ""

    def _update_count(self) -> None:
        rows = self.model.rows
        here = sum(1 for r in rows if r.status in attendance.HERE)
        marked = sum(1 for r in rows if r.status is not None)
        capacity = self.sheet.capacity if self.sheet else None
        came = (
            self.tr("%n here of {capacity} places", "", here).format(capacity=capacity)
            if capacity
            else self.tr("%n here", "", here)
        )
        done = self.tr("%n of {total} marked", "", marked).format(total=len(rows))
        self.count.setText(f"{came} · {done}")

    def row_at(self, proxy_row: int) -> AttendanceRow | None:
        if not 0 <= proxy_row < self.proxy.rowCount():
            return None
        return self.model.rows[self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row()]

    # -- marking ---------------------------------------------------------------------------

    def mark(self, proxy_row: int, status: AttendanceStatus | None) -> bool:
        person = self.row_at(proxy_row)
        if person is None:
            return False
        try:
            with self.ctx.database.session() as session:
                updated = attendance.mark(
                    session, self.ctx.actor, self.session_id, person.participant_id, status
                )
        except PeerCenterError as exc:
            self.banner.show_message(exc.message)
            return False
        self.banner.clear()
        if updated.status is None and updated.is_walk_in:
            self.model.remove(updated.participant_id)  # added by mistake: off the list
        else:
            self.model.replace(updated)
        self._update_count()
        return True

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() >= 1:
            self.mark(index.row(), STATUSES[index.column() - 1])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            key = Qt.Key(event.key())
            row = self.table.currentIndex().row()
            if key in KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                if self.mark(row, KEYS[key]) and row + 1 < self.proxy.rowCount():
                    self.table.selectRow(row + 1)
                return True
            if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
                self.mark(row, None)
                return True
        return super().eventFilter(watched, event)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def _to_table(self) -> None:
        self.table.setFocus()
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def add_walk_in(self) -> None:
        """Find the person (or add someone new) in the picker; taken, they are marked
        present."""
        taken = {r.participant_id for r in self.model.rows}
        picker = ParticipantPicker(
            self.ctx, self.tr("Add a walk-in"), self, exclude=taken, allow_new=True
        )
        self.picker = picker
        picker.accepted.connect(lambda: self._picked(picker))
        picker.open()

    def _picked(self, picker: ParticipantPicker) -> None:
        if picker.chosen_id is not None:
            self.walk_in(picker.chosen_id)

    def walk_in(self, participant_id: int) -> None:
        try:
            with self.ctx.database.session() as session:
                row = attendance.add_walk_in(
                    session, self.ctx.actor, self.session_id, participant_id
                )
        except PeerCenterError as exc:
            self.banner.show_message(exc.message)
            return
        self.banner.clear()
        self.model.replace(row)
        self._update_count()
        self.search.clear()
        for proxy_row in range(self.proxy.rowCount()):
            if self.row_at(proxy_row) == row:
                self.table.selectRow(proxy_row)
        # Back to marking once the picker has handed the keyboard back.
        QTimer.singleShot(0, self.table, self.table.setFocus)
