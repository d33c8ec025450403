"""An accounting for one participant (administrators): every view, print, export and change
concerning them over a period, as the audit trail has it. What a program produces when a
participant asks who saw their record (42 CFR Part 2).

Found in the trail: events about their record itself, attendance and roster events naming
them, and views and papers that listed them (rosters, attendance lists, searches, sign-in
sheets: the ids they showed, see peercenter.domain.access_log.LISTED). Views older than the
retention may have been deleted; the accounting says from when on views are complete."""

from __future__ import annotations

import csv
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import IO, Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from peercenter.db.models import AuditEvent, Group, GroupSession, Participant
from peercenter.domain import access_log, timefmt
from peercenter.domain.errors import NotFound, ValidationError
from peercenter.domain.names import participant_display_name
from peercenter.domain.permissions import Permission
from peercenter.domain.spreadsheet import neutralise
from peercenter.i18n import N_, _, ngettext
from peercenter.services import audit, participants, settings
from peercenter.services.clock import day_bounds
from peercenter.services.context import Actor, require

# Events about the person's record itself: entity_id is their id.
_THEIR_RECORD = (access_log.PARTICIPANT, access_log.PARTICIPANT_ATTENDANCE)
# Events naming them in their details ("participant": id).
_NAMING = ("attendance", "enrollment")
# Events that showed or printed a list of people, with the ids as ranges.
_LISTS = (
    access_log.PARTICIPANT_SEARCH,
    access_log.ROSTER,
    access_log.ATTENDANCE_LIST,
    "sign_in_sheet",
)
_SHOWN = (access_log.VIEW, "print", "export", "preview")
CSV_COLUMNS = ["event", "when", "who", "computer", "what", "action", "record", "record_id"]


@dataclass(frozen=True)
class AccessEntry:
    event_id: int
    at: datetime  # UTC
    local_at: datetime  # in the center's time zone
    username: str
    computer: str  # "" when the event did not say (changes, prints)
    what: str  # in plain words
    action: str
    entity: str
    entity_id: str


@dataclass(frozen=True)
class Accounting:
    participant_id: int
    name: str
    since: date | None
    until: date | None
    entries: tuple[AccessEntry, ...]  # oldest first
    # Views before this moment were deleted after the retention (None: none deleted yet).
    views_complete_from: datetime | None


def find(session: Session, actor: Actor, typed: str) -> int:
    """The participant a name or record number means; several matches are listed with their
    numbers so the right one can be given."""
    require(actor, Permission.ACCOUNT_FOR_PARTICIPANT)
    text = " ".join(typed.split())
    if not text:
        raise ValidationError(
            _("Type the participant's name or record number."), field="participant"
        )
    if text.lstrip("#").isdigit():
        pid = int(text.lstrip("#"))
        if 0 < pid < 2**31 and session.get(Participant, pid) is not None:
            return pid
        raise NotFound(
            _("There is no participant number {number}.").format(number=text.lstrip("#"))
        )
    found = _matches(session, actor, text)
    if not found:
        raise NotFound(
            _("Nobody is called “{name}”. Give their name or record number.").format(name=text)
        )
    if len(found) > 1:
        shown = "; ".join(
            _("{name} (number {number})").format(name=label, number=pid) for pid, label in found[:8]
        )
        if len(found) > 8:
            shown += _(" and {count} more").format(count=len(found) - 8)
        raise ValidationError(
            _("{count} people match “{name}”: {people}. Give the record number.").format(
                count=len(found), name=text, people=shown
            ),
            field="participant",
        )
    return found[0][0]


def _matches(session: Session, actor: Actor, text: str) -> list[tuple[int, str]]:
    query = select(Participant)
    for word in text.split():
        pattern = word.rstrip(".").lower().replace("%", "").replace("_", "")
        query = query.where(
            or_(
                Participant.preferred_name.ilike(f"{pattern}%"),
                Participant.last_name.ilike(f"{pattern}%"),
            )
        )
    people = list(session.scalars(query.order_by(Participant.id).limit(200)))
    told_apart = participants.labels(session, actor, people)
    return [(p.id, told_apart[p.id]) for p in people]


