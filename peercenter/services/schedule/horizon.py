"""The rolling horizon: sessions exist up to ``schedule.horizon_months`` ahead, and the window
moves forward as the days pass."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from peercenter.db.models import Group
from peercenter.services import audit, settings
from peercenter.services.schedule.common import horizon
from peercenter.services.series import materialize


def extend_horizon(session: Session, today: date) -> int:
    """Plan every running series up to the horizon counted from ``today``; returns how many
    sessions were added. The program does this on its own (no permission needed), after
    the window shows, so it never delays opening."""
    tz = settings.center_timezone(session)
    until = horizon(session, tz, today)
    groups = session.scalars(
        select(Group)
        .where(
            Group.is_active.is_(True),
            (Group.materialized_until.is_(None)) | (Group.materialized_until < until),
            (Group.until_date.is_(None))
            | (Group.until_date > Group.materialized_until)
            | Group.materialized_until.is_(None),
        )
        .options(selectinload(Group.facilitators))
    )
    added = {g.id: materialize(session, g, tz, until) for g in groups}
    total = sum(added.values())
    if total:
        audit.record(
            session,
            None,
            "extend_horizon",
            "schedule",
            None,
            {
                "until": until.isoformat(),
                "sessions": total,
                "groups": sorted(g for g, n in added.items() if n),
            },
        )
    session.flush()
    return total
