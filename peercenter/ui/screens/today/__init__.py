"""Today: the front desk's cockpit."""

from peercenter.ui.screens.today.screen import TodayScreen

__all__ = ["TodayScreen"]
