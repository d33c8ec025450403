"""Starting a rule near the days asked for (instead of walking every period since its first
date) never changes which occurrences it gives from then on."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from peercenter.domain.recurrence import parse_rule, starting_near

RULES = [
    "FREQ=DAILY",
    "FREQ=DAILY;INTERVAL=3",
    "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR",
    "FREQ=WEEKLY",
    "FREQ=WEEKLY;BYDAY=MO,WE,FR",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH",
    "FREQ=WEEKLY;INTERVAL=3;BYDAY=SU,SA;WKST=SU",
    "FREQ=MONTHLY",
    "FREQ=MONTHLY;BYMONTHDAY=15",
    "FREQ=MONTHLY;BYMONTHDAY=31",
    "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=-1",
    "FREQ=MONTHLY;BYDAY=2TU,4TU",
    "FREQ=MONTHLY;BYDAY=-1FR",
    "FREQ=MONTHLY;INTERVAL=3;BYDAY=1MO",
    "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
    "FREQ=YEARLY",
    "FREQ=YEARLY;INTERVAL=2;BYMONTH=3;BYDAY=2SA",
    "FREQ=WEEKLY;BYDAY=TU;UNTIL=20300101",
    "FREQ=WEEKLY;BYDAY=TU;COUNT=40",
]


@settings(max_examples=300, deadline=None)
@given(
    rule=st.sampled_from(RULES),
    first=st.dates(date(2012, 1, 1), date(2026, 12, 31)),
    at=st.sampled_from([time(0, 0), time(9, 30), time(18, 0), time(23, 45)]),
    later=st.integers(0, 5000),
)
def test_the_same_occurrences_from_the_moment_on(
    rule: str, first: date, at: time, later: int
) -> None:
    whole = parse_rule(rule, first, at)
    moment = datetime.combine(first, time(12)) + timedelta(days=later)
    end = moment + timedelta(days=800)
    near = starting_near(whole, moment)
    assert near.between(moment, end, inc=True) == whole.between(moment, end, inc=True)
    assert near.after(moment, inc=True) == whole.after(moment, inc=True)


def test_a_long_history_is_skipped_not_walked() -> None:
    whole = parse_rule("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", date(2016, 1, 7), time(18))
    near = starting_near(whole, datetime(2026, 6, 1))
    first = near[0]  # within a couple of periods of the moment
    assert datetime(2026, 4, 1) < first < datetime(2026, 6, 1)
    counted = parse_rule("FREQ=WEEKLY;BYDAY=TU;COUNT=40", date(2016, 1, 5), time(18))
    assert starting_near(counted, datetime(2026, 6, 1)) is counted  # COUNT counts from the start
