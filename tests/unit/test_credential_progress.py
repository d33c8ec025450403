"""Progress toward each shipped program, computed on hand-made cases."""

from __future__ import annotations

from datetime import date, timedelta

from peercenter.domain.credentials.alerts import AlertLevel, program_alerts, urgency_key
from peercenter.domain.credentials.evidence import Source
from peercenter.domain.credentials.status import Status
from tests.unit.credential_cases import (
    direct,
    hours,
    progress,
    req,
    session,
    supervision,
    training,
)

TODAY = date(2026, 6, 1)


# --- IC&RC Peer Recovery -------------------------------------------------------------------


def test_icrc_training_by_domain_and_unverified_hours_shown_but_not_counted() -> None:
    result = progress(
        "icrc-pr",
        TODAY,
        date(2026, 1, 5),
        training=(
            training(date(2025, 9, 1), 10, "Advocacy"),
            training(date(2025, 9, 8), 10, "Mentoring/Education"),
            training(date(2025, 9, 15), 6, "Recovery/Wellness Support"),
            training(date(2026, 2, 1), 4, "Recovery/Wellness Support", verified=False),
            training(date(2025, 10, 1), 16, "ethics"),  # the alias, any case
            training(date(2025, 11, 1), 4, "First Aid"),  # outside the four domains
            training(date(2025, 11, 2), 3),  # no domain at all
        ),
    )
    total = req(result, "Training, all domains")
    assert total.requirement.domains == (
        "Advocacy",
        "Mentoring/Education",
        "Recovery/Wellness Support",
        "Ethical Responsibility",
        "Ethics",
    )
    assert (hours(total.completed_minutes), hours(total.missing_minutes)) == (42, 4)
    assert hours(total.unverified_minutes) == 4
    assert "First Aid" not in {e.description for e in total.entries}
    recovery = req(result, "Training: Recovery/Wellness Support")
    assert (hours(recovery.completed_minutes), hours(recovery.missing_minutes)) == (6, 4)
    assert [e.minutes for e in recovery.pending] == [240]
    assert req(result, "Training: Ethical Responsibility").status is Status.MET
    assert req(result, "Training: Advocacy").status is Status.MET
    messages = [a.message for a in program_alerts(result)]
    assert any("4 h of training (1 record) wait for a supervisor to verify" in m for m in messages)
    # Renewal requirements wait until the credential is achieved.
    assert req(result, "Continuing education").status is Status.NOT_YET


def test_icrc_experience_never_counts_a_facilitated_hour_twice() -> None:
    started = date(2026, 3, 2)
    d1, d2, d3 = date(2026, 3, 10), date(2026, 3, 11), date(2026, 3, 12)
    result = progress(
        "icrc-pr",
        TODAY,
        started,
        facilitated=(
            session(d1, 2, 1),
            session(d1, 1.5, 2),
            session(d2, 2, 3),
            session(date(2026, 2, 20), 2, 4),
        ),  # before the start: not counted
        direct_service=(
            direct(d1, 5, 10),  # 3.5 h already in sessions: 1.5 h more
            direct(d2, 1, 11),  # fully inside the 2 h session: nothing more
            direct(d3, 3, 12),
        ),
    )  # no session that day: all of it
    experience = req(result, "Supervised work experience")
    assert hours(experience.completed_minutes) == 3.5 + 1.5 + 2 + 3
    counted = {(e.source, e.source_id): e.minutes for e in experience.entries}
    assert counted[(Source.TIME_ENTRY, 10)] == 90
    assert (Source.TIME_ENTRY, 11) not in counted
    assert counted[(Source.TIME_ENTRY, 12)] == 180
    assert (Source.SESSION, 4) not in counted
    entry = next(e for e in experience.entries if e.source_id == 10)
    assert entry.entered_minutes == 300 and "already counted" in entry.note


def test_icrc_two_time_entries_on_one_day_share_the_facilitated_minutes() -> None:
    day = date(2026, 4, 6)
    result = progress(
        "icrc-pr",
        TODAY,
        date(2026, 4, 1),
        facilitated=(session(day, 2, 1),),
        direct_service=(direct(day, 1.5, 20), direct(day, 1.5, 21)),
    )
    experience = req(result, "Supervised work experience")
    assert hours(experience.completed_minutes) == 3  # max(2, 1.5 + 1.5)


