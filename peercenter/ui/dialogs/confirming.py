"""A record dialog whose save may meet warnings (a facilitator's hours over their cap): the
user is asked for a reason and, if they give one, the save runs again with it. The question is
asked after the first attempt's transaction has ended, never while it holds the database.

Before that, a dialog that assigns facilitators shows the burnout guardrail flags the new
assignments would bring (``guardrail_assignments``); a reason given there also answers the
schedule's own hour warnings, and the save records it (``record_guardrails``)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from peercenter.domain.conflicts import NeedsConfirmation
from peercenter.services.wellbeing.assignment import ProposedSession
from peercenter.ui import messages
from peercenter.ui.dialogs.guardrail_warning import GuardrailReview, review_assignments
from peercenter.ui.widgets.record_dialog import RecordDialog


class ConfirmingDialog(RecordDialog):
    accept_reason: str | None = None
    _pending: NeedsConfirmation | None = None
    guardrails: GuardrailReview | None = None

    def guardrail_assignments(self) -> Sequence[tuple[int, Sequence[ProposedSession]]]:
        """The facilitators this save would newly assign, each with the sessions they would
        take on. Dialogs that assign facilitators say; the default assigns nobody."""
        return ()

    def guardrail_subject(self) -> str:
        """What is being assigned, in a few words, for the warning and the audit trail."""
        return self.windowTitle()

    def record_guardrails(self, session: Session) -> None:
        """Called from ``save`` after the change, in its transaction."""
        if self.guardrails is not None:
            self.guardrails.record(session, self.ctx.actor)

    def needs_confirmation(self, error: NeedsConfirmation) -> None:
        """Called from ``save`` before re-raising, so ``submit`` can ask afterwards."""
        self._pending = error

    def submit(self) -> None:
        # A form with mistakes of its own is shown those first; the guardrails come after.
        assignments = () if self.local_errors() else self.guardrail_assignments()
        review = (
            review_assignments(
                self, self.ctx.database, self.ctx.actor, assignments, self.guardrail_subject()
            )
            if assignments
            else GuardrailReview()
        )
        if review is None:
            return  # the user stepped back at the guardrail warning: nothing is saved
        self.guardrails = review
        self._pending = None
        self.accept_reason = review.reason or None
        super().submit()
        pending = self._pending
        if pending is None:
            return
        self.show_errors(pending.field_errors)
        self.banner.show_message(pending.message, tone="info")
        reason = messages.ask_text(
            self,
            "Save anyway?",
            "\n".join(w.message for w in pending.warnings[:5])
            + "\n\nTo save anyway, say why (this goes in the audit trail):",
        )
        if reason is None or not reason.strip():
            return
        self._pending = None
        self.accept_reason = reason.strip()
        try:
            super().submit()
        finally:
            self.accept_reason = None
