"""The Participants screen and its add/edit dialog."""

from peercenter.ui.screens.participants.screen import ParticipantsScreen

__all__ = ["ParticipantsScreen"]