def test_icrc_supervision_hours_count_individual_and_group() -> None:
    result = progress(
        "icrc-pr",
        TODAY,
        date(2026, 1, 5),
        supervision=(
            supervision(date(2026, 1, 12), 1),
            supervision(date(2026, 1, 19), 1.5, group=True),
            supervision(date(2025, 12, 1), 2),
        ),
    )  # before the enrollment
    item = req(result, "Supervision")
    assert hours(item.completed_minutes) == 2.5
    assert hours(item.missing_minutes) == 22.5


def test_icrc_pace_over_eight_weeks_projects_a_completion_date() -> None:
    started = date(2025, 1, 6)
    # 10 h a week for the last eight weeks, 300 h long before.
    sessions = [session(TODAY - timedelta(days=7 * w + 1), 10, w + 1) for w in range(8)]
    sessions.append(session(date(2025, 2, 3), 300, 99))
    result = progress("icrc-pr", TODAY, started, facilitated=tuple(sessions))
    experience = req(result, "Supervised work experience")
    assert hours(experience.completed_minutes) == 380
    assert experience.pace_minutes_per_week == 600
    assert experience.projected_on == TODAY + timedelta(days=84)  # 120 h at 10 h a week
    assert experience.status is Status.ON_TRACK


def test_icrc_no_recent_hours_means_no_projection() -> None:
    result = progress(
        "icrc-pr", TODAY, date(2025, 1, 6), facilitated=(session(date(2025, 2, 3), 20, 1),)
    )
    experience = req(result, "Supervised work experience")
    assert experience.projected_on is None
    assert experience.status is Status.NO_RECENT_PROGRESS


def test_icrc_pace_for_a_recent_start_uses_the_weeks_since_the_start() -> None:
    started = TODAY - timedelta(days=13)  # two weeks
    result = progress(
        "icrc-pr", TODAY, started, facilitated=(session(started, 10, 1), session(TODAY, 10, 2))
    )
    assert req(result, "Supervised work experience").pace_minutes_per_week == 600


def test_icrc_renewal_cycle_counts_continuing_education_of_this_cycle_only() -> None:
    achieved = date(2024, 3, 1)  # cycles: 2024-03-01..2026-02-28, 2026-03-01..2028-02-29
    result = progress(
        "icrc-pr",
        TODAY,
        date(2023, 1, 2),
        achieved=achieved,
        training=(
            training(date(2026, 2, 15), 10, ce=True),  # the previous cycle
            training(date(2026, 3, 10), 12, ce=True),
            training(date(2026, 4, 1), 4, "Ethics", ce=True),
            training(date(2026, 5, 1), 8, "Ethics"),  # not approved for CE credit
        ),
    )
    assert result.cycle is not None
    assert (result.cycle.start, result.cycle.due) == (date(2026, 3, 1), date(2028, 2, 29))
    ce = req(result, "Continuing education")
    assert (hours(ce.completed_minutes), hours(ce.missing_minutes)) == (16, 4)
    ethics = req(result, "Continuing education: ethics")
    assert (hours(ethics.completed_minutes), hours(ethics.missing_minutes)) == (4, 2)
    assert ethics.deadline == date(2028, 2, 29)
    # Initial requirements are closed once the credential is held.
    experience = req(result, "Supervised work experience")
    assert experience.status is Status.ACHIEVED and experience.missing_minutes == 0
    assert [r.requirement.name for r in result.current] == [
        "Continuing education",
        "Continuing education: ethics",
    ]


