"""Loads what the first window does not need, on a background thread, while the person types:
the database layer and the services, the database itself (checked, opened, brought up to
date) and the modules of the main window. ``loaded`` brings the result to the UI thread.

Only module imports happen off the UI thread on the window's side: no widget, pixmap or font
is made there."""

from __future__ import annotations

import importlib
import threading
import traceback
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from peercenter.db.addresses import sqlite_file
from peercenter.db.file_checks import holds_data

if TYPE_CHECKING:
    from peercenter.services.connection import CenterConnection

# What signing in opens: the main window and its first screen.
MAIN_WINDOW_MODULES = (
    "peercenter.ui.main_window",
    "peercenter.ui.screens.today",
)


class StartLoader(QObject):
    loaded = Signal(object)  # a services.starting.StartState
    crashed = Signal(str)  # a bug: the details for support

    def __init__(self, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self._thread: threading.Thread | None = None
        self._connection: CenterConnection | None = None

    def login_comes_first(self) -> bool:
        """Whether the login window can open before the database is: a file that holds data
        (or a server) most likely holds a center. A new file means the first-start window,
        an empty or odd one the check at start: both wait for the load."""
        path = sqlite_file(self.url)
        return path is None or holds_data(path) is True

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._thread = threading.Thread(target=self._run, name="peercenter-start", daemon=False)
        self._thread.start()

    def wait(self) -> None:
        """Until the load has finished: a schema upgrade is never cut off half-way."""
        if self._thread is not None:
            self._thread.join()

    @property
    def connection(self) -> CenterConnection | None:
        return self._connection

    def _run(self) -> None:
        try:
            from peercenter.services.connection import CenterConnection
            from peercenter.services.starting import prepare

            if self._connection is None:
                self._connection = CenterConnection(self.url)
            state = prepare(self._connection)
            for name in MAIN_WINDOW_MODULES:
                importlib.import_module(name)
        except Exception:
            self.crashed.emit(traceback.format_exc())
            return
        self.loaded.emit(state)
