"""Check-ins: due every 4 weeks (by default) after the last one, and flagged amber once
overdue. Someone who has never checked in is due at once, and overdue an interval after
their records start."""

from __future__ import annotations

from datetime import date

from peercenter.domain.guardrails.flags import Flag, Level, day_text
from peercenter.domain.guardrails.thresholds import GuardrailSettings
from peercenter.i18n import _

RULE = "checkin_overdue"


def is_due(last_checkin: date | None, today: date, interval_days: int) -> bool:
    return last_checkin is None or (today - last_checkin).days >= interval_days


def overdue(
    last_checkin: date | None, records_from: date | None, today: date, settings: GuardrailSettings
) -> list[Flag]:
    interval = settings.checkin_interval_days
    since = last_checkin or records_from
    if since is None or (today - since).days <= interval:
        return []
    days = (today - since).days
    if last_checkin is None:
        message = _(
            "No check-in recorded in the {days} days since {day}; one is due every {interval} days."
        ).format(days=days, day=day_text(since), interval=interval)
    else:
        message = _(
            "Last check-in was {days} days ago ({day}); one is due every {interval} days."
        ).format(days=days, day=day_text(last_checkin), interval=interval)
    return [
        Flag(RULE, Level.AMBER, message, {"days_since": days, "interval_days": interval}, since)
    ]
