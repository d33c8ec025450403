"""The CLDR table times and dates are written from (peercenter/locale_data.py) is Babel's data,
and writes each locale's times as CLDR does; using it loads no locale library."""

from __future__ import annotations

import subprocess
import sys
from datetime import time
from pathlib import Path

from babel import Locale
from babel.dates import format_time

from peercenter import locale_data
from peercenter.domain import timefmt

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "build_scripts"))

import locale_data as generator  # build_scripts/locale_data.py

SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})


def test_the_table_is_what_babel_says_today() -> None:
    assert Path(locale_data.__file__).read_text(encoding="utf-8") == generator.render(), (
        "Babel's CLDR data changed: run build_scripts/locale_data.py"
    )


def _periods(name: str) -> tuple[str, str]:
    periods = Locale.parse(name).day_periods["format"]["abbreviated"]
    return periods["am"], periods["pm"]


def test_every_locale_writes_its_times_as_cldr_does() -> None:
    """Each locale's own pattern; the periods are its language's everywhere ('PM' in Britain,
    where CLDR writes 'pm'), as a date's names are."""
    for name in locale_data.LOCALE_TIME_PATTERN:
        own, spoken = _periods(name), _periods(name.split("_")[0])
        clock = timefmt.clock_of(name)
        for hour in (0, 9, 12, 18, 23):
            ours = clock.before[hour] + "05" + clock.after[hour]
            cldr = format_time(time(hour, 5), "short", locale=name)
            cldr = cldr.replace(own[hour >= 12], spoken[hour >= 12]).translate(SPACES)
            assert (name, ours) == (name, cldr)
    assert len(locale_data.LOCALE_TIME_PATTERN) > 150


def test_a_region_without_a_locale_of_the_language_writes_as_the_language() -> None:
    assert timefmt.clock_of("es_FR") == timefmt.clock_of("es")
    assert timefmt.clock_of("xx_YY") == timefmt.clock_of("en")


def test_writing_times_and_dates_in_spanish_loads_no_locale_library() -> None:
    script = """
import sys
from datetime import datetime
from peercenter import i18n, paths
from peercenter.domain import recurrence, timefmt
i18n.activate("es", "es_US", paths.resource("translations"))
now = datetime(2026, 12, 6, 18, 30)
print(timefmt.clock(now), "|", timefmt.long_day(now), "|", timefmt.hour_label(9))
print(recurrence.Recurrence(weekdays=(0, 2)).describe(now.date()))
print("babel" in sys.modules)
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    written, rule, babel_loaded = result.stdout.splitlines()
    assert written == "6:30 p. m. | domingo 6 de diciembre de 2026 | 9 a. m."
    assert "lunes" in rule
    assert babel_loaded == "False"
