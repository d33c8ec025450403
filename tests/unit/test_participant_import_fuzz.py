"""Hostile and random files thrown at the participant import: it either refuses with a message
for the user or imports exactly the rows the dry run called good, never crashes and never
leaves half an import behind. Cells that look like spreadsheet formulas are kept as text."""

from __future__ import annotations

from hypothesis import event, given
from hypothesis import strategies as st
from sqlalchemy import func, select

from peercenter.db.engine import Database
from peercenter.db.models import Participant, Setting
from peercenter.domain.errors import PeerCenterError
from peercenter.services import auth
from peercenter.services.context import Actor
from peercenter.services.csv_import.participants import (
    COLUMNS,
    import_participants,
    preview_participants,
)
from tests.csv_fuzz import csv_bytes, delimiters, fuzz, hostile_cells
from tests.factories import PASSWORD, center

FUZZ = fuzz(60)
headers = st.lists(
    st.one_of(
        st.sampled_from([name for column in COLUMNS.values() for name in column.names]),
        st.sampled_from(list(COLUMNS)),
        st.text(max_size=12),
    ),
    min_size=1,
    max_size=8,
)


def _admin(db: Database) -> Actor:
    with db.reader() as s:
        ready = s.get(Setting, "center.name") is not None
    return auth.login(db, "admin", PASSWORD) if ready else center(db)


def _count(db: Database) -> int:
    with db.reader() as s:
        return int(s.scalar(select(func.count()).select_from(Participant)) or 0)


def _attempt(db: Database, actor: Actor, data: bytes) -> None:
    before = _count(db)
    try:
        with db.reader() as s:
            preview = preview_participants(s, actor, data, "fuzz.csv")
    except PeerCenterError:
        preview = None
    try:
        with db.session() as s:
            result = import_participants(s, actor, data, "fuzz.csv")
    except PeerCenterError as exc:
        assert exc.message.strip()
        assert _count(db) == before, "a refused import left rows behind"
        assert preview is None or preview.good_rows == 0
        event("refused")
        return
    assert preview is not None
    assert result.imported == preview.good_rows
    assert _count(db) == before + result.imported
    event("imported")


@FUZZ
@given(data=st.binary(max_size=3000))
def test_random_bytes(database: Database, data: bytes) -> None:
    _attempt(database, _admin(database), data)


@FUZZ
@given(
    header=headers,
    rows=st.lists(st.lists(hostile_cells, max_size=9), max_size=12),
    delimiter=delimiters,
    bom=st.booleans(),
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_hostile_csv_content(
    database: Database,
    header: list[str],
    rows: list[list[str]],
    delimiter: str,
    bom: bool,
    newline: str,
) -> None:
    _attempt(database, _admin(database), csv_bytes(header, rows, delimiter, bom, newline))


@FUZZ
@given(raw=st.text(max_size=2000))
def test_random_text(database: Database, raw: str) -> None:
    _attempt(database, _admin(database), raw.encode("utf-8", "surrogatepass"))


def test_formula_looking_cells_are_stored_as_text(database: Database) -> None:
    admin = center(database)
    data = b'preferred_name,last_name,notes\n=CMD(),"+SUM(A1)","@x -1"\n'
    with database.session() as s:
        assert import_participants(s, admin, data).imported == 1
    with database.reader() as s:
        row = s.scalars(select(Participant)).one()
        assert (row.preferred_name, row.last_name, row.notes) == ("=CMD()", "+SUM(A1)", "@x -1")
