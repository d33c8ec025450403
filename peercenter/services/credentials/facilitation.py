"""Sessions a staff member facilitated, as supervised experience: only the ones that were
held count (the schedule's shared reading says which)."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from peercenter.domain import timefmt
from peercenter.domain.credentials.evidence import FacilitatedItem
from peercenter.services.facilitated import facilitated_sessions


def facilitated_work(
    session: Session, staff_id: int, tz: ZoneInfo, last: date, first: date | None = None
) -> list[FacilitatedItem]:
    """Sessions the person facilitated (lead or co) that began on the local days
    first..last, were not cancelled, and had at least one participant marked present or
    late: a session nobody came to was no direct service. Dated by their local start day."""
    found = facilitated_sessions(session, [staff_id], tz, first, last).get(staff_id, [])
    return [
        FacilitatedItem(
            f.session_id, f.day, f.minutes, f"{f.group_name}, {timefmt.clock(f.starts_at)}"
        )
        for f in found
        if f.held
    ]
