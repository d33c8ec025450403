"""The day's agenda the front desk sees on opening the program."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from peercenter.db.engine import Database
from peercenter.db.models import Attendance, Enrollment, Group, GroupFacilitator, Room
from peercenter.domain.enums import AttendanceStatus, GroupKind
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.services import participants, series, settings, staff, today
from tests.factories import center


def test_agenda_lists_the_days_sessions_with_counts(database: Database) -> None:
    admin = center(database, tz="America/Chicago")
    with database.session() as s:
        lead = staff.create_staff(s, admin, staff.StaffForm("Jordan", "Reyes")).id
        pid = participants.create(s, admin, participants.ParticipantForm("Maria", "G")).id
        room = Room(name="Group Room A", capacity=12)
        first = date(2026, 11, 3)
        group = Group(
            name="Tuesday Evening Circle",
            kind=GroupKind.PEER_SUPPORT,
            rrule=Recurrence(Frequency.WEEKLY, weekdays=(1,)).to_rrule(first),
            first_date=first,
            start_time=time(18, 0),
            duration_minutes=90,
            room=room,
            capacity=10,
        )
        group.facilitators = [GroupFacilitator(staff_id=lead)]
        s.add_all([room, group])
        s.flush()
        series.materialize(s, group, settings.center_timezone(s), date(2026, 12, 31))
        s.add(Enrollment(group_id=group.id, participant_id=pid, from_date=first))
        s.flush()
        tuesday = today.agenda(s, admin, date(2026, 11, 24))
        s.add(
            Attendance(
                session_id=tuesday[0].session_id,
                participant_id=pid,
                status=AttendanceStatus.PRESENT,
                recorded_at=datetime.now(UTC),
            )
        )
    with database.reader() as s:
        items = today.agenda(s, admin, date(2026, 11, 24))
        assert today.agenda(s, admin, date(2026, 11, 25)) == []
    assert len(items) == 1
    item = items[0]
    assert (item.group_name, item.room, item.facilitators) == (
        "Tuesday Evening Circle",
        "Group Room A",
        "Jordan Reyes",
    )
    assert item.starts_at.hour == 18 and item.starts_at.tzinfo is not None
    assert (item.enrolled, item.attended, item.capacity) == (1, 1, 10)
    assert item.marked == 1 and item.held_text() == "Held (1 present)"


def test_a_new_center_counts_what_it_has_set_up(database: Database) -> None:
    admin = center(database)
    with database.reader() as s:
        fresh = today.setup_counts(s, admin)
    assert (fresh.rooms, fresh.staff, fresh.groups, fresh.participants) == (0, 1, 0, 0)
    assert fresh.is_new
    with database.session() as s:
        s.add(Room(name="Den"))
        participants.create(s, admin, participants.ParticipantForm("Maria", "G"))
        s.add(
            Group(
                name="Circle",
                kind=GroupKind.PEER_SUPPORT,
                rrule="FREQ=DAILY;COUNT=1",
                first_date=date(2026, 11, 3),
                start_time=time(18, 0),
                duration_minutes=90,
            )
        )
    with database.reader() as s:
        later = today.setup_counts(s, admin)
    assert (later.rooms, later.groups, later.participants, later.is_new) == (1, 1, 1, False)
