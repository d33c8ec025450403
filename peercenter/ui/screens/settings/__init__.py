from peercenter.ui.screens.settings.screen import SettingsScreen

__all__ = ["SettingsScreen"]
