"""The monthly service report's figures as the PDF, the CSV, the JSON and the Reports screen
show them: one list of measures in one order, with small counts of people suppressed when
asked."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from peercenter.domain.enums import GroupKind
from peercenter.domain.service_report import MonthFigures, ServiceReport, shown
from peercenter.i18n import N_, _


@dataclass(frozen=True)
class Measure:
    """``english`` and ``english_note`` are what the PDF and the CSV print (funders read
    English); ``label`` and ``note`` are the same in the language spoken, for the window."""

    key: str
    english: str
    value: Callable[[MonthFigures], float | int | None]
    people: bool  # a count of people or of their marks: suppressed when small
    english_note: str = ""

    @property
    def label(self) -> str:
        return _(self.english)

    @property
    def note(self) -> str:
        return _(self.english_note) if self.english_note else ""


MEASURES: tuple[Measure, ...] = (
    Measure(
        "unduplicated_participants",
        N_("People served (unduplicated)"),
        lambda f: f.unduplicated_participants,
        True,
        N_("present or late at least once"),
    ),
    Measure(
        "new_participants",
        N_("New people"),
        lambda f: f.new_participants,
        True,
        N_("first time ever"),
    ),
    Measure(
        "returning_participants", N_("Returning people"), lambda f: f.returning_participants, True
    ),
    Measure(
        "sessions_held",
        N_("Sessions held"),
        lambda f: f.sessions_total,
        False,
        N_("not cancelled, attendance recorded"),
    ),
    Measure("attendances", N_("Attendances"), lambda f: f.attendances, True, N_("present or late")),
    Measure(
        "average_group_size",
        N_("Average group size"),
        lambda f: f.average_group_size,
        False,
        N_("groups only, not one-to-one"),
    ),
    Measure("walk_ins", N_("Walk-ins"), lambda f: f.walk_ins, True),
    Measure("no_shows", N_("No-shows"), lambda f: f.no_shows, True, N_("absent without excuse")),
    Measure("excused", N_("Excused absences"), lambda f: f.excused, True),
    Measure(
        "peer_support_hours",
        N_("Peer support hours delivered"),
        lambda f: f.peer_support_hours,
        False,
        N_("length of sessions held"),
    ),
    Measure(
        "supervision_hours",
        N_("Supervision hours received"),
        lambda f: f.supervision_hours,
        False,
        N_("by peer specialists"),
    ),
)

KIND_ROWS = (
    (GroupKind.PEER_SUPPORT, N_("Peer support groups")),
    (GroupKind.MENTORING, N_("One-to-one mentoring")),
    (GroupKind.COMMUNITY, N_("Community activities")),
    (GroupKind.TRAINING, N_("Training")),
)


def text(value: float | int | str | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".") if value % 1 else f"{value:.0f}"
    return str(value)


def value_of(measure: Measure, figures: MonthFigures, suppress: bool) -> float | int | str | None:
    raw = measure.value(figures)
    if measure.people and isinstance(raw, int):
        return shown(raw, suppress)
    return raw


def month_rows(report: ServiceReport, *, english: bool = False) -> list[tuple[str, str, str]]:
    """(label, value, what it counts) for the month, the sessions by kind under their total:
    in the language spoken, or in English for the PDF, the CSV and the command line."""
    words: Callable[[str], str] = str if english else _
    rows = []
    for measure in MEASURES:
        value = value_of(measure, report.figures, report.suppressed)
        note = words(measure.english_note) if measure.english_note else ""
        rows.append((words(measure.english), text(value), note))
        if measure.key == "sessions_held":
            rows += [
                (f"    {words(label)}", str(report.figures.sessions_held[kind]), "")
                for kind, label in KIND_ROWS
            ]
    return rows


def as_json(report: ServiceReport) -> dict[str, Any]:
    """``month``, ``unduplicated_participants``, ``new_participants``, ``sessions_held`` (by
    kind), ``attendances``, ``walk_ins``, ``no_shows``, ``excused``, ``peer_support_hours``
    and ``supervision_hours``; also ``returning_participants``, ``average_group_size``,
    ``month_complete`` and ``small_counts_suppressed``. A suppressed count is "< 5"."""
    f, hide = report.figures, report.suppressed
    return {
        "month": f"{report.month:%Y-%m}",
        "unduplicated_participants": shown(f.unduplicated_participants, hide),
        "new_participants": shown(f.new_participants, hide),
        "returning_participants": shown(f.returning_participants, hide),
        "sessions_held": {kind.value: f.sessions_held[kind] for kind, _ in KIND_ROWS},
        "attendances": shown(f.attendances, hide),
        "average_group_size": f.average_group_size,
        "walk_ins": shown(f.walk_ins, hide),
        "no_shows": shown(f.no_shows, hide),
        "excused": shown(f.excused, hide),
        "peer_support_hours": f.peer_support_hours,
        "supervision_hours": f.supervision_hours,
        "month_complete": report.complete,
        "small_counts_suppressed": hide,
    }
