"""The groups the demo center runs, as specifications: what kind, how it repeats, which rooms
and times suit it, when it started and ended. The small center runs the core programme; the
large one adds ten years of groups that came and went."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import time
from typing import Any

from peercenter.domain.enums import EnrollmentMode, GroupKind
from peercenter.domain.recurrence import Frequency

MON, TUE, WED, THU, FRI, SAT = range(6)
DAYS_PER_MONTH = 30.44


@dataclass(frozen=True)
class GroupSpec:
    key: str
    name: str
    kind: GroupKind
    description: str
    mode: EnrollmentMode = EnrollmentMode.OPEN
    capacity: int | None = 12
    min_size: int | None = 3
    duration: int = 90
    frequency: Frequency = Frequency.WEEKLY
    interval: int = 1
    # Weekday sets to choose from, in order of preference.
    day_options: tuple[tuple[int, ...], ...] = ((MON,),)
    nth: tuple[int, ...] = ()
    count: int | None = None
    times: tuple[time, ...] = (time(18, 0),)
    # Rooms that suit the group, in order of preference; empty means it meets off-site.
    rooms: tuple[str, ...] = ("Group Room A",)
    # Start and end in months after the history start (negative start: before it), or in
    # days relative to today for the groups placed around the present.
    start_month: float = 0.0
    end_month: float | None = None
    start_days_from_today: int | None = None
    co_facilitator: bool = False
    # Preferred lead: a team key ("specialist", "director", ...).
    lead: str | None = None
    co: str | None = None
    # Roster size as a share of capacity, walk-ins per session, and how long people stay.
    fill: float = 0.8
    walk_ins: float = 0.0
    stint_weeks: tuple[int, int] = (8, 40)
    waitlist: int = 0


CORE = (
    GroupSpec(
        "recovery_circle",
        "Evening Recovery Circle",
        GroupKind.PEER_SUPPORT,
        "An open peer support circle: check-in, a topic, and a closing round.",
        day_options=((MON,), (TUE,)),
        times=(time(18, 0), time(18, 30)),
        rooms=("Group Room A", "Group Room C"),
        co_facilitator=True,
        lead="specialist",
        fill=0.85,
        walk_ins=0.4,
    ),
    GroupSpec(
        "morning_checkin",
        "Morning Check-In",
        GroupKind.PEER_SUPPORT,
        "A short drop-in to plan the day with peers. Coffee provided.",
        capacity=16,
        duration=60,
        day_options=((MON, WED, FRI),),
        times=(time(10, 0), time(9, 30)),
        rooms=("Community Room",),
        fill=0.75,
        walk_ins=0.8,
        stint_weeks=(6, 30),
    ),
    GroupSpec(
        "womens_circle",
        "Women's Recovery Circle",
        GroupKind.PEER_SUPPORT,
        "A closed circle for women in recovery. New members join at the start of each quarter.",
        mode=EnrollmentMode.CLOSED,
        capacity=10,
        min_size=4,
        day_options=((THU,), (TUE,)),
        times=(time(17, 30), time(18, 0)),
        rooms=("Group Room B", "Group Room A"),
        co_facilitator=True,
        fill=1.0,
        stint_weeks=(12, 52),
        waitlist=2,
    ),
    GroupSpec(
        "family",
        "Family & Friends Support",
        GroupKind.PEER_SUPPORT,
        "For people who love someone in recovery. Every other week.",
        interval=2,
        day_options=((TUE,), (WED,)),
        times=(time(18, 30), time(19, 0)),
        rooms=("Group Room A", "Group Room C", "Community Room"),
        fill=0.6,
        walk_ins=0.3,
        stint_weeks=(8, 52),
    ),
    GroupSpec(
        "relapse",
        "Relapse Prevention Skills",
        GroupKind.PEER_SUPPORT,
        "Skills practice on the 2nd and 4th Tuesday of the month.",
        frequency=Frequency.MONTHLY,
        nth=(2, 4),
        day_options=((TUE,),),
        times=(time(13, 0), time(10, 0)),
        rooms=("Group Room A", "Group Room C"),
        fill=0.75,
        walk_ins=0.3,
    ),
    GroupSpec(
        "online",
        "Online Evening Support",
        GroupKind.PEER_SUPPORT,
        "Peer support by video for people who cannot come in.",
        capacity=15,
        duration=60,
        day_options=((WED,), (THU,)),
        times=(time(19, 0), time(19, 30)),
        rooms=("Online Meeting Room",),
        start_month=0.0,
        fill=0.7,
        walk_ins=0.5,
    ),
    GroupSpec(
        "potluck",
        "Community Potluck",
        GroupKind.COMMUNITY,
        "Last Friday of the month: bring a dish if you can, come anyway if you can't.",
        capacity=20,
        min_size=None,
        duration=120,
        frequency=Frequency.MONTHLY,
        nth=(-1,),
        day_options=((FRI,),),
        times=(time(17, 30),),
        rooms=("Community Room",),
        co_facilitator=True,
        lead="director",
        fill=0.45,
        walk_ins=3.0,
        stint_weeks=(20, 80),
    ),
    GroupSpec(
        "volunteer",
        "Volunteer Day",
        GroupKind.COMMUNITY,
        "First Saturday of the month. Meets at the Riverside Community Garden gate.",
        capacity=15,
        min_size=None,
        duration=240,
        frequency=Frequency.MONTHLY,
        nth=(1,),
        day_options=((SAT,),),
        times=(time(10, 0),),
        rooms=(),
        fill=0.45,
        walk_ins=1.5,
        stint_weeks=(20, 80),
    ),
    GroupSpec(
        "mentoring",
        "One-to-one mentoring",
        GroupKind.MENTORING,
        "Weekly one-to-one mentoring with a peer specialist.",
        mode=EnrollmentMode.CLOSED,
        capacity=1,
        min_size=1,
        duration=60,
        day_options=((TUE,), (THU,), (MON,)),
        times=(time(11, 0), time(13, 30)),
        rooms=("Quiet Room", "Quiet Room 2"),
        start_days_from_today=-150,
        lead="specialist",
        fill=1.0,
    ),
    GroupSpec(
        "training",
        "Peer Recovery Coach Training",
        GroupKind.TRAINING,
        "Eight weekly sessions for participants who want to become peer recovery coaches.",
        mode=EnrollmentMode.CLOSED,
        capacity=12,
        min_size=4,
        duration=120,
        count=8,
        day_options=((THU,), (WED,)),
        times=(time(13, 0),),
        rooms=("Training Room", "Group Room A", "Community Room"),
        start_days_from_today=-28,
        co_facilitator=True,
        co="newest",
        fill=1.0,
        stint_weeks=(8, 8),
    ),
)


def _peer(
    key: str,
    name: str,
    description: str,
    days: tuple[tuple[int, ...], ...],
    times: tuple[time, ...],
    start: float,
    end: float | None = None,
    **more: Any,
) -> GroupSpec:
    return GroupSpec(
        key,
        name,
        GroupKind.PEER_SUPPORT,
        description,
        day_options=days,
        times=times,
        start_month=start,
        end_month=end,
        **more,
    )


_EVENING = (time(18, 0), time(18, 30), time(19, 0), time(17, 30))
_MORNING = (time(10, 0), time(9, 30), time(11, 0))
_AFTERNOON = (time(13, 0), time(13, 30))
_ROOMS = ("Group Room C", "Group Room A", "Group Room B", "Wellness Studio", "Community Room")

LARGE_EXTRA = (
    _peer(
        "mens_circle",
        "Men's Recovery Circle",
        "Open circle for men in recovery.",
        ((MON, THU), (TUE, FRI)),
        _EVENING,
        0,
        co_facilitator=True,
        rooms=_ROOMS,
        walk_ins=0.5,
    ),
    _peer(
        "young_adults",
        "Young Adults in Recovery",
        "For people aged 18 to 26.",
        ((TUE, THU), (MON, WED)),
        _EVENING,
        14,
        rooms=_ROOMS,
        walk_ins=0.5,
    ),
    _peer(
        "mindful",
        "Mindful Mornings",
        "Breathing, stretching and a short share.",
        ((TUE, THU),),
        _MORNING,
        6,
        None,
        duration=60,
        capacity=14,
        rooms=("Wellness Studio", *_ROOMS),
        walk_ins=0.8,
    ),
    _peer(
        "art",
        "Creative Recovery Art Studio",
        "Drawing, collage and conversation.",
        ((TUE, FRI), (WED, FRI)),
        _AFTERNOON,
        20,
        duration=120,
        capacity=10,
        rooms=("Wellness Studio", "Group Room C"),
        walk_ins=0.4,
    ),
    _peer(
        "veterans",
        "Veterans Peer Circle",
        "A closed circle for veterans.",
        ((MON, WED), (TUE, THU)),
        _EVENING,
        30,
        mode=EnrollmentMode.CLOSED,
        capacity=10,
        min_size=4,
        rooms=_ROOMS,
        fill=0.9,
        stint_weeks=(16, 70),
    ),
    _peer(
        "spanish",
        "Grupo de Apoyo en Español",
        "Spanish-language peer support.",
        ((MON, WED), (TUE, THU)),
        _EVENING,
        8,
        rooms=_ROOMS,
        walk_ins=0.5,
    ),
    _peer(
        "parenting",
        "Parenting in Recovery",
        "Closed group for parents.",
        ((WED,), (TUE,)),
        _MORNING,
        40,
        100,
        mode=EnrollmentMode.CLOSED,
        capacity=10,
        rooms=_ROOMS,
        fill=0.9,
        stint_weeks=(12, 40),
    ),
    _peer(
        "reentry",
        "Reentry Peer Support",
        "For people coming home from incarceration.",
        ((MON, THU), (TUE, FRI)),
        _AFTERNOON,
        24,
        rooms=_ROOMS,
        walk_ins=0.6,
    ),
    GroupSpec(
        "walk",
        "Walk and Talk",
        GroupKind.COMMUNITY,
        "A gentle hour's walk. Meets at the front entrance.",
        capacity=15,
        min_size=None,
        duration=60,
        day_options=((WED, FRI), (TUE, THU)),
        times=(time(11, 0), time(10, 0)),
        rooms=(),
        start_month=10,
        fill=0.55,
        walk_ins=1.2,
    ),
    GroupSpec(
        "jobs",
        "Job Readiness Workshop",
        GroupKind.COMMUNITY,
        "CVs, interviews and talking about gaps in work history.",
        day_options=((TUE, THU), (MON, WED)),
        times=_AFTERNOON,
        rooms=_ROOMS,
        start_month=50,
        end_month=90,
        walk_ins=0.8,
    ),
    _peer(
        "harm_reduction",
        "Harm Reduction Conversations",
        "Open, non-judgemental talk.",
        ((MON, FRI), (TUE, THU)),
        _MORNING,
        60,
        duration=60,
        rooms=_ROOMS,
        walk_ins=1.0,
    ),
    _peer(
        "grief",
        "Grief and Loss in Recovery",
        "A closed eight-person group.",
        ((THU,), (MON,)),
        _MORNING,
        36,
        80,
        mode=EnrollmentMode.CLOSED,
        capacity=8,
        min_size=3,
        rooms=_ROOMS,
        fill=0.9,
        stint_weeks=(12, 30),
    ),
    _peer(
        "drop_in",
        "Lunchtime Drop-In",
        "Bring your lunch; no sign-up needed.",
        ((MON, TUE, WED, THU, FRI),),
        (time(12, 0), time(12, 30)),
        0,
        duration=60,
        capacity=18,
        rooms=("Community Room", "Wellness Studio"),
        fill=0.75,
        walk_ins=1.2,
    ),
    _peer(
        "wellness",
        "Wellness and Nutrition Circle",
        "Cooking on a budget, sleep, movement.",
        ((WED, FRI), (TUE, THU)),
        _AFTERNOON,
        70,
        rooms=_ROOMS,
        walk_ins=0.6,
    ),
)

# Month offsets of past training cohorts and mentoring pairs (start, end or None).
_COHORT_MONTHS = (4, 16, 28, 40, 52, 64, 76, 88, 100)
_MENTORING_MONTHS = ((6, 14), (19, 31), (33, 39), (47, 61), (62, 72), (78, 87), (106, None))


def large_programme() -> tuple[GroupSpec, ...]:
    """Forty groups over ten years: the core programme, extra circles that opened and
    closed, a coaching cohort every year and a run of mentoring pairs."""
    busier: dict[str, dict[str, Any]] = {  # a bigger center runs its core groups more often
        "morning_checkin": {"day_options": ((MON, TUE, WED, THU, FRI),)},
        "recovery_circle": {"day_options": ((MON, WED), (TUE, THU))},
        "online": {"day_options": ((TUE, THU), (WED, FRI)), "start_month": 48.0},
    }
    core = tuple(replace(spec, **busier.get(spec.key, {})) for spec in CORE)
    training = next(s for s in CORE if s.key == "training")
    mentoring = next(s for s in CORE if s.key == "mentoring")
    cohorts = tuple(
        replace(
            training,
            key=f"training_{i}",
            start_days_from_today=None,
            start_month=float(month),
            co=None,
            name=f"{training.name} (cohort {i + 1})",
        )
        for i, month in enumerate(_COHORT_MONTHS)
    )
    pairs = tuple(
        replace(
            mentoring,
            key=f"mentoring_{i}",
            start_days_from_today=None,
            start_month=float(start),
            end_month=None if end is None else float(end),
            lead=None,
        )
        for i, (start, end) in enumerate(_MENTORING_MONTHS)
    )
    return core + LARGE_EXTRA + cohorts + pairs
