"""How dates and times read on screen, on paper and in messages, in the person's locale; and
reading back what a person types into a date or time field ('6pm', '6 p. m.', '1830',
'14 Mar', '14 de marzo', '3/14/2026').

A date has one spelling per language: '6 Dec 2026' and 'Tue 3 Mar 2026' in English, '6 dic
2026' and 'mar 3 dic 2026' in Spanish (lower case, as Spanish writes its months and days). A
time follows the locale's region as CLDR describes it (``peercenter.locale_data``): 12-hour
in the United States ('6:00 PM', '6:00 p. m.'), 24-hour where the locale writes it so
('18:00'). The names and the clock's pieces are worked out once per language and locale: the
calendar writes two times for every session it draws. Files for other programs (CSV exports)
keep ISO 8601 and do not come here."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from peercenter import locale_data
from peercenter.i18n import ENGLISH, _, active_language, active_locale

# Spaces inside a written time ('6:00 PM', 'p. m.') are plain spaces, whatever CLDR uses
# (narrow or no-break): the same text on screen, in tests and when typed back.
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})
_MINUTES = tuple(f"{m:02d}" for m in range(60))


@dataclass(frozen=True)
class Names:
    """A language's month and weekday names, Monday first, as written inside a sentence."""

    months: tuple[str, ...]  # 'January' / 'enero'
    months_short: tuple[str, ...]  # 'Jan' / 'ene'
    weekdays: tuple[str, ...]  # 'Monday' / 'lunes'
    weekdays_short: tuple[str, ...]  # 'Mon' / 'lun'


@dataclass(frozen=True)
class Clock:
    """A locale's short time, split around the minutes for each hour of the day: the time is
    ``before[hour] + minutes + after[hour]`` ('6:' '00' ' PM'), so writing one costs no
    formatting; ``hour_only[hour]`` labels an hour ruler ('6 PM', '18:00')."""

    twelve_hour: bool
    period_last: bool  # the period follows the minutes ('6:00 PM'), so a range can share it
    before: tuple[str, ...]
    after: tuple[str, ...]
    hour_only: tuple[str, ...]


_names: dict[str, Names] = {}
_clocks: dict[str, Clock] = {}


def _cldr_names(language: str) -> dict[str, tuple[str, ...]]:
    return locale_data.NAMES.get(language) or locale_data.NAMES[ENGLISH]


def _build_names(language: str) -> Names:
    cldr = _cldr_names(language)
    return Names(
        months=cldr["months"],
        months_short=tuple(m.rstrip(".") for m in cldr["months_short"]),
        weekdays=cldr["weekdays"],
        weekdays_short=tuple(d.rstrip(".") for d in cldr["weekdays_short"]),
    )


def names(language: str | None = None) -> Names:
    """The month and weekday names of ``language`` (default: the active one)."""
    language = language or active_language()
    found = _names.get(language)
    if found is None:
        found = _names[language] = _build_names(language)
    return found


def _hour_text(field: str, width: int, hour: int) -> str:
    value = {"h": hour % 12 or 12, "K": hour % 12, "k": hour or 24}.get(field, hour)
    return f"{value:0{width}d}"


def _time_pattern(locale_name: str) -> Sequence[locale_data.Token]:
    """The locale's short time pattern; a locale CLDR does not have writes as its language."""
    table = locale_data.LOCALE_TIME_PATTERN
    name = next((n for n in (locale_name, locale_name.split("_")[0]) if n in table), ENGLISH)
    return locale_data.TIME_PATTERNS[table[name]]


