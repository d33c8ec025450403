"""Text that is safe to open in a spreadsheet program."""

from __future__ import annotations

# A cell starting with one of these is run as a formula by spreadsheet programs ("CSV
# injection"); a leading apostrophe makes it plain text again.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "|", "%")


def neutralise(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_STARTS) else value
