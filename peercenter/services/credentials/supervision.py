"""The supervision log: who supervised whom, when, for how long, individually or in a group,
which domains were covered, and confidential notes that only supervisors and administrators
read (never the supervisee, even about themselves; a group session's notes only the
supervisor who held it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from peercenter.db.models import Staff, SupervisionAttendee, SupervisionNote, SupervisionSession
from peercenter.domain import timefmt, validation
from peercenter.domain.enums import StaffStatus, SupervisionFormat
from peercenter.domain.errors import NotFound, PermissionDenied, ValidationError
from peercenter.domain.permissions import Permission
from peercenter.i18n import _
from peercenter.services import audit, settings
from peercenter.services.clock import local_today
from peercenter.services.context import Actor, require
from peercenter.services.credentials.access import may_see, require_person, staff_name
from peercenter.services.credentials.hours_input import check_date
from peercenter.services.updating import update_audited

MAX_MINUTES = 600


@dataclass(frozen=True)
class SupervisionForm:
    supervisor_id: int
    supervisee_ids: tuple[int, ...]
    held_on: date | None
    minutes: int | None
    format: SupervisionFormat = SupervisionFormat.INDIVIDUAL
    domains: tuple[str, ...] = ()
    topics: str = ""
    confidential_notes: str = ""


@dataclass(frozen=True)
class SupervisionRow:
    id: int
    version: int
    held_on: date
    minutes: int
    format: SupervisionFormat
    supervisor_id: int
    supervisor: str
    supervisee_ids: tuple[int, ...]
    supervisees: str
    domains: tuple[str, ...]
    topics: str
    # None when the reader may not see them (not an empty string: "no notes" differs).
    confidential_notes: str | None


def notes_visible(actor: Actor, row: SupervisionSession, supervisee_rows: list[Staff]) -> bool:
    if not actor.can(Permission.VIEW_SUPERVISION_NOTES):
        return False
    if actor.can(Permission.VIEW_TRAINING_ALL) or row.supervisor_id == actor.staff_id:
        return True
    if row.format is SupervisionFormat.GROUP:
        # What a group said is the business of whoever held it, not of every supervisor
        # with someone in the room.
        return False
    ids = {s.id for s in supervisee_rows}
    if actor.staff_id in ids:
        return False
    return any(s.supervisor_id == actor.staff_id for s in supervisee_rows)


def _notes(session: Session, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(
        select(SupervisionNote.supervision_id, SupervisionNote.notes).where(
            SupervisionNote.supervision_id.in_(ids)
        )
    )
    return dict(rows.all())


def _row(
    actor: Actor, row: SupervisionSession, people: dict[int, Staff], notes: dict[int, str]
) -> SupervisionRow:
    ids = tuple(sorted(a.staff_id for a in row.supervisees))
    attendees = sorted(
        (people[i] for i in ids if i in people),
        key=lambda s: (s.last_name.casefold(), s.first_name.casefold()),
    )
    supervisor = people.get(row.supervisor_id)
    return SupervisionRow(
        row.id,
        row.version,
        row.held_on,
        row.minutes,
        row.format,
        row.supervisor_id,
        staff_name(supervisor) if supervisor else "",
        ids,
        ", ".join(staff_name(s) for s in attendees),
        tuple(row.domains or ()),
        row.topics or "",
        notes.get(row.id, "") if notes_visible(actor, row, attendees) else None,
    )


def _people(session: Session, rows: list[SupervisionSession]) -> dict[int, Staff]:
    ids = {r.supervisor_id for r in rows} | {a.staff_id for r in rows for a in r.supervisees}
    if not ids:
        return {}
    return {s.id: s for s in session.scalars(select(Staff).where(Staff.id.in_(ids)))}


def list_for_person(session: Session, actor: Actor, staff_id: int) -> list[SupervisionRow]:
    """Supervision the person received or gave."""
    require_person(session, actor, staff_id)
    received = select(SupervisionAttendee.supervision_id).where(
        SupervisionAttendee.staff_id == staff_id
    )
    rows = list(
        session.scalars(
            select(SupervisionSession)
            .where(
                SupervisionSession.id.in_(received) | (SupervisionSession.supervisor_id == staff_id)
            )
            .options(selectinload(SupervisionSession.supervisees))
            .order_by(SupervisionSession.held_on.desc(), SupervisionSession.id.desc())
        )
    )
    people = _people(session, rows)
    readable = [
        r.id
        for r in rows
        if notes_visible(
            actor, r, [people[a.staff_id] for a in r.supervisees if a.staff_id in people]
        )
    ]
    notes = _notes(session, readable)
    out = [_row(actor, r, people, notes) for r in rows]
    shown = [r.id for r in out if r.confidential_notes]
    if shown:
        audit.record(
            session,
            actor,
            "view",
            "supervision_notes",
            staff_id,
            {"supervision_ids": shown[:50], "count": len(shown)},
        )
    return out


def _clean(
    session: Session, actor: Actor, form: SupervisionForm, own_id: int | None
) -> tuple[Staff, list[Staff], dict[str, object]]:
    errors = validation.FormErrors()
    today = local_today(settings.center_timezone(session))
    supervisor = session.get(Staff, form.supervisor_id)
    if supervisor is None or not supervisor.is_supervisor:
        errors.add("supervisor_id", _("Choose the supervisor from the list."))
        supervisor = None
    elif supervisor.id != actor.staff_id and not actor.can(Permission.VIEW_TRAINING_ALL):
        errors.add("supervisor_id", _("You can log only the supervision you gave."))
    ids = list(dict.fromkeys(form.supervisee_ids))
    people = list(session.scalars(select(Staff).where(Staff.id.in_(ids)))) if ids else []
    if not ids:
        errors.add("supervisee_ids", _("Choose who was supervised."))
    elif len(people) != len(ids):
        errors.add("supervisee_ids", _("Someone on the list no longer exists."))
    elif form.format is SupervisionFormat.INDIVIDUAL and len(ids) != 1:
        errors.add(
            "supervisee_ids",
            _("Individual supervision is with one person; choose 'group' for several."),
        )
    elif supervisor is not None and supervisor.id in ids:
        errors.add("supervisee_ids", _("The supervisor cannot also be a supervisee."))
    else:
        for person in people:
            if not may_see(actor, person) or person.id == actor.staff_id:
                errors.add(
                    "supervisee_ids",
                    _("{person} is not someone you supervise.").format(person=staff_name(person)),
                )
                break
            if person.status is StaffStatus.INACTIVE:
                errors.add(
                    "supervisee_ids",
                    _("{person} is no longer active.").format(person=staff_name(person)),
                )
                break
    held_on = check_date(errors, form.held_on, _("The date"), "held_on", today)
    if held_on is not None:
        for person in people:
            if person.hire_date is not None and held_on < person.hire_date:
                errors.add(
                    "held_on",
                    _("The date ({held_on}) is before {person} was hired ({hire_date}).").format(
                        held_on=timefmt.date_text(held_on),
                        person=staff_name(person),
                        hire_date=timefmt.date_text(person.hire_date),
                    ),
                )
                break
    minutes = form.minutes
    if minutes is None or minutes <= 0:
        errors.add("minutes", _("The length must be more than zero minutes."))
    elif minutes > MAX_MINUTES:
        errors.add(
            "minutes",
            _(
                "A supervision session is at most {hours} hours; log a longer day as several "
                "sessions."
            ).format(hours=MAX_MINUTES // 60),
        )
    domains = []
    for d in form.domains:
        cleaned = errors.check(
            "domains", validation.text, d, _("A domain"), "domains", max_length=80
        )
        if cleaned:
            domains.append(str(cleaned))
    topics = errors.check(
        "topics",
        validation.text,
        form.topics,
        _("Topics"),
        "topics",
        required=False,
        max_length=2000,
    )
    notes = errors.check(
        "confidential_notes",
        validation.text,
        form.confidential_notes,
        _("Confidential notes"),
        "confidential_notes",
        required=False,
        max_length=10000,
    )
    errors.raise_if_any()
    assert supervisor is not None and held_on is not None
    _refuse_duplicate(session, supervisor.id, held_on, int(minutes or 0), set(ids), own_id)
    return (
        supervisor,
        people,
        {
            "supervisor_id": supervisor.id,
            "held_on": held_on,
            "minutes": minutes,
            "format": form.format,
            "domains": list(dict.fromkeys(domains)),
            "topics": topics or None,
            "confidential_notes": notes or None,
        },
    )


def _refuse_duplicate(
    session: Session,
    supervisor_id: int,
    held_on: date,
    minutes: int,
    ids: set[int],
    own_id: int | None,
) -> None:
    same_day = session.scalars(
        select(SupervisionSession)
        .where(
            SupervisionSession.supervisor_id == supervisor_id,
            SupervisionSession.held_on == held_on,
            SupervisionSession.minutes == minutes,
        )
        .options(selectinload(SupervisionSession.supervisees))
    )
    for other in same_day:
        if other.id != own_id and {a.staff_id for a in other.supervisees} == ids:
            raise ValidationError(
                _("This supervision on {held_on} is already in the log.").format(
                    held_on=timefmt.date_text(held_on)
                ),
                field="held_on",
            )


def log_supervision(session: Session, actor: Actor, form: SupervisionForm) -> SupervisionRow:
    require(actor, Permission.LOG_SUPERVISION)
    supervisor, people, values = _clean(session, actor, form, None)
    notes = values.pop("confidential_notes")
    row = SupervisionSession(**values)
    row.supervisees = [SupervisionAttendee(staff_id=p.id) for p in people]
    if notes:
        row.note = SupervisionNote(notes=str(notes))
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor,
        "create",
        "supervision",
        row.id,
        {
            "supervisor_id": supervisor.id,
            "supervisees": [p.id for p in people],
            "minutes": row.minutes,
        },
    )
    return _row(actor, row, {s.id: s for s in [supervisor, *people]}, {row.id: str(notes or "")})


def update_supervision(
    session: Session,
    actor: Actor,
    supervision_id: int,
    form: SupervisionForm,
    expected_version: int | None,
) -> SupervisionRow:
    require(actor, Permission.LOG_SUPERVISION)
    row = _load_editable(session, actor, supervision_id)
    chosen: list[Staff] = []  # the supervisor, then the supervisees
    typed_notes: list[str | None] = []

    def clean() -> dict[str, object]:
        supervisor, people, values = _clean(session, actor, form, row.id)
        chosen.extend([supervisor, *people])
        notes = values.pop("confidential_notes")  # kept in a table of their own
        typed_notes.append(str(notes) if notes else None)
        return values

    def attendees_and_notes(diff: dict[str, Any]) -> None:
        old_ids = sorted(a.staff_id for a in row.supervisees)
        new_ids = sorted(p.id for p in chosen[1:])
        if old_ids != new_ids:
            row.supervisees = [SupervisionAttendee(staff_id=i) for i in new_ids]
            diff["supervisees"] = [old_ids, new_ids]
        notes = typed_notes[0]
        if (row.note.notes if row.note is not None else None) != notes:
            # The trail says the notes changed, not what they say.
            diff["confidential_notes"] = "changed"
            if not notes:
                row.note = None
            elif row.note is None:
                row.note = SupervisionNote(notes=str(notes))
            else:
                row.note.notes = str(notes)
            flag_modified(row, "minutes")  # a new version: forms opened before are refused

    update_audited(
        session, actor, "supervision", row, expected_version, clean, amend=attendees_and_notes
    )
    session.flush()
    people = {s.id: s for s in chosen}
    return _row(actor, row, people, {row.id: str(typed_notes[0] or "")})


def delete_supervision(session: Session, actor: Actor, supervision_id: int) -> None:
    require(actor, Permission.LOG_SUPERVISION)
    row = _load_editable(session, actor, supervision_id)
    audit.record(
        session, actor, "delete", "supervision", row.id, {"held_on": row.held_on.isoformat()}
    )
    session.delete(row)
    session.flush()


def _load_editable(session: Session, actor: Actor, supervision_id: int) -> SupervisionSession:
    row = session.get(SupervisionSession, supervision_id)
    if row is None:
        raise NotFound(_("That supervision entry no longer exists."))
    if row.supervisor_id != actor.staff_id and not actor.can(Permission.VIEW_TRAINING_ALL):
        raise PermissionDenied(
            _(
                "Only the supervisor who logged it, or an administrator, can "
                "change a supervision entry."
            )
        )
    return row
