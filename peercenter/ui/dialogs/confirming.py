"""A record dialog whose save may bring warnings (a facilitator's hours over their cap, the
guardrail flags of a newly assigned facilitator). The service decides: the dialog submits,
and when the service returns warnings instead of saving, it shows them and submits again with
the user's reason. Clashes are refused by the first submission, before any question. Each
submission is its own unit of work, so no question is asked while the database is held."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from peercenter.domain.confirmation import Confirmation, Outcome
from peercenter.ui.dialogs.guardrail_warning import ask_to_go_ahead
from peercenter.ui.widgets.record_dialog import RecordDialog

Attempt = Callable[[Session, Confirmation], Outcome[int]]


class ConfirmingDialog(RecordDialog):
    """Subclasses implement ``attempt`` (the save, given the confirmation so far) instead of
    ``save``."""

    def attempt(self, session: Session, confirmation: Confirmation) -> Outcome[int]:
        raise NotImplementedError

    def warning_subject(self) -> str:
        """What is being saved, in a few words, for the warning."""
        return self.windowTitle()

    def submit(self) -> None:
        self.clear_errors()
        problems = self.local_errors()
        if problems:
            self.show_errors(problems)
            return
        self.submit_confirmed(self.attempt)

    def submit_confirmed(self, attempt: Attempt) -> None:
        """Submit; while the service answers with warnings, show them and submit again with
        the user's answer. Stepping back saves nothing."""
        confirmation = Confirmation()
        while True:
            outcome = self._once(attempt, confirmation)
            if outcome is None:
                return  # refused: the reason is shown beside the fields or in the banner
            if outcome.result is not None:
                self.saved_id = outcome.result
                self.accept()
                return
            answer = ask_to_go_ahead(self, outcome.warnings, self.warning_subject())
            if answer is None:
                return
            confirmation = answer

    def _once(self, attempt: Attempt, confirmation: Confirmation) -> Outcome[int] | None:
        return self.write(lambda session: attempt(session, confirmation))
