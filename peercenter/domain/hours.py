"""Hours are stored as whole minutes so that totals never drift; these helpers convert."""

from __future__ import annotations

import math


def hours_to_minutes(hours: float) -> int:
    return round(hours * 60)


def minutes_to_hours(minutes: int) -> float:
    return minutes / 60


def format_hours(minutes: int) -> str:
    """'1 h 30 min', '45 min', '12 h'."""
    if minutes < 60:
        return f"{minutes} min"
    whole, rest = divmod(minutes, 60)
    return f"{whole} h {rest} min" if rest else f"{whole} h"


def parse_hours(text: str) -> float:
    """Parse '1.5', '1,5', '1:30' or '90m' into hours; raise ValueError with a plain message."""
    raw = text.strip().lower().replace(",", ".")
    if not raw:
        raise ValueError("Enter the number of hours, for example 1.5 or 1:30.")
    try:
        if ":" in raw:
            h, m = raw.split(":", 1)
            value = int(h or 0) + int(m) / 60
        elif raw.endswith("m"):
            value = float(raw[:-1].strip()) / 60
        else:
            value = float(raw.removesuffix("h").strip())
    except ValueError:
        raise ValueError(f"'{text}' is not a number of hours; write it like 1.5 or 1:30.") from None
    if not math.isfinite(value):
        raise ValueError("Enter the number of hours, for example 1.5 or 1:30.")
    return value
