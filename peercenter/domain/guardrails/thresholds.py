"""The guardrail thresholds a center can change, their defaults, and the checks that refuse
settings which make no sense (negative, amber past red, windows out of order)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from peercenter.i18n import N_, _, ngettext


@dataclass(frozen=True)
class GuardrailSettings:
    # Weekly hours: red over the person's cap, amber from this share of it.
    hours_amber_percent: int = 90
    # Hours in short rolling windows: red over the limit, amber from hours_amber_percent of it.
    window1_days: int = 2
    window1_hours: int = 30
    window2_days: int = 4
    window2_hours: int = 40
    window3_days: int = 7
    window3_hours: int = 60
    # Working days in a row: amber when more than the first, red when more than the second.
    consecutive_days_amber: int = 6
    consecutive_days_red: int = 12
    # Sessions: a break shorter than this between two is back-to-back; more than this a day.
    min_break_minutes: int = 15
    max_sessions_per_day: int = 4
    # Supervision at least every N days (during an initial certification period, otherwise);
    # amber once overdue, red once overdue by a second interval.
    supervision_days_initial: int = 7
    supervision_days: int = 31
    # One hour of supervision per this many hours of direct service over the last 4 weeks.
    direct_hours_per_supervision_hour: int = 20
    # Amber after this many days without a day of leave.
    leave_days: int = 90
    # Copenhagen Burnout Inventory scale scores (0-100, higher is worse).
    cbi_amber: int = 50
    cbi_red: int = 75
    cbi_rise: int = 15
    # Weekly pulse (1-5, lower is worse): at or below amber/red; a drop of this much.
    pulse_amber: int = 2
    pulse_red: int = 1
    pulse_drop: int = 2
    # A check-in is due this many days after the last one.
    checkin_interval_days: int = 28

    def cutoffs(self, group: str) -> tuple[int, int, int] | None:
        """(amber, red, change) for a questionnaire's cut-off group, None for an unknown one."""
        return {
            "cbi": (self.cbi_amber, self.cbi_red, self.cbi_rise),
            "pulse": (self.pulse_amber, self.pulse_red, self.pulse_drop),
        }.get(group)

    def windows(self) -> list[tuple[int, int]]:
        """(days, hours limit) of each short window, shortest first."""
        return [
            (self.window1_days, self.window1_hours),
            (self.window2_days, self.window2_hours),
            (self.window3_days, self.window3_hours),
        ]


@dataclass(frozen=True)
class FieldSpec:
    english: str  # the label as written here; ``label`` is the one shown
    minimum: int
    maximum: int

    @property
    def label(self) -> str:
        """The label in the language spoken."""
        return _(self.english)


FIELDS: dict[str, FieldSpec] = {
    "hours_amber_percent": FieldSpec(N_("Weekly hours: amber from (% of the cap)"), 50, 100),
    "window1_days": FieldSpec(N_("Short window 1: days"), 1, 28),
    "window1_hours": FieldSpec(N_("Short window 1: most hours"), 1, 24 * 28),
    "window2_days": FieldSpec(N_("Short window 2: days"), 1, 28),
    "window2_hours": FieldSpec(N_("Short window 2: most hours"), 1, 24 * 28),
    "window3_days": FieldSpec(N_("Short window 3: days"), 1, 28),
    "window3_hours": FieldSpec(N_("Short window 3: most hours"), 1, 24 * 28),
    "consecutive_days_amber": FieldSpec(N_("Days in a row: amber when more than"), 1, 60),
    "consecutive_days_red": FieldSpec(N_("Days in a row: red when more than"), 1, 60),
    "min_break_minutes": FieldSpec(N_("Shortest break between sessions (minutes)"), 0, 120),
    "max_sessions_per_day": FieldSpec(N_("Most sessions in a day"), 1, 20),
    "supervision_days_initial": FieldSpec(
        N_("Supervision at least every (days, initial certification period)"), 1, 365
    ),
    "supervision_days": FieldSpec(N_("Supervision at least every (days, otherwise)"), 1, 365),
    "direct_hours_per_supervision_hour": FieldSpec(
        N_("Direct-service hours per hour of supervision"), 1, 200
    ),
    "leave_days": FieldSpec(N_("Days without leave before a flag"), 7, 730),
    "cbi_amber": FieldSpec(N_("Burnout score: amber from"), 1, 100),
    "cbi_red": FieldSpec(N_("Burnout score: red from"), 1, 100),
    "cbi_rise": FieldSpec(N_("Burnout score: a rise of this much is flagged"), 1, 100),
    "pulse_amber": FieldSpec(N_("Weekly pulse: amber at or below"), 1, 4),
    "pulse_red": FieldSpec(N_("Weekly pulse: red at or below"), 1, 4),
    "pulse_drop": FieldSpec(N_("Weekly pulse: a drop of this much is flagged"), 1, 4),
    "checkin_interval_days": FieldSpec(N_("Check-in every (days)"), 7, 365),
}

