"""No leave for a long stretch: amber after 90 days (by default) without a day of leave."""

from __future__ import annotations

from datetime import date

from peercenter.domain.guardrails.flags import Flag, Level, day_text
from peercenter.domain.guardrails.thresholds import GuardrailSettings
from peercenter.i18n import _

RULE = "no_leave"


def check(
    last_leave: date | None, records_from: date | None, today: date, settings: GuardrailSettings
) -> list[Flag]:
    """``last_leave`` is the latest day of leave up to today; without one, the stretch is
    counted from ``records_from`` (the hire date, or where the records looked at begin)."""
    since = last_leave or records_from
    if since is None:
        return []
    days = (today - since).days
    if days <= settings.leave_days:
        return []
    if last_leave is None:
        message = _(
            "No leave recorded in the {days} days since {day}; more than {limit} days "
            "without leave is flagged."
        ).format(days=days, day=day_text(since), limit=settings.leave_days)
    else:
        message = _(
            "Last day of leave was {days} days ago ({day}); more than {limit} days "
            "without leave is flagged."
        ).format(days=days, day=day_text(last_leave), limit=settings.leave_days)
    return [
        Flag(
            RULE,
            Level.AMBER,
            message,
            {"days_since": days, "limit_days": settings.leave_days},
            since,
        )
    ]
