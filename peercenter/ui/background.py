"""Slow work (reading a big file, an import, an export) off the UI thread, with a busy
indicator when it takes more than a moment. The result comes back on the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

BUSY_AFTER_MS = 400


class BackgroundTask(QThread):
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], Any], parent: QWidget) -> None:
        super().__init__(parent)
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # handed to the UI thread, which decides what to show
            self.failed.emit(exc)
            return
        self.succeeded.emit(result)


def run_in_background(parent: QWidget, text: str, work: Callable[[], Any],
                      done: Callable[[Any], None],
                      failed: Callable[[Exception], None]) -> BackgroundTask:
    """Run ``work()`` on a worker thread; then ``done(result)`` or ``failed(error)`` on the
    UI thread. ``work`` must open its own database session."""
    busy = QProgressDialog(text, "", 0, 0, parent)
    busy.setCancelButton(None)
    busy.setWindowModality(Qt.WindowModality.WindowModal)
    busy.setMinimumDuration(BUSY_AFTER_MS)
    busy.setWindowTitle("PeerCenter")
    task = BackgroundTask(work, parent)

    def finish() -> None:
        busy.reset()
        busy.deleteLater()
        task.wait()
        task.deleteLater()

    def on_success(result: Any) -> None:
        finish()
        done(result)

    def on_failure(error: Exception) -> None:
        finish()
        failed(error)

    task.succeeded.connect(on_success)
    task.failed.connect(on_failure)
    task.start()
    return task