DEFAULTS = GuardrailSettings()


def from_values(values: Mapping[str, Any]) -> GuardrailSettings:
    """Settings from a field-name mapping; missing fields keep their defaults."""
    known = {f.name for f in fields(GuardrailSettings)}
    return replace(DEFAULTS, **{k: int(v) for k, v in values.items() if k in known})


def range_problem(name: str, value: Any) -> str | None:
    """The message for a single value out of its range (or not a whole number), else None."""
    spec = FIELDS[name]
    label = spec.label
    if isinstance(value, bool) or not isinstance(value, int):
        return _("{label}: enter a whole number.").format(label=label)
    if value < 0:
        return _("{label} cannot be negative.").format(label=label)
    if not spec.minimum <= value <= spec.maximum:
        return _("{label} must be between {minimum} and {maximum}.").format(
            label=label, minimum=spec.minimum, maximum=spec.maximum
        )
    return None


def problems(settings: GuardrailSettings) -> dict[str, str]:
    """Every problem, keyed by field name; empty when the settings make sense together."""
    found: dict[str, str] = {}
    for f in fields(settings):
        problem = range_problem(f.name, getattr(settings, f.name))
        if problem:
            found[f.name] = problem
    if found:
        return found

    def add(name: str, message: str) -> None:
        found.setdefault(name, message)

    for i in (1, 2, 3):
        days, hours = getattr(settings, f"window{i}_days"), getattr(settings, f"window{i}_hours")
        if hours > 24 * days:
            add(
                f"window{i}_hours",
                ngettext(
                    "Short window {window}: {hours} h do not fit in {days} day.",
                    "Short window {window}: {hours} h do not fit in {days} days.",
                    days,
                ).format(window=i, hours=hours, days=days),
            )
    for i in (2, 3):
        shorter_days = getattr(settings, f"window{i - 1}_days")
        shorter_hours = getattr(settings, f"window{i - 1}_hours")
        if getattr(settings, f"window{i}_days") <= shorter_days:
            add(
                f"window{i}_days",
                _(
                    "Short window {window} must be longer than window {shorter} "
                    "({days} days); list the windows shortest first."
                ).format(window=i, shorter=i - 1, days=shorter_days),
            )
        elif getattr(settings, f"window{i}_hours") <= shorter_hours:
            add(
                f"window{i}_hours",
                _(
                    "Short window {window} must allow more hours than window "
                    "{shorter} ({hours} h), which is shorter."
                ).format(window=i, shorter=i - 1, hours=shorter_hours),
            )
    if settings.consecutive_days_amber >= settings.consecutive_days_red:
        add(
            "consecutive_days_amber",
            _("Days in a row: the amber limit must be below the red limit ({red}).").format(
                red=settings.consecutive_days_red
            ),
        )
    if settings.supervision_days_initial > settings.supervision_days:
        add(
            "supervision_days_initial",
            _(
                "Supervision during the initial certification period "
                "cannot be less frequent than after it."
            ),
        )
    if settings.cbi_amber >= settings.cbi_red:
        add(
            "cbi_amber",
            _("Burnout score: amber ({amber}) must be below red ({red}).").format(
                amber=settings.cbi_amber, red=settings.cbi_red
            ),
        )
    if settings.pulse_red >= settings.pulse_amber:
        add(
            "pulse_red",
            _(
                "Weekly pulse: red ({red}) must be below amber ({amber}), "
                "since a lower answer is worse."
            ).format(red=settings.pulse_red, amber=settings.pulse_amber),
        )
    return found
