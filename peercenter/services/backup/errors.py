"""What can be wrong with a backup file."""

from __future__ import annotations

from peercenter.domain.errors import PeerCenterError


class BackupFileError(PeerCenterError):
    """A backup file that cannot be read: not a backup, damaged, or the wrong passphrase."""


class PassphraseNeeded(BackupFileError):
    """The backup is encrypted and no passphrase was given."""
