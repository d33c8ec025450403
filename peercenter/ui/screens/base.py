"""What the main window expects of a screen."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from peercenter.ui.context import AppContext


class Screen(QWidget):
    """A page of the main window. ``refresh`` runs each time the page is shown, so it always
    shows what is in the database now (another computer may have changed it)."""

    # The center's name or time zone was changed here: the window shows them anew.
    center_changed = Signal()
    # Show another screen, by its key ("rooms"): screens never import one another.
    go_to = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.page_layout = QVBoxLayout(self)
        self.page_layout.setContentsMargins(20, 16, 20, 14)
        self.page_layout.setSpacing(12)

    def refresh(self) -> None:
        """Reload from the database; the default screen has nothing to reload."""
