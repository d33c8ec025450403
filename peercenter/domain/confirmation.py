"""Changes that need a person's go-ahead. A change to the schedule may bring warnings (a
facilitator's weekly hours over their cap, a burnout guardrail flag for a newly assigned
facilitator). The service returns them with the outcome; the caller shows them and submits
again with a ``Confirmation``. The service decides: a change goes through only when every
warning was seen and every red one has a reason."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from peercenter.domain.errors import PeerCenterError
from peercenter.domain.guardrails.flags import Level
from peercenter.i18n import _

# The schedule's own rule: a facilitator's booked hours over their weekly cap.
HOURS_CAP = "hours_cap"
# The guardrail rule that says the same, counting time entries too.
WEEKLY_HOURS = "weekly_hours"
MAX_REASON = 500

T = TypeVar("T", covariant=True)


@dataclass(frozen=True)
class ScheduleWarning:
    """One thing to check before going ahead: which rule, how bad, the sentence, and whom it
    concerns. ``caused`` is False for a flag the person had without this change.
    ``assignment`` says what the change gives them ('12 sessions from …'), when known."""

    rule: str
    level: Level
    message: str
    staff_id: int
    staff_name: str
    caused: bool = True
    assignment: str = ""

    @property
    def needs_reason(self) -> bool:
        return self.level is Level.RED

    @property
    def key(self) -> str:
        """The same warning on a second look (the numbers in its sentence may move)."""
        return f"{self.staff_id}:{self.rule}:{self.level.value}"

    @property
    def text(self) -> str:
        """The sentence with the person's name in it."""
        if self.message.startswith(self.staff_name):
            return self.message
        return f"{self.staff_name}: {self.message}"


@dataclass(frozen=True)
class Confirmation:
    """What the user said to a change's warnings: the reason for going ahead, and the
    warnings they were shown (``None``: whatever the change brings, as an import told to
    accept warnings does). The default has seen nothing, so any warning comes back."""

    reason: str = ""
    seen: frozenset[str] | None = frozenset()

    @classmethod
    def of(cls, warnings: Iterable[ScheduleWarning], reason: str = "") -> Confirmation:
        """Going ahead over exactly these warnings."""
        return cls(reason.strip(), frozenset(w.key for w in warnings))

    @classmethod
    def any_warning(cls, reason: str = "") -> Confirmation:
        """Going ahead over whatever comes; red warnings still need ``reason``."""
        return cls(reason.strip(), None)

    def unanswered(self, warnings: Sequence[ScheduleWarning]) -> list[ScheduleWarning]:
        """The warnings still open: not seen, or red without a reason."""
        reason = bool(self.reason.strip())
        return [
            w
            for w in warnings
            if (self.seen is not None and w.key not in self.seen) or (w.needs_reason and not reason)
        ]


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What a change that may need a go-ahead did. ``result`` is None when nothing was saved
    because ``warnings`` need the user; otherwise it is what was saved, and ``warnings``
    are the ones gone ahead over."""

    result: T | None
    warnings: tuple[ScheduleWarning, ...] = ()

    @property
    def saved(self) -> bool:
        return self.result is not None

    @property
    def value(self) -> T:
        """The saved result; Unconfirmed when the change is waiting for a go-ahead."""
        if self.result is None:
            raise Unconfirmed(self.warnings)
        return self.result


class Unconfirmed(PeerCenterError):
    """A change read as saved while it still waits for a go-ahead."""

    def __init__(self, warnings: Sequence[ScheduleWarning]) -> None:
        first = warnings[0].text if warnings else _("The change has warnings.")
        if len(warnings) > 1:
            first = _("{warning} (and {count} more)").format(warning=first, count=len(warnings) - 1)
        super().__init__(
            _("{warning} Nothing was saved: going ahead needs a reason.").format(warning=first)
        )
        self.warnings = list(warnings)


def merged(warnings: Iterable[ScheduleWarning]) -> list[ScheduleWarning]:
    """One warning per person and rule, the worst kept, red first. A person's guardrail flag
    over their weekly cap says what the schedule's own cap warning says (and counts their
    time entries too), so the latter is left out beside it."""
    best: dict[tuple[int, str], ScheduleWarning] = {}
    for w in warnings:
        key = (w.staff_id, w.rule)
        if key not in best or w.level.rank > best[key].level.rank:
            best[key] = w
    over_cap = {
        w.staff_id for w in best.values() if w.rule == WEEKLY_HOURS and w.level is Level.RED
    }
    kept = [w for w in best.values() if not (w.rule == HOURS_CAP and w.staff_id in over_cap)]
    return sorted(kept, key=lambda w: -w.level.rank)
