"""The warning at the moment of scheduling: flags shown before confirming, a reason required
over a red flag, and the going-ahead recorded with it."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent
from peercenter.domain.guardrails import Level
from peercenter.services.clock import local_today
from peercenter.services.wellbeing import assignment
from peercenter.ui.dialogs import guardrail_warning
from peercenter.ui.dialogs.guardrail_warning import GuardrailWarningDialog
from tests.wellbeing_factories import TZ, Team, at, team, time_entry


@pytest.fixture
def crowded(sqlite_database: Database) -> tuple[Team, list[assignment.ProposedSession]]:
    """Sam has 8 h of work every day this week; the proposal adds a Saturday session."""
    t = team(sqlite_database)
    today = local_today(TZ)
    monday = today - timedelta(days=today.weekday())
    for i in range(5):
        time_entry(sqlite_database, t.sam.staff_id, monday + timedelta(days=i), 8)
    begins = at(monday + timedelta(days=5), "10:00").replace(tzinfo=TZ)
    return t, [assignment.ProposedSession(begins, begins + timedelta(hours=3), "Saturday Retreat")]


def check_for(
    db: Database, t: Team, proposed: list[assignment.ProposedSession]
) -> assignment.AssignmentCheck:
    with db.reader() as s:
        return assignment.check_assignment(s, t.desk, t.sam.staff_id, proposed)


def test_a_red_flag_needs_a_reason_before_the_dialog_accepts(
    qtbot: Any, sqlite_database: Database, crowded: Any
) -> None:
    t, proposed = crowded
    check = check_for(sqlite_database, t, proposed)
    assert check.level is Level.RED
    dialog = GuardrailWarningDialog(check, "Saturday Retreat")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "over a red guardrail" in dialog.summary_label.text()
    texts = [dialog.flags.item(i).text() for i in range(dialog.flags.rowCount())]
    assert texts == ["Red: Worked and scheduled 43 h this week; cap is 40 h."]
    assert dialog.reason_label.text() == "Why go ahead anyway? (required)"
    dialog.assign_button.click()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == "Give a reason to go ahead over a red flag, or cancel."
    qtbot.keyClicks(dialog.reason, "Nobody else is trained for the retreat.")
    dialog.assign_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    decision = dialog.decision()
    with sqlite_database.session() as s:
        assignment.confirm(s, t.desk, decision.check, decision.reason, "Saturday Retreat")
    with sqlite_database.reader() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "guardrail_override")).one()
        assert event.details["reason"] == "Nobody else is trained for the retreat."


def test_cancel_is_the_default_and_assigns_nothing(
    qtbot: Any, sqlite_database: Database, crowded: Any
) -> None:
    t, proposed = crowded
    dialog = GuardrailWarningDialog(check_for(sqlite_database, t, proposed), "Saturday Retreat")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_an_amber_flag_can_be_accepted_without_a_reason(
    qtbot: Any, sqlite_database: Database
) -> None:
    t = team(sqlite_database)
    monday = local_today(TZ) - timedelta(days=local_today(TZ).weekday())
    for i in range(5):
        time_entry(sqlite_database, t.sam.staff_id, monday + timedelta(days=i), 7.4)  # 37 h
    begins = at(monday + timedelta(days=5), "10:00").replace(tzinfo=TZ)
    check = check_for(
        sqlite_database,
        t,
        [assignment.ProposedSession(begins, begins + timedelta(hours=1), "Saturday Retreat")],
    )
    assert check.level is Level.AMBER
    dialog = GuardrailWarningDialog(check, "Saturday Retreat")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.reason_label.text() == "Why go ahead anyway? (optional)"
    assert dialog.flags.item(0).text().endswith("(amber already, without this assignment)")
    dialog.assign_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_green_assignment_asks_nothing(
    qtbot: Any, sqlite_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    t = team(sqlite_database)
    begins = at(local_today(TZ) + timedelta(days=3), "10:00").replace(tzinfo=TZ)
    shown: list[str] = []
    monkeypatch.setattr(GuardrailWarningDialog, "exec", lambda self: shown.append("asked"))
    decision = guardrail_warning.review_assignment(
        None,
        sqlite_database,
        t.desk,
        t.sam.staff_id,
        [assignment.ProposedSession(begins, begins + timedelta(hours=1), "Art Group")],
        "Art Group",
    )
    assert decision is not None and decision.check.level is Level.GREEN and shown == []


def test_review_returns_none_when_cancelled(
    qtbot: Any, sqlite_database: Database, crowded: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    t, proposed = crowded
    monkeypatch.setattr(GuardrailWarningDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert (
        guardrail_warning.review_assignment(
            None, sqlite_database, t.desk, t.sam.staff_id, proposed, "Saturday Retreat"
        )
        is None
    )
