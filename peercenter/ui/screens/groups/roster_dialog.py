"""A group's roster: who is enrolled from when to when, the waitlist in order, and the offer of
a freed place to the next person (accepting enrolls them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from peercenter.db.changes import Change
from peercenter.domain.errors import PeerCenterError
from peercenter.domain.permissions import Permission
from peercenter.services import clock, settings
from peercenter.services.schedule import rosters, stats
from peercenter.services.schedule.rosters import RosterEntry, RosterView
from peercenter.ui import formatting, messages, theme
from peercenter.ui.context import AppContext
from peercenter.ui.dialogs.participant_picker import ParticipantPicker
from peercenter.ui.live import follow, live_refresh
from peercenter.ui.tables import (
    RIGHT,
    ROW_ROLE,
    Column,
    RowStyle,
    RowTableModel,
    make_table_view,
    selected_row,
)
from peercenter.ui.widgets.banner import Banner


def _from_column() -> Column[RosterEntry]:
    return Column(
        QCoreApplication.translate("RosterDialog", "From"),
        lambda e: formatting.short_date(e.from_date),
        sort=lambda e: e.from_date,
        width=110,
    )


def enrolled_columns() -> list[Column[RosterEntry]]:
    """The columns of who is enrolled, titled in the window's language."""
    open_ended = QCoreApplication.translate("RosterDialog", "open-ended")
    return [
        Column(QCoreApplication.translate("RosterDialog", "Name"), lambda e: e.name, width=180),
        _from_column(),
        Column(
            QCoreApplication.translate("RosterDialog", "Until"),
            lambda e: formatting.short_date(e.to_date) or open_ended,
            sort=lambda e: e.to_date,
        ),
    ]


def _offer(e: RosterEntry) -> str:
    if e.offered_at is None:
        return ""
    return QCoreApplication.translate("RosterDialog", "Place offered {date}").format(
        date=formatting.short_date(e.offered_at.date())
    )


def waitlist_columns() -> list[Column[RosterEntry]]:
    """The waitlist's columns, in its order."""
    return [
        Column(
            "#",
            lambda e: str(e.waitlist_position or ""),
            sort=lambda e: e.waitlist_position,
            align=RIGHT,
            width=40,
        ),
        Column(QCoreApplication.translate("RosterDialog", "Name"), lambda e: e.name, width=180),
        _from_column(),
        Column(QCoreApplication.translate("RosterDialog", "Offer"), _offer, stretch=True),
    ]


LIVE_TABLES = frozenset({"enrollments", "participants", "groups", "rooms"})


def _select(table: QTableView, entry_id: int) -> None:
    model = table.model()
    for row in range(model.rowCount()):
        shown = model.index(row, 0).data(ROW_ROLE)
        if isinstance(shown, RosterEntry) and shown.id == entry_id:
            table.selectRow(row)
            return


def _offer_style(e: RosterEntry) -> RowStyle | None:
    return (
        RowStyle(
            italic=True,
            tooltip=QCoreApplication.translate(
                "RosterDialog", "A place has been offered; accept or decline it."
            ),
        )
        if e.has_offer
        else None
    )


