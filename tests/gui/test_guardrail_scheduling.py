"""The guardrail warning at the moment of scheduling, in the group and session dialogs: what
the service returns for a newly assigned facilitator is shown before anything is saved, after
any clash (which is refused first); a red flag needs a reason, which is audited with the
save."""

from __future__ import annotations

from datetime import date, time
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent, GroupFacilitator
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.services.context import Actor
from peercenter.ui.context import AppContext
from peercenter.ui.dialogs.group_dialog import GroupDialog
from peercenter.ui.dialogs.guardrail_warning import GuardrailWarningDialog
from peercenter.ui.dialogs.session_dialog import SessionDialog
from peercenter.ui.ui_state import UiState
from tests.schedule_factories import Desk, front_desk
from tests.schedule_factories import freeze as freeze_clock


@pytest.fixture
def desk(sqlite_database: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch) -> Desk:
    """Sam Rivera (a 4 h cap) already leads a 45-minute check-in every weekday: 3.75 h."""
    freeze_clock(monkeypatch)  # Monday 2 March 2026, 9 am in Chicago
    desk = front_desk(sqlite_database, admin)
    desk.group("Tuesday Circle", rule=Recurrence(Frequency.WEEKLY, weekdays=(1,)))
    desk.group(
        "Morning Check-in",
        first=date(2026, 3, 2),
        at=time(9),
        minutes=45,
        room="Garden Room",
        lead="Sam Rivera",
        rule=Recurrence(Frequency.DAILY, weekdays=(0, 1, 2, 3, 4)),
    )
    return desk


class Answers:
    """Stands in for the person at the warning: records what it showed, then answers."""

    def __init__(self, reason: str | None) -> None:
        self.reason = reason
        self.shown: list[GuardrailWarningDialog] = []

    def __call__(self, dialog: GuardrailWarningDialog) -> int:
        self.shown.append(dialog)
        if self.reason is None:
            dialog.reject()
        else:
            dialog.reason.setPlainText(self.reason)
            dialog.assign_button.click()
        return dialog.result()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """Goes ahead with a reason; a test may change the reason (None steps back)."""
    answers = Answers("Sam asked for this group; agreed with Maria.")
    monkeypatch.setattr(GuardrailWarningDialog, "exec", lambda self: answers(self))
    return answers


def lines(dialog: GuardrailWarningDialog) -> list[str]:
    return [dialog.flags.item(i).text() for i in range(dialog.flags.rowCount())]


def new_group_dialog(qtbot: Any, desk: Desk, ui_state: UiState) -> GroupDialog:
    dialog = GroupDialog(AppContext(desk.db, desk.admin, ui_state), None)
    qtbot.addWidget(dialog)
    dialog.name.setText("Thursday Skills")
    dialog.first_date.setDate(date(2026, 3, 5))
    dialog.start_time.setTime(dialog.start_time.time().fromString("14:00", "HH:mm"))
    dialog.rule.set_value(Recurrence(Frequency.WEEKLY, weekdays=(3,)), date(2026, 3, 5))
    dialog.room.set_value(desk.rooms["Garden Room"])
    dialog.lead.set_value(desk.staff["Sam Rivera"])
    return dialog


def test_a_new_group_shows_the_warning_and_saves_with_the_reason(
    qtbot: Any, desk: Desk, ui_state: UiState, answers: Answers
) -> None:
    dialog = new_group_dialog(qtbot, desk, ui_state)
    dialog.save_button.click()
    [warning] = answers.shown
    assert warning.needs_reason and "Thursday Skills" in warning.heading.text()
    person, flag = lines(warning)
    assert person.startswith("Sam Rivera: 5") and "sessions from Thu 5 Mar 2026" in person
    assert flag == (
        "Red: Worked and scheduled 5.2 h this week; cap is 4 h. 52 weeks reach 90 % of the "
        "cap or more."
    )
    assert dialog.result() == QDialog.DialogCode.Accepted
    with desk.db.reader() as s:
        event = s.scalars(
            select(AuditEvent).where(
                AuditEvent.action == "guardrail_override",
                AuditEvent.details["assignment"].as_string() == "Thursday Skills",
            )
        ).one()
        assert event.details["reason"] == "Sam asked for this group; agreed with Maria."
        assert s.scalars(
            select(GroupFacilitator).where(GroupFacilitator.staff_id == desk.staff["Sam Rivera"])
        ).all()