def account_for(
    session: Session,
    actor: Actor,
    participant_id: int,
    since: date | None = None,
    until: date | None = None,
) -> Accounting:
    """Everything the trail holds about one participant, oldest first. Producing it is
    itself recorded (and shows in the next accounting)."""
    require(actor, Permission.ACCOUNT_FOR_PARTICIPANT)
    if since and until and since > until:
        raise ValidationError(_("The 'from' date is after the 'to' date."), field="since")
    person = session.get(Participant, participant_id)
    if person is None:
        raise NotFound(_("That participant no longer exists."))
    tz = settings.center_timezone(session)
    key = str(participant_id)
    about = or_(
        and_(AuditEvent.entity.in_(_THEIR_RECORD), AuditEvent.entity_id == key),
        and_(
            AuditEvent.entity.in_(_NAMING),
            AuditEvent.details["participant"].as_string() == key,
        ),
        and_(AuditEvent.entity.in_(_LISTS), AuditEvent.action.in_(_SHOWN)),
    )
    query = select(AuditEvent).where(about)
    if since:
        query = query.where(AuditEvent.at >= day_bounds(since, tz)[0])
    if until:
        query = query.where(AuditEvent.at < day_bounds(until, tz)[1])
    events = [e for e in session.scalars(query.order_by(AuditEvent.id)) if _concerns(e, key)]
    words = _Words(session, tz)
    entries = tuple(
        AccessEntry(
            e.id,
            e.at,
            e.at.astimezone(tz),
            e.username,
            str((e.details or {}).get(access_log.COMPUTER, "")),
            words.describe(e),
            e.action,
            e.entity,
            e.entity_id or "",
        )
        for e in events
    )
    audit.record(
        session,
        actor,
        "account",
        access_log.PARTICIPANT,
        participant_id,
        {
            "since": since.isoformat() if since else None,
            "until": until.isoformat() if until else None,
            "rows": len(entries),
        },
    )
    return Accounting(
        participant_id,
        participant_display_name(person.preferred_name, person.last_name),
        since,
        until,
        entries,
        _views_complete_from(session),
    )


def _concerns(event: AuditEvent, key: str) -> bool:
    details = event.details or {}
    if event.entity in _THEIR_RECORD:
        return event.entity_id == key
    if str(details.get("participant")) == key:
        return True
    listed = details.get(access_log.LISTED)
    return isinstance(listed, str) and access_log.in_ranges(listed, int(key))


def _views_complete_from(session: Session) -> datetime | None:
    newest = session.scalar(
        select(AuditEvent.details)
        .where(AuditEvent.action == access_log.PRUNE, AuditEvent.entity == "audit")
        .order_by(AuditEvent.id.desc())
        .limit(1)
    )
    try:
        return datetime.fromisoformat(str((newest or {})["older_than"]))
    except (KeyError, TypeError, ValueError):
        return None


class _Words:
    """Events in the words of a letter to the participant; groups and sessions are named
    as they are now (a deleted one by its number)."""

    def __init__(self, session: Session, tz: Any) -> None:
        self.session = session
        self.tz = tz

    def group(self, group_id: Any) -> str:
        found = self.session.get(Group, _int(group_id))
        if found is None:
            return _("group number {number}").format(number=group_id)
        return f"“{found.name}”"

    def meeting(self, session_id: Any) -> str:
        row = self.session.get(GroupSession, _int(session_id))
        if row is None:
            return _("session number {number}").format(number=session_id)
        starts = row.starts_at.astimezone(self.tz)
        return _("“{group}” on {day} at {time}").format(
            group=row.group.name, day=timefmt.date_text(starts), time=timefmt.clock(starts)
        )

    def describe(self, e: AuditEvent) -> str:
        d = e.details or {}
        entity, action = e.entity, e.action
        if entity == access_log.PARTICIPANT:
            return _record_words(action, d)
        if entity == access_log.PARTICIPANT_ATTENDANCE:
            return _("Looked at their attendance")
        if entity == access_log.PARTICIPANT_SEARCH:
            count = d.get("count")
            if count:
                return ngettext(
                    "Saw their name in a list of participants ({count} person)",
                    "Saw their name in a list of participants ({count} people)",
                    int(count),
                ).format(count=count)
            return _("Saw their name in a list of participants")
        if entity == access_log.ROSTER:
            return _("Saw their name on the roster of {group}").format(
                group=self.group(e.entity_id)
            )
        if entity == access_log.ATTENDANCE_LIST and action == access_log.VIEW:
            return _("Saw their name on the attendance list of {meeting}").format(
                meeting=self.meeting(e.entity_id)
            )
        if entity == "sign_in_sheet":
            verbs = {
                "print": N_("Printed the sign-in sheet of {meeting}, with their name"),
                "export": N_("Saved as a file the sign-in sheet of {meeting}, with their name"),
                "preview": N_("Previewed the sign-in sheet of {meeting}, with their name"),
            }
            words = verbs.get(action)
            if words is None:
                return f"{action} sign_in_sheet {self.meeting(e.entity_id)}"
            return _(words).format(meeting=self.meeting(e.entity_id))
        if entity == "attendance":
            return _attendance_words(action, d, self.meeting(e.entity_id))
        if entity == "enrollment":
            return _enrollment_words(action, self.group(d.get("group")))
        return f"{action} {entity}"