def _build_clock(locale_name: str) -> Clock:
    tokens = _time_pattern(locale_name)
    # The periods' spelling is the language's ('p. m.' in every Spanish), as the dates are.
    am, pm = _cldr_names(locale_name.split("_")[0])["periods"]
    twelve_hour = any(kind == "field" and value[0] in "hK" for kind, value in tokens)
    minute = next(
        i for i, (kind, value) in enumerate(tokens) if kind == "field" and value[0] == "m"
    )
    # The hour alone: the pattern without its minutes and what joins them to the hour.
    start = minute
    while start > 0 and tokens[start - 1][0] == "chars":
        start -= 1
    hour_tokens = (*tokens[:start], *tokens[minute + 1 :]) if twelve_hour else tokens

    def write(part: Sequence[locale_data.Token], hour: int) -> str:
        out = []
        for _kind, value in part:
            if isinstance(value, str):
                out.append(value)
                continue
            field, width = value
            if field in "hHkK":
                out.append(_hour_text(field, width, hour))
            elif field in "abB":
                out.append(pm if hour >= 12 else am)
            elif field == "m":
                out.append("00")
        return "".join(out).translate(_SPACES)

    hours = range(24)
    period_last = twelve_hour and not any(
        kind == "field" and value[0] in "abB" for kind, value in tokens[:minute]
    )
    return Clock(
        twelve_hour=twelve_hour,
        period_last=period_last,
        before=tuple(write(tokens[:minute], h).lstrip() for h in hours),
        after=tuple(
            write(tokens[minute + 1 :], h).rstrip() if minute + 1 < len(tokens) else ""
            for h in hours
        ),
        hour_only=tuple(write(hour_tokens, h).strip() for h in hours),
    )


def clock_of(locale: str | None = None) -> Clock:
    """The pieces of ``locale``'s times (default: the active locale), worked out once."""
    locale = locale or active_locale()
    found = _clocks.get(locale)
    if found is None:
        found = _clocks[locale] = _build_clock(locale)
    return found


# -- writing ---------------------------------------------------------------------------------


def clock(t: time | datetime) -> str:
    """'6:00 PM' in the US, '6:00 p. m.' in US Spanish, '18:00' where the locale says so."""
    c = _clocks.get(active_locale()) or clock_of()
    hour = t.hour
    return c.before[hour] + _MINUTES[t.minute] + c.after[hour]


def clock_with_seconds(t: time | datetime) -> str:
    """'6:00:05 PM', '18:00:05': where the second matters (the audit trail)."""
    c = _clocks.get(active_locale()) or clock_of()
    hour = t.hour
    return f"{c.before[hour]}{_MINUTES[t.minute]}:{t.second:02d}{c.after[hour]}"


def hour_label(hour: int) -> str:
    """An hour on a ruler: '6 PM', '6 p. m.', '18:00'."""
    return clock_of().hour_only[hour]


def time_range(start: datetime | time, end: datetime | time) -> str:
    """'6:00 PM–7:30 PM', '18:00–19:30': each end written whole, so neither is misread."""
    c = _clocks.get(active_locale()) or clock_of()
    first, last = start.hour, end.hour
    return (
        f"{c.before[first]}{_MINUTES[start.minute]}{c.after[first]}"
        f"–{c.before[last]}{_MINUTES[end.minute]}{c.after[last]}"
    )


def short_time_range(start: datetime | time, end: datetime | time) -> str:
    """'6:00–7:30 PM' where room is short (a session's block on the calendar): both ends in the
    same half of the day share its period; otherwise as ``time_range``."""
    c = _clocks.get(active_locale()) or clock_of()
    first, last = start.hour, end.hour
    if not c.period_last or c.after[first] != c.after[last]:
        return time_range(start, end)
    return (
        f"{c.before[first]}{_MINUTES[start.minute]}"
        f"–{c.before[last]}{_MINUTES[end.minute]}{c.after[last]}"
    )


def month_name(d: date | datetime) -> str:
    """'December', 'diciembre'."""
    return names().months[d.month - 1]


def month_year(d: date | datetime) -> str:
    """'December 2026', 'diciembre de 2026': a month as a whole."""
    month = names().months[d.month - 1]
    return f"{month} de {d.year}" if active_language() == "es" else f"{month} {d.year}"


