"""What every CSV import shares: naming the columns from the header line, reading each row's
cells with the problems found (line, column, reason), the dry run's summary, and the rule
that the good rows or none are imported."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple, TypeVar

from sqlalchemy.orm import Session

from peercenter.domain.errors import ValidationError
from peercenter.i18n import _, ngettext
from peercenter.services import settings
from peercenter.services.csv_import import cells
from peercenter.services.csv_import.cells import DateReader
from peercenter.services.csv_import.reading import (
    UTF16,
    WINDOWS_1252,
    BadImportFile,
    CsvRow,
    CsvTable,
)

T = TypeVar("T")


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
    # Rows left out only because going ahead over their warnings needs a reason.
    needs_reason: int = 0
    # How the file was read: its text encoding, the order of ambiguous dates.
    notes: list[str] = field(default_factory=list)

    @property
    def bad_rows(self) -> int:
        return self.rows - self.good_rows


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped: int
    preview: ImportPreview


def reading_notes(table: CsvTable, dates: DateReader) -> list[str]:
    """What the dry run says about how the file was read: an encoding other than UTF-8 (the
    one to expect), and how dates that could be two days were read."""
    how = {
        UTF16: _("The file was read as UTF-16 (Unicode) text."),
        WINDOWS_1252: _(
            "The file was read as Windows-1252 text, as Excel saves 'CSV (Comma delimited)'."
        ),
    }.get(table.encoding)
    return [*([how] if how else []), *([dates.note()] if dates.ambiguous else [])]


def date_reader(session: Session) -> DateReader:
    """Date cells in the center's date order."""
    return DateReader(month_first=settings.get(session, "import.date_order") != "dmy")


class Column(NamedTuple):
    label: str
    names: tuple[str, ...]  # header texts (read with cells.header_key) that mean it
    free_text: bool = False  # notes and descriptions: a cell may run over several lines


@dataclass(frozen=True)
class Sheet:
    """The columns one kind of file may have, and which of them it must have."""

    columns: Mapping[str, Column]
    required: tuple[str, ...]

    def header(self, table: CsvTable) -> Header:
        by_name = {name: key for key, column in self.columns.items() for name in column.names}
        found: dict[str, int] = {}
        ignored: list[str] = []
        for index, text in enumerate(table.header):
            key = by_name.get(cells.header_key(text))
            if key is None:
                if text:
                    ignored.append(text)
                continue
            if key in found:
                first = table.header[found[key]]
                raise BadImportFile(
                    _(
                        "The columns '{first}' and '{second}' both mean {column}; keep one of them."
                    ).format(first=first, second=text, column=_(self.columns[key].label).lower())
                )
            found[key] = index
        if not found:
            shown = ", ".join(f"'{c[:30]}'" for c in table.header[:4])
            names = ", ".join(
                self.columns[k].names[0].replace(" ", "_") for k in list(self.columns)[:3]
            )
            raise BadImportFile(
                _(
                    "The first line must name the columns ({names}, …); line "
                    "{line} has {shown} instead. Add a header line."
                ).format(names=names, line=table.header_line, shown=shown)
            )
        missing = [k for k in self.required if k not in found]
        if missing:
            wanted = _(" and ").join(self.columns[k].names[0].replace(" ", "_") for k in missing)
            raise BadImportFile(
                ngettext(
                    "The file has no column for {columns}; add a column named {names}.",
                    "The file has no column for {columns}; add columns named {names}.",
                    len(missing),
                ).format(columns=_listed(self, missing), names=wanted)
            )
        return Header(
            self,
            found,
            {k: table.header[i] for k, i in found.items()},
            ignored,
            len(table.header),
            table.delimiter,
        )


def _listed(sheet: Sheet, keys: list[str]) -> str:
    labels = [_("the {column}").format(column=_(sheet.columns[k].label).lower()) for k in keys]
    if len(labels) == 1:
        return labels[0]
    return ", ".join(labels[:-1]) + _(" and ") + labels[-1]


@dataclass(frozen=True)
class Header:
    """Where each known column is in this file, and what the file calls it."""

    sheet: Sheet
    columns: dict[str, int]
    labels: dict[str, str]
    ignored: list[str]
    width: int
    delimiter: str = ","

    def label(self, key: str) -> str:
        """What this file calls the column (else its usual name; else the key itself)."""
        if key in self.labels:
            return self.labels[key]
        column = self.sheet.columns.get(key)
        return _(column.label) if column is not None else key

    def key_at(self, index: int) -> str | None:
        """The column key of the file's ``index``-th column, if PeerCenter uses it."""
        return next((k for k, i in self.columns.items() if i == index), None)

    def label_at(self, index: int) -> str:
        key = self.key_at(index)
        if key is not None:
            return self.label(key)
        return _("column {number}").format(number=index + 1)


