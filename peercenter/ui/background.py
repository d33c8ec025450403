"""Slow work (backups, restores) off the UI thread: the function runs in Qt's thread pool and
its result or error comes back on the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class Task(QObject):
    """Lives on the UI thread; the worker emits its signals, so the callbacks run here."""

    _done = Signal(object)
    _failed = Signal(object)

    def __init__(self, on_done: Callable[[Any], None],
                 on_failed: Callable[[Exception], None]) -> None:
        super().__init__()
        self.on_done = on_done
        self.on_failed = on_failed
        self.finished = False
        self._done.connect(self._deliver_done)
        self._failed.connect(self._deliver_failed)

    @Slot(object)
    def _deliver_done(self, result: object) -> None:
        self.finished = True
        _RUNNING.discard(self)
        self.on_done(result)

    @Slot(object)
    def _deliver_failed(self, error: object) -> None:
        self.finished = True
        _RUNNING.discard(self)
        self.on_failed(error)  # type: ignore[arg-type]


class _Runner(QRunnable):
    def __init__(self, func: Callable[[], Any], task: Task) -> None:
        super().__init__()
        self.func = func
        self.task = task

    def run(self) -> None:
        try:
            result = self.func()
        except Exception as exc:  # handed to the UI thread, which decides what to say
            self.task._failed.emit(exc)
        else:
            self.task._done.emit(result)


_RUNNING: set[Task] = set()  # keeps each Task alive until its result has been delivered


def run_in_background(func: Callable[[], Any], on_done: Callable[[Any], None],
                      on_failed: Callable[[Exception], None]) -> Task:
    task = Task(on_done, on_failed)
    _RUNNING.add(task)
    QThreadPool.globalInstance().start(_Runner(func, task))
    return task
