"""Importing participants from a CSV file: a dry run that lists every bad row with its line,
column and reason, then an import of the good rows (or of none) in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from peercenter.db.models import Participant
from peercenter.domain.enums import ParticipantStatus
from peercenter.domain.errors import ValidationError
from peercenter.domain.names import last_initial, participant_display_name
from peercenter.domain.permissions import Permission
from peercenter.services import audit, participants
from peercenter.services.context import Actor, require
from peercenter.services.csv_import import cells
from peercenter.services.csv_import.reading import BadImportFile, CsvRow, CsvTable, read_table
from peercenter.services.participants import ParticipantForm

# Field, its label, and the header names (read with cells.header_key) that mean it.
COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "preferred_name": ("Preferred name", ("preferred name", "first name", "firstname",
                                          "first", "given name", "name", "preferred")),
    "last_name": ("Last name", ("last name", "lastname", "surname", "family name", "last")),
    "phone": ("Phone", ("phone", "phone number", "telephone", "tel", "mobile", "cell",
                        "cell phone")),
    "email": ("E-mail", ("email", "e mail", "email address", "e mail address", "mail")),
    "status": ("Status", ("status",)),
    "intake_date": ("Intake date", ("intake date", "intake", "date of intake", "intake on")),
    "consent_on_sign_in": ("Consent to sign-in sheets", (
        "consent on sign in", "consent sign in", "on sign in sheet", "sign in consent")),
    "consent_full_last_name": ("Consent to full last name", (
        "consent full last name", "full last name", "consent last name")),
    "consent_contact": ("Consent to contact", ("consent contact", "consent to contact",
                                               "may contact", "contact consent")),
    "notes": ("Notes", ("notes", "note", "comments", "comment")),
}
_BY_HEADER = {name: key for key, (_label, names) in COLUMNS.items() for name in names}
_STATUSES = {"active": ParticipantStatus.ACTIVE, "inactive": ParticipantStatus.INACTIVE,
             "": ParticipantStatus.ACTIVE}


@dataclass(frozen=True)
class RowProblem:
    line: int
    column: str
    message: str


@dataclass(frozen=True)
class ImportPreview:
    file_name: str
    rows: int
    good_rows: int
    problems: list[RowProblem]
    warnings: list[RowProblem]
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def bad_rows(self) -> int:
        return self.rows - self.good_rows


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped: int
    preview: ImportPreview


@dataclass(frozen=True)
class _Checked:
    preview: ImportPreview
    forms: list[ParticipantForm]


def preview_participants(session: Session, actor: Actor, data: bytes,
                         file_name: str = "") -> ImportPreview:
    """The dry run: what importing ``data`` would do, changing nothing."""
    return _check(session, actor, data, file_name).preview


def import_participants(session: Session, actor: Actor, data: bytes, file_name: str = "",
                        *, all_or_nothing: bool = False) -> ImportResult:
    """Add the good rows (or, with ``all_or_nothing``, every row or none) in the caller's
    transaction, audited as one import."""
    checked = _check(session, actor, data, file_name)
    preview = checked.preview
    if preview.problems and all_or_nothing:
        raise ValidationError(f"{_rows(preview.bad_rows)} of {preview.rows:,} "
                              f"{'has' if preview.bad_rows == 1 else 'have'} problems, so "
                              "nothing was imported. Fix them and import the file again.")
    if not checked.forms:
        raise ValidationError(f"None of the {_rows(preview.rows)} can be imported; fix the "
                              "problems listed and try again.")
    ids = participants.create_many(session, actor, checked.forms, source="csv import")
    audit.record(session, actor, "import", "participant", None,
                 {"file": file_name, "imported": len(ids), "skipped": preview.bad_rows,
                  "first_id": ids[0], "last_id": ids[-1]})
    return ImportResult(len(ids), preview.bad_rows, preview)


def _rows(n: int) -> str:
    return f"{n:,} row" if n == 1 else f"{n:,} rows"


def _check(session: Session, actor: Actor, data: bytes, file_name: str) -> _Checked:
    require(actor, Permission.EDIT_PARTICIPANTS)
    table = read_table(data)
    columns, ignored = _map_header(table)
    labels = {key: table.header[i] for key, i in columns.items()}
    problems: list[RowProblem] = []
    forms: list[ParticipantForm] = []
    lines: list[int] = []
    for row in table.rows:
        found = _row_problems(actor, row, columns, labels, len(table.header))
        if isinstance(found, ParticipantForm):
            forms.append(found)
            lines.append(row.line)
        else:
            problems.extend(found)
    warnings = _duplicates(session, forms, lines, labels.get("preferred_name", ""))
    preview = ImportPreview(file_name, len(table.rows), len(forms), problems, warnings, ignored)
    return _Checked(preview, forms)


def _map_header(table: CsvTable) -> tuple[dict[str, int], list[str]]:
    columns: dict[str, int] = {}
    ignored: list[str] = []
    for index, text in enumerate(table.header):
        key = _BY_HEADER.get(cells.header_key(text))
        if key is None:
            if text:
                ignored.append(text)
            continue
        if key in columns:
            first = table.header[columns[key]]
            raise BadImportFile(f"The columns '{first}' and '{text}' both mean "
                                f"{COLUMNS[key][0].lower()}; keep one of them.")
        columns[key] = index
    if not columns:
        shown = ", ".join(f"'{c[:30]}'" for c in table.header[:4])
        raise BadImportFile("The first line must name the columns (preferred_name, last_name, "
                            f"phone, …); line {table.header_line} has {shown} instead. Add a "
                            "header line.")
    if "preferred_name" not in columns:
        raise BadImportFile("The file has no column for the preferred name; name one column "
                            "preferred_name or first name.")
    return columns, ignored


def _row_problems(actor: Actor, row: CsvRow, columns: dict[str, int], labels: dict[str, str],
                  width: int) -> ParticipantForm | list[RowProblem]:
    def cell(key: str) -> str:
        index = columns.get(key)
        return row.cells[index] if index is not None and index < len(row.cells) else ""

    problems: list[RowProblem] = []

    def convert(key: str, parse: Callable[[str, str], object]) -> object:
        try:
            return parse(cell(key), key)
        except ValidationError as exc:
            problems.append(RowProblem(row.line, labels.get(key, key), exc.message))
            return None

    if any(c.strip() for c in row.cells[width:]):
        problems.append(RowProblem(row.line, f"column {width + 1}",
                                   f"This row has {len(row.cells)} cells but the header names "
                                   f"only {width} columns; check for a stray comma."))
    form = ParticipantForm(
        preferred_name=cell("preferred_name"), last_name=cell("last_name"),
        phone=cell("phone"), email=cell("email"),
        status=convert("status", _status) or ParticipantStatus.ACTIVE,  # type: ignore[arg-type]
        intake_date=convert("intake_date", cells.day),  # type: ignore[arg-type]
        consent_on_sign_in=bool(convert("consent_on_sign_in", cells.yes_no)),
        consent_full_last_name=bool(convert("consent_full_last_name", cells.yes_no)),
        consent_contact=bool(convert("consent_contact", cells.yes_no)),
        notes=cell("notes"))
    try:
        participants.check_form(actor, form)
    except ValidationError as exc:
        for key, message in exc.field_errors.items():
            label = labels.get(key) or COLUMNS.get(key, (key, ()))[0]
            problems.append(RowProblem(row.line, label, message))
    return problems or form


def _status(value: str, field: str) -> ParticipantStatus:
    status = _STATUSES.get(value.strip().lower())
    if status is None:
        raise ValidationError(f"'{value.strip()}' is not a status; write active or inactive.",
                              field=field)
    return status


def _duplicates(session: Session, forms: list[ParticipantForm], lines: list[int],
                column: str) -> list[RowProblem]:
    """Rows whose preferred name and last initial match someone already known or an earlier
    row: probably the same person, worth a look before importing."""
    def key(preferred: str, last: str | None) -> tuple[str, str]:
        return " ".join(preferred.split()).casefold(), last_initial(last).casefold()

    known: dict[tuple[str, str], str] = {}
    for preferred, last in session.execute(select(Participant.preferred_name,
                                                  Participant.last_name)):
        known.setdefault(key(preferred, last), participant_display_name(preferred, last))
    seen: dict[tuple[str, str], int] = {}
    warnings = []
    for form, line in zip(forms, lines, strict=True):
        k = key(form.preferred_name, form.last_name)
        name = participant_display_name(" ".join(form.preferred_name.split()), form.last_name)
        if k in known:
            as_known = "" if known[k] == name else f" (as {known[k]})"
            warnings.append(RowProblem(line, column, f"{name} may already be in "
                                                     f"PeerCenter{as_known}; check before "
                                                     "importing."))
        elif k in seen:
            warnings.append(RowProblem(line, column, f"{name} is also on line {seen[k]}; "
                                                     "check it is not the same person twice."))
        seen.setdefault(k, line)
    return warnings

