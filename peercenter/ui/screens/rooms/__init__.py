"""The Rooms screen and its dialog."""

from peercenter.ui.screens.rooms.screen import RoomsScreen

__all__ = ["RoomsScreen"]
