"""Slow work (building a report) off the UI thread, with a busy dialog, so the window keeps
drawing. The work gets plain data and returns plain data: no database, no widgets."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from peercenter.domain.errors import PeerCenterError

SHOW_AFTER_MS = 400  # quick work finishes without a dialog flashing up


class _Worker(QObject):
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self._work = work

    @Slot()
    def run(self) -> None:
        try:
            result = self._work()
        except PeerCenterError as exc:
            self.failed.emit(exc.message)
        except Exception:  # shown to the user, not lost in a thread
            self.failed.emit("Something went wrong:\n" + traceback.format_exc(limit=3))
        else:
            self.done.emit(result)


class BackgroundTask(QObject):
    """One piece of work on its own thread. ``finished`` carries the result; ``failed`` a
    message. The task keeps itself alive until the thread has stopped."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QWidget, label: str, work: Callable[[], Any]) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._worker = _Worker(work)
        self._worker.moveToThread(self._thread)
        self.dialog = QProgressDialog(label, "", 0, 0, parent)
        self.dialog.setCancelButton(None)
        self.dialog.setWindowTitle("PeerCenter")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self._thread.started.connect(self._worker.run)
        self._worker.done.connect(self._done)
        self._worker.failed.connect(self._failed)
        self.running = False

    def start(self) -> None:
        self.running = True
        self.dialog.setValue(0)
        self._thread.start()

    def _stop(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self.dialog.reset()
        self.dialog.hide()
        self.running = False

    def _done(self, result: object) -> None:
        self._stop()
        self.finished.emit(result)

    def _failed(self, message: str) -> None:
        self._stop()
        self.failed.emit(message)
