"""The go-ahead a change to the schedule needs, decided here and nowhere else. A change (a new
group, a series edited, a session moved or given another facilitator, an imported row) is
checked step by step into a ``Review``: clashes are refused at once, before any warning is
weighed; the hours over a facilitator's cap and the guardrail flags of each newly assigned
facilitator are gathered as warnings. ``decide`` then runs the change in a savepoint and keeps
it only when the caller's ``Confirmation`` answers every warning (each seen, each red one with
a reason); the going-ahead is audited in the same transaction. Otherwise nothing is kept and
the warnings go back to the caller, which shows them and submits again with the reasons."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from sqlalchemy.orm import Session

from peercenter.domain.confirmation import (
    HOURS_CAP,
    MAX_REASON,
    Confirmation,
    Outcome,
    ScheduleWarning,
    merged,
)
from peercenter.domain.conflicts import Conflict
from peercenter.domain.errors import ValidationError
from peercenter.domain.guardrails import Level
from peercenter.domain.guardrails.flags import day_text
from peercenter.domain.guardrails.schedule_facts import RULES as SCHEDULE_RULES
from peercenter.domain.guardrails.schedule_facts import UNAVAILABLE
from peercenter.i18n import _, ngettext
from peercenter.services import audit
from peercenter.services.context import Actor
from peercenter.services.schedule.common import staff_names
from peercenter.services.schedule.conflicts import ConflictReport, enforce
from peercenter.services.wellbeing import assignment
from peercenter.services.wellbeing.assignment import AssignmentCheck, ProposedSession

T = TypeVar("T")
# What anyone who schedules may be shown; the other rules are private wellbeing.
_SCHEDULE_FACTS = SCHEDULE_RULES | {HOURS_CAP, UNAVAILABLE}


class Review:
    """The warnings of one change, gathered as its steps are checked, and what the change is
    (for the audit trail)."""

    def __init__(self, session: Session, actor: Actor) -> None:
        self.session = session
        self.actor = actor
        self.found: list[ScheduleWarning] = []
        self.entity = ""
        self.entity_id: int | None = None
        self.what = ""

    def about(self, entity: str, entity_id: int, what: str) -> None:
        """The record the change is about, and what it is in a few words ('Tuesday Circle',
        'Tuesday Circle, Tue 3 Mar 2026'). The first step to say so names the change."""
        if self.entity_id is None:
            self.entity, self.entity_id, self.what = entity, entity_id, what

    def conflicts(self, report: ConflictReport) -> None:
        """Refuse the report's clashes; keep its hours over a cap as warnings."""
        enforce(report)
        by_staff: dict[int, list[Conflict]] = defaultdict(list)
        for warning in report.warnings:
            if warning.staff_id is not None:
                by_staff[warning.staff_id].append(warning)
        names = staff_names(self.session, by_staff)
        for staff_id, items in by_staff.items():
            message = items[0].message
            if len(items) > 1:
                more = len(items) - 1
                message += " " + ngettext(
                    "{count} more week goes over it too.",
                    "{count} more weeks go over it too.",
                    more,
                ).format(count=more)
            self.found.append(
                ScheduleWarning(
                    HOURS_CAP, Level.RED, message, staff_id, names.get(staff_id, _("A facilitator"))
                )
            )

    def assignments(self, staff_ids: Iterable[int], proposed: Sequence[ProposedSession]) -> None:
        """The guardrail flags of giving each of ``staff_ids`` the ``proposed`` sessions they
        do not have yet, as much of them as the acting user may see."""
        if not proposed:
            return
        for staff_id in dict.fromkeys(staff_ids):
            check = assignment.check_assignment(self.session, self.actor, staff_id, proposed)
            given = _given(check)
            self.found.extend(
                ScheduleWarning(
                    flag.rule,
                    flag.level,
                    flag.message,
                    staff_id,
                    check.staff_name,
                    check.is_caused(flag),
                    given,
                )
                for flag in check.flags
            )

    @property
    def warnings(self) -> list[ScheduleWarning]:
        return merged(self.found)

    def record(self, confirmation: Confirmation, warnings: Sequence[ScheduleWarning]) -> None:
        """The going-ahead in the audit trail: the schedule's hour warnings on the changed
        record, each person's guardrail flags on them."""
        reason = confirmation.reason.strip()
        capped = [w.text for w in warnings if w.rule == HOURS_CAP]
        if capped and self.entity_id is not None:
            audit.record(
                self.session,
                self.actor,
                "accept_warning",
                self.entity,
                self.entity_id,
                {"reason": reason, "warnings": capped[:20], "count": len(capped)},
            )
        flagged: dict[int, list[ScheduleWarning]] = defaultdict(list)
        for w in warnings:
            if w.rule != HOURS_CAP:
                flagged[w.staff_id].append(w)
        for staff_id, flags in flagged.items():
            audit.record(
                self.session,
                self.actor,
                "guardrail_override",
                "staff",
                staff_id,
                {
                    "level": max((f.level for f in flags), key=lambda level: level.rank).value,
                    "reason": reason,
                    "assignment": self.what,
                    "flags": [
                        {"rule": f.rule, "level": f.level.value, "message": f.message}
                        for f in flags
                    ],
                },
            )


def _given(check: AssignmentCheck) -> str:
    """'1 session on Tue 3 Mar 2026', '12 sessions from … to …'."""
    if check.first_day is None or check.last_day is None:
        return ""
    if check.sessions == 1:
        return _("1 session on {day}").format(day=day_text(check.first_day))
    return _("{count} sessions from {first} to {last}").format(
        count=check.sessions, first=day_text(check.first_day), last=day_text(check.last_day)
    )


def decide(
    session: Session,
    actor: Actor,
    confirmation: Confirmation | None,
    change: Callable[[Review], T],
) -> Outcome[T]:
    """Run ``change`` (which checks each step into the review it is given, before writing
    that step) and keep it only when ``confirmation`` answers every warning it brings."""
    confirmation = confirmation or Confirmation()
    if len(confirmation.reason) > MAX_REASON:
        raise ValidationError(
            _("The reason is too long (at most {most} characters).").format(most=MAX_REASON),
            field="reason",
        )
    review = Review(session, actor)
    savepoint = session.begin_nested()
    try:
        result = change(review)
        warnings = review.warnings
        if not confirmation.unanswered(warnings):
            review.record(confirmation, warnings)
            session.flush()
            savepoint.commit()
            return Outcome(result, tuple(warnings))
        savepoint.rollback()
    except BaseException:
        if savepoint.is_active:
            savepoint.rollback()
        raise
    record_views(session, actor, warnings, review.what)
    return Outcome(None, tuple(warnings))


def record_views(
    session: Session, actor: Actor, warnings: Sequence[ScheduleWarning], what: str
) -> None:
    """Private wellbeing shown in warnings that were not gone ahead over is still a view of
    it, and every view is in the audit trail (a change gone ahead over records its flags)."""
    shown: dict[int, list[str]] = defaultdict(list)
    for w in warnings:
        if w.rule not in _SCHEDULE_FACTS:
            shown[w.staff_id].append(w.rule)
    for staff_id, rules in shown.items():
        audit.record(
            session,
            actor,
            "view",
            "wellbeing_flags",
            staff_id,
            {"rules": sorted(set(rules)), "assignment": what},
        )
