"""Credential programs: the shipped ones (read-only, copyable) and the center's own."""

from peercenter.ui.screens.programs.screen import ProgramsScreen

__all__ = ["ProgramsScreen"]
