"""Hours typed as 1.5, 1,5, 1:30 or 90m: what the forms say before anything is saved."""

from __future__ import annotations

from peercenter.domain.hours import parse_hours


def hours_problem(text: str, field: str = "hours") -> dict[str, str]:
    """{field: message} when the text is not a number of hours, else {}."""
    try:
        parse_hours(text)
    except ValueError as exc:
        return {field: str(exc)}
    return {}
