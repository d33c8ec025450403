"""The check-in as the main window offers it: from the File menu at any time, and asked for
at sign-in when a peer specialist's check-in is due."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from peercenter.services.wellbeing import checkins
from peercenter.ui import formatting, messages
from peercenter.ui.context import AppContext
from peercenter.ui.dialogs.wellbeing_checkin import WellbeingCheckInDialog


def open_checkin(parent: QWidget, ctx: AppContext) -> WellbeingCheckInDialog | None:
    """Open the check-in dialog (not blocking); None if it cannot be opened."""
    with messages.reporting_errors(parent), ctx.database.reader() as session:
        status = checkins.status(session, ctx.actor)
        if status.last is None:
            due = QCoreApplication.translate("wellbeing_prompt", "Your first check-in.")
        else:
            due = QCoreApplication.translate(
                "wellbeing_prompt", "Your last check-in was on {last}; the next is due on {next}."
            ).format(
                last=formatting.short_date(status.last),
                next=formatting.short_date(status.next_due),
            )
        dialog = WellbeingCheckInDialog(ctx.database, ctx.actor, status.questionnaires, due, parent)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
    return None


def offer_checkin(parent: QWidget, ctx: AppContext) -> WellbeingCheckInDialog | None:
    """At sign-in: ask a peer specialist whose check-in is due, and open it if they agree."""
    with ctx.database.reader() as session:
        due = checkins.prompt_at_login(session, ctx.actor)
    if not due:
        return None
    if not messages.confirm(
        parent,
        QCoreApplication.translate("wellbeing_prompt", "Wellbeing check-in due"),
        QCoreApplication.translate(
            "wellbeing_prompt",
            "Your wellbeing check-in is due. It takes a few minutes, and only you, your "
            "supervisor and administrators can see it.",
        ),
        QCoreApplication.translate("wellbeing_prompt", "Check in now"),
    ):
        return None
    return open_checkin(parent, ctx)
