"""One sign-in, timed from inside a fresh process the way a person meets it: the login window
opens, the background load finishes while they type, they press Sign in, and the main window
is drawn. Prints ``signin seconds=… argon2=… waiting_rss_kib=…``: the time from pressing Sign in
to the main window drawn, one check of the same password hash on its own (the part that is
slow by design), and the resident memory while the login window waits with everything loaded
behind it.

    python tests/benchmarks/sign_in_probe.py DATABASE_URL USER   (password: $PEERCENTER_PASSWORD)
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time

import peercenter.ui  # noqa: F401  (first, as in the program)

# isort: split
from PySide6.QtCore import QThreadPool, QTimer

from peercenter.memory import resident_kib
from peercenter.ui import icons, theme
from peercenter.ui.application import qt_application
from peercenter.ui.flow import AppFlow
from peercenter.ui.main_window import MainWindow
from peercenter.ui.ready_probe import ReadyProbe
from peercenter.ui.start_loader import StartLoader
from peercenter.ui.ui_state import UiState


def _argon2_seconds(flow: AppFlow, username: str, password: str) -> float:
    from peercenter.services import auth

    assert flow.database is not None
    with flow.database.reader() as session:
        user = auth.find_user(session, username)
        assert user is not None
        stored = user.password_hash
    samples = []
    for _ in range(5):
        began = time.perf_counter()
        auth.HASHING.hasher.verify(stored, password)
        samples.append(time.perf_counter() - began)
    return statistics.median(samples)


def main(url: str, username: str, password: str) -> int:
    app = qt_application()
    app.setWindowIcon(icons.app_icon())
    theme.apply(app)
    folder = tempfile.mkdtemp()
    flow = AppFlow(StartLoader(url), UiState.from_file(os.path.join(folder, "ui.ini")))
    pressed: list[float] = []
    waiting: list[int | None] = []

    def drawn() -> None:
        seconds = time.perf_counter() - pressed[0]
        argon2 = _argon2_seconds(flow, username, password)
        memory = waiting[0] if waiting[0] is not None else "unknown"  # as the ready line says
        print(
            f"signin seconds={seconds:.4f} argon2={argon2:.4f} waiting_rss_kib={memory}",
            flush=True,
        )
        app.exit(0)

    def shown(window: object) -> None:
        if isinstance(window, MainWindow):
            ReadyProbe(drawn, window).watch(window)

    def sign_in() -> None:
        dialog = flow.login_dialog
        assert dialog is not None and flow.is_loaded
        waiting.append(resident_kib())
        dialog.username.setText(username)
        dialog.password.setText(password)
        pressed.append(time.perf_counter())
        dialog.sign_in_button.click()

    flow.window_shown.connect(shown)
    flow.loaded.connect(lambda: QTimer.singleShot(0, sign_in))
    flow.finished.connect(app.exit)
    flow.start()
    try:
        return app.exec()
    finally:
        # As the program does: work started in the background (planning sessions ahead)
        # finishes before the database is closed.
        flow.wait_for_load()
        QThreadPool.globalInstance().waitForDone()
        if flow.connection is not None:
            flow.connection.dispose()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], os.environ["PEERCENTER_PASSWORD"]))
