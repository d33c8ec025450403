"""How a group repeats, read from the words a person writes in a spreadsheet: "once",
"daily", "weekly on Tue,Thu", "every 2 weeks on Wed", "monthly on 2nd,4th Tue",
"monthly on last Fri", "monthly on day 15". The wording the group form shows ("Every 2 weeks
on Tuesday and Thursday") reads back too. The end (a date or a number of sessions) is given
apart."""

from __future__ import annotations

import re

from peercenter.domain.errors import ValidationError
from peercenter.domain.recurrence import WEEKDAY_NAMES, Frequency, Recurrence
from peercenter.i18n import _

# What a spreadsheet may say, in the English words the reading understands.
_SAY = "once, daily, weekly on Tue,Thu, every 2 weeks on Wed, monthly on 2nd,4th Tue"
_SAY_MONTHLY = "monthly on 2nd,4th Tue, monthly on last Fri"
_LAST_SAY = "monthly on last Fri"
_DAY_SAY = "monthly on day 15"


def examples() -> str:
    """The ways of writing a repeat, as a sentence in the language spoken."""
    return _("{examples}, {last} or {other}").format(examples=_SAY, last=_LAST_SAY, other=_DAY_SAY)


_WEEKDAYS = {
    name.lower()[:length]: index
    for index, name in enumerate(WEEKDAY_NAMES)
    for length in range(2, len(name) + 1)
}
_WEEKDAYS.update({"tues": 1, "thur": 3, "thurs": 3})
_ORDINALS = {
    "1st": 1,
    "first": 1,
    "2nd": 2,
    "second": 2,
    "3rd": 3,
    "third": 3,
    "4th": 4,
    "fourth": 4,
    "5th": 5,
    "fifth": 5,
    "last": -1,
}
_UNITS = {
    "day": Frequency.DAILY,
    "days": Frequency.DAILY,
    "week": Frequency.WEEKLY,
    "weeks": Frequency.WEEKLY,
    "month": Frequency.MONTHLY,
    "months": Frequency.MONTHLY,
}
_ADVERBS = {
    "daily": (Frequency.DAILY, 1),
    "weekly": (Frequency.WEEKLY, 1),
    "biweekly": (Frequency.WEEKLY, 2),
    "fortnightly": (Frequency.WEEKLY, 2),
    "monthly": (Frequency.MONTHLY, 1),
}
_FILLER = {"on", "the", "and", "of", "each", "every", "a", "at"}
_MONTH_DAY = re.compile(r"^(\d{1,2})(st|nd|rd|th)?$")


class RepeatTextError(ValidationError):
    """Words that do not say how a group repeats."""


def parse_repeat(text: str) -> Recurrence:
    """The repeat rule ``text`` describes (without its end); RepeatTextError says why not."""
    words = _words(text)
    if not words:
        raise RepeatTextError(
            _("Write how the group repeats: {examples}.").format(examples=examples())
        )
    if words in (["one", "time"], ["one", "off"], ["single"]) or (
        words[0] == "once" and (len(words) == 1 or words[1] == "on")
    ):
        return Recurrence(Frequency.ONCE)  # "Once, on Tue 3 Mar 2026" as the form says it
    frequency, interval, rest = _frequency(words, text)
    if frequency is Frequency.MONTHLY:
        return _monthly(rest, interval, text)
    weekdays = tuple(sorted({d for w in rest if w not in _FILLER for d in _weekdays(w, text)}))
    return Recurrence(frequency, interval, weekdays)


def _words(text: str) -> list[str]:
    spaced = re.sub(r"[,;/&+]", " ", text.lower())
    return [w.strip(".") for w in spaced.split() if w.strip(".")]


def _frequency(words: list[str], text: str) -> tuple[Frequency, int, list[str]]:
    head = words[0]
    if (
        head == "once"
        and len(words) >= 3
        and words[1] in ("a", "per", "every")
        and words[2] in _UNITS
    ):
        return _UNITS[words[2]], 1, words[3:]  # "once a week on Tue"
    if head in _ADVERBS:
        frequency, interval = _ADVERBS[head]
        return frequency, interval, words[1:]
    if head == "every" and len(words) >= 2:
        count, unit_at = 1, 1
        if words[1].isdecimal():
            count, unit_at = int(words[1]), 2
        elif words[1] == "other":
            count, unit_at = 2, 2
        unit = words[unit_at] if unit_at < len(words) else ""
        if unit in _UNITS:
            return _UNITS[unit], count, words[unit_at + 1 :]
        if unit_at == 1 and unit == "weekday":
            return Frequency.DAILY, 1, ["mon", "tue", "wed", "thu", "fri"]
        if unit_at == 1 and _weekday_or_none(unit) is not None:
            return Frequency.WEEKLY, 1, words[1:]  # "every Tuesday and Thursday"
    raise _unclear(text, _("write {examples}").format(examples=examples()))


def _monthly(rest: list[str], interval: int, text: str) -> Recurrence:
    words = [w for w in rest if w not in _FILLER]
    if not words:
        return Recurrence(Frequency.MONTHLY, interval)
    if words[0] == "day" and len(words) == 2:
        words = words[1:]
    if len(words) == 1 and (match := _MONTH_DAY.match(words[0])):
        day = int(match.group(1))
        if not 1 <= day <= 31:
            raise RepeatTextError(_("A month has days 1 to 31, not {day}.").format(day=day))
        return Recurrence(Frequency.MONTHLY, interval, month_day=day)
    nth = [_ORDINALS[w] for w in words if w in _ORDINALS]
    days = {_weekday(w, text) for w in words if w not in _ORDINALS}
    if not nth or len(days) != 1:
        raise _unclear(
            text,
            _("write a monthly repeat like {examples} or {other} (one weekday)").format(
                examples=_SAY_MONTHLY, other=_DAY_SAY
            ),
        )
    return Recurrence(
        Frequency.MONTHLY,
        interval,
        tuple(days),
        nth=tuple(sorted(set(nth), key=lambda n: (n < 0, n))),
    )


def _weekday_or_none(word: str) -> int | None:
    return _WEEKDAYS.get(word.removesuffix("s") if word.endswith("days") else word)


def _weekdays(word: str, text: str) -> tuple[int, ...]:
    if word in ("weekday", "weekdays"):
        return (0, 1, 2, 3, 4)
    return (_weekday(word, text),)


def _weekday(word: str, text: str) -> int:
    day = _weekday_or_none(word)
    if day is None:
        raise RepeatTextError(
            _(
                "'{word}' in '{text}' is not a weekday; write Mon, Tue, Wed, Thu, Fri, Sat or Sun."
            ).format(word=word, text=" ".join(text.split()))
        )
    return day


def _unclear(text: str, how: str) -> RepeatTextError:
    return RepeatTextError(
        _("'{text}' is not a repeat PeerCenter can read; {how}.").format(
            text=" ".join(text.split()), how=how
        )
    )
