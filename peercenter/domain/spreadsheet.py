"""Text that is safe to open in a spreadsheet program: every CSV file PeerCenter writes (the
audit trail, the hours report) passes its cells through ``neutralise``."""

from __future__ import annotations

# A cell starting with one of these is run as a formula by spreadsheet programs ("CSV
# injection"); a leading apostrophe makes it plain text again.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "|", "%")


def neutralise(value: object) -> str:
    """The cell's text (None is empty), with a leading apostrophe when a spreadsheet would
    otherwise run it."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text
