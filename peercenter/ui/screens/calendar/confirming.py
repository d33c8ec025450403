"""A record dialog whose save may meet warnings (a facilitator's hours over their cap): the
user is asked for a reason and, if they give one, the save runs again with it. The question is
asked after the first attempt's transaction has ended, never while it holds the database."""

from __future__ import annotations

from peercenter.domain.conflicts import NeedsConfirmation
from peercenter.ui import messages
from peercenter.ui.widgets.record_dialog import RecordDialog


class ConfirmingDialog(RecordDialog):
    accept_reason: str | None = None
    _pending: NeedsConfirmation | None = None

    def needs_confirmation(self, error: NeedsConfirmation) -> None:
        """Called from ``save`` before re-raising, so ``submit`` can ask afterwards."""
        self._pending = error

    def submit(self) -> None:
        self._pending = None
        self.accept_reason = None
        super().submit()
        pending = self._pending
        if pending is None:
            return
        self.show_errors(pending.field_errors)
        self.banner.show_message(pending.message, tone="info")
        reason = messages.ask_text(
            self, "Save anyway?",
            "\n".join(w.message for w in pending.warnings[:5])
            + "\n\nTo save anyway, say why (this goes in the audit trail):")
        if reason is None or not reason.strip():
            return
        self._pending = None
        self.accept_reason = reason.strip()
        try:
            super().submit()
        finally:
            self.accept_reason = None
