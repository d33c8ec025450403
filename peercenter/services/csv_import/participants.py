"""Importing participants from a CSV file: a dry run that lists every bad row with its line,
column and reason, then an import of the good rows (or of none) in one transaction."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from peercenter.db.models import Participant
from peercenter.domain.enums import ParticipantStatus
from peercenter.domain.errors import ValidationError
from peercenter.domain.names import last_initial, participant_display_name
from peercenter.domain.permissions import Permission
from peercenter.i18n import N_, _
from peercenter.services import audit, participants
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
from peercenter.services.participants import ParticipantForm

COLUMNS: dict[str, Column] = {
    "preferred_name": Column(
        N_("Preferred name"),
        ("preferred name", "first name", "firstname", "first", "given name", "name", "preferred"),
    ),
    "last_name": Column(
        N_("Last name"), ("last name", "lastname", "surname", "family name", "last")
    ),
    "phone": Column(
        N_("Phone"), ("phone", "phone number", "telephone", "tel", "mobile", "cell", "cell phone")
    ),
    "email": Column(N_("E-mail"), ("email", "e mail", "email address", "e mail address", "mail")),
    "status": Column(N_("Status"), ("status",)),
    "intake_date": Column(
        N_("Intake date"), ("intake date", "intake", "date of intake", "intake on")
    ),
    "consent_on_sign_in": Column(
        N_("Consent to sign-in sheets"),
        ("consent on sign in", "consent sign in", "on sign in sheet", "sign in consent"),
    ),
    "consent_full_last_name": Column(
        N_("Consent to full last name"),
        ("consent full last name", "full last name", "consent last name"),
    ),
    "consent_contact": Column(
        N_("Consent to contact"),
        ("consent contact", "consent to contact", "may contact", "contact consent"),
    ),
    "notes": Column(N_("Notes"), ("notes", "note", "comments", "comment"), free_text=True),
}
SHEET = Sheet(COLUMNS, required=("preferred_name",))
_STATUSES = {
    "active": ParticipantStatus.ACTIVE,
    "inactive": ParticipantStatus.INACTIVE,
    "": ParticipantStatus.ACTIVE,
}


@dataclass(frozen=True)
class _Checked:
    preview: ImportPreview
    forms: list[ParticipantForm]


def preview_participants(
    session: Session, actor: Actor, data: bytes, file_name: str = ""
) -> ImportPreview:
    """The dry run: what importing ``data`` would do, changing nothing."""
    return _check(session, actor, data, file_name).preview


def import_participants(
    session: Session,
    actor: Actor,
    data: bytes,
    file_name: str = "",
    *,
    all_or_nothing: bool = False,
) -> ImportResult:
    """Add the good rows (or, with ``all_or_nothing``, every row or none) in the caller's
    transaction, audited as one import."""
    checked = _check(session, actor, data, file_name)
    preview = checked.preview
    refuse(preview, len(checked.forms), all_or_nothing)
    ids = participants.create_many(session, actor, checked.forms, source="csv import")
    audit.record(
        session,
        actor,
        "import",
        "participant",
        None,
        {
            "file": file_name,
            "imported": len(ids),
            "skipped": preview.bad_rows,
            "first_id": ids[0],
            "last_id": ids[-1],
        },
    )
    return ImportResult(len(ids), preview.bad_rows, preview)


def _check(session: Session, actor: Actor, data: bytes, file_name: str) -> _Checked:
    require(actor, Permission.EDIT_PARTICIPANTS)
    table = read_table(data)
    dates = date_reader(session)
    header = SHEET.header(table)
    problems: list[RowProblem] = []
    forms: list[ParticipantForm] = []
    lines: list[int] = []
    for row in table.rows:
        found = _row(actor, RowCells(row, header), dates)
        if isinstance(found, ParticipantForm):
            forms.append(found)
            lines.append(row.line)
        else:
            problems.extend(found)
    warnings = _duplicates(session, forms, lines, header.label("preferred_name"))
    preview = ImportPreview(
        file_name,
        len(table.rows),
        len(forms),
        problems,
        warnings,
        header.ignored,
        notes=reading_notes(table, dates),
    )
    return _Checked(preview, forms)


def _row(actor: Actor, row: RowCells, dates: DateReader) -> ParticipantForm | list[RowProblem]:
    if row.unreadable:
        return row.problems
    form = ParticipantForm(
        preferred_name=row.cell("preferred_name"),
        last_name=row.cell("last_name"),
        phone=row.cell("phone"),
        email=row.cell("email"),
        status=row.convert("status", _status) or ParticipantStatus.ACTIVE,
        intake_date=row.convert("intake_date", dates),
        consent_on_sign_in=bool(row.convert("consent_on_sign_in", cells.yes_no)),
        consent_full_last_name=bool(row.convert("consent_full_last_name", cells.yes_no)),
        consent_contact=bool(row.convert("consent_contact", cells.yes_no)),
        notes=row.cell("notes"),
    )
    try:
        participants.check_form(actor, form)
    except ValidationError as exc:
        row.add_errors(exc)
    return row.problems or form


def _status(value: str, field: str) -> ParticipantStatus:
    status = _STATUSES.get(value.strip().lower())
    if status is None:
        raise ValidationError(
            _("'{value}' is not a status; write active or inactive.").format(value=value.strip()),
            field=field,
        )
    return status


def _duplicates(
    session: Session, forms: list[ParticipantForm], lines: list[int], column: str
) -> list[RowProblem]:
    """Rows whose preferred name and last initial match someone already known or an earlier
    row: probably the same person, worth a look before importing."""

    def key(preferred: str, last: str | None) -> tuple[str, str]:
        return " ".join(preferred.split()).casefold(), last_initial(last).casefold()

    known: dict[tuple[str, str], str] = {}
    for preferred, last in session.execute(
        select(Participant.preferred_name, Participant.last_name)
    ):
        known.setdefault(key(preferred, last), participant_display_name(preferred, last))
    seen: dict[tuple[str, str], int] = {}
    warnings = []
    for form, line in zip(forms, lines, strict=True):
        k = key(form.preferred_name, form.last_name)
        name = participant_display_name(" ".join(form.preferred_name.split()), form.last_name)
        if k in known:
            if known[k] == name:
                message = _("{name} may already be in PeerCenter; check before importing.")
            else:
                message = _(
                    "{name} may already be in PeerCenter (as {known}); check before importing."
                )
            warnings.append(RowProblem(line, column, message.format(name=name, known=known[k])))
        elif k in seen:
            warnings.append(
                RowProblem(
                    line,
                    column,
                    _(
                        "{name} is also on line {line}; check it is not the same person twice."
                    ).format(name=name, line=seen[k]),
                )
            )
        seen.setdefault(k, line)
    return warnings