def date_text(d: date | datetime) -> str:
    """'6 Dec 2026', '6 dic 2026': the one way a date is written."""
    return f"{d.day} {names().months_short[d.month - 1]} {d.year}"


def day_month(d: date | datetime) -> str:
    """'6 Dec', '6 dic', when the year goes without saying."""
    return f"{d.day} {names().months_short[d.month - 1]}"


def weekday_day(d: date | datetime) -> str:
    """'Tue 3', 'mar 3': a day in a week that is on show."""
    return f"{names().weekdays_short[d.weekday()]} {d.day}"


def weekday_day_month(d: date | datetime) -> str:
    """'Tue 3 Mar', 'mar 3 mar'."""
    n = names()
    return f"{n.weekdays_short[d.weekday()]} {d.day} {n.months_short[d.month - 1]}"


def day(d: date | datetime) -> str:
    """'Tue 3 Mar 2026', 'mar 3 mar 2026'."""
    return f"{weekday_day_month(d)} {d.year}"


def long_day(d: date | datetime, *, with_year: bool = True) -> str:
    """'Tuesday 3 March 2026', 'martes 3 de marzo de 2026' (without the year when it goes
    without saying)."""
    n = names()
    weekday, month = n.weekdays[d.weekday()], n.months[d.month - 1]
    if active_language() == "es":
        text = f"{weekday} {d.day} de {month}"
        return f"{text} de {d.year}" if with_year else text
    text = f"{weekday} {d.day} {month}"
    return f"{text} {d.year}" if with_year else text


def slot(start: datetime, end: datetime) -> str:
    """'Tue 3 Mar 2026, 6:00 PM–7:30 PM' (both ends already in the center's time zone)."""
    return f"{day(start)}, {time_range(start, end)}"


def session_label(group_name: str, start: datetime, end: datetime) -> str:
    """ "'Peer Support' on Tue 3 Mar 2026, 6:00 PM–7:30 PM", in messages about one session."""
    return _("'{group}' on {slot}").format(group=group_name, slot=slot(start, end))


# -- reading what people type ----------------------------------------------------------------

_CLOCK = re.compile(
    r"(?P<hour>\d{1,2})(?:\s*[:.h]\s*(?P<minute>\d{2}))?\s*(?:(?P<half>[ap])\.?\s*(?:m\.?)?)?"
)
_DIGITS = re.compile(r"(?P<hour>\d{1,2})(?P<minute>\d{2})")
_NOON = {"noon", "midday", "12 noon", "mediodia", "12 del mediodia"}
_MIDNIGHT = {"midnight", "medianoche"}


