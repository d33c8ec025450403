"""Telling the other computers that something changed: after every statement that writes a
table, the server sends a notification on one channel whose text is the table's name, and
nothing else. A computer listening as its person learns that "attendance" changed, never which
row or what it now says, so it learns nothing its role may not read; it then reads again
through the same grants and policies as always.

The trigger runs as whoever wrote (any role may notify) and, with the other server rules, is
put on every table again by ``server setup`` and each ``db upgrade``."""

from __future__ import annotations

from collections.abc import Iterable

from peercenter.db.server.names import PRIVATE_SCHEMA

CHANNEL = "peercenter_changes"
TRIGGER = "peercenter_changed"
# The schema's own bookkeeping; nothing a screen shows.
NOT_WATCHED = frozenset({"alembic_version"})

FUNCTION = f"""
CREATE OR REPLACE FUNCTION {PRIVATE_SCHEMA}.notify_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    -- Sent when the transaction commits, once per table however many statements wrote it.
    PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
    RETURN NULL;
END
$$;
"""


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def statements(tables: Iterable[str]) -> list[str]:
    """The trigger on each of ``tables`` (of the public schema), made anew."""
    out = [FUNCTION]
    for table in sorted(set(tables) - NOT_WATCHED):
        qualified = f"public.{_ident(table)}"
        out.append(f"DROP TRIGGER IF EXISTS {TRIGGER} ON {qualified}")
        out.append(
            f"CREATE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
            f"ON {qualified} FOR EACH STATEMENT "
            f"EXECUTE FUNCTION {PRIVATE_SCHEMA}.notify_change()"
        )
    return out