class RosterDialog(QDialog):
    def __init__(self, ctx: AppContext, group_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group_id = group_id
        self.roster: RosterView | None = None
        self.can_edit = ctx.actor.can(Permission.MANAGE_SCHEDULE)
        self.setWindowTitle(self.tr("Roster"))
        self.resize(680, 600)
        layout = QVBoxLayout(self)
        self.title = theme.title_label("")
        self.title.setWordWrap(True)  # a long group name takes two lines, not the width
        layout.addWidget(self.title)
        self.summary = theme.hint_label("")
        layout.addWidget(self.summary)
        self.banner = Banner()
        self.banner.action.connect(self.accept_offer)
        layout.addWidget(self.banner)

        layout.addWidget(theme.section_label(self.tr("Enrolled")))
        self.enrolled_model: RowTableModel[RosterEntry] = RowTableModel(
            enrolled_columns(), parent=self
        )
        self.enrolled, _p = make_table_view(self.enrolled_model, self)
        self.enrolled.setAccessibleName(self.tr("Enrolled"))
        layout.addWidget(self.enrolled, 2)
        row = QHBoxLayout()
        self.enroll_button = QPushButton(self.tr("Enroll…"))
        self.end_button = QPushButton(self.tr("End enrollment…"))
        self.person_button = QPushButton(self.tr("Their attendance"))
        self.person_button.setToolTip(self.tr("How often the selected person came, in every group"))
        row.addWidget(self.enroll_button)
        row.addWidget(self.end_button)
        row.addWidget(self.person_button)
        row.addStretch(1)
        layout.addLayout(row)

        layout.addWidget(theme.section_label(self.tr("Waitlist")))
        self.waitlist_model: RowTableModel[RosterEntry] = RowTableModel(
            waitlist_columns(), _offer_style, self
        )
        self.waitlist, _q = make_table_view(self.waitlist_model, self)
        self.waitlist.setAccessibleName(self.tr("Waitlist"))
        layout.addWidget(self.waitlist, 1)
        row = QHBoxLayout()
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.offer_button = QPushButton(self.tr("Offer free places"))
        self.accept_button = QPushButton(self.tr("Accept offer"))
        self.decline_button = QPushButton(self.tr("Decline / remove"))
        for b in (
            self.up_button,
            self.down_button,
            self.offer_button,
            self.accept_button,
            self.decline_button,
        ):
            row.addWidget(b)
            b.setVisible(self.can_edit)
        row.addStretch(1)
        layout.addLayout(row)
        self.enroll_button.setVisible(self.can_edit)
        self.end_button.setVisible(self.can_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.enroll_button.clicked.connect(self.enroll)
        self.end_button.clicked.connect(self.end_selected)
        self.person_button.clicked.connect(self.show_attendance)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.offer_button.clicked.connect(self.offer)
        self.accept_button.clicked.connect(self.accept_offer)
        self.decline_button.clicked.connect(self.decline_selected)
        self._offer_text = ""
        self.refresh()
        # Enrollments made at another computer show as they happen.
        follow(self, ctx.live, LIVE_TABLES, self._changed_elsewhere)

    def refresh(self, record_view: bool = True) -> None:
        """Read the roster. Opening it is audited; ``record_view`` False reads the roster
        already open again (another computer changed it), keeping selections and messages."""
        if record_view:
            with self.ctx.database.session() as session:  # viewing a roster is audited
                self.roster = rosters.get_roster(session, self.ctx.actor, self.group_id)
        else:
            with self.ctx.database.reader() as session:
                self.roster = rosters.get_roster(
                    session, self.ctx.actor, self.group_id, record_view=False
                )
        r = self.roster
        self.title.setText(self.tr("Roster of {group}").format(group=r.group_name))
        places = (
            self.tr("{taken} of %n place(s) taken today", "", r.capacity).format(
                taken=r.taken_today
            )
            if r.capacity
            else self.tr("%n enrolled today (no limit)", "", r.taken_today)
        )
        parts = [
            places,
            self.tr("%n waiting", "", len(r.waitlist)),
            self.tr("open enrollment")
            if r.enrollment_mode.value == "open"
            else self.tr("closed group"),
        ]
        self.summary.setText(" · ".join(parts))
        kept = [(table, selected_row(table)) for table in (self.enrolled, self.waitlist)]
        self.enrolled_model.set_rows(r.enrolled)
        self.waitlist_model.set_rows(r.waitlist)
        for table, entry in kept:
            if isinstance(entry, RosterEntry):
                _select(table, entry.id)
        offered = [e for e in r.waitlist if e.has_offer]
        if offered:
            self._offer_text = self.tr(
                "A place is free and has been offered to {name}. Accept it for them when they "
                "say yes, or decline to offer it to the next person."
            ).format(name=offered[0].name)
            self.banner.show_message(
                self._offer_text, tone="info", action=self.tr("Accept") if self.can_edit else ""
            )
        elif record_view or self.banner.text == self._offer_text:
            self.banner.clear()
        self.offer_button.setEnabled(bool(r.free) and any(not e.has_offer for e in r.waitlist))

    def _changed_elsewhere(self, _change: Change) -> None:
        problem = live_refresh(lambda: self.refresh(record_view=False))
        if problem:
            self.banner.show_message(
                self.tr("The latest changes could not be shown: {problem}").format(problem=problem)
            )

    def _today(self) -> Any:
        with self.ctx.database.reader() as session:
            return clock.now().astimezone(settings.center_timezone(session)).date()

    def _run(self, action: Callable[[Session], object]) -> bool:
        try:
            with self.ctx.database.session() as session:
                action(session)
        except PeerCenterError as exc:
            self.refresh()
            self.banner.show_message(exc.message)
            return False
        self.refresh()
        return True

    def enroll(self) -> None:
        assert self.roster is not None
        taken = {e.participant_id for e in (*self.roster.enrolled, *self.roster.waitlist)}
        picker = ParticipantPicker(
            self.ctx,
            self.tr("Enroll in {group}").format(group=self.roster.group_name),
            self,
            with_dates=self._today(),
            exclude=taken,
        )
        if not picker.exec():
            return
        person = picker.chosen()
        first, last = picker.dates()
        if person is not None:
            self._run(
                lambda s: rosters.enroll(s, self.ctx.actor, self.group_id, person.id, first, last)
            )

    def end_selected(self) -> None:
        entry = selected_row(self.enrolled)
        if not isinstance(entry, RosterEntry):
            self.banner.show_message(self.tr("Choose who leaves the group."))
            return
        today = self._today()
        question = (
            self.tr("{name} leaves {group} after today ({date})?")
            if self.roster
            else self.tr("{name} leaves the group after today ({date})?")
        )
        if not messages.confirm(
            self,
            self.tr("End enrollment"),
            question.format(
                name=entry.name,
                group=self.roster.group_name if self.roster else "",
                date=formatting.short_date(today),
            ),
            self.tr("End"),
        ):
            return
        self._run(
            lambda s: rosters.end_enrollment(s, self.ctx.actor, entry.id, today, entry.version)
        )

    def show_attendance(self) -> None:
        entry = selected_row(self.enrolled)
        if not isinstance(entry, RosterEntry):
            self.banner.show_message(self.tr("Choose someone on the roster."))
            return
        with self.ctx.database.session() as session:  # audited: attendance is sensitive
            result = stats.participant_stats(session, self.ctx.actor, entry.participant_id)
        counts = ", ".join(
            self.tr("{count} {status}").format(count=n, status=status.label.lower())
            for status, n in result.counts.items()
        )
        if result.attendance_rate is not None:
            counts = self.tr("{counts} ({rate} came)").format(
                counts=counts, rate=f"{result.attendance_rate:.0%}"
            )
        last = (
            self.tr("last came {date}").format(date=formatting.short_date(result.last_attended))
            if result.last_attended
            else self.tr("no attendance recorded yet")
        )
        text = self.tr("{name}: {counts}; {last}.").format(
            name=result.name, counts=counts, last=last
        )
        groups = "; ".join(
            self.tr("{group}: {attended} of {marked}").format(
                group=g.group_name, attended=g.attended, marked=g.marked
            )
            for g in result.groups
        )
        if groups:
            text = self.tr("{text} {groups}.").format(text=text, groups=groups)
        self.banner.show_message(text, tone="info")

    def _waiting_selected(self) -> RosterEntry | None:
        entry = selected_row(self.waitlist)
        if not isinstance(entry, RosterEntry):
            self.banner.show_message(self.tr("Choose someone on the waitlist."))
            return None
        return entry

    def move_selected(self, step: int) -> None:
        entry = self._waiting_selected()
        if entry is not None and entry.waitlist_position is not None:
            position = entry.waitlist_position + step
            if self._run(lambda s: rosters.move_on_waitlist(s, self.ctx.actor, entry.id, position)):
                self.waitlist.selectRow(max(position - 1, 0))

    def offer(self) -> None:
        self._run(lambda s: rosters.offer_free_places(s, self.ctx.actor, self.group_id))

    def accept_offer(self) -> None:
        entry = selected_row(self.waitlist)
        if not isinstance(entry, RosterEntry) or not entry.has_offer:
            offered = [e for e in (self.roster.waitlist if self.roster else ()) if e.has_offer]
            if not offered:
                self.banner.show_message(self.tr("Nobody has been offered a place."))
                return
            entry = offered[0]
        chosen = entry
        self._run(lambda s: rosters.accept_offer(s, self.ctx.actor, chosen.id))

    def decline_selected(self) -> None:
        entry = self._waiting_selected()
        if entry is None:
            return
        if entry.has_offer:
            self._run(lambda s: rosters.decline_offer(s, self.ctx.actor, entry.id))
        else:
            self._run(
                lambda s: rosters.end_enrollment(
                    s, self.ctx.actor, entry.id, entry.from_date, entry.version
                )
            )
