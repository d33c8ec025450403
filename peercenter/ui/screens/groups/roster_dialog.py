"""A group's roster: who is enrolled from when to when, the waitlist in order, and the offer of
a freed place to the next person (accepting enrolls them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from peercenter.domain.errors import PeerCenterError
from peercenter.domain.permissions import Permission
from peercenter.services import clock, settings
from peercenter.services.schedule import rosters, stats
from peercenter.services.schedule.rosters import RosterEntry, RosterView
from peercenter.ui import formatting, messages, theme
from peercenter.ui.context import AppContext
from peercenter.ui.dialogs.participant_picker import ParticipantPicker
from peercenter.ui.tables import (
    RIGHT,
    Column,
    RowStyle,
    RowTableModel,
    make_table_view,
    selected_row,
)
from peercenter.ui.widgets.banner import Banner

ENROLLED_COLUMNS: list[Column[RosterEntry]] = [
    Column("Name", lambda e: e.name, width=180),
    Column(
        "From", lambda e: formatting.short_date(e.from_date), sort=lambda e: e.from_date, width=110
    ),
    Column(
        "Until",
        lambda e: formatting.short_date(e.to_date) or "open-ended",
        sort=lambda e: e.to_date,
    ),
]

WAITLIST_COLUMNS: list[Column[RosterEntry]] = [
    Column(
        "#",
        lambda e: str(e.waitlist_position or ""),
        sort=lambda e: e.waitlist_position,
        align=RIGHT,
        width=40,
    ),
    Column("Name", lambda e: e.name, width=180),
    Column(
        "From", lambda e: formatting.short_date(e.from_date), sort=lambda e: e.from_date, width=110
    ),
    Column(
        "Offer",
        lambda e: (
            f"Place offered {formatting.short_date(e.offered_at.date())}" if e.offered_at else ""
        ),
        stretch=True,
    ),
]


def _offer_style(e: RosterEntry) -> RowStyle | None:
    return (
        RowStyle(italic=True, tooltip="A place has been offered; accept or decline it.")
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
        self.setWindowTitle("Roster")
        self.resize(680, 600)
        layout = QVBoxLayout(self)
        self.title = theme.title_label("")
        layout.addWidget(self.title)
        self.summary = theme.hint_label("")
        layout.addWidget(self.summary)
        self.banner = Banner()
        self.banner.action.connect(self.accept_offer)
        layout.addWidget(self.banner)

        layout.addWidget(theme.section_label("Enrolled"))
        self.enrolled_model: RowTableModel[RosterEntry] = RowTableModel(
            ENROLLED_COLUMNS, parent=self
        )
        self.enrolled, _p = make_table_view(self.enrolled_model, self)
        self.enrolled.setAccessibleName("Enrolled")
        layout.addWidget(self.enrolled, 2)
        row = QHBoxLayout()
        self.enroll_button = QPushButton("Enroll…")
        self.end_button = QPushButton("End enrollment…")
        self.person_button = QPushButton("Their attendance")
        self.person_button.setToolTip("How often the selected person came, in every group")
        row.addWidget(self.enroll_button)
        row.addWidget(self.end_button)
        row.addWidget(self.person_button)
        row.addStretch(1)
        layout.addLayout(row)

        layout.addWidget(theme.section_label("Waitlist"))
        self.waitlist_model: RowTableModel[RosterEntry] = RowTableModel(
            WAITLIST_COLUMNS, _offer_style, self
        )
        self.waitlist, _q = make_table_view(self.waitlist_model, self)
        self.waitlist.setAccessibleName("Waitlist")
        layout.addWidget(self.waitlist, 1)
        row = QHBoxLayout()
        self.up_button = QPushButton("Move up")
        self.down_button = QPushButton("Move down")
        self.offer_button = QPushButton("Offer free places")
        self.accept_button = QPushButton("Accept offer")
        self.decline_button = QPushButton("Decline / remove")
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
        self.refresh()

    def refresh(self) -> None:
        with self.ctx.database.session() as session:  # viewing a roster is audited
            self.roster = rosters.get_roster(session, self.ctx.actor, self.group_id)
        r = self.roster
        self.title.setText(f"Roster of {r.group_name}")
        places = (
            f"{r.taken_today} of {r.capacity} places taken today"
            if r.capacity
            else f"{r.taken_today} enrolled today (no limit)"
        )
        parts = [
            places,
            f"{len(r.waitlist)} waiting",
            "open enrollment" if r.enrollment_mode.value == "open" else "closed group",
        ]
        self.summary.setText(" · ".join(parts))
        self.enrolled_model.set_rows(r.enrolled)
        self.waitlist_model.set_rows(r.waitlist)
        offered = [e for e in r.waitlist if e.has_offer]
        if offered:
            self.banner.show_message(
                f"A place is free and has been offered to {offered[0].name}. "
                "Accept it for them when they say yes, or decline to offer it to the next "
                "person.",
                tone="info",
                action="Accept" if self.can_edit else "",
            )
        else:
            self.banner.clear()
        self.offer_button.setEnabled(bool(r.free) and any(not e.has_offer for e in r.waitlist))

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
            f"Enroll in {self.roster.group_name}",
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
            self.banner.show_message("Choose who leaves the group.")
            return
        today = self._today()
        group = self.roster.group_name if self.roster else "the group"
        if not messages.confirm(
            self,
            "End enrollment",
            f"{entry.name} leaves {group} after today ({formatting.short_date(today)})?",
            "End",
        ):
            return
        self._run(
            lambda s: rosters.end_enrollment(s, self.ctx.actor, entry.id, today, entry.version)
        )

    def show_attendance(self) -> None:
        entry = selected_row(self.enrolled)
        if not isinstance(entry, RosterEntry):
            self.banner.show_message("Choose someone on the roster.")
            return
        with self.ctx.database.session() as session:  # audited: attendance is sensitive
            result = stats.participant_stats(session, self.ctx.actor, entry.participant_id)
        counts = ", ".join(f"{n} {status.label.lower()}" for status, n in result.counts.items())
        rate = f" ({result.attendance_rate:.0%} came)" if result.attendance_rate is not None else ""
        last = (
            f"; last came {formatting.short_date(result.last_attended)}"
            if result.last_attended
            else "; no attendance recorded yet"
        )
        groups = "; ".join(f"{g.group_name}: {g.attended} of {g.marked}" for g in result.groups)
        self.banner.show_message(
            f"{result.name}: {counts}{rate}{last}." + (f" {groups}." if groups else ""), tone="info"
        )

    def _waiting_selected(self) -> RosterEntry | None:
        entry = selected_row(self.waitlist)
        if not isinstance(entry, RosterEntry):
            self.banner.show_message("Choose someone on the waitlist.")
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
                self.banner.show_message("Nobody has been offered a place.")
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
