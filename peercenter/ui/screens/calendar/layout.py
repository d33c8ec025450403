"""Where session blocks go in a day column: overlapping sessions share the width side by side,
as in any desktop calendar. Plain Python, so it is tested without a window."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from peercenter.services.schedule.common import SessionView

DEFAULT_FIRST_HOUR = 8
DEFAULT_LAST_HOUR = 21  # the grid ends at this hour


@dataclass(frozen=True)
class Placed:
    session: SessionView
    day_index: int
    start_minute: int  # minutes after midnight, clipped to the day
    end_minute: int
    column: int
    columns: int  # how many share the width in its cluster


def minute_of_day(moment: datetime | time) -> int:
    return moment.hour * 60 + moment.minute


def place(sessions: Sequence[SessionView], first_day: date, days: int) -> list[Placed]:
    """Each session in its day column (by local start day), with its side-by-side slot."""
    by_day: dict[int, list[SessionView]] = {}
    for s in sessions:
        index = (s.starts_at.date() - first_day).days
        if 0 <= index < days:
            by_day.setdefault(index, []).append(s)
    out: list[Placed] = []
    for index, items in sorted(by_day.items()):
        out.extend(_columns(index, sorted(items, key=lambda s: (s.starts_at, s.ends_at))))
    return out


def _span(s: SessionView) -> tuple[int, int]:
    start = minute_of_day(s.starts_at)
    end = minute_of_day(s.ends_at) if s.ends_at.date() == s.starts_at.date() else 24 * 60
    return start, max(end, start + 15)  # very short sessions still get a visible block


def _columns(index: int, items: list[SessionView]) -> list[Placed]:
    """Greedy columns per cluster of overlapping sessions."""
    out: list[Placed] = []
    cluster: list[tuple[SessionView, int, int, int]] = []
    column_ends: list[int] = []
    cluster_end = -1

    def flush() -> None:
        width = len(column_ends)
        out.extend(Placed(s, index, a, b, col, width) for s, a, b, col in cluster)

    for s in items:
        a, b = _span(s)
        if cluster and a >= cluster_end:
            flush()
            cluster, column_ends = [], []
        for col, end in enumerate(column_ends):
            if end <= a:
                column_ends[col] = b
                break
        else:
            col = len(column_ends)
            column_ends.append(b)
        cluster.append((s, a, b, col))
        cluster_end = max(cluster_end, b) if len(cluster) > 1 else b
    if cluster:
        flush()
    return out


def hour_range(placed: Sequence[Placed]) -> tuple[int, int]:
    """The hours the grid shows: office hours, widened to every session shown."""
    first, last = DEFAULT_FIRST_HOUR, DEFAULT_LAST_HOUR
    for p in placed:
        first = min(first, p.start_minute // 60)
        last = max(last, -(-p.end_minute // 60))
    return first, min(last, 24)
