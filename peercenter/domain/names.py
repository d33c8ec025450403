"""How people are named on screen and on paper."""

from __future__ import annotations


def last_initial(last_name: str | None) -> str:
    last = (last_name or "").strip()
    return f"{last[0].upper()}." if last else ""


def participant_display_name(
    preferred_name: str, last_name: str | None, full_last_name: bool = False
) -> str:
    """Preferred name and last initial (minimum necessary), or the full last name when the
    participant agreed to it."""
    last = (last_name or "").strip()
    suffix = last if full_last_name and len(last) > 1 else last_initial(last)
    return f"{preferred_name.strip()} {suffix}".strip()


def staff_display_name(first_name: str, last_name: str, preferred_name: str | None = None) -> str:
    first = (preferred_name or "").strip() or first_name.strip()
    return f"{first} {last_name.strip()}".strip()
