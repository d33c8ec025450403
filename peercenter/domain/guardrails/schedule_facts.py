"""What anyone who schedules may be told of a colleague's guardrail flags: facts of the
schedule itself (hours against the cap, hours in a short window, days in a row, back-to-back
sessions, sessions in a day). Questionnaire scores, supervision and leave are private to the
person, their supervisor and administrators; a session on a day of leave is told as the day
the person is not available, without saying why."""

from __future__ import annotations

from collections.abc import Iterable

import peercenter.domain.guardrails.consecutive as consecutive
import peercenter.domain.guardrails.hours_cap as hours_cap
import peercenter.domain.guardrails.sessions as sessions
import peercenter.domain.guardrails.windows as windows
from peercenter.domain.guardrails.flags import Flag, day_text
from peercenter.i18n import _, ngettext

RULES = frozenset(
    {
        hours_cap.RULE,
        windows.RULE,
        consecutive.RULE,
        sessions.BACK_TO_BACK,
        sessions.SESSIONS_PER_DAY,
    }
)
UNAVAILABLE = "unavailable"


def schedule_facts(flags: Iterable[Flag]) -> list[Flag]:
    """The flags as someone who may not see private wellbeing is shown them."""
    out = []
    for flag in flags:
        if flag.rule in RULES:
            out.append(flag)
        elif flag.rule == sessions.ON_LEAVE and flag.on is not None:
            days = int(flag.numbers.get("days", 1))
            more = days - 1
            message = (
                ngettext(
                    "Not available on {day} and {count} more day these sessions fall on.",
                    "Not available on {day} and {count} more days these sessions fall on.",
                    more,
                )
                if more
                else _("Not available on {day}.")
            ).format(day=day_text(flag.on), count=more)
            out.append(Flag(UNAVAILABLE, flag.level, message, {"days": days}, flag.on))
    return out
