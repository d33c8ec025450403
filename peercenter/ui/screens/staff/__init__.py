"""The Staff screen and its add/edit dialog."""

from peercenter.ui.screens.staff.screen import StaffScreen

__all__ = ["StaffScreen"]
