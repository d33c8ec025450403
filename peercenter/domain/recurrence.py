"""Recurrence of a group's sessions, stored as RFC 5545 RRULE text and expanded with
python-dateutil. Times are wall-clock times in the center's time zone, so a 6 pm group stays at
6 pm across daylight-saving changes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from dateutil import rrule

from peercenter.domain import timefmt
from peercenter.domain.errors import ValidationError
from peercenter.i18n import N_, _, ngettext

WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# "the 2nd and 4th Tuesday": ordinals of a weekday in the month.
_ORDINALS = {
    1: N_("1st"),
    2: N_("2nd"),
    3: N_("3rd"),
    4: N_("4th"),
    5: N_("5th"),
    -1: N_("last"),
}
MAX_COUNT = 1000


class Frequency(StrEnum):
    ONCE = "once"
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"


@dataclass(frozen=True)
class Recurrence:
    """What a person picks in the 'repeats' part of a group form.

    Monthly rules use ``month_day`` ("on the 15th") or ``nth`` + ``weekdays``
    ("2nd and 4th Tuesday", nth -1 is "last")."""

    frequency: Frequency = Frequency.WEEKLY
    interval: int = 1
    weekdays: tuple[int, ...] = ()
    month_day: int | None = None
    nth: tuple[int, ...] = ()
    until: date | None = None
    count: int | None = None
    extra: dict[str, str] = field(default_factory=dict, compare=False)

    def validate(self, first_date: date) -> None:
        if not 1 <= self.interval <= 52:
            raise ValidationError(_("Repeat every 1 to 52 periods."), field="interval")
        if self.until is not None and self.count is not None:
            raise ValidationError(
                _("Choose an end date or a number of sessions, not both."), field="until"
            )
        if self.until is not None and self.until < first_date:
            raise ValidationError(_("The series cannot end before its first date."), field="until")
        if self.count is not None and not 1 <= self.count <= MAX_COUNT:
            raise ValidationError(
                _("The number of sessions must be between 1 and {count}.").format(count=MAX_COUNT),
                field="count",
            )
        if any(not 0 <= d <= 6 for d in self.weekdays):
            raise ValidationError(_("Unknown weekday."), field="weekdays")
        if self.frequency is Frequency.MONTHLY:
            if self.nth and not self.weekdays:
                raise ValidationError(
                    _("Pick the weekday for a monthly rule such as '2nd Tuesday'."),
                    field="weekdays",
                )
            if any(n not in _ORDINALS for n in self.nth):
                raise ValidationError(_("Monthly weeks are 1st to 5th or last."), field="nth")
            if self.month_day is not None and not 1 <= self.month_day <= 31:
                raise ValidationError(_("The day of the month must be 1 to 31."), field="month_day")

    def to_rrule(self, first_date: date) -> str:
        """The RRULE text (without 'RRULE:') stored on the group."""
        self.validate(first_date)
        if self.frequency is Frequency.ONCE:
            return "FREQ=DAILY;COUNT=1"
        parts = [f"FREQ={self.frequency.value.upper()}"]
        if self.interval != 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.frequency is Frequency.WEEKLY:
            days = self.weekdays or (first_date.weekday(),)
            parts.append("BYDAY=" + ",".join(WEEKDAY_CODES[d] for d in sorted(days)))
        elif self.frequency is Frequency.MONTHLY:
            if self.nth:
                day = WEEKDAY_CODES[self.weekdays[0] if self.weekdays else first_date.weekday()]
                parts.append("BYDAY=" + ",".join(f"{n}{day}" for n in self.nth))
            else:
                parts.append(f"BYMONTHDAY={self.month_day or first_date.day}")
        elif self.frequency is Frequency.DAILY and self.weekdays:
            parts.append("BYDAY=" + ",".join(WEEKDAY_CODES[d] for d in sorted(self.weekdays)))
        if self.until is not None:
            parts.append(f"UNTIL={self.until:%Y%m%d}T235959")
        elif self.count is not None:
            parts.append(f"COUNT={self.count}")
        return ";".join(parts)

    @classmethod
    def from_rrule(cls, text: str) -> Recurrence:
        parts = _split(text)
        freq = parts.get("FREQ", "WEEKLY")
        count = int(parts["COUNT"]) if "COUNT" in parts else None
        if freq == "DAILY" and count == 1 and len(parts) == 2:
            return cls(Frequency.ONCE)
        until = datetime.strptime(parts["UNTIL"][:8], "%Y%m%d").date() if "UNTIL" in parts else None
        weekdays: list[int] = []
        nth: list[int] = []
        for item in filter(None, parts.get("BYDAY", "").split(",")):
            code = item[-2:]
            weekdays.append(WEEKDAY_CODES.index(code))
            if item[:-2]:
                nth.append(int(item[:-2]))
        month_day = int(parts["BYMONTHDAY"]) if "BYMONTHDAY" in parts else None
        return cls(
            frequency=Frequency(freq.lower()),
            interval=int(parts.get("INTERVAL", "1")),
            weekdays=tuple(sorted(set(weekdays))),
            month_day=month_day,
            nth=tuple(nth),
            until=until,
            count=count,
        )

    def describe(self, first_date: date) -> str:
        """'Every 2 weeks on Tuesday and Thursday, until 30 Jun 2027'."""
        if self.frequency is Frequency.ONCE:
            return _("Once, on {day}").format(day=timefmt.day(first_date))
        every = _every(self.frequency, self.interval)
        if self.frequency is Frequency.WEEKLY:
            days = self.weekdays or (first_date.weekday(),)
            every = _("{every} on {days}").format(
                every=every, days=_join([_weekday_name(d) for d in sorted(days)])
            )
        elif self.frequency is Frequency.MONTHLY:
            if self.nth:
                day = self.weekdays[0] if self.weekdays else first_date.weekday()
                every = _("{every} on the {ordinals} {weekday}").format(
                    every=every,
                    ordinals=_join([_(_ORDINALS[n]) for n in self.nth]),
                    weekday=_weekday_name(day),
                )
            else:
                every = _("{every} on day {day}").format(
                    every=every, day=self.month_day or first_date.day
                )
        elif self.weekdays:
            every = _("{every} on {days}").format(
                every=every, days=_join([_weekday_name(d) for d in sorted(self.weekdays)])
            )
        if self.until is not None:
            every = _("{rule}, until {date}").format(rule=every, date=timefmt.date_text(self.until))
        elif self.count is not None:
            every = ngettext("{rule}, {count} time", "{rule}, {count} times", self.count).format(
                rule=every, count=self.count
            )
        return every


def _split(text: str) -> dict[str, str]:
    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    out: dict[str, str] = {}
    for part in filter(None, body.split(";")):
        key, _, value = part.partition("=")
        out[key.strip().upper()] = value.strip().upper()
    return out


def _every(frequency: Frequency, interval: int) -> str:
    if frequency is Frequency.DAILY:
        words = ngettext("Every day", "Every {count} days", interval)
    elif frequency is Frequency.WEEKLY:
        words = ngettext("Every week", "Every {count} weeks", interval)
    else:
        words = ngettext("Every month", "Every {count} months", interval)
    return words.format(count=interval)


def _weekday_name(day: int) -> str:
    """The weekday's name in the language spoken (Monday is 0), as a rule's description
    writes it."""
    return timefmt.names().weekdays[day]


def _join(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return _("{items} and {last}").format(items=", ".join(items[:-1]), last=items[-1])


def parse_rule(rule_text: str, first_date: date, start_time: time) -> rrule.rrule:
    """The stored rule, starting at the group's first date and time (naive wall-clock)."""
    try:
        parsed = rrule.rrulestr(
            rule_text, dtstart=datetime.combine(first_date, start_time), forceset=False
        )
    except (ValueError, TypeError) as exc:
        raise ValidationError(
            _("The repeat rule '{rule}' is not valid.").format(rule=rule_text), field="recurrence"
        ) from exc
    if not isinstance(parsed, rrule.rrule):
        raise ValidationError(
            _("The repeat rule '{rule}' is not valid.").format(rule=rule_text), field="recurrence"
        )
    return parsed


