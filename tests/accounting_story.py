"""A demo participant whose record several people touch, for the accounting tests: the peer
specialist opens their record, the front desk looks at an attendance list and saves the sign-in
sheet with their name, the supervisor finds them in a search and corrects a past mark."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from peercenter.commands import demo
from peercenter.db.engine import Database
from peercenter.db.models import Attendance, GroupSession, Participant
from peercenter.domain.enums import AttendanceStatus, ParticipantStatus, SessionStatus
from peercenter.services import auth, participants
from peercenter.services.clock import now
from peercenter.services.handouts import gather
from peercenter.services.schedule import attendance

# What the accounting says about each of those, in its own words.
EXPECTED = (
    "Opened their record",
    "Saw their name on the attendance list of",
    "Saved as a file the sign-in sheet of",
    "Saw their name in a list of participants",
    "Corrected their mark to excused at",
)


@dataclass(frozen=True)
class Story:
    database: Database
    participant_id: int
    other_id: int  # a participant none of this concerns
    name: str


def demo_with_story(folder: Path) -> Story:
    assert demo.ensure_demo(folder) is not None
    db = Database.from_url(demo.demo_url(folder))
    people = {
        name: auth.login(db, name, demo.DEMO_PASSWORD)
        for name in ("frontdesk", "specialist", "supervisor")
    }
    with db.reader() as s:
        # Someone on a sign-in sheet, with a mark at a past session of their group.
        pid, session_id = s.execute(
            select(Attendance.participant_id, Attendance.session_id)
            .join(GroupSession, GroupSession.id == Attendance.session_id)
            .join(Participant, Participant.id == Attendance.participant_id)
            .where(
                Participant.consent_on_sign_in.is_(True),
                Participant.status == ParticipantStatus.ACTIVE,
                Attendance.is_walk_in.is_(False),
                Attendance.status == AttendanceStatus.PRESENT,
                GroupSession.status == SessionStatus.SCHEDULED,
                GroupSession.starts_at < now(),
            )
            .order_by(GroupSession.starts_at.desc())
            .limit(1)
        ).one()
        person = s.get(Participant, pid)
        assert person is not None
        preferred = person.preferred_name
        other = s.scalar(select(Participant.id).where(Participant.id != pid).limit(1))
        assert other is not None
    with db.session() as s:
        participants.get(s, people["specialist"], pid)
    with db.session() as s:
        attendance.attendance_sheet(s, people["frontdesk"], session_id)
        gather.sign_in_sheet(
            s, people["frontdesk"], session_id, gather.print_options(s), action="export"
        )
    with db.reader() as s:
        participants.search(s, people["supervisor"], preferred)
    with db.session() as s:
        attendance.mark(s, people["supervisor"], session_id, pid, AttendanceStatus.EXCUSED)
    return Story(db, pid, other, preferred)
