"""Fill a brand-new center with a believable, entirely fictional history, in the caller's unit
of work: staff and logins, rooms, groups and their sessions, participants, rosters and
attendance, training, supervision, hours and wellbeing check-ins."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select
from sqlalchemy.orm import Session

import peercenter.services.demo.attendance as attendance
import peercenter.services.demo.roster as roster
import peercenter.services.demo.sessions as sessions
import peercenter.services.demo.staffwork as staffwork
import peercenter.services.demo.timesheets as timesheets
from peercenter.db.models import Group, Participant, Room, Staff
from peercenter.domain.errors import ValidationError
from peercenter.domain.permissions import Permission
from peercenter.services import audit, series, settings
from peercenter.services.clock import local_today
from peercenter.services.context import Actor, require
from peercenter.services.credentials.demo_enrollments import enroll_demo_staff
from peercenter.services.demo.catalog import LARGE_EXTRA_ROOMS, ROOMS
from peercenter.services.demo.context import DemoContext
from peercenter.services.demo.programs import CORE, large_programme
from peercenter.services.demo.schedule import create_rooms, plan_groups
from peercenter.services.demo.staffing import TeamShape, create_team


@dataclass(frozen=True)
class DemoSummary:
    """How many of each record the center holds once the demo data is in (the
    administrator's own staff row and login included)."""

    staff: int
    users: int
    rooms: int
    groups: int
    sessions: int
    participants: int
    enrollments: int
    attendance: int
    training_records: int
    supervision_sessions: int
    time_entries: int
    checkins: int
    credentials: int


@dataclass(frozen=True)
class _Scale:
    history_months: int
    team: TeamShape
    participants: int
    # How long people stay with the center, in days (shortest, longest).
    stay_days: tuple[int, int]
    # At most this many groups at once per participant.
    max_groups: int


SCALES = {
    # A center to try the program with: a year behind it, a year planned ahead.
    "small": _Scale(
        history_months=12,
        participants=60,
        stay_days=(240, 900),
        max_groups=3,
        team=TeamShape(supervisors=2, front_desk=1, specialists=6, former=1, on_leave=0),
    ),
    # The benchmark center: ten years of history, about 20,000 sessions and 200,000
    # check-ins.
    "large": _Scale(
        history_months=120,
        participants=2000,
        stay_days=(90, 1100),
        max_groups=2,
        team=TeamShape(supervisors=3, front_desk=2, specialists=19, former=3, on_leave=1),
    ),
}


def build_demo(
    session: Session,
    admin: Actor,
    password: str,
    scale: str = "small",
    today: date | None = None,
    seed: int = 7,
) -> DemoSummary:
    """Add the demo center. Runs right after the center is created, in the same unit of
    work; refuses a center that already holds data of its own."""
    require(admin, Permission.MANAGE_STAFF)
    require(admin, Permission.MANAGE_SCHEDULE)
    shape = SCALES.get(scale)
    if shape is None:
        raise ValidationError(
            f"There is no demo size called '{scale}'. Use small or large.", field="scale"
        )
    _require_empty(session)
    tz = settings.center_timezone(session)
    today = today or local_today(tz)
    # Sessions are planned as far ahead as the center's rolling horizon (12 months unless
    # changed), like the program does for groups created by hand.
    horizon_months = int(settings.get(session, "schedule.horizon_months"))
    ctx = DemoContext(
        session=session,
        admin=admin,
        tz=tz,
        today=today,
        history_start=today - relativedelta(months=shape.history_months),
        horizon=series.horizon_date(today, horizon_months),
        seed=seed,
        large=scale == "large",
    )

    team = create_team(ctx, shape.team, password)
    rooms = create_rooms(ctx, ROOMS + (LARGE_EXTRA_ROOMS if ctx.large else ()))
    groups = plan_groups(ctx, team, rooms, large_programme() if ctx.large else CORE)
    people = roster.plan_people(ctx, shape.participants, shape.stay_days)
    roster.assign_mentees(ctx, people, groups)
    session.flush()
    calendar = sessions.create_sessions(ctx, groups)
    rosters = roster.plan_rosters(ctx, people, groups, calendar, shape.max_groups)
    participants, enrollments = roster.insert_roster(ctx, rosters)
    attended = attendance.create_attendance(
        ctx, groups, calendar, rosters, team.get("frontdesk").user_id
    )
    trainings, training_days = staffwork.create_training(ctx, team, calendar.closed)
    busy = timesheets.facilitated_minutes(calendar, groups)
    leave = timesheets.plan_leave(ctx, team, busy, calendar.closed)
    supervision = staffwork.create_supervision(ctx, team, calendar.closed, leave)
    entries = timesheets.create_time_entries(ctx, team, busy, leave, training_days, calendar.closed)
    checkins = timesheets.create_checkins(ctx, team, leave)
    credentials = enroll_demo_staff(session, today, seed)

    summary = DemoSummary(
        staff=len(team.members),
        users=1 + sum(1 for m in team.members if m.login),
        rooms=len(rooms.ids),
        groups=len(groups),
        sessions=len(calendar.sessions),
        participants=participants,
        enrollments=enrollments,
        attendance=attended,
        training_records=trainings,
        supervision_sessions=supervision,
        time_entries=entries,
        checkins=checkins,
        credentials=credentials,
    )
    audit.record(
        session,
        admin,
        "create",
        "demo_data",
        None,
        {"scale": scale, "seed": seed, "today": today.isoformat(), **asdict(summary)},
    )
    session.flush()
    return summary


def _require_empty(session: Session) -> None:
    """Demo records mixed into a real center's would be impossible to tell apart."""
    others = (session.scalar(select(func.count()).select_from(Staff)) or 0) > 1
    if others or any(
        session.scalar(select(model.id).limit(1)) is not None
        for model in (Group, Participant, Room)
    ):
        raise ValidationError(
            "Demo data can only be added to a new center that has no "
            "staff, rooms, groups or participants of its own yet."
        )