def test_renewal_warnings_at_90_60_and_30_days() -> None:
    achieved = date(2024, 9, 1)

    def levels(days_left: int) -> list[AlertLevel]:
        result = progress(
            "icrc-pr",
            TODAY,
            date(2024, 1, 1),
            achieved=achieved,
            expires=TODAY + timedelta(days=days_left),
        )
        return [
            a.level
            for a in program_alerts(result)
            if "renewal is due" in a.message or "expired" in a.message
        ]

    assert levels(120) == []
    assert levels(90) == [AlertLevel.NOTICE]
    assert levels(61) == [AlertLevel.NOTICE]
    assert levels(60) == [AlertLevel.WARNING]
    assert levels(31) == [AlertLevel.WARNING]
    assert levels(30) == [AlertLevel.CRITICAL]
    assert levels(0) == [AlertLevel.CRITICAL]
    assert levels(-1) == [AlertLevel.CRITICAL]
    result = progress(
        "icrc-pr", TODAY, date(2024, 1, 1), achieved=achieved, expires=TODAY + timedelta(days=45)
    )
    message = next(a.message for a in program_alerts(result) if "renewal" in a.message)
    assert "due in 45 days" in message and "Continuing education 20 h" in message


# --- NAADAC NCPRSS ---------------------------------------------------------------------------


def test_naadac_ethics_and_hiv_hours_count_only_within_the_last_six_years() -> None:
    result = progress(
        "naadac-ncprss",
        TODAY,
        date(2026, 1, 5),
        training=(
            training(date(2019, 5, 1), 6, "Ethics", title="Old ethics"),  # seven years ago
            training(date(2021, 1, 10), 3, "Ethics", title="Ethics 1"),
            training(date(2025, 11, 2), 6, "HIV/Bloodborne Pathogens"),
            training(date(2025, 12, 1), 40, "Peer recovery"),
            training(date(2025, 12, 8), 8, "Forklift safety"),  # not peer recovery
        ),
    )
    # 3 ethics + 6 HIV + 40 peer recovery + the old 6 ethics: the 60 hours have no time limit.
    assert hours(req(result, "Contact hours of education and training").completed_minutes) == 55
    ethics = req(result, "Ethics (last six years)")
    assert (hours(ethics.completed_minutes), hours(ethics.missing_minutes)) == (3, 3)
    assert ethics.window_start == date(2020, 6, 2)
    assert req(result, "HIV/bloodborne pathogens (last six years)").status is Status.MET


# --- Texas peer specialist -------------------------------------------------------------------

TX_START = date(2026, 1, 5)  # a Monday; the six months end on 4 Jul 2026


def _tx_sessions(until: date, hours_each: float) -> tuple[object, ...]:
    days = [TX_START + timedelta(days=n) for n in range((until - TX_START).days + 1)]
    return tuple(session(d, hours_each, i + 1) for i, d in enumerate(days) if d.weekday() < 5)


def test_texas_250_hours_within_six_months_behind_at_this_pace() -> None:
    today = date(2026, 4, 30)
    result = progress(
        "texas-hhsc-ps", today, TX_START, facilitated=_tx_sessions(today, 1.5)
    )  # 7.5 h a week
    experience = req(result, "Supervised work experience (initial certification)")
    assert experience.deadline == date(2026, 7, 4)
    assert experience.pace_minutes_per_week == 450
    # 250 h at 7.5 h a week cannot be done in the time left: it is behind, with the reason.
    assert experience.status is Status.BEHIND
    assert "by 4 Jul 2026" in experience.explanation


def test_texas_experience_that_no_longer_fits_before_the_limit_cannot_be_met() -> None:
    today = date(2026, 6, 20)  # 15 days left, 40 h a week: at most about 85 h fit
    result = progress(
        "texas-hhsc-ps", today, TX_START, facilitated=(session(date(2026, 2, 2), 100, 1),)
    )
    experience = req(result, "Supervised work experience (initial certification)")
    assert experience.status is Status.CANNOT_BE_MET
    assert "at most 85 h" in experience.explanation
    assert any(
        a.level is AlertLevel.CRITICAL and "cannot be met in time" in a.message
        for a in program_alerts(result)
    )


def test_texas_time_limit_passed_and_later_hours_do_not_count() -> None:
    today = date(2026, 8, 3)
    result = progress(
        "texas-hhsc-ps",
        today,
        TX_START,
        facilitated=(session(date(2026, 3, 2), 200, 1), session(date(2026, 7, 20), 60, 2)),
    )  # after the limit
    experience = req(result, "Supervised work experience (initial certification)")
    assert hours(experience.completed_minutes) == 200
    assert experience.status is Status.CANNOT_BE_MET
    assert "ended on 4 Jul 2026 with 50 h missing" in experience.explanation


