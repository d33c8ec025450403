"""Hostile and random files thrown at the group import: it either refuses with a message for
the user or imports exactly the rows the dry run called good (with their sessions), never
crashes, never double-books, and never leaves half an import behind."""

from __future__ import annotations

from hypothesis import event, given
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from peercenter.db.engine import Database
from peercenter.db.models import Group, GroupSession, Setting
from peercenter.domain.enums import SessionStatus
from peercenter.domain.errors import PeerCenterError
from peercenter.services import auth
from peercenter.services.context import Actor
from peercenter.services.csv_import.groups import SHEET, import_groups, preview_groups
from tests.csv_fuzz import csv_bytes, delimiters, fuzz, hostile_cells
from tests.factories import PASSWORD
from tests.schedule_factories import front_desk

FUZZ = fuzz(40)
# Per column, values that make rows good now and then (so creating groups and the clash
# checks are exercised too), mixed with hostile ones.
GOOD_VALUES = {
    "name": ["Circle", "Walk", "=SUM(A1)"],
    "kind": ["peer support", "mentoring", "community", "training", ""],
    "description": ["", "Weekly"],
    "enrollment": ["open", "closed", ""],
    "capacity": ["", "6", "1"],
    "min_size": ["", "2"],
    "room": ["Blue Room", "Garden Room", "Online", ""],
    "lead": ["Jordan Reyes", "Maria Lopez", "Sam Rivera", "jordan reyes"],
    "co": ["", "", "Maria Lopez", "Maria Lopez; Jordan Reyes"],
    "first_date": ["2026-03-05", "2026-03-10", "17 Mar 2026"],
    "start_time": ["18:00", "6:30 pm", "9:00"],
    "duration": ["60", "90", "1:30", "15"],
    "repeat": [
        "once",
        "daily",
        "weekly on Tue,Thu",
        "every 2 weeks on Wed",
        "monthly on 2nd,4th Tue",
        "monthly on last Fri",
        "monthly on day 31",
    ],
    "end_date": ["", "", "2026-04-30"],
    "count": ["", "", "3"],
}
STANDARD = [column.names[0] for column in SHEET.columns.values()]


def _spoil(cells: tuple[str, ...], where: int, bad: str) -> list[str]:
    """The row with one cell made hostile (none when ``where`` is out of range)."""
    return [bad if i == where else c for i, c in enumerate(cells)]


standard_rows = st.builds(
    _spoil,
    st.tuples(*(st.sampled_from(GOOD_VALUES[key]) for key in SHEET.columns)),
    st.integers(-2 * len(SHEET.columns), len(SHEET.columns) - 1),
    hostile_cells,
)
headers = st.lists(
    st.one_of(
        st.sampled_from([name for column in SHEET.columns.values() for name in column.names]),
        st.text(max_size=12),
    ),
    min_size=1,
    max_size=16,
)


def _admin(db: Database) -> Actor:
    with db.reader() as s:
        ready = s.get(Setting, "center.name") is not None
    if ready:
        return auth.login(db, "admin", PASSWORD)
    return front_desk(db).admin


def _counts(db: Database) -> tuple[int, int]:
    with db.reader() as s:
        return (
            int(s.scalar(select(func.count()).select_from(Group)) or 0),
            int(s.scalar(select(func.count()).select_from(GroupSession)) or 0),
        )


def _attempt(db: Database, actor: Actor, data: bytes) -> None:
    before = _counts(db)
    try:
        with db.session() as s:
            preview = preview_groups(s, actor, data, "fuzz.csv")
    except PeerCenterError as exc:
        assert exc.message.strip()
        preview = None
    assert _counts(db) == before, "the dry run left something behind"
    try:
        with db.session() as s:
            result = import_groups(s, actor, data, "fuzz.csv")
    except PeerCenterError as exc:
        assert exc.message.strip()
        assert _counts(db) == before, "a refused import left rows behind"
        assert preview is None or preview.good_rows == 0
        event("refused")
        return
    assert preview is not None
    assert result.imported == preview.good_rows
    assert _counts(db)[0] == before[0] + result.imported
    assert not _rooms_booked_twice(db)
    event("imported")


def _rooms_booked_twice(db: Database) -> list[object]:
    a, b = aliased(GroupSession), aliased(GroupSession)
    with db.reader() as s:
        return list(
            s.execute(
                select(a.id, b.id)
                .join(b, (a.room_id == b.room_id) & (a.id < b.id))
                .where(
                    a.starts_at < b.ends_at,
                    b.starts_at < a.ends_at,
                    a.status == SessionStatus.SCHEDULED,
                    b.status == SessionStatus.SCHEDULED,
                )
            ).all()
        )


@FUZZ
@given(data=st.binary(max_size=2000))
def test_random_bytes(database: Database, data: bytes) -> None:
    _attempt(database, _admin(database), data)


@FUZZ
@given(
    header=st.one_of(st.just(STANDARD), st.just(STANDARD), headers),
    rows=st.lists(
        st.one_of(standard_rows, standard_rows, st.lists(hostile_cells, max_size=17)), max_size=6
    ),
    delimiter=delimiters,
    bom=st.booleans(),
    newline=st.sampled_from(["\n", "\r\n"]),
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
@given(raw=st.text(max_size=1500))
def test_random_text(database: Database, raw: str) -> None:
    _attempt(database, _admin(database), raw.encode("utf-8", "surrogatepass"))