def starting_near(rule: rrule.rrule, moment: datetime) -> rrule.rrule:
    """The same rule, started a whole number of its periods later but at least one period
    before ``moment``: from ``moment`` on it gives exactly the same occurrences, without
    walking every period since the group's first date (ten years of a weekly group). A rule
    with COUNT counts from its first date, so it is left as it is."""
    parts: Any = rule  # what dateutil keeps of the rule (no public way to read it)
    start: datetime = parts._dtstart
    freq, interval = parts._freq, parts._interval
    if parts._count is not None or freq not in _PERIODS:
        return rule
    if freq in (rrule.DAILY, rrule.WEEKLY):
        step = interval * (7 if freq == rrule.WEEKLY else 1)
        periods = (moment.date() - start.date()).days // step - 1
        if periods <= 0:
            return rule
        later = start + timedelta(days=periods * step)
    else:
        months = interval * (12 if freq == rrule.YEARLY else 1)
        elapsed = (moment.year - start.year) * 12 + moment.month - start.month
        periods = elapsed // months - 1
        if periods <= 0:
            return rule
        month_index = start.month - 1 + periods * months
        later = start.replace(
            year=start.year + month_index // 12, month=month_index % 12 + 1, day=1
        )
    # What the rule took from its first date (the day of the month, the month, the weekday)
    # is kept as it was, not taken from the later start.
    kept = {
        name: getattr(parts, f"_{name}")
        for name, given in parts._original_rule.items()
        if given is None and name in ("bymonth", "bymonthday", "byweekday")
    }
    moved: rrule.rrule = rule.replace(dtstart=later, **kept)
    return moved


_PERIODS = (rrule.YEARLY, rrule.MONTHLY, rrule.WEEKLY, rrule.DAILY)


def occurrence_starts(
    rule_text: str,
    first_date: date,
    start_time: time,
    tz: ZoneInfo,
    window_start: datetime,
    window_end: datetime,
) -> list[datetime]:
    """Start times (aware, in ``tz``) of the occurrences that begin in
    [window_start, window_end). The rule is expanded on wall-clock time."""
    lo = window_start.astimezone(tz).replace(tzinfo=None) - timedelta(days=1)
    hi = window_end.astimezone(tz).replace(tzinfo=None) + timedelta(days=1)
    rule = starting_near(parse_rule(rule_text, first_date, start_time), lo)
    starts = []
    for naive in rule.between(lo, hi, inc=True):
        aware = naive.replace(tzinfo=tz)
        if window_start <= aware < window_end:
            starts.append(aware)
    return starts
