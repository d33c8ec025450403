"""Time entries: a person's own account of their hours by kind (direct service,
documentation, outreach, training, admin, leave)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from peercenter.db.models import Staff, TimeEntry
from peercenter.domain import access_log, timefmt, validation
from peercenter.domain.credentials.evidence import FacilitatedItem
from peercenter.domain.enums import TimeEntryKind
from peercenter.domain.errors import NotFound, ValidationError
from peercenter.domain.hours import format_hours
from peercenter.i18n import _
from peercenter.services import audit, settings, views
from peercenter.services.clock import local_today
from peercenter.services.concurrency import check_version
from peercenter.services.context import Actor
from peercenter.services.credentials.access import require_person
from peercenter.services.credentials.facilitation import facilitated_work
from peercenter.services.credentials.hours_input import DAY_MINUTES, check_date, check_minutes
from peercenter.services.updating import update_audited


@dataclass(frozen=True)
class TimeEntryForm:
    worked_on: date | None
    hours: float | None
    kind: TimeEntryKind
    note: str = ""


@dataclass(frozen=True)
class TimeEntryRow:
    id: int
    version: int
    staff_id: int
    worked_on: date
    minutes: int
    kind: TimeEntryKind
    note: str


@dataclass(frozen=True)
class WeekTotals:
    week_start: date
    minutes_by_kind: dict[TimeEntryKind, int]
    # Sessions facilitated that week: direct service the schedule already knows about.
    facilitated_minutes: int = 0

    @property
    def total(self) -> int:
        return sum(self.minutes_by_kind.values())


def _row(e: TimeEntry) -> TimeEntryRow:
    return TimeEntryRow(e.id, e.version, e.staff_id, e.worked_on, e.minutes, e.kind, e.note or "")


def list_entries(
    session: Session,
    actor: Actor,
    staff_id: int,
    start: date | None = None,
    end: date | None = None,
    kind: TimeEntryKind | None = None,
) -> list[TimeEntryRow]:
    require_person(session, actor, staff_id)
    views.record_colleague_view(session, actor, access_log.HOURS, staff_id)
    query = select(TimeEntry).where(TimeEntry.staff_id == staff_id)
    if start is not None:
        query = query.where(TimeEntry.worked_on >= start)
    if end is not None:
        query = query.where(TimeEntry.worked_on <= end)
    if kind is not None:
        query = query.where(TimeEntry.kind == kind)
    return [
        _row(e)
        for e in session.scalars(query.order_by(TimeEntry.worked_on.desc(), TimeEntry.id.desc()))
    ]


def weekly_totals(
    entries: list[TimeEntryRow], facilitated: list[FacilitatedItem] | None = None
) -> list[WeekTotals]:
    """Minutes by kind for each Monday-to-Sunday week, newest first, with the minutes of
    sessions facilitated that week beside them."""
    weeks: dict[date, dict[TimeEntryKind, int]] = defaultdict(lambda: defaultdict(int))
    sessions: dict[date, int] = defaultdict(int)
    for e in entries:
        weeks[_monday(e.worked_on)][e.kind] += e.minutes
    for item in facilitated or []:
        sessions[_monday(item.on)] += item.minutes
    return [
        WeekTotals(start, dict(weeks.get(start, {})), sessions.get(start, 0))
        for start in sorted(set(weeks) | set(sessions), reverse=True)
    ]


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def facilitated_sessions(
    session: Session, actor: Actor, staff_id: int, start: date | None = None
) -> list[FacilitatedItem]:
    """Sessions the person facilitated and that were held, from ``start`` on."""
    require_person(session, actor, staff_id)
    tz = settings.center_timezone(session)
    return facilitated_work(session, staff_id, tz, local_today(tz), start)


def _clean(
    session: Session, staff: Staff, form: TimeEntryForm, own_id: int | None
) -> dict[str, object]:
    errors = validation.FormErrors()
    today = local_today(settings.center_timezone(session))
    worked_on = check_date(errors, form.worked_on, _("The date"), "worked_on", today, staff)
    minutes = check_minutes(errors, form.hours)
    if not isinstance(form.kind, TimeEntryKind):
        errors.add("kind", _("Choose what kind of work this was."))
    note = errors.check(
        "note", validation.text, form.note, "Note", "note", required=False, max_length=300
    )
    errors.raise_if_any()
    assert worked_on is not None and minutes is not None
    same_day = list(
        session.scalars(
            select(TimeEntry).where(
                TimeEntry.staff_id == staff.id,
                TimeEntry.worked_on == worked_on,
                TimeEntry.id != (own_id or -1),
            )
        )
    )
    for other in same_day:
        if (
            other.kind == form.kind
            and other.minutes == minutes
            and (other.note or "").strip().lower() == str(note or "").lower()
        ):
            raise ValidationError(
                _(
                    "The same entry ({minutes} of {kind} on {worked_on}) is already recorded. "
                    "Change that entry, or add a note to tell the two apart."
                ).format(
                    minutes=format_hours(minutes),
                    kind=form.kind.label.lower(),
                    worked_on=timefmt.date_text(worked_on),
                ),
                field="hours",
            )
    booked = sum(o.minutes for o in same_day)
    if booked + minutes > DAY_MINUTES:
        raise ValidationError(
            _(
                "{worked_on} already has {booked} recorded; with this entry it would be more "
                "than 24 hours."
            ).format(worked_on=timefmt.date_text(worked_on), booked=format_hours(booked)),
            field="hours",
        )
    return {"worked_on": worked_on, "minutes": minutes, "kind": form.kind, "note": note or None}


def add_entry(session: Session, actor: Actor, staff_id: int, form: TimeEntryForm) -> TimeEntryRow:
    staff = require_person(session, actor, staff_id)
    entry = TimeEntry(staff_id=staff_id, **_clean(session, staff, form, None))
    session.add(entry)
    session.flush()
    audit.record(
        session,
        actor,
        "create",
        "time_entry",
        entry.id,
        {
            "staff_id": staff_id,
            "kind": entry.kind.value,
            "minutes": entry.minutes,
            "worked_on": entry.worked_on.isoformat(),
        },
    )
    return _row(entry)


def update_entry(
    session: Session, actor: Actor, entry_id: int, form: TimeEntryForm, expected_version: int | None
) -> TimeEntryRow:
    entry = _load(session, entry_id)
    staff = require_person(session, actor, entry.staff_id)
    update_audited(
        session,
        actor,
        "time_entry",
        entry,
        expected_version,
        lambda: _clean(session, staff, form, entry.id),
    )
    session.flush()
    return _row(entry)


def delete_entry(
    session: Session, actor: Actor, entry_id: int, expected_version: int | None = None
) -> None:
    entry = _load(session, entry_id)
    require_person(session, actor, entry.staff_id)
    check_version(entry, expected_version)
    audit.record(
        session,
        actor,
        "delete",
        "time_entry",
        entry.id,
        {
            "staff_id": entry.staff_id,
            "worked_on": entry.worked_on.isoformat(),
            "minutes": entry.minutes,
        },
    )
    session.delete(entry)
    session.flush()


def _load(session: Session, entry_id: int) -> TimeEntry:
    entry = session.get(TimeEntry, entry_id)
    if entry is None:
        raise NotFound(_("That time entry no longer exists."))
    return entry
