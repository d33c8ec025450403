"""What Today does for a session in place (check in, print its sign-in sheet and handout,
move it, cancel it), for the whole day (print the packet), and for a center still setting up
(a first group, a spreadsheet to import). Each opens its dialog over Today and refreshes it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from peercenter.domain import timefmt
from peercenter.domain.enums import GroupKind
from peercenter.domain.errors import PeerCenterError
from peercenter.services.today import AgendaItem
from peercenter.ui import messages
from peercenter.ui.context import AppContext
from peercenter.ui.widgets.banner import Banner


class DeskActions:
    def __init__(
        self, ctx: AppContext, parent: QWidget, banner: Banner, refresh: Callable[[], None]
    ) -> None:
        self.ctx, self.parent, self.banner, self.refresh = ctx, parent, banner, refresh
        self.dialog: QDialog | None = None  # the one open now (tests look at it)

    def _open(self, dialog: QDialog, refresh_on: str = "finished") -> None:
        self.dialog = dialog
        getattr(dialog, refresh_on).connect(lambda *_args: self.refresh())
        dialog.open()

    def take_attendance(self, item: AgendaItem) -> None:
        from peercenter.ui.dialogs.attendance import AttendanceDialog

        with messages.reporting_errors(self.parent):
            self._open(AttendanceDialog(self.ctx, item.session_id, self.parent))

    def move(self, item: AgendaItem) -> None:
        """The session form, with the date first: a new day, time or room for this session."""
        from peercenter.ui.dialogs.session_dialog import SessionDialog

        with messages.reporting_errors(self.parent):
            self._open(SessionDialog(self.ctx, item.session_id, self.parent))

    def cancel(self, item: AgendaItem) -> None:
        from peercenter.ui.dialogs.cancel_session import CancelSessionPrompt

        prompt = CancelSessionPrompt(
            self.ctx,
            item.session_id,
            item.version,
            item.group_name,
            item.starts_at,
            item.ends_at,
            self.parent,
        )
        prompt.accepted.connect(
            lambda: self.banner.show_message(
                QCoreApplication.translate("DeskActions", "{group} at {time} is cancelled.").format(
                    group=item.group_name, time=timefmt.clock(item.starts_at)
                ),
                tone="info",
            )
        )
        self._open(prompt)

    def new_group(self, day: date) -> None:
        from datetime import datetime, time

        from peercenter.ui.dialogs.group_dialog import GroupDialog

        with messages.reporting_errors(self.parent):
            start = datetime.combine(day, time(18, 0))
            self._open(GroupDialog(self.ctx, None, self.parent, start=start), "accepted")

    def import_file(self, kind: str) -> None:
        from peercenter.services.csv_import.kinds import GROUPS, PARTICIPANTS
        from peercenter.ui.dialogs.import_csv import choose_file, open_import

        importer = GROUPS if kind == "groups" else PARTICIPANTS
        path = choose_file(self.parent, importer)
        if path is None:
            return

        def imported(message: str) -> None:
            self.refresh()
            self.banner.show_message(message, tone="info")

        self.dialog = open_import(self.parent, self.ctx, importer, path, imported)

    # -- printing --------------------------------------------------------------------------

    def print_papers(self, item: AgendaItem) -> None:
        from peercenter.ui.printing import desk_papers  # printing loads when first used

        if item.kind is GroupKind.MENTORING:
            title = QCoreApplication.translate("DeskActions", "Print the handout")
            done = QCoreApplication.translate(
                "DeskActions", "Printed the handout for {group} at {time}."
            )
        else:
            title = QCoreApplication.translate("DeskActions", "Print the sign-in sheet and handout")
            done = QCoreApplication.translate(
                "DeskActions", "Printed the sign-in sheet and handout for {group} at {time}."
            )
        printer = desk_papers.choose_printer(self.parent, title)
        if printer is None:
            return
        self._print(
            lambda: desk_papers.print_session_papers(
                self.ctx.database, self.ctx.actor, item.session_id, item.kind, printer
            ),
            done.format(group=item.group_name, time=timefmt.clock(item.starts_at)),
        )

    def print_packet(self, day: date) -> None:
        from peercenter.ui.printing import desk_papers

        printer = desk_papers.choose_printer(
            self.parent, QCoreApplication.translate("DeskActions", "Print the day's packet")
        )
        if printer is None:
            return
        self._print(
            lambda: desk_papers.print_day_packet(self.ctx.database, self.ctx.actor, day, printer),
            QCoreApplication.translate(
                "DeskActions", "Printed the packet for {day}: every handout and sign-in sheet."
            ).format(day=timefmt.day(day)),
        )

    def _print(self, work: Callable[[], tuple[str, ...]], done: str) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            notices = work()
        except PeerCenterError as exc:
            self.banner.show_message(exc.message)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.banner.show_message(" ".join((done, *notices)), tone="info")
