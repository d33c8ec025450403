"""Reading an uploaded CSV file into header and rows, refusing what is not a CSV text file
with a message the person at the desk can act on."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from peercenter.domain.errors import ValidationError

MAX_BYTES = 10 * 1024 * 1024
MAX_ROWS = 50_000
SAVE_AS_HINT = (
    "In the spreadsheet program choose Save As and the type "
    "'CSV UTF-8 (comma delimited)', then import that file."
)

# First bytes of files people pick by mistake.
_SIGNATURES: list[tuple[bytes, str]] = [
    (b"PK\x03\x04", "an Excel workbook (.xlsx) or another zipped file"),
    (b"\xd0\xcf\x11\xe0", "an old Excel workbook (.xls) or Word document"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a picture"),
    (b"\xff\xd8\xff", "a picture"),
    (b"\xff\xfe", "a text file saved as UTF-16 (Unicode text)"),
    (b"\xfe\xff", "a text file saved as UTF-16 (Unicode text)"),
]


class BadImportFile(ValidationError):
    """The file as a whole cannot be imported; nothing was changed."""


@dataclass(frozen=True)
class CsvRow:
    line: int  # where the row starts in the file, counting from 1 like a text editor
    cells: tuple[str, ...]


@dataclass(frozen=True)
class CsvTable:
    header: tuple[str, ...]
    header_line: int
    rows: tuple[CsvRow, ...]


def _too_big(size: int) -> str:
    return (
        f"The file is {size / 1024 / 1024:.1f} MB; PeerCenter imports files up to "
        f"{MAX_BYTES // 1024 // 1024} MB. Split it into smaller files."
    )


def load_file(path: Path) -> bytes:
    """The bytes of the file the user picked, refusing a huge one before reading it."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise BadImportFile(f"{path} is a folder, not a file.")
        if size > MAX_BYTES:
            raise BadImportFile(_too_big(size))
        return path.read_bytes()
    except FileNotFoundError:
        raise BadImportFile(f"There is no file {path}.") from None
    except OSError as exc:
        raise BadImportFile(f"Could not read {path}: {exc.strerror or exc}.") from None


def decode(data: bytes) -> str:
    """The file's text: UTF-8, with or without the byte-order mark spreadsheets write."""
    if len(data) > MAX_BYTES:
        raise BadImportFile(_too_big(len(data)))
    if not data.strip():
        raise BadImportFile("The file is empty.")
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise BadImportFile(f"This is {what}, not a CSV text file. {SAVE_AS_HINT}")
    if b"\x00" in data:
        raise BadImportFile(
            f"This is not a CSV text file (it contains binary data). {SAVE_AS_HINT}"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise BadImportFile(
            f"This is not a CSV text file in UTF-8: line {line} has "
            f"characters PeerCenter cannot read. {SAVE_AS_HINT}"
        ) from None


def _delimiter(first_line: str) -> str:
    """Comma, or the semicolon or tab some spreadsheet programs write instead."""
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > counts[","] else ","


def read_table(data: bytes, max_rows: int = MAX_ROWS) -> CsvTable:
    text = decode(data)
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first_line))
    header: tuple[str, ...] | None = None
    header_line = 0
    rows: list[CsvRow] = []
    try:
        while True:
            line = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                break
            if not any(c.strip() for c in cells):
                continue  # blank lines, often left at the end of a spreadsheet
            if header is None:
                header, header_line = tuple(c.strip() for c in cells), line
                continue
            rows.append(CsvRow(line, tuple(cells)))
            if len(rows) > max_rows:
                raise BadImportFile(
                    f"The file has more than {max_rows:,} rows; split it into smaller files."
                )
    except csv.Error as exc:
        why = (
            f"a cell is longer than {csv.field_size_limit():,} characters"
            if "field larger" in str(exc)
            else str(exc)
        )
        raise BadImportFile(f"Line {reader.line_num} cannot be read as CSV: {why}.") from None
    if header is None:
        raise BadImportFile("The file is empty.")
    if not rows:
        raise BadImportFile("The file has a header line but no rows below it.")
    return CsvTable(header, header_line, tuple(rows))
