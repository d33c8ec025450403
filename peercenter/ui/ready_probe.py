"""Notices the moment the first window has been drawn: when a person could start using it.
`peercenter gui --exit-when-ready` reports that moment and quits, for the start-up
benchmark."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from peercenter.memory import resident_kib


class ReadyProbe(QObject):
    def __init__(self, on_ready: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_ready = on_ready
        self._fired = False

    def watch(self, window: QWidget) -> None:
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._fired and event.type() == QEvent.Type.Paint:
            self._fired = True
            # After the paint has finished and anything already queued has run.
            QTimer.singleShot(0, self._on_ready)
        return False


def report_ready(started: float) -> None:
    """One line on stdout that the benchmark reads: seconds since ``started`` (this process's
    own clock; the benchmark times the whole process from outside) and resident memory."""
    rss = resident_kib()
    print(
        f"ready seconds={time.perf_counter() - started:.4f} "
        f"rss_kib={rss if rss is not None else 'unknown'}",
        flush=True,
    )
