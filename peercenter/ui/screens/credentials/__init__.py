"""Training & certification: progress toward each credential, training records, the
supervision log, and a supervisor's overview of their supervisees."""

from peercenter.ui.screens.credentials.screen import CredentialsScreen

__all__ = ["CredentialsScreen"]
