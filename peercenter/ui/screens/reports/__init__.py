"""The Reports screen: the monthly service report for funders."""

from peercenter.ui.screens.reports.screen import ReportsScreen

__all__ = ["ReportsScreen"]
