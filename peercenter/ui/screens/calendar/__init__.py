"""The Calendar screen: week grid, day agenda, month overview, and the session, closure and
recurrence editors it opens."""

from peercenter.ui.screens.calendar.screen import CalendarScreen

__all__ = ["CalendarScreen"]
