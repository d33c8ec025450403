"""Checks shared by every form that records hours: positive, at most a day's worth, not in the
future, not before the person was hired."""

from __future__ import annotations

import math
from datetime import date

from peercenter.db.models import Staff
from peercenter.domain import timefmt, validation
from peercenter.domain.hours import hours_to_minutes
from peercenter.i18n import _
from peercenter.services.credentials.access import staff_name

DAY_MINUTES = 24 * 60


def check_minutes(
    errors: validation.FormErrors, hours: float | None, field: str = "hours", *, days: int = 1
) -> int | None:
    """Hours as whole minutes, or an error: zero, negative, or more than 24 hours a day."""
    if hours is None or not math.isfinite(hours):
        errors.add(field, _("Enter the number of hours, for example 1.5."))
        return None
    minutes = hours_to_minutes(hours)
    if minutes <= 0:
        errors.add(field, _("The hours must be more than zero."))
        return None
    if minutes > DAY_MINUTES * days:
        errors.add(
            field,
            _("There are only 24 hours in a day.")
            if days == 1
            else _("That is more than 24 hours a day over {days} days.").format(days=days),
        )
        return None
    return minutes


def check_date(
    errors: validation.FormErrors,
    day: date | None,
    label: str,
    field: str,
    today: date,
    staff: Staff | None = None,
) -> date | None:
    if day is None:
        errors.add(field, _("{label} is required.").format(label=label))
        return None
    if errors.check(field, validation.date_not_in_future, day, label, field, today) is None:
        return None
    if staff is not None and staff.hire_date is not None and day < staff.hire_date:
        errors.add(
            field,
            _("{label} ({day}) is before {staff} was hired ({hire_date}).").format(
                label=label,
                day=timefmt.date_text(day),
                staff=staff_name(staff),
                hire_date=timefmt.date_text(staff.hire_date),
            ),
        )
        return None
    return day
