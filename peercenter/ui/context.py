"""What every screen is handed: the database and the signed-in person. Passed down, never
global, so a sign-out leaves nothing of the previous user behind."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from peercenter.db.engine import Database
from peercenter.services.context import Actor
from peercenter.ui.ui_state import UiState

if TYPE_CHECKING:
    from peercenter.ui.live import LiveUpdates


@dataclass(frozen=True)
class AppContext:
    database: Database
    actor: Actor
    ui_state: UiState
    # What this computer and the others change, while the main window is open (ui/live.py).
    live: LiveUpdates | None = None

    @property
    def database_kind(self) -> str:
        if self.database.is_sqlite:
            return QCoreApplication.translate("AppContext", "Local file")
        return QCoreApplication.translate("AppContext", "Server")
