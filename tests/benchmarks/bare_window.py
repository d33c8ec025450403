"""The baseline of the start-up benchmark: an empty PySide6 QMainWindow of PeerCenter's size,
reporting the moment it is drawn the way `peercenter gui --exit-when-ready` does."""

import sys

from PySide6.QtWidgets import QApplication, QMainWindow

from peercenter import LOAD_STARTED
from peercenter.ui.ready_probe import ReadyProbe, report_ready

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1200, 780)


def ready() -> None:
    report_ready(LOAD_STARTED)
    app.exit(0)


probe = ReadyProbe(ready, app)
probe.watch(window)
window.show()
sys.exit(app.exec())
