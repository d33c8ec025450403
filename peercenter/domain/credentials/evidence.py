"""What a person did, as the progress rules see it: plain records gathered by the services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from peercenter.domain.enums import SupervisionFormat
from peercenter.i18n import N_, _


class Source(StrEnum):
    TRAINING = "training"
    SESSION = "session"
    TIME_ENTRY = "time_entry"
    SUPERVISION = "supervision"

    @property
    def label(self) -> str:
        return _(_SOURCE_LABELS[self.value])


_SOURCE_LABELS = {
    "training": N_("Training"),
    "session": N_("Facilitated session"),
    "time_entry": N_("Direct service"),
    "supervision": N_("Supervision"),
}


@dataclass(frozen=True)
class TrainingItem:
    id: int
    on: date
    minutes: int
    title: str
    provider: str = ""
    domain: str | None = None
    continuing_education: bool = False
    verified: bool = False
    verified_by: str = ""


@dataclass(frozen=True)
class FacilitatedItem:
    """A session the person facilitated that was held (not cancelled, attendance taken); or,
    from a source that only knows totals, all of one day's facilitated minutes."""

    id: int
    on: date
    minutes: int
    description: str


@dataclass(frozen=True)
class DirectServiceItem:
    """A direct-service time entry."""

    id: int
    on: date
    minutes: int
    note: str = ""


@dataclass(frozen=True)
class SupervisionItem:
    id: int
    on: date
    minutes: int
    format: SupervisionFormat
    supervisor: str = ""


@dataclass(frozen=True)
class Evidence:
    training: tuple[TrainingItem, ...] = ()
    facilitated: tuple[FacilitatedItem, ...] = ()
    direct_service: tuple[DirectServiceItem, ...] = ()
    supervision: tuple[SupervisionItem, ...] = ()


@dataclass(frozen=True)
class EnrollmentFacts:
    started_on: date
    achieved_on: date | None = None
    expires_on: date | None = None


@dataclass(frozen=True)
class PersonFacts:
    name: str
    weekly_hours_cap: float = 40.0
    supervisor: str = ""
