"""Writing a time in the person's locale costs what writing it as fixed 24-hour digits did: the
calendar writes two of them for every session it draws. Each figure is one call, the median
of loops of many calls, against the fixed '18:30' f-string in the same run (target 1.5x)."""

from __future__ import annotations

import gettext
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from peercenter import i18n
from peercenter.domain import timefmt
from tests.benchmarks.harness import Result, median_time

TARGET = 1.5
CALLS = 20_000
START = datetime(2026, 3, 3, 18, 30, tzinfo=ZoneInfo("America/Chicago"))
END = datetime(2026, 3, 3, 19, 30, tzinfo=ZoneInfo("America/Chicago"))


def _per_call(write: Callable[[], str]) -> float:
    def loop() -> None:
        for _ in range(CALLS):
            write()

    return median_time(loop) / CALLS


def collect() -> list[Result]:
    before = i18n.current()
    fixed = _per_call(lambda: f"{START.hour:02d}:{START.minute:02d}")
    results = []
    try:
        for locale in ("en_US", "es_US", "en_GB"):
            language = i18n.supported(locale) or i18n.ENGLISH
            i18n.restore(i18n.Active(language, locale, gettext.NullTranslations()))
            timefmt.clock(START)  # the locale's pieces worked out before timing
            results.append(
                Result(
                    "Dates and times",
                    f"clock() in {locale} ('{timefmt.clock(START)}')",
                    "fixed '18:30' f-string",
                    fixed,
                    _per_call(lambda: timefmt.clock(START)),
                    target=TARGET,
                )
            )
            results.append(
                Result(
                    "Dates and times",
                    f"time_range() in {locale}, per end",
                    "fixed '18:30' f-string",
                    fixed,
                    _per_call(lambda: timefmt.time_range(START, END)) / 2,
                    target=TARGET,
                )
            )
    finally:
        i18n.restore(before)
    return results
