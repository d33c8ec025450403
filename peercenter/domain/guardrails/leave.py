"""No leave for a long stretch: amber after 90 days (by default) without a day of leave."""

from __future__ import annotations

from datetime import date

from peercenter.domain.guardrails.flags import Flag, Level, day_text
from peercenter.domain.guardrails.thresholds import GuardrailSettings

RULE = "no_leave"


def check(last_leave: date | None, started_on: date | None, today: date,
          settings: GuardrailSettings) -> list[Flag]:
    """``last_leave`` is the latest day of leave up to today; ``started_on`` the hire date or
    first recorded work, counted from when no leave was ever taken."""
    since = last_leave or started_on
    if since is None:
        return []
    days = (today - since).days
    if days <= settings.leave_days:
        return []
    if last_leave is None:
        message = (f"No leave recorded in {days} days since starting on {day_text(since)}; "
                   f"more than {settings.leave_days} days without leave is flagged.")
    else:
        message = (f"Last day of leave was {days} days ago ({day_text(last_leave)}); more "
                   f"than {settings.leave_days} days without leave is flagged.")
    return [Flag(RULE, Level.AMBER, message,
                 {"days_since": days, "limit_days": settings.leave_days}, since)]
