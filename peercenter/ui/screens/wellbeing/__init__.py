"""Wellbeing: the supervisor's guardrail dashboard and each person's detail."""

from peercenter.ui.screens.wellbeing.screen import WellbeingScreen

__all__ = ["WellbeingScreen"]
