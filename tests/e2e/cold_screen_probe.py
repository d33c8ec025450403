"""Opens one screen first in a fresh process, as a desk left on that screen does every
morning, then presses each of its buttons that open a dialog ("…"), and each such button of
those dialogs, closing every dialog without saving.

    PEERCENTER_PASSWORD=… python -m tests.e2e.cold_screen_probe SQLITE_FILE USER SCREEN_KEY

Prints one line per dialog opened ("dialog: Screen › Button › Title") and exits 1 with the
traceback when anything raised or a "Something went wrong" message appeared. Nothing of the
program is imported before the window opens the screen."""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from types import TracebackType

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

MAX_DEPTH = 2  # a screen's dialogs, and the dialogs those open
SKIP = ("Print", "P&rint")  # the system print dialog: nothing of ours behind it
problems: list[str] = []


def _hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    problems.append("".join(traceback.format_exception(kind, error, trace)))


def main(database_file: str, username: str, screen_key: str) -> int:
    sys.excepthook = _hook
    from peercenter.db.engine import Database
    from peercenter.services import auth
    from peercenter.ui import theme
    from peercenter.ui.application import qt_application  # the real window's start
    from peercenter.ui.context import AppContext
    from peercenter.ui.main_window import MainWindow
    from peercenter.ui.ui_state import UiState

    app = qt_application()
    theme.apply(app)
    database = Database.from_url(f"sqlite:///{database_file}")
    actor = auth.login(database, username, os.environ["PEERCENTER_PASSWORD"])
    state = UiState.from_file(os.path.join(tempfile.mkdtemp(), "window.ini"))
    state.last_screen = screen_key  # the window reopens on the last screen
    window = MainWindow(AppContext(database, actor, state))
    window.show()
    app.processEvents()
    if window.current_key != screen_key:
        print(f"the window opened on {window.current_key!r}, not {screen_key!r}")
        return 1
    screen = window.screen_widget(screen_key)
    assert screen is not None
    from tests.e2e.dialog_walker import DialogWalker

    walker = DialogWalker(app, MAX_DEPTH, SKIP, problems)
    walker.select_first_rows(screen)
    walker.press_buttons(screen, [screen_key], depth=1)
    if screen_key == "calendar":  # sessions open from the grid, not from a button
        shown = screen.sessions_shown()  # type: ignore[attr-defined]
        if shown:
            walker.open_with(
                lambda: screen.open_session(shown[0].id),  # type: ignore[attr-defined]
                [screen_key, "session"],
            )
    window.close()
    database.dispose()
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
