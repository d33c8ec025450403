"""Reading an uploaded CSV file into header and rows, refusing what is not a CSV text file
with a message the person at the desk can act on."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from peercenter.domain.errors import ValidationError
from peercenter.fileio import FileReadError, FileTooLarge, read_file
from peercenter.i18n import N_, _

# 50,000 rows of a roster at about 200 characters each. A larger file is not a center's list
# of people but the wrong file picked (a database dump, a video); the whole file is held in
# memory and checked row by row in one transaction, so it is refused before it is read.
MAX_BYTES = 10 * 1024 * 1024
MAX_ROWS = 50_000
SAVE_AS_HINT = N_(
    "In the spreadsheet program choose Save As and the type "
    "'CSV UTF-8 (comma delimited)', then import that file."
)

# First bytes of files people pick by mistake.
_SIGNATURES: list[tuple[bytes, str]] = [
    (b"PK\x03\x04", N_("an Excel workbook (.xlsx) or another zipped file")),
    (b"\xd0\xcf\x11\xe0", N_("an old Excel workbook (.xls) or Word document")),
    (b"%PDF", N_("a PDF document")),
    (b"\x89PNG", N_("a picture")),
    (b"\xff\xd8\xff", N_("a picture")),
]
# How spreadsheets save CSV text: Excel's "CSV UTF-8" (with a byte-order mark), "Unicode
# text" (UTF-16, with one), and its plain "CSV (Comma delimited)", which on a US Windows
# computer is Windows-1252 (accents as single bytes).
UTF8, UTF16, WINDOWS_1252 = "UTF-8", "UTF-16", "Windows-1252"


class BadImportFile(ValidationError):
    """The file as a whole cannot be imported; nothing was changed."""


@dataclass(frozen=True)
class CsvRow:
    line: int  # where the row starts in the file, counting from 1 like a text editor
    cells: tuple[str, ...]
    end_line: int = 0  # where it ends, when a quoted cell runs over several lines
    # Why the row cannot be read at all (a quote mark left open), and in which cell; such a
    # row has no cells.
    unreadable: str = ""
    unreadable_cell: int = 0

    @property
    def last_line(self) -> int:
        return max(self.line, self.end_line)


@dataclass(frozen=True)
class CsvTable:
    header: tuple[str, ...]
    header_line: int
    rows: tuple[CsvRow, ...]
    delimiter: str = ","
    encoding: str = UTF8  # as the file was read: UTF8, UTF16 or WINDOWS_1252


def _too_big(size: int) -> str:
    return _(
        "The file is {size:.1f} MB; PeerCenter imports files up to "
        "{most} MB. Split it into smaller files."
    ).format(size=size / 1024 / 1024, most=MAX_BYTES // 1024 // 1024)


def load_file(path: Path) -> bytes:
    """The bytes of the file the user picked. A folder, a device or a named pipe is refused,
    and so is a file over the limit, before anything is read."""
    try:
        return read_file(path, MAX_BYTES)
    except FileTooLarge as exc:
        raise BadImportFile(_too_big(exc.size)) from None
    except FileReadError as exc:
        raise BadImportFile(exc.message) from None


def decode(data: bytes) -> str:
    return decode_text(data)[0]


def decode_text(data: bytes) -> tuple[str, str]:
    """The file's text and how it was read: UTF-8 (with or without the byte-order mark
    spreadsheets write), UTF-16 with its byte-order mark, else Windows-1252."""
    if len(data) > MAX_BYTES:
        raise BadImportFile(_too_big(len(data)))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise BadImportFile(
                _("This file says it is UTF-16 text but is damaged. {hint}").format(
                    hint=_(SAVE_AS_HINT)
                )
            ) from None
        _check_text(text.lstrip("\ufeff").encode("utf-8"))
        return text.lstrip("\ufeff"), UTF16
    _check_text(data)
    try:
        return data.decode("utf-8-sig"), UTF8
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), WINDOWS_1252
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise BadImportFile(
            _(
                "This is not a CSV text file PeerCenter can read: line {line} has "
                "characters that are neither UTF-8 nor Windows text. {hint}"
            ).format(line=line, hint=_(SAVE_AS_HINT))
        ) from None


def _check_text(data: bytes) -> None:
    if not data.strip():
        raise BadImportFile(_("The file is empty."))
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise BadImportFile(
                _("This is {what}, not a CSV text file. {hint}").format(
                    what=_(what), hint=_(SAVE_AS_HINT)
                )
            )
    if b"\x00" in data:
        raise BadImportFile(
            _("This is not a CSV text file (it contains binary data). {hint}").format(
                hint=_(SAVE_AS_HINT)
            )
        )


def _delimiter(first_line: str) -> str:
    """Comma, or the semicolon or tab some spreadsheet programs write instead."""
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > counts[","] else ","


def read_table(data: bytes, max_rows: int = MAX_ROWS) -> CsvTable:
    text, encoding = decode_text(data)
    lines = list(io.StringIO(text, newline=""))  # split where the csv module splits
    delimiter = _delimiter(text.lstrip("\r\n").split("\n", 1)[0])
    header: tuple[str, ...] | None = None
    header_line = 0
    rows: list[CsvRow] = []
    for row in _records(lines, delimiter):
        if not any(c.strip() for c in row.cells) and not row.unreadable:
            continue  # blank lines, often left at the end of a spreadsheet
        if header is None:
            if row.unreadable:
                raise BadImportFile(
                    _("Line {line} (the header line) {problem}.").format(
                        line=row.line, problem=row.unreadable
                    )
                )
            header, header_line = tuple(c.strip() for c in row.cells), row.line
            continue
        rows.append(row)
        if len(rows) > max_rows:
            raise BadImportFile(
                _("The file has more than {count:,} rows; split it into smaller files.").format(
                    count=max_rows
                )
            )
    if header is None:
        raise BadImportFile(_("The file is empty."))
    if not rows:
        raise BadImportFile(_("The file has a header line but no rows below it."))
    return CsvTable(header, header_line, tuple(rows), delimiter, encoding)


def _records(lines: list[str], delimiter: str) -> Iterator[CsvRow]:
    """Each record with the lines it spans. A record the csv module cannot read (a quote
    mark opened and never closed, or followed by more text) becomes one unreadable row for
    its first line, and reading goes on at the next line: one stray quote costs one row,
    not the rest of the file."""
    start = 0
    while start < len(lines):
        rest = (lines[i] for i in range(start, len(lines)))  # no copy per restart
        reader = csv.reader(rest, delimiter=delimiter, strict=True)
        first = start + 1
        try:
            for cells in reader:
                yield CsvRow(first, tuple(cells), start + reader.line_num)
                first = start + reader.line_num + 1
            return
        except csv.Error as exc:
            opened, left_open = _pointed_cell(lines[first - 1].rstrip("\r\n"), delimiter)
            same_line = start + reader.line_num == first
            yield CsvRow(first, (), first, _why(str(exc), left_open, same_line), opened)
            start = first


def _why(error: str, left_open: bool, same_line: bool) -> str:
    if "expected after" in error and same_line:
        return _(
            'has a quote mark (") in the middle of a cell; remove it, or put the whole cell '
            "in quotes"
        )
    if left_open or "field larger" not in error:
        return _('has a quote mark (") that is never closed; close it or remove it')
    return _("has a cell longer than {count:,} characters").format(count=csv.field_size_limit())


def _pointed_cell(line: str, delimiter: str) -> tuple[int, bool]:
    """Which cell of an unreadable line to point at (where its last quote mark opened;
    without quotes, the longest cell), and whether a quote is still open at its end."""
    index, quoted, opened = 0, False, None
    for char in line:
        if char == '"':
            quoted = not quoted
            if quoted:
                opened = index
        elif char == delimiter and not quoted:
            index += 1
    if opened is None:
        pieces = line.split(delimiter)
        opened = max(range(len(pieces)), key=lambda i: len(pieces[i]))
    return opened, quoted
