"""Is a database image exactly what PeerCenter's migrations create at its schema revision?

A backup is data from outside: before one replaces the database, its tables, columns and
indexes are compared with the schema the migrations build at the backup's revision, and any
trigger, view or table they do not build is refused with the reason. A crafted trigger could
otherwise make someone an administrator the next time they sign in."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from contextlib import closing
from functools import lru_cache
from typing import Any

from peercenter.i18n import N_, _, ngettext

# kind -> object name -> what it must be (for tables: column name -> its definition)
Shape = dict[str, dict[str, Any]]

SQLITE_INTERNAL_TABLES = {"sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3"}
SQLITE_INTERNAL_TABLES |= {"sqlite_stat4"}  # kept by SQLite itself (ANALYZE, AUTOINCREMENT)


def compare(expected: Shape, actual: Shape) -> list[str]:
    """Every difference, in words; empty when the shapes agree."""
    problems: list[str] = []
    # Triggers, views and the like first: they are what an attack would add.
    first = {"trigger": 0, "view": 1}
    kinds = sorted(
        set(expected) | set(actual), key=lambda k: (first.get(k, 2), k in ("table", "index"), k)
    )
    for kind in kinds:
        want, have = expected.get(kind, {}), actual.get(kind, {})
        said = _(_KINDS[kind]) if kind in _KINDS else kind
        for name in sorted(set(have) - set(want)):
            problems.append(
                _("it holds a {kind} “{name}” that PeerCenter does not create").format(
                    kind=said, name=name
                )
            )
        for name in sorted(set(want) - set(have)):
            problems.append(_("the {kind} “{name}” is missing").format(kind=said, name=name))
        for name in sorted(set(want) & set(have)):
            if want[name] == have[name]:
                continue
            if kind == "table" and isinstance(want[name], Mapping):
                problems += _column_differences(name, want[name], have[name])
            else:
                problems.append(
                    _("the {kind} “{name}” is not defined as PeerCenter defines it").format(
                        kind=said, name=name
                    )
                )
    return problems


# The kinds of schema objects, as the differences name them.
_KINDS = {
    "table": N_("table"),
    "index": N_("index"),
    "trigger": N_("trigger"),
    "view": N_("view"),
    "materialized view": N_("materialized view"),
    "constraint": N_("constraint"),
    "sequence": N_("sequence"),
    "function": N_("function"),
    "policy": N_("policy"),
    "row security": N_("row security"),
    "type": N_("type"),
}


def _column_differences(table: str, want: Mapping[str, Any], have: Mapping[str, Any]) -> list[str]:
    problems = [
        _("the table “{table}” lacks the column “{column}”").format(table=table, column=c)
        for c in sorted(set(want) - set(have))
    ]
    problems += [
        _("the table “{table}” has a column “{column}” that PeerCenter does not create").format(
            table=table, column=c
        )
        for c in sorted(set(have) - set(want))
    ]
    problems += [
        _("the column “{column}” is not defined as PeerCenter defines it").format(
            column=f"{table}.{c}"
        )
        for c in sorted(set(want) & set(have))
        if want[c] != have[c]
    ]
    return problems


def describe(problems: list[str]) -> str:
    """The first difference, and how many more there are."""
    more = len(problems) - 1
    if not more:
        return problems[0]
    return ngettext(
        "{problem} (and {count} more difference)", "{problem} (and {count} more differences)", more
    ).format(problem=problems[0], count=more)


def affinity(declared: str) -> str:
    """SQLite's type affinity of a declared column type (its own rules, in its order)."""
    upper = declared.upper()
    if "INT" in upper:
        return "INTEGER"
    if any(word in upper for word in ("CHAR", "CLOB", "TEXT")):
        return "TEXT"
    if "BLOB" in upper or not upper:
        return "BLOB"
    if any(word in upper for word in ("REAL", "FLOA", "DOUB")):
        return "REAL"
    return "NUMERIC"


def sqlite_shape(conn: sqlite3.Connection) -> Shape:
    shape: Shape = {"table": {}, "index": {}}
    rows = conn.execute("SELECT type, name, tbl_name FROM sqlite_master").fetchall()
    for kind, name, table in rows:
        kind, name, table = str(kind), str(name), str(table)
        if kind == "table":
            if name in SQLITE_INTERNAL_TABLES:
                continue
            columns = conn.execute("SELECT * FROM pragma_table_xinfo(?)", (name,)).fetchall()
            # name -> (type affinity, not null, primary key position, hidden). Declared type
            # names and default texts are left out: how a library version spells them may
            # change between the upgrade that built a database and this check.
            shape["table"][name] = {
                str(c[1]): (affinity(str(c[2])), c[3], c[5], c[6]) for c in columns
            }
            for index in conn.execute("SELECT * FROM pragma_index_list(?)", (name,)).fetchall():
                index_name = str(index[1])
                cols = conn.execute(
                    "SELECT name FROM pragma_index_info(?)", (index_name,)
                ).fetchall()
                # table, columns, unique, origin (c: CREATE INDEX, u: UNIQUE, pk), partial
                shape["index"][index_name] = (
                    name,
                    tuple(str(c[0]) for c in cols),
                    index[2],
                    index[3],
                    index[4],
                )
        elif kind != "index":
            # Triggers, views and anything else: only what the migrations create is allowed.
            label = f"{kind} on “{table}”" if kind == "trigger" else kind
            shape.setdefault(kind, {})[name] = label
    # An index row in sqlite_master without an index on a known table is itself suspect.
    for kind, name, _table in rows:
        if kind == "index" and str(name) not in shape["index"]:
            shape["index"][str(name)] = ("orphan",)
    return shape


@lru_cache(maxsize=8)
def expected_sqlite_shape(revision: str) -> Shape:
    """The schema the migrations build on SQLite up to ``revision`` (built in memory once)."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from peercenter.db.migrate import upgrade_connection

    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        with engine.begin() as conn:
            upgrade_connection(conn, revision)
        raw = engine.raw_connection()
        try:
            driver = raw.driver_connection
            assert isinstance(driver, sqlite3.Connection)
            return sqlite_shape(driver)
        finally:
            raw.close()
    finally:
        engine.dispose()


def check_sqlite_image(image: bytes, revision: str) -> list[str]:
    """The differences between a SQLite database image and the schema at ``revision``."""
    with closing(sqlite3.connect(":memory:")) as mem:
        mem.deserialize(image)
        actual = sqlite_shape(mem)
    return compare(expected_sqlite_shape(revision), actual)
