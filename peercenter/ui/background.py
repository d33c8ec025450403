"""Slow work (building documents, imports, backups) off the UI thread, with a progress
dialog and a Cancel button. The work function gets a ``progress(done, total)`` callable that
returns False once the person pressed Cancel; it should then stop (raising is fine)."""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from peercenter.domain.errors import PeerCenterError

log = logging.getLogger(__name__)

Progress = Callable[[int, int], bool]


class _Signals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(
        self, work: Callable[[Progress], Any], signals: _Signals, cancelled: threading.Event
    ) -> None:
        super().__init__()
        self.work = work
        self.signals = signals
        self.cancelled = cancelled

    def run(self) -> None:
        def progress(done: int, total: int) -> bool:
            self.signals.progressed.emit(done, total)
            return not self.cancelled.is_set()

        try:
            result = self.work(progress)
        except BaseException as exc:  # handed to the UI thread, which decides what to show
            if isinstance(exc, PeerCenterError):
                log.debug("background work stopped: %s", type(exc).__name__)
            else:  # a fault, even when the screen words it gently: keep its traceback
                log.exception("background work failed")
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class BackgroundTask(QObject):
    """One piece of work on the global thread pool. ``done(result)`` or ``failed(error)``
    runs on the UI thread; after Cancel, neither runs and ``cancelled`` is emitted."""

    cancelled = Signal()

    def __init__(
        self,
        parent: QWidget,
        title: str,
        work: Callable[[Progress], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        *,
        show_after_ms: int = 400,
        cancellable: bool = True,
    ) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._done, self._failed = done, failed
        cancel = QCoreApplication.translate("BackgroundTask", "Cancel")
        self.dialog = QProgressDialog(title, cancel, 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(show_after_ms)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:  # work that writes as it goes: stopping halfway is not offered
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self.cancel)
        self._signals = _Signals(self)
        self._signals.progressed.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._runnable = _Runnable(work, self._signals, self._cancel)
        self.running = False

    def start(self) -> BackgroundTask:
        self.running = True
        QThreadPool.globalInstance().start(self._runnable)
        return self

    def cancel(self) -> None:
        self._cancel.set()

    def _on_progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)

    def _close(self) -> None:
        self.running = False
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()

    def _on_finished(self, result: Any) -> None:
        self._close()
        if self._cancel.is_set():
            self.cancelled.emit()
        else:
            self._done(result)
        self.deleteLater()

    def _on_failed(self, error: BaseException) -> None:
        self._close()
        if self._cancel.is_set():
            self.cancelled.emit()
        else:
            self._failed(error)
        self.deleteLater()


def run_in_background(
    parent: QWidget,
    text: str,
    work: Callable[[], Any],
    done: Callable[[Any], None],
    failed: Callable[[BaseException], None],
) -> BackgroundTask:
    """Work without progress steps (reading a file, an import, an export): a busy indicator
    without Cancel when it takes more than a moment. ``work`` opens its own database session."""
    return BackgroundTask(
        parent, text, lambda _progress: work(), done, failed, cancellable=False
    ).start()