def test_stepping_back_at_the_warning_saves_nothing(
    qtbot: Any, desk: Desk, ui_state: UiState, answers: Answers
) -> None:
    answers.reason = None
    dialog = new_group_dialog(qtbot, desk, ui_state)
    dialog.show()
    dialog.save_button.click()
    assert len(answers.shown) == 1
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    with desk.db.reader() as s:
        assert (
            s.scalars(
                select(AuditEvent).where(
                    AuditEvent.entity == "group",
                    AuditEvent.details["name"].as_string() == "Thursday Skills",
                )
            ).all()
            == []
        )


def test_a_clash_is_shown_before_any_guardrail_question(
    qtbot: Any, desk: Desk, ui_state: UiState, answers: Answers
) -> None:
    """Sam at 9 on Thursdays is both over his cap and already at the morning check-in: the
    double booking is said, and no reason is asked for a save that cannot happen."""
    dialog = new_group_dialog(qtbot, desk, ui_state)
    dialog.start_time.setTime(dialog.start_time.time().fromString("09:00", "HH:mm"))
    dialog.room.set_value(desk.rooms["Online"])
    dialog.show()
    dialog.save_button.click()
    assert answers.shown == []
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_text("facilitators").startswith(
        "Sam Rivera already facilitates 'Morning Check-in'"
    )


def test_a_facilitator_already_on_the_series_is_not_asked_about_again(
    qtbot: Any, desk: Desk, ui_state: UiState, answers: Answers
) -> None:
    morning = desk_group(desk, "Morning Check-in")
    dialog = GroupDialog(AppContext(desk.db, desk.admin, ui_state), morning)
    qtbot.addWidget(dialog)
    dialog.lead.set_value(desk.staff["Maria Lopez"])
    dialog.co.set_values((desk.staff["Sam Rivera"],))
    dialog.save_button.click()
    # Sam keeps his sessions; Maria's 3.75 h are well under her 40 h: nothing to ask.
    assert answers.shown == [] and dialog.result() == QDialog.DialogCode.Accepted
    circle = GroupDialog(
        AppContext(desk.db, desk.admin, ui_state), desk_group(desk, "Tuesday Circle")
    )
    qtbot.addWidget(circle)
    circle.co.set_values((desk.staff["Sam Rivera"],))
    circle.save_button.click()
    [warning] = answers.shown
    assert {w.staff_name for w in warning.warnings} == {"Sam Rivera"}
    assert circle.result() == QDialog.DialogCode.Accepted


def test_a_co_facilitator_for_this_session_only(
    qtbot: Any, desk: Desk, ui_state: UiState, answers: Answers
) -> None:
    answers.reason = "Cover for Jordan, one evening."
    circle = next(
        s
        for s in desk.sessions(desk_group(desk, "Tuesday Circle"))
        if s.starts_at.date() == date(2026, 3, 3)
    )
    dialog = SessionDialog(AppContext(desk.db, desk.admin, ui_state), circle.id)
    qtbot.addWidget(dialog)
    dialog.co.set_values((desk.staff["Sam Rivera"],))
    dialog.save_button.click()
    [warning] = answers.shown
    assert lines(warning)[0] == "Sam Rivera: 1 session on Tue 3 Mar 2026"
    assert dialog.result() == QDialog.DialogCode.Accepted
    with desk.db.reader() as s:
        event = s.scalars(
            select(AuditEvent).where(
                AuditEvent.action == "guardrail_override",
                AuditEvent.details["reason"].as_string() == "Cover for Jordan, one evening.",
            )
        ).one()
        assert event.details["assignment"] == "Tuesday Circle, Tue 3 Mar 2026"


def desk_group(desk: Desk, name: str) -> int:
    from peercenter.db.models import Group

    with desk.db.reader() as s:
        return s.scalars(select(Group.id).where(Group.name == name)).one()
