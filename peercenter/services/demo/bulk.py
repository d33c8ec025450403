"""Bulk inserts for the demo's big tables (tens of thousands of sessions, hundreds of
thousands of check-ins): no ORM objects, ids always assigned by the database so PostgreSQL
sequences stay right, and every constraint checked as for any other insert."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import JSON, Insert, Table, insert
from sqlalchemy.orm import InstrumentedAttribute, Session

from peercenter.db.base import Base

# Rows per statement: big enough to amortise the round trips, small enough to keep the
# driver's parameter buffers modest.
CHUNK = 20_000


def bulk_insert(session: Session, model: type[Base], rows: Sequence[dict[str, Any]]) -> int:
    """Many rows without building ORM objects. Every row of a call has the same keys."""
    if not rows:
        return 0
    dialect = session.get_bind().dialect
    if dialect.name == "postgresql" and dialect.driver == "psycopg":
        _copy(session, model, rows)
        return len(rows)
    # The table rather than the mapped class: a plain executemany, without the ORM's
    # per-row bookkeeping (column defaults still apply).
    table = model.__table__
    assert isinstance(table, Table)
    stmt = insert(table)
    for start in range(0, len(rows), CHUNK):
        session.execute(stmt, list(rows[start : start + CHUNK]))
    return len(rows)


def insert_returning_ids(
    session: Session,
    model: type[Base],
    id_column: InstrumentedAttribute[int],
    rows: Sequence[dict[str, Any]],
) -> list[int]:
    """Bulk insert that hands back the generated ids in the order of ``rows``; the database
    assigns them, so PostgreSQL sequences stay right."""
    ids: list[int] = []
    for start in range(0, len(rows), CHUNK):
        stmt = _insert(model).returning(id_column, sort_by_parameter_order=True)
        ids.extend(session.scalars(stmt, list(rows[start : start + CHUNK])))
    return ids


def _insert(model: type[Base]) -> Insert:
    # Without render_nulls the ORM leaves out None values, so rows differ in their columns
    # and the batch breaks up into many small statements.
    return insert(model).execution_options(render_nulls=True)


def _copy(session: Session, model: type[Base], rows: Sequence[dict[str, Any]]) -> None:
    """PostgreSQL's COPY, in the same transaction: the server fills the ids from their
    sequences and checks every constraint as for an INSERT, but row-by-row INSERTs over the
    wire are several times slower for the hundreds of thousands of rows the large center has.
    Values go through the columns' own bind processing; Python-side defaults (timestamps,
    version) are filled in as an INSERT would."""
    table = model.__table__
    assert isinstance(table, Table)
    session.flush()
    connection = session.connection()
    dialect = connection.dialect
    names = list(rows[0])
    defaults: dict[str, Any] = {}
    for column in table.columns:
        default: Any = column.default
        if column.name in names or column.primary_key or default is None:
            continue
        defaults[column.name] = default.arg(None) if default.is_callable else default.arg
    # JSON travels as text in COPY; the driver would otherwise wrap it per parameter.
    processors = [
        json.dumps
        if isinstance(table.c[name].type, JSON)
        else table.c[name].type.bind_processor(dialect)
        for name in names
    ]
    extra = []
    for name, value in defaults.items():
        process = table.c[name].type.bind_processor(dialect)
        extra.append(process(value) if process else value)
    quote = dialect.identifier_preparer.quote
    sql = (
        f"COPY {dialect.identifier_preparer.format_table(table)} "
        f"({', '.join(quote(n) for n in names + list(defaults))}) FROM STDIN"
    )
    pairs = list(zip(names, processors, strict=True))
    driver: Any = connection.connection.driver_connection
    with driver.cursor() as cursor, cursor.copy(sql) as copy:
        for row in rows:
            copy.write_row([process(row[n]) if process else row[n] for n, process in pairs] + extra)