def test_texas_weekly_supervision_during_the_initial_certification() -> None:
    weekly = "Weekly supervision (initial certification)"
    meetings = (
        supervision(date(2026, 1, 7), 1),
        supervision(date(2026, 1, 16), 1),
        supervision(date(2026, 1, 29), 1, group=True),
    )  # no meeting in week 3
    today = date(2026, 2, 4)  # Wednesday of week 5; week 4 had supervision
    result = progress("texas-hhsc-ps", today, TX_START, supervision=meetings)
    item = req(result, weekly)
    # Caught up this week, but the missed week stays missed: not "on schedule".
    assert item.status is Status.GAPS and item.status.label == "Gaps"
    assert item.missed_periods == ((date(2026, 1, 19), date(2026, 1, 25)),)
    assert item.next_due == date(2026, 2, 8)
    assert item.explanation.startswith("1 week without supervision (the week of 19 Jan)")
    assert any(
        a.level is AlertLevel.INFO and "the week of 19 Jan" in a.message
        for a in program_alerts(result)
    )
    # A week later, week 5 went by without supervision: overdue.
    later = progress("texas-hhsc-ps", date(2026, 2, 10), TX_START, supervision=meetings)
    item = req(later, weekly)
    assert item.status is Status.OVERDUE
    assert "week of 2 Feb" in item.explanation
    assert any(a.level is AlertLevel.CRITICAL for a in program_alerts(later))


def test_weekly_supervision_every_week_is_on_schedule_and_gaps_are_listed() -> None:
    weekly = "Weekly supervision (initial certification)"
    every_week = tuple(supervision(date(2026, 1, 7) + timedelta(weeks=n), n) for n in range(5))
    kept_up = progress("texas-hhsc-ps", date(2026, 2, 4), TX_START, supervision=every_week)
    kept = req(kept_up, weekly)
    assert kept.status is Status.ON_SCHEDULE and kept.missed_periods == ()
    assert kept.status.label == "On schedule"
    # Six weeks went without, then supervision again last week and this week.
    sparse = tuple(supervision(d, 1) for d in (date(2026, 1, 7), date(2026, 2, 25)))
    item = req(progress("texas-hhsc-ps", date(2026, 3, 5), TX_START, supervision=sparse), weekly)
    assert item.status is Status.GAPS
    assert len(item.missed_periods) == 6
    assert item.explanation.startswith(
        "6 weeks without supervision (the weeks of 12 Jan, 19 Jan, 26 Jan and 3 more)"
    )


def test_texas_a_partial_first_week_is_not_required() -> None:
    started = date(2026, 1, 8)  # a Thursday
    result = progress(
        "texas-hhsc-ps",
        date(2026, 1, 14),
        started,
        supervision=(supervision(date(2026, 1, 13), 1),),
    )
    item = req(result, "Weekly supervision (initial certification)")
    assert item.status is Status.ON_SCHEDULE and item.missed_periods == ()


def test_texas_after_the_two_year_certification_supervision_is_monthly() -> None:
    achieved = date(2026, 5, 15)
    today = date(2026, 9, 10)
    result = progress(
        "texas-hhsc-ps",
        today,
        TX_START,
        achieved=achieved,
        supervision=(supervision(date(2026, 6, 3), 1), supervision(date(2026, 8, 20), 1)),
    )
    assert req(result, "Weekly supervision (initial certification)").status is Status.ENDED
    monthly = req(result, "Monthly supervision (two-year certification)")
    assert monthly.missed_periods == ((date(2026, 7, 1), date(2026, 7, 31)),)
    # August had one and September is still open, but July went without.
    assert monthly.status is Status.GAPS
    assert "(July 2026)" in monthly.explanation
    assert monthly.next_due == date(2026, 9, 30)
    assert result.cycle is not None and result.cycle.due == date(2028, 5, 14)
    assert (
        req(result, "Supervised work experience (initial certification)").status is Status.ACHIEVED
    )


