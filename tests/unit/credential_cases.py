"""Builders for hand-made progress cases."""

from __future__ import annotations

from datetime import date

from peercenter.domain.credentials.evidence import (
    DirectServiceItem,
    EnrollmentFacts,
    Evidence,
    FacilitatedItem,
    PersonFacts,
    SupervisionItem,
    TrainingItem,
)
from peercenter.domain.credentials.program import ProgramSpec
from peercenter.domain.credentials.progress import (
    ProgramProgress,
    RequirementProgress,
    compute_progress,
)
from peercenter.domain.enums import SupervisionFormat
from peercenter.services.credentials.shipped import shipped_programs

PERSON = PersonFacts("Jordan Reyes", weekly_hours_cap=40, supervisor="Maria Lopez")


def shipped(code: str) -> ProgramSpec:
    return next(p.spec for p in shipped_programs() if p.spec.code == code)


def training(
    on: date,
    hours: float,
    domain: str | None = None,
    *,
    verified: bool = True,
    ce: bool = False,
    title: str = "Course",
    ident: int = 0,
) -> TrainingItem:
    return TrainingItem(
        ident or hash((on, hours, domain, title)) % 10**6,
        on,
        round(hours * 60),
        title,
        "",
        domain,
        ce,
        verified,
    )


def session(on: date, hours: float, ident: int = 0) -> FacilitatedItem:
    return FacilitatedItem(
        ident or hash((on, hours)) % 10**6, on, round(hours * 60), "Peer support group"
    )


def direct(on: date, hours: float, ident: int) -> DirectServiceItem:
    return DirectServiceItem(ident, on, round(hours * 60))


def supervision(on: date, hours: float, group: bool = False) -> SupervisionItem:
    return SupervisionItem(
        hash((on, hours, group)) % 10**6,
        on,
        round(hours * 60),
        SupervisionFormat.GROUP if group else SupervisionFormat.INDIVIDUAL,
        "Maria Lopez",
    )


def progress(
    code: str,
    today: date,
    started: date,
    *,
    achieved: date | None = None,
    expires: date | None = None,
    person: PersonFacts = PERSON,
    training: tuple[TrainingItem, ...] = (),
    facilitated: tuple[FacilitatedItem, ...] = (),
    direct_service: tuple[DirectServiceItem, ...] = (),
    supervision: tuple[SupervisionItem, ...] = (),
) -> ProgramProgress:
    evidence = Evidence(training, facilitated, direct_service, supervision)
    return compute_progress(
        shipped(code), EnrollmentFacts(started, achieved, expires), person, evidence, today
    )


def req(result: ProgramProgress, name: str) -> RequirementProgress:
    return next(r for r in result.requirements if r.requirement.name == name)


def hours(minutes: int | None) -> float | None:
    return None if minutes is None else minutes / 60
