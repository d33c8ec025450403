"""Presses the buttons of a screen that open dialogs and closes each dialog unsaved, recording
what opened and anything that went wrong. Used by the cold-start probe."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, QThreadPool, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

FAILURE_TITLES = ("Something went wrong",)


def _opens_a_dialog(button: QAbstractButton) -> bool:
    text = button.text().replace("&", "").strip()
    return text.endswith(("…", "...")) and button.isVisible() and button.isEnabled()


def _open_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


class DialogWalker:
    def __init__(
        self, app: QApplication, max_depth: int, skip: Sequence[str], problems: list[str]
    ) -> None:
        self.app = app
        self.max_depth = max_depth
        self.skip = tuple(skip)
        self.problems = problems
        self._stack: list[object] = []

    def select_first_rows(self, widget: QWidget) -> None:
        """Edit buttons need a selection: take the first row of every list."""
        self.settle()
        for view in widget.findChildren(QAbstractItemView):
            model, selection = view.model(), view.selectionModel()
            if model is None or selection is None or model.rowCount() == 0:
                continue
            flags = QItemSelectionModel.SelectionFlag
            selection.setCurrentIndex(
                model.index(0, 0), flags.ClearAndSelect | flags.Rows | flags.Current
            )
        self.settle()

    def settle(self) -> None:
        """Let lists read in the background fill before looking at them."""
        QThreadPool.globalInstance().waitForDone(10_000)
        for _ in range(3):
            self.app.processEvents()

    def press_buttons(self, widget: QWidget, path: list[str], depth: int) -> None:
        pressed: set[str] = set()
        for button in widget.findChildren(QAbstractButton):
            if not isinstance(button, QPushButton) or not _opens_a_dialog(button):
                continue
            name = button.text().replace("&", "")
            if name in pressed or name.startswith(self.skip):
                continue
            pressed.add(name)
            self.open_with(button.click, [*path, name], depth)

    def open_with(self, action: Callable[[], object], path: list[str], depth: int = 1) -> None:
        """Run ``action``; every dialog it opens (modal or not) is looked at and closed."""
        before = set(map(id, _open_dialogs()))
        handled: set[int] = set()
        token = object()
        self._stack.append(token)

        def look() -> None:
            if self._stack[-1] is not token:
                return  # a dialog opened from a dialog is being looked at
            for dialog in _open_dialogs():
                if id(dialog) not in before and id(dialog) not in handled:
                    handled.add(id(dialog))
                    self._visit(dialog, path, depth)

        # A modal dialog runs its own event loop inside ``action``; the timer fires in it.
        timer = QTimer()
        timer.setInterval(20)
        timer.timeout.connect(look)
        timer.start()
        try:
            action()
            self.app.processEvents()
            look()
            self.app.processEvents()
        finally:
            timer.stop()
            self._stack.pop()

    def _visit(self, dialog: QDialog, path: list[str], depth: int) -> None:
        title = dialog.windowTitle()
        print("dialog: " + " › ".join([*path, title or type(dialog).__name__]), flush=True)
        if isinstance(dialog, QMessageBox) and title in FAILURE_TITLES:
            self.problems.append(f"{' › '.join(path)}: {title}\n{dialog.detailedText()}")
        if depth < self.max_depth and not isinstance(dialog, QMessageBox):
            self.select_first_rows(dialog)
            self.press_buttons(dialog, [*path, title], depth + 1)
        # done(0) is "no" to a question, Cancel to a form, and never a standard button.
        dialog.done(0)
        self.app.processEvents()