# --- Pennsylvania CRS ------------------------------------------------------------------------


def test_pennsylvania_training_then_renewal_with_ethics_and_confidentiality() -> None:
    before = progress(
        "pennsylvania-crs",
        TODAY,
        date(2025, 9, 1),
        training=(
            training(date(2025, 10, 1), 40, "CRS Training"),
            training(date(2025, 11, 1), 30, "CRS training"),
            training(date(2025, 11, 8), 6, "Ethics"),  # not the standardized course
        ),
    )
    crs = req(before, "Recovery specialist training")
    assert (hours(crs.completed_minutes), hours(crs.missing_minutes)) == (70, 8)

    achieved = date(2025, 12, 1)
    after = progress(
        "pennsylvania-crs",
        TODAY,
        date(2025, 9, 1),
        achieved=achieved,
        training=(
            training(date(2026, 1, 10), 6, "Ethics", ce=True),
            training(date(2026, 2, 10), 3, "Confidentiality", ce=True),
            training(date(2026, 3, 10), 12, ce=True),
            training(date(2026, 4, 10), 5, "Confidentiality", verified=False, ce=True),
        ),
    )
    assert req(after, "Recovery specialist training").status is Status.ACHIEVED
    ce = req(after, "Continuing education")
    assert (hours(ce.completed_minutes), hours(ce.missing_minutes)) == (21, 9)
    assert hours(ce.unverified_minutes) == 5
    assert req(after, "Continuing education: ethics").status is Status.MET
    assert req(after, "Continuing education: confidentiality").status is Status.MET
    assert after.cycle is not None and after.cycle.due == date(2027, 11, 30)


# --- the supervisor's overview order -------------------------------------------------------


def test_urgency_orders_critical_before_warnings_before_calm() -> None:
    calm = progress("icrc-pr", TODAY, date(2026, 1, 5))
    renewal_soon = progress(
        "icrc-pr",
        TODAY,
        date(2024, 1, 1),
        achieved=date(2024, 9, 1),
        expires=TODAY + timedelta(days=50),
    )
    expired = progress(
        "icrc-pr",
        TODAY,
        date(2024, 1, 1),
        achieved=date(2024, 9, 1),
        expires=TODAY - timedelta(days=3),
    )
    keys = {
        name: urgency_key(program_alerts(p), TODAY)
        for name, p in [("calm", calm), ("soon", renewal_soon), ("expired", expired)]
    }
    assert sorted(keys, key=keys.__getitem__) == ["expired", "soon", "calm"]


def test_a_quiet_spell_far_from_the_limit_is_not_yet_behind() -> None:
    achieved = date(2025, 9, 1)  # renewal due 31 Aug 2027
    far = progress("icrc-pr", TODAY, date(2024, 1, 1), achieved=achieved)
    ce = req(far, "Continuing education")
    assert ce.status is Status.NO_RECENT_PROGRESS
    assert not [a for a in program_alerts(far) if "Continuing education" in a.message]
    near = progress(
        "icrc-pr", TODAY, date(2024, 1, 1), achieved=achieved, expires=TODAY + timedelta(days=80)
    )
    assert req(near, "Continuing education").status is Status.BEHIND


def test_progress_reads_only_the_windows_it_needs() -> None:
    from peercenter.domain.credentials.evidence import EnrollmentFacts
    from peercenter.domain.credentials.progress import evidence_windows
    from tests.unit.credential_cases import shipped

    working = EnrollmentFacts(date(2020, 1, 6))
    assert evidence_windows(shipped("icrc-pr"), working, TODAY) == [(date(2020, 1, 6), TODAY)]
    held = EnrollmentFacts(date(2016, 1, 4), achieved_on=date(2017, 2, 1))
    # From the start to the credential, then the current cycle (from 1 Feb 2025).
    assert evidence_windows(shipped("icrc-pr"), held, TODAY) == [
        (date(2016, 1, 4), date(2017, 2, 1)),
        (date(2025, 2, 1), TODAY),
    ]
