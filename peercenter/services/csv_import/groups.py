"""Importing groups with their schedule from a CSV file. Each good row is created exactly as
the group form would create it, through the same call, so a row that would double-book a room
or a facilitator (against the schedule, or against an earlier row of the same file) is a bad
row, and a row whose facilitator would go over their weekly cap or a red burnout guardrail is
left out unless the import was given a reason to go ahead (which is then audited with each
such row). The dry run does the same work in a savepoint and rolls it back; the import then
adds the good rows, or none, in the caller's transaction."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from peercenter.db.models import Room
from peercenter.domain.confirmation import MAX_REASON, Confirmation, ScheduleWarning
from peercenter.domain.enums import EnrollmentMode, GroupKind
from peercenter.domain.errors import PeerCenterError, ValidationError
from peercenter.domain.permissions import Permission
from peercenter.domain.recurrence import Recurrence
from peercenter.domain.repeat_text import parse_repeat
from peercenter.i18n import N_, _
from peercenter.services import audit, lookup
from peercenter.services.context import Actor, require
from peercenter.services.csv_import import cells
from peercenter.services.csv_import.cells import DateReader
from peercenter.services.csv_import.reading import read_table
from peercenter.services.csv_import.sheet import (
    Column,
    ImportPreview,
    ImportResult,
    RowCells,
    RowProblem,
    Sheet,
    date_reader,
    reading_notes,
    refuse,
)
from peercenter.services.schedule import groups
from peercenter.services.schedule.groups import GroupForm
from peercenter.services.schedule.review import record_views

# Every row becomes a series with up to a year of sessions, each checked for clashes.
MAX_ROWS = 1000

SHEET = Sheet(
    {
        "name": Column(N_("Name"), ("name", "group", "group name", "title")),
        "kind": Column(N_("Kind"), ("kind", "type", "group kind", "kind of group")),
        "description": Column(N_("Description"), ("description", "about"), free_text=True),
        "enrollment": Column(
            N_("Enrollment"),
            ("enrollment", "enrolment", "enrollment mode", "open closed", "open or closed"),
        ),
        "capacity": Column(N_("Capacity"), ("capacity", "places", "max size", "maximum size")),
        "min_size": Column(N_("Minimum size"), ("min size", "minimum size", "minimum")),
        "room": Column(N_("Room"), ("room", "room name", "location")),
        "lead": Column(
            N_("Lead facilitator"), ("lead facilitator", "lead", "facilitator", "leader")
        ),
        "co": Column(
            N_("Co-facilitators"),
            ("co facilitators", "co facilitator", "cofacilitators", "cofacilitator"),
        ),
        "first_date": Column(
            N_("First date"), ("first date", "start date", "date", "first session", "starts on")
        ),
        "start_time": Column(N_("Start time"), ("start time", "time", "starts at")),
        "duration": Column(
            N_("Duration (minutes)"),
            ("duration minutes", "duration", "minutes", "length", "length minutes"),
        ),
        "repeat": Column(
            N_("Repeats"),
            ("repeats", "repeat", "repeat pattern", "recurrence", "schedule", "pattern"),
        ),
        "end_date": Column(N_("End date"), ("end date", "until", "ends on", "last date")),
        "count": Column(
            N_("Number of sessions"), ("count", "sessions", "number of sessions", "occurrences")
        ),
    },
    required=("name", "first_date", "start_time", "duration", "repeat"),
)

# Where the group form's and the conflict check's messages belong in the file.
_FIELD_COLUMNS = {
    "duration": "duration",
    "recurrence": "repeat",
    "interval": "repeat",
    "weekdays": "repeat",
    "nth": "repeat",
    "month_day": "repeat",
    "until": "end_date",
    "facilitators": "lead",
    "roster": "name",
    "topic": "name",
}
_KINDS = {
    GroupKind.PEER_SUPPORT: ("peer support group", "peer support", "support group", "group"),
    GroupKind.MENTORING: ("one to one mentoring", "mentoring", "one to one", "1:1", "mentor"),
    GroupKind.COMMUNITY: ("community activity", "community", "activity", "event", "social"),
    GroupKind.TRAINING: ("training", "class", "workshop"),
}
_KIND_NAMES = {name: kind for kind, names in _KINDS.items() for name in names}
_MODES = {
    "": EnrollmentMode.OPEN,
    "open": EnrollmentMode.OPEN,
    "drop in": EnrollmentMode.OPEN,
    "closed": EnrollmentMode.CLOSED,
}
_NAME_LIST = re.compile(r"\s*(?:;|,|/|&|\band\b)\s*")


@dataclass(frozen=True)
class _Run:
    preview: ImportPreview
    created: list[int]
    shown: list[ScheduleWarning]


def preview_groups(
    session: Session, actor: Actor, data: bytes, file_name: str = "", accept_reason: str = ""
) -> ImportPreview:
    """The dry run: every row is created as the import would create it (with
    ``accept_reason`` for the rows that need one), in a savepoint that is then rolled back,
    so what it lists is what the import would do. Use a writing session
    (database.session()); nothing is kept but the audit of private warnings shown."""
    savepoint = session.begin_nested()
    try:
        run = _run(session, actor, data, file_name, accept_reason)
    finally:
        savepoint.rollback()
    record_views(session, actor, run.shown, f"import of {file_name or 'a CSV file'}")
    return run.preview


def import_groups(
    session: Session,
    actor: Actor,
    data: bytes,
    file_name: str = "",
    *,
    all_or_nothing: bool = False,
    accept_reason: str = "",
) -> ImportResult:
    """Create the good rows' groups and their sessions (or, with ``all_or_nothing``, every
    row's or none) in the caller's transaction, audited as one import. A row over a red
    warning is imported only with ``accept_reason``."""
    savepoint = session.begin_nested()
    try:
        run = _run(session, actor, data, file_name, accept_reason)
        refuse(run.preview, len(run.created), all_or_nothing)
    except BaseException:
        savepoint.rollback()
        raise
    savepoint.commit()
    preview = run.preview
    audit.record(
        session,
        actor,
        "import",
        "group",
        None,
        {
            "file": file_name,
            "imported": len(run.created),
            "skipped": preview.bad_rows,
            "group_ids": run.created[:200],
        },
    )
    return ImportResult(len(run.created), preview.bad_rows, preview)


def _run(session: Session, actor: Actor, data: bytes, file_name: str, reason: str) -> _Run:
    require(actor, Permission.MANAGE_SCHEDULE)
    table = read_table(data, max_rows=MAX_ROWS)
    dates = date_reader(session)
    header = SHEET.header(table)
    staff = [lookup.Candidate(c.names, c.shown, c.item.id) for c in lookup.all_staff(session)]
    rooms = [
        lookup.Candidate((r.name,), r.name, r.id)
        for r in session.scalars(select(Room).where(Room.is_active.is_(True)))
    ]
    if len(reason.strip()) > MAX_REASON:
        raise ValidationError(
            _("The reason is too long (at most {most} characters).").format(most=MAX_REASON)
        )
    # The dry run lists every warning; red ones still need the reason.
    confirmation = Confirmation.any_warning(reason)
    problems: list[RowProblem] = []
    warnings: list[RowProblem] = []
    created: list[int] = []
    shown: list[ScheduleWarning] = []
    held = 0
    for row in table.rows:
        cells_ = RowCells(row, header)
        form = _form(cells_, staff, rooms, dates)
        if form is not None:
            group_id, seen = _create(session, actor, form, cells_, confirmation)
            shown += seen
            if group_id is not None:
                created.append(group_id)
                warnings.extend(cells_.problems)  # gone ahead over: worth a look
                continue
            if seen:
                held += 1  # left out for want of a reason only
        problems.extend(cells_.problems)
    return _Run(
        ImportPreview(
            file_name,
            len(table.rows),
            len(created),
            problems,
            warnings,
            header.ignored,
            needs_reason=held,
            notes=reading_notes(table, dates),
        ),
        created,
        shown,
    )


def _create(
    session: Session, actor: Actor, form: GroupForm, row: RowCells, confirmation: Confirmation
) -> tuple[int | None, tuple[ScheduleWarning, ...]]:
    """The group's id (None with the row's problems noted) and the warnings it brings. A
    row whose warnings are not answered (a red one without a reason) is left out with
    them as its problems; one gone ahead over has them noted."""
    try:
        outcome = groups.create_group(session, actor, form, confirmation)
    except ValidationError as exc:
        row.add_errors(exc, _FIELD_COLUMNS)
        return None, ()
    open_ = confirmation.unanswered(outcome.warnings)
    for w in open_ or outcome.warnings:
        column = "co" if w.staff_id in form.co_facilitator_ids else "lead"
        if w in open_:
            row.add(column, _("{warning} Importing it needs a reason.").format(warning=w.text))
        else:
            row.add(column, w.text)
    return (outcome.result.id if outcome.result else None), outcome.warnings


def _form(
    row: RowCells,
    staff: Sequence[lookup.Candidate[int]],
    rooms: Sequence[lookup.Candidate[int]],
    dates: DateReader,
) -> GroupForm | None:
    """The group form this row describes, or None with its problems noted."""
    if row.unreadable:
        return None
    kind = row.convert("kind", _kind)
    first = row.convert("first_date", dates)
    at = row.convert("start_time", cells.clock)
    minutes = row.convert("duration", lambda v, f: cells.whole_number(v, f, "minutes"))
    rule = row.convert("repeat", lambda v, f: parse_repeat(v))
    until = row.convert("end_date", dates)
    count = row.convert("count", cells.whole_number)
    capacity = row.convert("capacity", cells.whole_number)
    min_size = row.convert("min_size", cells.whole_number)
    mode = row.convert("enrollment", _mode)
    room = _pick(row, "room", row.cell("room"), rooms, _("room"))
    lead = _pick(row, "lead", row.cell("lead"), staff, _("staff member"))
    co = tuple(
        i
        for name in _NAME_LIST.split(row.cell("co"))
        if name.strip()
        if (i := _pick(row, "co", name, staff, _("staff member"))) is not None
    )
    for key, value, what in (
        ("first_date", first, _("the first date, like 2026-03-03")),
        ("start_time", at, _("the start time, like 18:00")),
        ("duration", minutes, _("how many minutes a session lasts")),
        ("name", row.cell("name").strip() or None, _("the group's name")),
    ):
        if value is None and not any(p.column == row.header.label(key) for p in row.problems):
            row.add(key, _("Write {what}.").format(what=what))
    if row.problems or first is None or at is None or minutes is None or rule is None:
        return None
    recurrence = Recurrence(
        rule.frequency, rule.interval, rule.weekdays, rule.month_day, rule.nth, until, count
    )
    try:
        recurrence.validate(first)
    except ValidationError as exc:
        row.add_errors(exc, _FIELD_COLUMNS)
        return None
    return GroupForm(
        name=row.cell("name"),
        kind=kind or GroupKind.PEER_SUPPORT,
        first_date=first,
        start_time=at,
        duration_minutes=minutes,
        recurrence=recurrence,
        description=row.cell("description"),
        enrollment_mode=mode or EnrollmentMode.OPEN,
        capacity=capacity,
        min_size=min_size,
        room_id=room,
        lead_id=lead,
        co_facilitator_ids=co,
    )


def _pick(
    row: RowCells, key: str, typed: str, candidates: Sequence[lookup.Candidate[int]], what: str
) -> int | None:
    if not typed.strip():
        return None
    try:
        return lookup.pick(typed, candidates, what)
    except PeerCenterError as exc:
        row.add(key, exc.message)
        return None


def _kind(value: str, field: str) -> GroupKind | None:
    text = cells.header_key(value)
    if not text:
        return None
    for kind in GroupKind:
        if text in (kind.value.replace("_", " "), cells.header_key(kind.label)):
            return kind
    found = _KIND_NAMES.get(text)
    if found is None:
        raise ValidationError(
            _(
                "'{value}' is not a kind of group; write peer support, mentoring, community or "
                "training."
            ).format(value=value.strip()),
            field=field,
        )
    return found


def _mode(value: str, field: str) -> EnrollmentMode:
    mode = _MODES.get(cells.header_key(value))
    if mode is None:
        raise ValidationError(
            _("'{value}' is not open or closed.").format(value=value.strip()), field=field
        )
    return mode
