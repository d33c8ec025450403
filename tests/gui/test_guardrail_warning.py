"""The warning shown before a change with warnings is saved: the service's warnings grouped by
person, a reason required over a red one, Cancel the default, and the answer handed back as
the confirmation the service checks."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from peercenter.db.engine import Database
from peercenter.domain.confirmation import ScheduleWarning
from peercenter.domain.guardrails import Level
from peercenter.services.clock import local_today
from peercenter.services.schedule.review import Review
from peercenter.services.wellbeing import assignment
from peercenter.ui.dialogs import guardrail_warning
from peercenter.ui.dialogs.guardrail_warning import GuardrailWarningDialog
from tests.wellbeing_factories import TZ, Team, at, team, time_entry


def warnings_for(
    db: Database, t: Team, hours: float, length: timedelta = timedelta(hours=3)
) -> list[ScheduleWarning]:
    """What the front desk is told when Sam, with ``hours`` of work every weekday this week,
    is given a Saturday retreat."""
    today = local_today(TZ)
    monday = today - timedelta(days=today.weekday())
    for i in range(5):
        time_entry(db, t.sam.staff_id, monday + timedelta(days=i), hours)
    begins = at(monday + timedelta(days=5), "10:00").replace(tzinfo=TZ)
    with db.reader() as s:
        review = Review(s, t.desk)
        review.assignments(
            [t.sam.staff_id],
            [assignment.ProposedSession(begins, begins + length, "Saturday Retreat")],
        )
        return review.warnings


def lines(dialog: GuardrailWarningDialog) -> list[str]:
    return [dialog.flags.item(i).text() for i in range(dialog.flags.rowCount())]


def test_a_red_flag_needs_a_reason_before_the_dialog_accepts(
    qtbot: Any, sqlite_database: Database
) -> None:
    t = team(sqlite_database)
    warnings = warnings_for(sqlite_database, t, 8)
    dialog = GuardrailWarningDialog(warnings, "Saturday Retreat")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Sam Rivera over a red guardrail" in dialog.summary_label.text()
    [person, flag] = lines(dialog)
    assert person.startswith("Sam Rivera: 1 session on Sat")
    assert flag == "Red: Worked and scheduled 43 h this week; cap is 40 h."
    assert dialog.reason_label.text() == "Why go ahead anyway? (required)"
    dialog.assign_button.click()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == "Give a reason to go ahead over a red flag, or cancel."
    qtbot.keyClicks(dialog.reason, "Nobody else is trained for the retreat.")
    dialog.assign_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    confirmation = dialog.confirmation()
    assert confirmation.reason == "Nobody else is trained for the retreat."
    assert confirmation.unanswered(warnings) == []


def test_cancel_is_the_default_and_goes_back_with_nothing(
    qtbot: Any, sqlite_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    t = team(sqlite_database)
    warnings = warnings_for(sqlite_database, t, 8)
    dialog = GuardrailWarningDialog(warnings, "Saturday Retreat")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    monkeypatch.setattr(GuardrailWarningDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert guardrail_warning.ask_to_go_ahead(None, warnings, "Saturday Retreat") is None


def test_an_amber_flag_can_be_gone_ahead_over_without_a_reason(
    qtbot: Any, sqlite_database: Database
) -> None:
    t = team(sqlite_database)
    warnings = warnings_for(sqlite_database, t, 7.4, timedelta(hours=1))  # 38 h with it
    dialog = GuardrailWarningDialog(warnings, "Saturday Retreat")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.reason_label.text() == "Why go ahead anyway? (optional)"
    assert lines(dialog)[1].endswith("(amber already, without this change)")
    dialog.assign_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.confirmation().unanswered(warnings) == []


def test_each_person_s_warnings_are_listed_under_their_name(qtbot: Any) -> None:
    warnings = [
        ScheduleWarning("back_to_back", Level.AMBER, "Back-to-back on Tue.", 1, "Jordan Reyes"),
        ScheduleWarning(
            "hours_cap",
            Level.RED,
            "Sam Rivera would facilitate 5 h in the week of Mon 2 Mar 2026, over their cap.",
            2,
            "Sam Rivera",
        ),
        ScheduleWarning(
            "consecutive_days", Level.AMBER, "Working 8 days in a row.", 1, "Jordan Reyes"
        ),
    ]
    dialog = GuardrailWarningDialog(warnings, "Evening Group")
    qtbot.addWidget(dialog)
    assert lines(dialog) == [
        "Jordan Reyes",
        "Amber: Back-to-back on Tue.",
        "Amber: Working 8 days in a row.",
        "Sam Rivera",
        "Red: Sam Rivera would facilitate 5 h in the week of Mon 2 Mar 2026, over their cap.",
    ]
    assert dialog.summary_label.text().startswith("This would put Sam Rivera over a red")