def _plain(text: str) -> str:
    """Lower case, single spaces, no accents: 'Mañana ' and 'manana' read alike."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def parse_time(text: str) -> time | None:
    """A time of day as people type it: '18:00', '18.00', '1830', '630', '6pm', '6:30 p.m.',
    '6:00 p. m.', '18', 'noon', 'mediodía', 'midnight'. A bare hour from 1 to 12 could be
    morning or evening, so it is not read (None); nor is anything else that is not a time."""
    words = _plain(text)
    if words in _NOON:
        return time(12)
    if words in _MIDNIGHT:
        return time(0)
    digits = _DIGITS.fullmatch(words)
    if digits:
        hour, minute = int(digits["hour"]), int(digits["minute"])
        return time(hour, minute) if hour < 24 and minute < 60 else None
    match = _CLOCK.fullmatch(words)
    if match is None:
        return None
    hour, minute, half = int(match["hour"]), int(match["minute"] or 0), match["half"]
    if minute >= 60:
        return None
    if half:
        if not 1 <= hour <= 12:
            return None
        return time(hour % 12 + (12 if half == "p" else 0), minute)
    if hour >= 24 or (match["minute"] is None and 1 <= hour <= 12):
        return None
    return time(hour, minute)


_READ_LANGUAGES = (ENGLISH, "es")  # month and day names are read in each, whichever is active
_RELATIVE = {
    "today": 0,
    "tomorrow": 1,
    "yesterday": -1,
    "hoy": 0,
    "manana": 1,
    "pasado manana": 2,
    "ayer": -1,
}
_FILLERS = {"of", "the", "de", "del", "el"}  # '14th of March', '14 de marzo de 2026'
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2}|\d{4}))?")


@dataclass(frozen=True)
class _Words:
    months: dict[str, int]  # every spelling of a month (3 letters on) to its number
    weekdays: frozenset[str]  # every spelling of a weekday (2 letters on)


_words: list[_Words] = []


def _read_words() -> _Words:
    if _words:
        return _words[0]
    months: dict[str, int] = {"sept": 9, "setiembre": 9}
    clashes: set[str] = set()
    weekdays = {"tues", "thur", "thurs"}
    for language in _READ_LANGUAGES:
        n = names(language)
        for number, (name, short) in enumerate(zip(n.months, n.months_short, strict=True), 1):
            for word in {_plain(short)} | {_plain(name)[:k] for k in range(3, len(name) + 1)}:
                if months.setdefault(word, number) != number:
                    clashes.add(word)  # two months' prefix: neither
        for name, short in zip(n.weekdays, n.weekdays_short, strict=True):
            weekdays.add(_plain(short))
            weekdays.update(_plain(name)[:k] for k in range(2, len(name) + 1))
    for word in clashes:
        del months[word]
    _words.append(_Words(months, frozenset(weekdays)))
    return _words[0]


def _real(year: int, month: int, day_: int) -> date | None:
    try:
        return date(year, month, day_)
    except ValueError:
        return None


def _full_year(year: int) -> int:
    return year + 2000 if year < 100 else year


def parse_date(text: str, today: date, *, month_first: bool = True) -> date | None:
    """A date as people type it, in English or Spanish whichever language is active:
    '2026-03-14', '14 Mar 2026', 'March 14, 2026', 'Sat 14 Mar', '14 de marzo de 2026',
    'mar 3 dic 2026', 'today', 'mañana', and numbers in the order of the person's locale
    ('3/14/2026' with ``month_first``, '14/3/2026' without). Without a year, the year of
    ``today``. None when it is not a date."""
    words = _plain(re.sub(r"[,\s]+", " ", text))
    if words in _RELATIVE:
        return today + timedelta(days=_RELATIVE[words])
    iso = _ISO.fullmatch(words)
    if iso:
        return _real(int(iso[1]), int(iso[2]), int(iso[3]))
    numeric = _NUMERIC.fullmatch(words)
    if numeric:
        a, b = int(numeric[1]), int(numeric[2])
        month, day_ = (a, b) if month_first else (b, a)
        year = _full_year(int(numeric[3])) if numeric[3] else today.year
        return _real(year, month, day_)
    parts = [p.rstrip(".") for p in words.split(" ") if p.rstrip(".") not in _FILLERS]
    found = _named(parts, today)
    if found is None and len(parts) > 1 and parts[0] in _read_words().weekdays:
        # 'Tue 3 Mar 2026' reads back as it is shown. Tried second: 'mar' is both March and
        # Tuesday in Spanish, and 'Mar 14 2026' is March.
        found = _named(parts[1:], today)
    return found


def _named(parts: list[str], today: date) -> date | None:
    """'14 Mar 2026', '14 march', 'Mar 14 2026', '14th March', '14 marzo 2026'."""
    if not 2 <= len(parts) <= 3:
        return None
    month_words = _read_words().months
    months = [i for i, p in enumerate(parts[:2]) if p in month_words]
    if len(months) != 1:
        return None
    month = month_words[parts[months[0]]]
    number = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th|o)?", parts[1 - months[0]])
    if number is None:
        return None
    year = today.year
    if len(parts) == 3:
        if not re.fullmatch(r"\d{2}|\d{4}", parts[2]):
            return None
        year = _full_year(int(parts[2]))
    return _real(year, month, int(number[1]))
