"""The session form and what the edit modes share."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from peercenter.db.models import Group, Staff, Topic
from peercenter.domain import validation
from peercenter.domain.enums import FacilitatorRole, GroupKind
from peercenter.i18n import _
from peercenter.services.schedule.common import SessionView
from peercenter.services.schedule.rooms import require_room


class EditMode(StrEnum):
    THIS = "this"
    FOLLOWING = "following"
    SERIES = "series"

    @property
    def label(self) -> str:
        return {
            "this": _("This session only"),
            "following": _("This and following sessions"),
            "series": _("The whole series"),
        }[self.value]


@dataclass(frozen=True)
class SessionChange:
    """The session form. ``day`` and ``start_time`` are local wall-clock values."""

    day: date
    start_time: time
    duration_minutes: int
    room_id: int | None
    lead_id: int | None
    co_facilitator_ids: tuple[int, ...] = ()
    topic_id: int | None = None
    notes: str = ""

    def facilitators(self) -> list[tuple[int, FacilitatorRole]]:
        lead = [(self.lead_id, FacilitatorRole.LEAD)] if self.lead_id is not None else []
        return lead + [
            (s, FacilitatorRole.CO)
            for s in dict.fromkeys(self.co_facilitator_ids)
            if s != self.lead_id
        ]


def change_of(view: SessionView) -> SessionChange:
    """The form as it opens for a session."""
    lead = view.facilitator_ids[0] if view.facilitator_ids else None
    return SessionChange(
        view.starts_at.date(),
        view.starts_at.time().replace(tzinfo=None),
        view.duration_minutes,
        view.room_id,
        lead,
        view.facilitator_ids[1:],
        view.topic_id,
        view.notes,
    )


def clean_change(session: Session, group: Group, change: SessionChange) -> str | None:
    """Checks the form; returns the cleaned notes."""
    errors = validation.FormErrors()
    if not 5 <= change.duration_minutes <= 720:
        errors.add("duration", _("A session lasts between 5 minutes and 12 hours."))
    if change.day.year < 2000:
        errors.add("day", _("The date looks wrong."))
    errors.check("room", require_room, session, change.room_id)
    wanted = [s for s, _ in change.facilitators()]
    if change.lead_id is None and group.kind is not GroupKind.COMMUNITY:
        errors.add("facilitators", _("Choose who leads the session."))
    if group.kind is GroupKind.MENTORING and len(wanted) > 1:
        errors.add("facilitators", _("One-to-one mentoring has one specialist."))
    if wanted and len(set(session.scalars(select(Staff.id).where(Staff.id.in_(wanted))))) != len(
        set(wanted)
    ):
        errors.add("facilitators", _("Choose facilitators from the staff list."))
    if change.topic_id is not None and session.get(Topic, change.topic_id) is None:
        errors.add("topic", _("Choose a topic from the list."))
    notes = errors.check(
        "notes", validation.text, change.notes, _("Notes"), "notes", required=False, max_length=2000
    )
    errors.raise_if_any()
    return str(notes) if notes else None
