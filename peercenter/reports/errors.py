"""Problems building or saving a document, in words for the person printing."""

from __future__ import annotations

from peercenter.domain.errors import PeerCenterError


class ReportError(PeerCenterError):
    """A document that cannot be made or saved; nothing was written."""


class BuildCancelled(ReportError):
    """The person printing pressed Cancel."""