def _record_words(action: str, d: dict[str, Any]) -> str:
    if action == access_log.VIEW:
        if d.get("contact"):
            return _("Opened their record with their contact details and notes")
        return _("Opened their record")
    if action == "create":
        if d.get("source"):
            return _("Added them ({source})").format(source=d["source"])
        return _("Added them")
    if action == "update":
        fields = ", ".join(k.replace("_", " ") for k in d if k != access_log.COMPUTER)
        if fields:
            return _("Changed their record ({fields})").format(fields=fields)
        return _("Changed their record")
    if action == "account":
        return _("Produced an accounting of who saw their record")
    return f"{action} participant"


def _attendance_words(action: str, d: dict[str, Any], meeting: str) -> str:
    status = str(d.get("status") or "").replace("_", " ")
    if action == "check_in":
        return _("Marked them {status} at {meeting}").format(status=status, meeting=meeting)
    if action == "walk_in":
        return _("Added them as a walk-in, {status}, at {meeting}").format(
            status=status, meeting=meeting
        )
    if action == "correct":
        if status:
            return _("Corrected their mark to {status} at {meeting}").format(
                status=status, meeting=meeting
            )
        return _("Corrected their mark at {meeting}").format(meeting=meeting)
    if action == "remove":
        return _("Removed their mark at {meeting}").format(meeting=meeting)
    return f"{action} attendance {meeting}"


_ENROLLMENT_WORDS = {
    "enroll": N_("Enrolled them in {group}"),
    "waitlist": N_("Put them on the waitlist of {group}"),
    "offer_place": N_("Offered them a place in {group}"),
    "accept_offer": N_("Gave them the place offered in {group}"),
    "remove": N_("Took them off the roster of {group}"),
    "end": N_("Ended their enrollment in {group}"),
    "reorder_waitlist": N_("Moved them on the waitlist of {group}"),
}


def _enrollment_words(action: str, group: str) -> str:
    words = _ENROLLMENT_WORDS.get(action)
    return _(words).format(group=group) if words else f"{action} enrollment {group}"


def _int(value: Any) -> int:
    try:
        number = int(str(value))
    except ValueError:
        return 0
    return number if 0 < number < 2**31 else 0


def write_csv(accounting: Accounting, out: IO[str]) -> int:
    """The accounting as CSV, oldest first; cells a spreadsheet would run as formulas are
    made plain text."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for e in accounting.entries:
        writer.writerow(
            [
                str(e.event_id),
                e.local_at.isoformat(timespec="seconds"),
                *(
                    neutralise(v)
                    for v in (e.username, e.computer, e.what, e.action, e.entity, e.entity_id)
                ),
            ]
        )
    return len(accounting.entries)


def as_json(accounting: Accounting) -> dict[str, Any]:
    return {
        "participant_id": accounting.participant_id,
        "name": accounting.name,
        "since": accounting.since.isoformat() if accounting.since else None,
        "until": accounting.until.isoformat() if accounting.until else None,
        "views_complete_from": (
            accounting.views_complete_from.isoformat() if accounting.views_complete_from else None
        ),
        "entries": [
            {**asdict(e), "at": e.at.isoformat(), "local_at": e.local_at.isoformat()}
            for e in accounting.entries
        ],
    }
