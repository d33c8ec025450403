"""Writes peercenter/locale_data.py: the CLDR facts PeerCenter writes dates and times with, for
every locale of the languages it speaks, taken from Babel's copy of CLDR.

    python build_scripts/locale_data.py

Run it after upgrading Babel; tests/unit/test_locale_data.py fails until it is. The program
reads the written module rather than Babel's data: loading that costs 6.7 MiB of memory and
a tenth of a second, on the way to the first window, for a few dozen words."""

from __future__ import annotations

import sys
from pathlib import Path

import babel
from babel import Locale, localedata
from babel.dates import tokenize_pattern

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from peercenter.i18n import LANGUAGES  # noqa: E402  (after the path is set)

TARGET = ROOT / "peercenter" / "locale_data.py"

HEADER = '''"""CLDR facts PeerCenter writes dates and times with, for every locale of the
languages it speaks: each locale's short time pattern, already split into its fields and text,
and each language's month names, weekday names (Monday first) and day periods, as CLDR writes
them inside a sentence ("format" context).

Written by build_scripts/locale_data.py from Babel {version}; do not edit. Reading this module
instead of Babel's data keeps 6.7 MiB of locale data out of every running window."""

from __future__ import annotations

Token = tuple[str, "str | tuple[str, int]"]  # ("field", ("h", 1)) or ("chars", ":")
'''


def _names(language: str) -> dict[str, tuple[str, ...]]:
    locale = Locale.parse(language)
    months, days = locale.months["format"], locale.days["format"]
    periods = locale.day_periods["format"]["abbreviated"]
    return {
        "months": tuple(months["wide"][m] for m in range(1, 13)),
        "months_short": tuple(months["abbreviated"][m] for m in range(1, 13)),
        "weekdays": tuple(days["wide"][d] for d in range(7)),
        "weekdays_short": tuple(days["abbreviated"][d] for d in range(7)),
        "periods": (periods["am"], periods["pm"]),
    }


def _text(value: object, indent: int = 0) -> str:
    """``value`` as Python source in the project's format: one item per line with a trailing
    comma, so the formatter leaves the written module as it is; a token on one line."""
    if isinstance(value, str):
        assert '"' not in value and "'" not in value
        return '"' + repr(value)[1:-1] + '"'
    if isinstance(value, int):
        return str(value)
    pad, inner = " " * indent, " " * (indent + 4)
    if isinstance(value, tuple) and len(value) == 2 and value[0] in ("field", "chars"):
        kind, part = value
        if isinstance(part, tuple):  # a field: its letter and width
            return f'("{kind}", ("{part[0]}", {part[1]}))'
        return f'("{kind}", {_text(part)})'
    if isinstance(value, tuple):
        items = [_text(item, indent + 4) for item in value]
        return "(\n" + "".join(f"{inner}{item},\n" for item in items) + pad + ")"
    assert isinstance(value, dict)
    items = [f"{_text(k)}: {_text(v, indent + 4)}" for k, v in value.items()]
    return "{\n" + "".join(f"{inner}{item},\n" for item in items) + pad + "}"


def render() -> str:
    locales = sorted(
        name for name in localedata.locale_identifiers() if name.split("_")[0] in LANGUAGES
    )
    patterns: list[tuple[tuple[str, object], ...]] = []
    which: dict[str, int] = {}
    for name in locales:
        tokens = tuple(tokenize_pattern(Locale.parse(name).time_formats["short"].pattern))
        if tokens not in patterns:
            patterns.append(tokens)
        which[name] = patterns.index(tokens)
    names = {language: _names(language) for language in sorted(LANGUAGES)}
    return (
        HEADER.format(version=babel.__version__)
        + "\n# The short time patterns ('h:mm a', 'HH:mm') as tokens, and which one each locale"
        + " uses.\nTIME_PATTERNS: tuple[tuple[Token, ...], ...] = "
        + _text(tuple(patterns))
        + "\n\nLOCALE_TIME_PATTERN: dict[str, int] = "
        + _text(which)
        + "\n\nNAMES: dict[str, dict[str, tuple[str, ...]]] = "
        + _text(names)
        + "\n"
    )


def main() -> int:
    TARGET.write_text(render(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
