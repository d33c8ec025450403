"""Warnings a supervisor should see, each with a plain sentence, and the order of urgency used
by the supervisor's overview."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from peercenter.domain import timefmt
from peercenter.domain.credentials.program import Phase
from peercenter.domain.credentials.progress import ProgramProgress
from peercenter.domain.credentials.status import Status
from peercenter.domain.hours import format_hours
from peercenter.i18n import _, ngettext

RENEWAL_WARNING_DAYS = (90, 60, 30)
DEADLINE_NOTICE_DAYS = 30


class AlertLevel(StrEnum):
    CRITICAL = "critical"
    WARNING = "warning"
    NOTICE = "notice"
    INFO = "info"

    @property
    def rank(self) -> int:
        return list(AlertLevel).index(self)


@dataclass(frozen=True)
class Alert:
    level: AlertLevel
    message: str
    due: date | None = None


def program_alerts(progress: ProgramProgress) -> list[Alert]:
    today = progress.as_of
    name = progress.program.name
    alerts = _renewal_alerts(progress)
    for item in progress.requirements:
        r = item.requirement
        label = f"{name}: {r.name}"
        if item.status is Status.CANNOT_BE_MET:
            alerts.append(
                Alert(
                    AlertLevel.CRITICAL,
                    _("{requirement} cannot be met in time. {explanation}").format(
                        requirement=label, explanation=item.explanation
                    ),
                    item.deadline,
                )
            )
        elif item.status is Status.BEHIND:
            alerts.append(
                Alert(
                    AlertLevel.WARNING,
                    _("{requirement} is behind. {explanation}").format(
                        requirement=label, explanation=item.explanation
                    ),
                    item.deadline,
                )
            )
        elif item.status is Status.OVERDUE:
            level = AlertLevel.CRITICAL if r.phase is Phase.INITIAL else AlertLevel.WARNING
            alerts.append(Alert(level, f"{label}: {item.explanation}", item.next_due))
        elif item.status is Status.GAPS:
            alerts.append(Alert(AlertLevel.INFO, f"{label}: {item.explanation}", item.next_due))
        elif (
            item.status is Status.ON_TRACK
            and item.deadline is not None
            and r.phase is Phase.INITIAL
            and (item.deadline - today).days <= DEADLINE_NOTICE_DAYS
        ):
            alerts.append(Alert(AlertLevel.NOTICE, f"{label}: {item.explanation}", item.deadline))
    waiting = {
        e.source_id: e.minutes
        for item in progress.requirements
        if not item.status.done
        for e in item.pending
    }
    if waiting:
        alerts.append(
            Alert(
                AlertLevel.INFO,
                ngettext(
                    "{program}: {hours} of training ({count} record) wait for a supervisor "
                    "to verify them before they count.",
                    "{program}: {hours} of training ({count} records) wait for a supervisor "
                    "to verify them before they count.",
                    len(waiting),
                ).format(
                    program=name, hours=format_hours(sum(waiting.values())), count=len(waiting)
                ),
            )
        )
    return _dedupe(alerts)


def _renewal_alerts(progress: ProgramProgress) -> list[Alert]:
    cycle = progress.cycle
    if cycle is None:
        return []
    name = progress.program.name
    days = (cycle.due - progress.as_of).days
    open_hours = [
        r
        for r in progress.requirements
        if r.requirement.phase is Phase.RENEWAL and r.missing_minutes
    ]
    if days < 0:
        return [
            Alert(
                AlertLevel.CRITICAL,
                _("{program} expired on {date}. Record the renewal or the new expiry date.").format(
                    program=name, date=timefmt.date_text(cycle.due)
                ),
                cycle.due,
            )
        ]
    if days > RENEWAL_WARNING_DAYS[0]:
        return []
    level = (
        AlertLevel.CRITICAL
        if days <= RENEWAL_WARNING_DAYS[2]
        else AlertLevel.WARNING
        if days <= RENEWAL_WARNING_DAYS[1]
        else AlertLevel.NOTICE
    )
    due = (
        _("{program} renewal is due today ({date}).")
        if days == 0
        else ngettext(
            "{program} renewal is due in {count} day ({date}).",
            "{program} renewal is due in {count} days ({date}).",
            days,
        )
    ).format(program=name, count=days, date=timefmt.date_text(cycle.due))
    if open_hours:
        missing = "; ".join(
            f"{r.requirement.name} {format_hours(r.missing_minutes or 0)}" for r in open_hours
        )
        rest = _("Still missing: {requirements}.").format(requirements=missing)
    else:
        rest = _("The renewal hours are complete.")
    text = f"{due} {rest}"
    return [Alert(level, text, cycle.due)]


def _dedupe(alerts: list[Alert]) -> list[Alert]:
    seen: set[str] = set()
    out = []
    for alert in sorted(alerts, key=lambda a: (a.level.rank, a.due or date.max)):
        if alert.message not in seen:
            seen.add(alert.message)
            out.append(alert)
    return out


def urgency_key(alerts: list[Alert], today: date) -> tuple[int, int]:
    """Lower is more urgent: the worst alert level, then the days to its nearest date."""
    if not alerts:
        return (len(AlertLevel), 10**6)
    worst = min(a.level.rank for a in alerts)
    days = min(
        ((a.due - today).days for a in alerts if a.level.rank == worst and a.due), default=10**6
    )
    return (worst, days)
