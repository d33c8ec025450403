"""Time entries: a person's own hours by kind, or a supervisee's."""

from peercenter.ui.screens.time_entries.screen import TimeEntriesScreen

__all__ = ["TimeEntriesScreen"]
