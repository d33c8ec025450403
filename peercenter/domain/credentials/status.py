"""Where a requirement stands, in words a supervisor uses."""

from __future__ import annotations

from enum import StrEnum

from peercenter.i18n import N_, _


class Status(StrEnum):
    MET = "met"
    ACHIEVED = "achieved"  # an initial requirement of a credential the person holds
    ON_TRACK = "on_track"
    NO_RECENT_PROGRESS = "no_recent_progress"
    BEHIND = "behind"  # at the current pace it will miss its time limit
    CANNOT_BE_MET = "cannot_be_met"  # its time limit has passed or is out of reach
    NOT_YET = "not_yet"  # a renewal requirement before the credential is achieved
    ON_SCHEDULE = "on_schedule"  # regular supervision kept up, every period so far
    GAPS = "gaps"  # regular supervision kept up now, but earlier periods went without
    OVERDUE = "overdue"  # regular supervision lapsed in the last full week or month
    ENDED = "ended"  # a supervision rule for a period that is over

    @property
    def label(self) -> str:
        return _(_LABELS[self])

    @property
    def done(self) -> bool:
        return self in (Status.MET, Status.ACHIEVED)


_LABELS = {
    Status.MET: N_("Met"),
    Status.ACHIEVED: N_("Met"),
    Status.ON_TRACK: N_("On track"),
    Status.NO_RECENT_PROGRESS: N_("No recent hours"),
    Status.BEHIND: N_("Behind"),
    Status.CANNOT_BE_MET: N_("Cannot be met in time"),
    Status.NOT_YET: N_("After certification"),
    Status.ON_SCHEDULE: N_("On schedule"),
    Status.GAPS: N_("Gaps"),
    Status.OVERDUE: N_("Overdue"),
    Status.ENDED: N_("Period ended"),
}
