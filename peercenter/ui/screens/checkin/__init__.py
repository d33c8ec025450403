"""Checking participants in to a session, opened from Today."""

from peercenter.ui.screens.checkin.dialog import CheckInDialog

__all__ = ["CheckInDialog"]
