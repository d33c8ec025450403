"""Screens that stay live: what this program and the other computers commit arrives here (from
the database's own thread or a watcher's), is handed over to the window's thread, and after a
short pause that gathers a burst into one is sent out as ``changed``. The main window passes
it to the screen shown; open dialogs listen themselves."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.exc import SQLAlchemyError

from peercenter.db.changes import Change
from peercenter.db.engine import Database, describe_error
from peercenter.db.watchers import Watcher, watch
from peercenter.domain.errors import PeerCenterError

# What the schedule is made of, for the screens and dialogs that show it.
SCHEDULE_TABLES = frozenset(
    {
        "sessions",
        "session_facilitators",
        "groups",
        "group_facilitators",
        "rooms",
        "topics",
        "closures",
        "staff",
        "enrollments",
    }
)

# Long enough to gather a transaction's tables and a burst of check-ins into one refresh,
# short enough that another desk's change shows well within two seconds.
GATHER_MS = 200


class LiveUpdates(QObject):
    changed = Signal(object)  # the Change, gathered, on the window's thread
    _arrived = Signal(object)  # from any thread

    def __init__(
        self, database: Database, parent: QObject | None = None, gather_ms: int = GATHER_MS
    ) -> None:
        super().__init__(parent)
        self._pending: Change | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(gather_ms)
        self._timer.timeout.connect(self._send)
        self._arrived.connect(self._gather, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = database.changes.subscribe(self._arrived.emit)
        # Connecting and listening happen on the watcher's thread, never this one.
        self.watcher: Watcher | None = watch(database)

    def stop(self) -> None:
        """No more changes: called when the window closes (its person signs out)."""
        self._unsubscribe()
        if self.watcher is not None:
            # Not waited for: its thread notices within half a second and closes its
            # connection itself, while the window goes on (a sign-out is not held up).
            self.watcher.stop(wait_s=0)
            self.watcher = None
        self._timer.stop()
        self._pending = None

    def _gather(self, change: Change) -> None:
        self._pending = change if self._pending is None else self._pending.merged(change)
        if not self._timer.isActive():  # a steady stream still goes out every pause
            self._timer.start()

    def _send(self) -> None:
        change, self._pending = self._pending, None
        if change is not None:
            self.changed.emit(change)


def live_refresh(refresh: Callable[[], object]) -> str:
    """Run a refresh nobody asked for; what went wrong (the server out of reach for a moment)
    comes back as a line to show quietly, instead of a pop-up in the middle of someone's
    work. "" when it went well."""
    try:
        refresh()
    except PeerCenterError as exc:
        return exc.message
    except SQLAlchemyError as exc:
        return describe_error(exc)
    return ""


class _Follower(QObject):
    def __init__(
        self,
        widget: QWidget,
        live: LiveUpdates,
        tables: frozenset[str],
        on_change: Callable[[Change], None],
    ) -> None:
        super().__init__(widget)
        self.widget = widget
        self.tables = tables
        self.on_change = on_change
        self.missed: Change | None = None
        live.changed.connect(self._changed)
        widget.installEventFilter(self)

    def _changed(self, change: Change) -> None:
        if not change.touches(self.tables):
            return
        if not self.widget.isVisible():  # behind the lock: caught up when shown again
            self.missed = change if self.missed is None else self.missed.merged(change)
            return
        self.on_change(change)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Show and self.missed:
            change, self.missed = self.missed, None
            self.on_change(change)
        return False


def follow(
    widget: QWidget,
    live: LiveUpdates | None,
    tables: frozenset[str],
    on_change: Callable[[Change], None],
) -> None:
    """While ``widget`` (a dialog) is shown, call ``on_change`` when any of ``tables``
    changes, here or on another computer. Nothing happens without a main window (``live``
    None) or once the widget is gone."""
    if live is not None:
        _Follower(widget, live, tables, on_change)
