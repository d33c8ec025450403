"""The schedule's services decide the go-ahead: creating or changing a group, editing a session
and importing a row return the warnings they bring (hours over a cap, a new facilitator's
guardrail flags) and save only when a confirmation answers them; a red one needs a reason,
which is audited in the same transaction as the change. Clashes are refused before any
warning, and what a warning tells depends on who may see the person's wellbeing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from sqlalchemy import ColumnElement, func, select, update

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent, Group, SessionFacilitator, Staff, TimeEntry
from peercenter.domain.confirmation import Confirmation, Outcome, Unconfirmed
from peercenter.domain.conflicts import ScheduleConflict
from peercenter.domain.enums import Role, TimeEntryKind
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.services import auth
from peercenter.services.context import Actor
from peercenter.services.schedule import edits, groups
from peercenter.services.schedule.changes import EditMode, change_of
from tests.factories import PASSWORD, staff_with_login
from tests.schedule_factories import Desk, front_desk
from tests.schedule_factories import freeze as freeze_clock

REASON = "Sam asked for this group; agreed with the supervisor."
THURSDAYS = Recurrence(Frequency.WEEKLY, weekdays=(3,))


@pytest.fixture
def desk(database: Database, monkeypatch: pytest.MonkeyPatch) -> Desk:
    """Sam Rivera (a 4 h cap) already leads a 45-minute check-in every weekday: 3.75 h."""
    freeze_clock(monkeypatch)  # Monday 2 March 2026, 9 am in Chicago
    desk = front_desk(database)
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


def skills(desk: Desk, lead: str = "Sam Rivera") -> groups.GroupForm:
    return desk.form(
        "Thursday Skills", first=date(2026, 3, 5), at=time(14), lead=lead, rule=THURSDAYS
    )


def create(
    desk: Desk, confirmation: Confirmation | None = None, actor: Actor | None = None
) -> Outcome[groups.GroupDetail]:
    with desk.db.session() as s:
        return groups.create_group(s, actor or desk.admin, skills(desk), confirmation)


def count(db: Database, model: type, *where: ColumnElement[bool]) -> int:
    with db.reader() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def overrides(db: Database) -> list[dict[str, object]]:
    """The go-aheads audited, but the fixture's own (Sam's check-in at 94 % of the cap)."""
    with db.reader() as s:
        return [
            {**e.details, "staff": e.entity_id}
            for e in s.scalars(select(AuditEvent).where(AuditEvent.action == "guardrail_override"))
            if e.details["assignment"] != "Morning Check-in"
        ]


def test_a_new_group_comes_back_with_its_warnings_and_nothing_is_written(desk: Desk) -> None:
    events = count(desk.db, AuditEvent)
    outcome = create(desk)
    assert not outcome.saved
    [warning] = outcome.warnings
    assert (warning.rule, warning.level.value, warning.staff_name) == (
        "weekly_hours",
        "red",
        "Sam Rivera",
    )
    assert warning.message.startswith("Worked and scheduled 5.2 h this week; cap is 4 h.")
    assert warning.assignment.startswith("5") and "sessions from Thu 5 Mar 2026" in (
        warning.assignment
    )
    assert count(desk.db, Group, Group.name == "Thursday Skills") == 0
    assert count(desk.db, AuditEvent) == events
    with pytest.raises(Unconfirmed, match="Nothing was saved: going ahead needs a reason"):
        _ = outcome.value


def test_a_red_warning_without_a_reason_is_refused_and_with_one_audited(desk: Desk) -> None:
    warnings = create(desk).warnings
    assert not create(desk, Confirmation.of(warnings)).saved
    assert not create(desk, Confirmation.of(warnings, "   ")).saved
    assert count(desk.db, Group, Group.name == "Thursday Skills") == 0
    saved = create(desk, Confirmation.of(warnings, REASON))
    assert saved.value.form.name == "Thursday Skills"
    assert saved.warnings == warnings
    [override] = overrides(desk.db)
    assert override["reason"] == REASON and override["assignment"] == "Thursday Skills"
    assert override["staff"] == str(desk.staff["Sam Rivera"]) and override["level"] == "red"


def test_the_reason_is_kept_only_with_the_change_it_allowed(desk: Desk) -> None:
    warnings = create(desk).warnings
    with pytest.raises(RuntimeError), desk.db.session() as s:
        groups.create_group(s, desk.admin, skills(desk), Confirmation.of(warnings, REASON))
        raise RuntimeError("the unit of work fails after the save")
    assert count(desk.db, Group, Group.name == "Thursday Skills") == 0
    assert overrides(desk.db) == []


def test_a_warning_the_user_did_not_see_is_not_gone_ahead_over(desk: Desk) -> None:
    assert not create(desk, Confirmation.of([], REASON)).saved
    assert create(desk, Confirmation.any_warning(REASON)).saved


def test_an_amber_warning_is_seen_but_needs_no_reason(desk: Desk) -> None:
    after = desk.form(
        "After Circle", at=time(19, 30), room="Garden Room", rule=Recurrence(Frequency.ONCE)
    )
    with desk.db.session() as s:
        first = groups.create_group(s, desk.admin, after)
    [warning] = first.warnings
    assert (warning.rule, warning.level.value, warning.needs_reason) == (
        "back_to_back",
        "amber",
        False,
    )
    with desk.db.session() as s:
        assert groups.create_group(s, desk.admin, after, Confirmation.of(first.warnings)).saved
    [override] = overrides(desk.db)
    assert override["reason"] == "" and override["level"] == "amber"


def test_a_series_edit_warns_only_about_facilitators_new_to_it(desk: Desk) -> None:
    with desk.db.reader() as s:
        circle = groups.get_group(s, desk.admin, group_id(desk, "Tuesday Circle"))
        morning = groups.get_group(s, desk.admin, group_id(desk, "Morning Check-in"))
    with desk.db.session() as s:
        # Sam already leads the check-in: a new description asks nothing.
        assert groups.update_group(
            s,
            desk.admin,
            morning.id,
            replace(morning.form, description="Coffee first"),
            morning.version,
        ).saved
    co_sam = replace(circle.form, co_facilitator_ids=(desk.staff["Sam Rivera"],))
    with desk.db.session() as s:
        outcome = groups.update_group(s, desk.admin, circle.id, co_sam, circle.version)
    assert not outcome.saved
    assert {w.staff_name for w in outcome.warnings} == {"Sam Rivera"}
    with desk.db.session() as s:
        groups.update_group(
            s, desk.admin, circle.id, co_sam, circle.version, Confirmation.of(outcome.warnings)
        )
    assert count(desk.db, Group, Group.description == "Coffee first") == 1
    with desk.db.session() as s:
        saved = groups.update_group(
            s,
            desk.admin,
            circle.id,
            co_sam,
            circle.version,
            Confirmation.of(outcome.warnings, REASON),
        )
    assert saved.value.form.co_facilitator_ids == (desk.staff["Sam Rivera"],)
    assert [o["assignment"] for o in overrides(desk.db)] == ["Tuesday Circle"]


@pytest.mark.parametrize(
    "mode, given",
    [
        (EditMode.THIS, "1 session on Tue 10 Mar 2026"),
        (EditMode.FOLLOWING, "sessions from Tue 10 Mar 2026"),
        (EditMode.SERIES, "sessions from Tue 3 Mar 2026"),
    ],
)
def test_a_session_edit_that_gives_someone_sessions_needs_the_go_ahead(
    desk: Desk, mode: EditMode, given: str
) -> None:
    circle = group_id(desk, "Tuesday Circle")
    target = next(v for v in desk.sessions(circle) if v.starts_at.date() == date(2026, 3, 10))
    change = replace(change_of(target), co_facilitator_ids=(desk.staff["Sam Rivera"],))

    def edit(confirmation: Confirmation | None = None) -> Outcome[object]:
        with desk.db.session() as s:
            return edits.edit_session(
                s, desk.admin, target.id, change, mode, target.version, confirmation
            )

    first = edit()
    assert not first.saved and {w.staff_name for w in first.warnings} == {"Sam Rivera"}
    assert given in first.warnings[0].assignment
    assert not edit(Confirmation.of(first.warnings)).saved
    assert edit(Confirmation.of(first.warnings, REASON)).saved
    [override] = overrides(desk.db)
    assert override["assignment"] == "Tuesday Circle, Tue 10 Mar 2026"
    assert override["reason"] == REASON
    with desk.db.reader() as s:
        crew = set(
            s.scalars(
                select(SessionFacilitator.staff_id).where(
                    SessionFacilitator.session_id == target.id
                )
            )
        )
    assert desk.staff["Sam Rivera"] in crew


def test_a_clash_is_refused_before_any_warning(desk: Desk) -> None:
    clash = desk.form(
        "Thursday Breakfast",
        first=date(2026, 3, 5),
        at=time(9),
        room="Online",
        lead="Sam Rivera",
        rule=THURSDAYS,
    )
    with pytest.raises(ScheduleConflict) as exc, desk.db.session() as s:
        groups.create_group(s, desk.admin, clash)
    assert exc.value.field_errors["facilitators"].startswith(
        "Sam Rivera already facilitates 'Morning Check-in'"
    )
    # Even with a reason for every warning, a clash is not something to go ahead over.
    with pytest.raises(ScheduleConflict), desk.db.session() as s:
        groups.create_group(s, desk.admin, clash, Confirmation.any_warning(REASON))


def test_the_front_desk_is_told_schedule_facts_and_the_supervisor_the_full_reasons(
    desk: Desk,
) -> None:
    db, sam = desk.db, desk.staff["Sam Rivera"]
    staff_with_login(db, desk.admin, "fran", Role.FRONT_DESK, "Fran", "Desk")
    supervisor = staff_with_login(
        db, desk.admin, "mia", Role.SUPERVISOR, "Mia", "Chen", supervisor=True
    )
    with db.session() as s:
        s.execute(update(Staff).where(Staff.id == sam).values(supervisor_id=supervisor))
        s.add(
            TimeEntry(
                staff_id=sam, worked_on=date(2026, 3, 5), minutes=480, kind=TimeEntryKind.LEAVE
            )
        )
    fran, mia = (auth.login(db, name, PASSWORD) for name in ("fran", "mia"))

    told = {
        who: create(desk, actor=actor).warnings for who, actor in (("fran", fran), ("mia", mia))
    }
    assert {(w.rule, w.message) for w in told["fran"]} >= {
        ("unavailable", "Not available on Thu 5 Mar 2026.")
    }
    assert not any("leave" in w.message or "leave" in w.rule for w in told["fran"])
    assert {w.rule for w in told["fran"]} <= {"weekly_hours", "unavailable"}
    assert "session_on_leave" in {w.rule for w in told["mia"]}
    # Private flags shown but not gone ahead over are a view of Sam's wellbeing, audited.
    with db.reader() as s:
        views = [
            (e.username, e.details["rules"])
            for e in s.scalars(select(AuditEvent).where(AuditEvent.entity == "wellbeing_flags"))
        ]
    assert views == [("mia", ["session_on_leave"])]


def group_id(desk: Desk, name: str) -> int:
    with desk.db.reader() as s:
        return s.scalars(select(Group.id).where(Group.name == name)).one()
