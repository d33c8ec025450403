"""Progress of one person toward one credential program.

Counting windows (dates included at both ends):
- initial training: any date up to the day the credential was achieved (training taken before
  the person enrolled, or joined the center, counts: the certificate proves it);
- initial experience and supervision: from the enrollment start to the achieved date;
- a time limit (``within_months``) closes the window that many months after the start; hours
  after it do not count toward the requirement;
- ``lookback_months`` keeps only hours from that many months before the window's end;
- renewal requirements: the current renewal cycle (see periods.renewal_cycle).
A requirement with a time limit is behind when the pace of the last eight weeks projects it
past the limit, or when there were no hours in those weeks and the limit is 90 days away or
less.
Unverified training counts only where the requirement allows it; otherwise it is listed as
pending verification."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from peercenter.domain import timefmt
from peercenter.domain.credentials.counting import CountedEntry, candidate_entries
from peercenter.domain.credentials.evidence import EnrollmentFacts, Evidence, PersonFacts
from peercenter.domain.credentials.frequency import check_frequency
from peercenter.domain.credentials.pace import (
    PACE_WEEKS,
    capacity_minutes,
    pace_per_week,
    projected_date,
)
from peercenter.domain.credentials.periods import Cycle, add_months, renewal_cycle
from peercenter.domain.credentials.program import Phase, ProgramSpec, RequirementSpec
from peercenter.domain.credentials.status import Status
from peercenter.domain.enums import RequirementKind
from peercenter.domain.hours import format_hours
from peercenter.i18n import _

# With no hours in the last eight weeks there is no pace to project from; that counts as
# behind only this close to the time limit (the first renewal warning comes at 90 days too).
STALL_WARNING_DAYS = 90


@dataclass(frozen=True)
class RequirementProgress:
    requirement: RequirementSpec
    status: Status
    explanation: str
    window_start: date | None
    window_end: date | None
    deadline: date | None
    required_minutes: int | None
    completed_minutes: int
    unverified_minutes: int
    missing_minutes: int | None
    pace_minutes_per_week: float | None
    projected_on: date | None
    entries: tuple[CountedEntry, ...] = ()
    pending: tuple[CountedEntry, ...] = ()
    missed_periods: tuple[tuple[date, date], ...] = ()
    next_due: date | None = None

    @property
    def fraction(self) -> float:
        """How far along, 0 to 1, for a progress bar."""
        if self.status.done:
            return 1.0
        if not self.required_minutes:
            return 1.0 if self.status is Status.ON_SCHEDULE else 0.0
        return min(1.0, self.completed_minutes / self.required_minutes)


@dataclass(frozen=True)
class ProgramProgress:
    program: ProgramSpec
    enrollment: EnrollmentFacts
    person: PersonFacts
    as_of: date
    cycle: Cycle | None
    requirements: tuple[RequirementProgress, ...]

    @property
    def achieved(self) -> bool:
        return self.enrollment.achieved_on is not None and self.enrollment.achieved_on <= self.as_of

    @property
    def current(self) -> tuple[RequirementProgress, ...]:
        """The requirements that matter now: the initial ones until the credential is
        achieved, then those of the renewal cycle (and any supervision rule still running)."""
        return tuple(
            r
            for r in self.requirements
            if r.status not in (Status.ACHIEVED, Status.NOT_YET, Status.ENDED)
        )


def compute_progress(
    program: ProgramSpec,
    enrollment: EnrollmentFacts,
    person: PersonFacts,
    evidence: Evidence,
    today: date,
) -> ProgramProgress:
    cycle = renewal_cycle(
        enrollment.achieved_on, enrollment.expires_on, program.renewal_months, today
    )
    results = tuple(
        _frequency(program, r, enrollment, evidence, cycle, today)
        if r.kind is RequirementKind.SUPERVISION_FREQUENCY
        else _hours(r, enrollment, person, evidence, cycle, today)
        for r in program.requirements
    )
    return ProgramProgress(program, enrollment, person, today, cycle, results)


def _hours(
    r: RequirementSpec,
    enrollment: EnrollmentFacts,
    person: PersonFacts,
    evidence: Evidence,
    cycle: Cycle | None,
    today: date,
) -> RequirementProgress:
    required = r.required_minutes or 0
    achieved = enrollment.achieved_on is not None and enrollment.achieved_on <= today
    deadline: date | None = None
    if r.phase is Phase.RENEWAL:
        if cycle is None:
            why = (
                _("Counts in each renewal cycle once the credential is achieved.")
                if not achieved
                else _("This credential has no renewal cycle.")
            )
            return RequirementProgress(
                r, Status.NOT_YET, why, None, None, None, required, 0, 0, required, None, None
            )
        start: date | None = cycle.start
        end = min(cycle.due, today)
        deadline = cycle.due
    else:
        training = r.kind is RequirementKind.TRAINING_HOURS
        start = None if training else enrollment.started_on
        end = min(enrollment.achieved_on, today) if achieved and enrollment.achieved_on else today
        if r.within_months is not None:
            deadline = add_months(enrollment.started_on, r.within_months) - timedelta(days=1)
            end = min(end, deadline)
    if r.lookback_months is not None:
        recent = add_months(end, -r.lookback_months) + timedelta(days=1)
        start = recent if start is None else max(start, recent)
    in_window = [
        e
        for e in candidate_entries(evidence, r)
        if e.minutes > 0 and (start is None or e.on >= start) and e.on <= end
    ]
    counted = tuple(e for e in in_window if e.verified or r.counts_unverified)
    pending = tuple(e for e in in_window if not (e.verified or r.counts_unverified))
    completed = sum(e.minutes for e in counted)
    unverified = sum(e.minutes for e in pending)
    missing = max(0, required - completed)
    if r.phase is Phase.INITIAL and achieved and enrollment.achieved_on is not None:
        status = Status.ACHIEVED
        met = enrollment.achieved_on
        assert met is not None  # achieved
        text = _("Met at certification on {date}.").format(date=timefmt.date_text(met))
        missing, pace, projected = 0, None, None
    else:
        pace = pace_per_week(counted, today, start)
        projected = projected_date(missing, pace, today) if missing else None
        status, text = _judge(r, missing, pace, projected, deadline, person, today)
    return RequirementProgress(
        r,
        status,
        text,
        window_start=start,
        window_end=end,
        deadline=deadline,
        required_minutes=required,
        completed_minutes=completed,
        unverified_minutes=unverified,
        missing_minutes=missing,
        pace_minutes_per_week=pace,
        projected_on=projected,
        entries=counted,
        pending=pending,
    )


def _judge(
    r: RequirementSpec,
    missing: int,
    pace: float,
    projected: date | None,
    deadline: date | None,
    person: PersonFacts,
    today: date,
) -> tuple[Status, str]:
    if missing == 0:
        return Status.MET, _("Complete.")
    still = _("{hours} still needed").format(hours=format_hours(missing))
    at_pace = (
        _("at {hours} a week (last {weeks} weeks) done around {date}").format(
            hours=format_hours(round(pace)),
            weeks=PACE_WEEKS,
            date=timefmt.date_text(projected),
        )
        if projected is not None
        else _("no hours in the last {weeks} weeks").format(weeks=PACE_WEEKS)
    )
    if deadline is not None:
        by = timefmt.date_text(deadline)
        if deadline < today:
            return (
                Status.CANNOT_BE_MET,
                _("The time limit ended on {date} with {hours} missing.").format(
                    date=by, hours=format_hours(missing)
                ),
            )
        if r.kind is RequirementKind.EXPERIENCE_HOURS:
            room = capacity_minutes(person.weekly_hours_cap, today, deadline)
            if missing > room:
                return Status.CANNOT_BE_MET, _(
                    "{still} by {date}, but at most {hours} of work fit before then "
                    "at {cap} h a week."
                ).format(
                    still=still,
                    date=by,
                    hours=format_hours(room),
                    cap=f"{person.weekly_hours_cap:g}",
                )
        by_pace = _("{still} by {date}; {pace}.").format(still=still, date=by, pace=at_pace)
        if (projected is not None and projected > deadline) or (
            projected is None and (deadline - today).days <= STALL_WARNING_DAYS
        ):
            return Status.BEHIND, by_pace
        if projected is None:  # far from the limit: a quiet spell is not yet a warning
            return Status.NO_RECENT_PROGRESS, by_pace
        return Status.ON_TRACK, by_pace
    at = _("{still}; {pace}.").format(still=still, pace=at_pace)
    if projected is None:
        return Status.NO_RECENT_PROGRESS, at
    return Status.ON_TRACK, at


def evidence_windows(
    program: ProgramSpec, enrollment: EnrollmentFacts, today: date
) -> list[tuple[date, date]]:
    """The date ranges of work and supervision this enrollment's progress reads: from the
    start to the day it was achieved, and the current renewal cycle. (Training counts from
    any date.) The services load only these, so the cost follows them, not the years of
    history in between."""
    achieved = (
        enrollment.achieved_on
        if enrollment.achieved_on and enrollment.achieved_on <= today
        else None
    )
    windows = [(enrollment.started_on, achieved or today)]
    cycle = renewal_cycle(achieved, enrollment.expires_on, program.renewal_months, today)
    if achieved is not None:
        windows.append((max(achieved, cycle.start) if cycle else achieved, today))
    return windows


def _frequency(
    program: ProgramSpec,
    r: RequirementSpec,
    enrollment: EnrollmentFacts,
    evidence: Evidence,
    cycle: Cycle | None,
    today: date,
) -> RequirementProgress:
    assert r.period is not None
    achieved_on = (
        enrollment.achieved_on
        if enrollment.achieved_on and enrollment.achieved_on <= today
        else None
    )
    if r.phase is Phase.RENEWAL:
        if achieved_on is None:
            return RequirementProgress(
                r,
                Status.NOT_YET,
                _("Applies once the credential is achieved."),
                None,
                None,
                None,
                None,
                0,
                0,
                None,
                None,
                None,
            )
        # Judged over the current renewal cycle, as the board does at renewal.
        first, last = (max(achieved_on, cycle.start) if cycle else achieved_on), None
    else:
        first = enrollment.started_on
        ends = [achieved_on - timedelta(days=1)] if achieved_on else []
        if program.initial_period_months is not None:
            ends.append(add_months(first, program.initial_period_months) - timedelta(days=1))
        last = min(ends) if ends else None
    result = check_frequency(r.period, first, last, today, evidence.supervision)
    return RequirementProgress(
        r,
        result.status,
        result.explanation,
        first,
        last,
        None,
        None,
        result.minutes,
        0,
        None,
        None,
        None,
        missed_periods=result.missed,
        next_due=result.next_due,
    )
