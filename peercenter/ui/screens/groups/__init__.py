"""The Groups screen and the group, roster and attendance dialogs."""

from peercenter.ui.screens.groups.screen import GroupsScreen

__all__ = ["GroupsScreen"]
