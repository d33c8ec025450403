"""The accounting of access: which views of sensitive records the audit trail keeps, how often,
and how long. Pure rules; peercenter.services.views writes the events."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

# Center settings (peercenter.services.settings declares them; the server reads the first).
SUPERVISOR_READS_HR_NOTES = "privacy.supervisor_reads_hr_notes"
VIEW_RETENTION_MONTHS = "privacy.view_retention_months"
DEFAULT_RETENTION_MONTHS = 72  # six years, as long as HIPAA keeps its documentation
MIN_RETENTION_MONTHS = 36  # an accounting covers at least the three years before a request
MAX_RETENTION_MONTHS = 240

# One view event per record, per person, per this window: opening the same record again and
# again within it says nothing new.
VIEW_WINDOW = timedelta(hours=1)

VIEW = "view"
PRUNE = "prune"

# What each view event is about (its ``entity``).
STAFF_RECORD = "staff"
HOURS = "time_entries"
TRAINING = "training"
CERTIFICATION = "certification_progress"
PARTICIPANT = "participant"
PARTICIPANT_ATTENDANCE = "participant_attendance"
PARTICIPANT_SEARCH = "participant_search"
ROSTER = "roster"
ATTENDANCE_LIST = "attendance"

# Details key of events that showed or printed a list of participants: their ids as ranges.
LISTED = "listed"
# Details key naming the computer an event came from (its host name).
COMPUTER = "computer"


def id_ranges(ids: Iterable[int]) -> str:
    """Ids as compact ranges, '3-7,9,12-40': a list of every participant stays short."""
    ordered = sorted(set(ids))
    parts: list[str] = []
    start = prev = None
    for i in ordered:
        if prev is not None and i == prev + 1:
            prev = i
            continue
        if start is not None:
            parts.append(str(start) if start == prev else f"{start}-{prev}")
        start = prev = i
    if start is not None:
        parts.append(str(start) if start == prev else f"{start}-{prev}")
    return ",".join(parts)


def in_ranges(ranges: str, wanted: int) -> bool:
    """Whether ``wanted`` is among the ids ``id_ranges`` wrote (anything malformed: no)."""
    for part in str(ranges).split(","):
        low, dash, high = part.partition("-")
        try:
            first = int(low)
            last = int(high) if dash else first
        except ValueError:
            continue
        if first <= wanted <= last:
            return True
    return False