class RowCells:
    """One row's cells by column key, gathering every problem found in them."""

    def __init__(self, row: CsvRow, header: Header) -> None:
        self.row = row
        self.header = header
        self.problems: list[RowProblem] = []
        if row.unreadable:
            self.problems.append(
                RowProblem(
                    row.line,
                    header.label_at(row.unreadable_cell),
                    _(
                        "Line {line} {problem}. This row is not imported; the rows "
                        "after it are read as usual."
                    ).format(line=row.line, problem=row.unreadable),
                )
            )
            return
        self._check_merged_lines()
        width = header.width
        if any(c.strip() for c in row.cells[width:]):
            self.problems.append(
                RowProblem(
                    row.line,
                    _("column {number}").format(number=width + 1),
                    _(
                        "This row has {cells} cells but the header names only {columns} "
                        "columns; check for a stray comma."
                    ).format(cells=len(row.cells), columns=width),
                )
            )

    @property
    def unreadable(self) -> bool:
        return bool(self.row.unreadable)

    def _check_merged_lines(self) -> None:
        """A quote mark opened in one cell and closed rows later reads those rows into that
        cell. Line breaks are expected only in notes and descriptions, and even there a
        line that looks like a whole row of this file gives the stray quote away."""
        row, header = self.row, self.header
        if row.last_line == row.line:
            return
        looks_like_row = max(1, header.width - 1)
        for index, text in enumerate(row.cells):
            later_lines = text.splitlines()[1:]
            if not later_lines:
                continue
            key = header.key_at(index)
            free_text = key is None or header.sheet.columns[key].free_text
            swallowed = any(line.count(header.delimiter) >= looks_like_row for line in later_lines)
            if swallowed:
                message = _(
                    "Lines {first} to {last} were read as one row: a quote mark "
                    '(") in this cell is not closed on line {first}. Close it or remove it.'
                ).format(first=row.line, last=row.last_line)
            elif not free_text:
                message = _(
                    "This cell runs over lines {first} to {last}; it must fit on "
                    'one line. Check for a quote mark (") that is not closed.'
                ).format(first=row.line, last=row.last_line)
            else:
                continue
            self.problems.append(RowProblem(row.line, header.label_at(index), message))
            return

    def cell(self, key: str) -> str:
        index = self.header.columns.get(key)
        return self.row.cells[index] if index is not None and index < len(self.row.cells) else ""

    def add(self, key: str, message: str) -> None:
        self.problems.append(RowProblem(self.row.line, self.header.label(key), message))

    def convert(self, key: str, parse: Callable[[str, str], T]) -> T | None:
        """The cell read by ``parse``; None, and a problem noted, when it cannot be."""
        try:
            return parse(self.cell(key), key)
        except ValidationError as exc:
            self.add(key, exc.message)
            return None

    def add_errors(
        self,
        error: ValidationError,
        columns: Mapping[str, str] | None = None,
    ) -> None:
        """A form's field errors, each beside its column (``columns`` maps a form field to
        the column key where the names differ)."""
        for name, message in (error.field_errors or {"": error.message}).items():
            self.add((columns or {}).get(name, name), message)


def refuse(preview: ImportPreview, importable: int, all_or_nothing: bool) -> None:
    """Nothing is imported when any row has a problem and the user asked for all or nothing,
    or when no row can be."""
    if preview.problems and all_or_nothing:
        raise ValidationError(
            ngettext(
                "{rows} of {total:,} has problems, so "
                "nothing was imported. Fix them and import the file again.",
                "{rows} of {total:,} have problems, so "
                "nothing was imported. Fix them and import the file again.",
                preview.bad_rows,
            ).format(rows=rows(preview.bad_rows), total=preview.rows)
        )
    if not importable:
        raise ValidationError(
            _("None of the {rows} can be imported; fix the problems listed and try again.").format(
                rows=rows(preview.rows)
            )
        )


def rows(n: int) -> str:
    return ngettext("{count:,} row", "{count:,} rows", n).format(count=n)
