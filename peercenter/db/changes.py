"""What changed in the database, for screens that stay live: which tables a committed unit of
work wrote (told at once to whoever listens in this program), and changes made by other
programs or computers (told by a watcher, see peercenter.db.watchers).

A change names tables only, never rows or values: that is all a listener needs to decide
whether to read again, and all a person may learn about rows their role does not show."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.session import ORMExecuteState

_WRITTEN = "peercenter_written"


@dataclass(frozen=True)
class Change:
    """Tables written by a committed transaction; ``anything`` when which ones is unknown
    (another program wrote to a local file, or a server connection was lost for a while)."""

    tables: frozenset[str] = frozenset()
    anything: bool = False

    def touches(self, tables: frozenset[str] | set[str]) -> bool:
        """Whether someone showing ``tables`` should read again (never with no tables)."""
        return bool(tables) and (self.anything or bool(self.tables & tables))

    def merged(self, other: Change) -> Change:
        return Change(self.tables | other.tables, self.anything or other.anything)


Listener = Callable[[Change], None]


class ChangeHub:
    """Passes changes to every listener, from whichever thread they happen on. Listeners
    must return quickly (a window hands the change over to its own thread)."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._listeners: list[Listener] = []
        # What watches the database for others' commits, stopped when the database closes.
        self._stoppers: list[Callable[[float], None]] = []

    def on_close(self, stop: Callable[[float], None]) -> None:
        with self._lock:
            self._stoppers.append(stop)

    def close(self, wait_s: float) -> None:
        """Stop every watcher, waiting up to ``wait_s`` for each to close its connection."""
        with self._lock:
            stoppers, self._stoppers = self._stoppers, []
        for stop in stoppers:
            stop(wait_s)

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Start telling ``listener``; the function returned stops it. Once stopped, the
        listener is not called again, not even by a change already on its way."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    @property
    def listened(self) -> bool:
        with self._lock:
            return bool(self._listeners)

    def publish(self, change: Change) -> None:
        if not change.tables and not change.anything:
            return
        # Called while holding the lock, so that unsubscribing waits for a call under way.
        with self._lock:
            for listener in list(self._listeners):
                listener(change)


def track_writes(factory: sessionmaker[Session], hub: ChangeHub) -> None:
    """Tell ``hub`` which tables each unit of work of ``factory`` wrote, once it committed.
    Covers objects the session flushed and insert, update and delete statements run through
    it; nothing is told of work rolled back."""

    @event.listens_for(factory, "after_flush")
    def _flushed(session: Session, _context: Any) -> None:
        written = session.info.setdefault(_WRITTEN, set())
        for obj in (*session.new, *session.dirty, *session.deleted):
            mapper = getattr(obj, "__mapper__", None)
            if mapper is not None:
                written.update(table.name for table in mapper.tables)

    @event.listens_for(factory, "do_orm_execute")
    def _statement(state: ORMExecuteState) -> None:
        if state.is_insert or state.is_update or state.is_delete:
            table = getattr(state.statement, "table", None)
            name = getattr(table, "name", None)
            if isinstance(name, str):
                state.session.info.setdefault(_WRITTEN, set()).add(name)

    @event.listens_for(factory, "after_commit")
    def _committed(session: Session) -> None:
        written = session.info.pop(_WRITTEN, set())
        if written:
            hub.publish(Change(frozenset(written)))

    @event.listens_for(factory, "after_rollback")
    def _rolled_back(session: Session) -> None:
        session.info.pop(_WRITTEN, None)
