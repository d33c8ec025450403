"""Restoring a backup file the person chose, asking what has to be asked on the way: the
passphrase when it is encrypted, and a clear confirmation when the backup is of another
center. Shared by the first-start window, the recovery dialog and Settings → Backups."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from peercenter.db.engine import Database
from peercenter.domain.errors import PeerCenterError
from peercenter.services.backup import restore
from peercenter.services.backup.fileformat import SUFFIX, read_header
from peercenter.services.context import Actor
from peercenter.ui import messages

OTHER_CENTER_TITLE = "A backup of another center"


def choose_backup_file(parent: QWidget | None, folder: Path | None = None) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        "Choose a backup",
        str(folder or Path.home()),
        f"PeerCenter backups (*{SUFFIX});;All files (*)",
    )
    return Path(name) if name else None


def restore_file(
    parent: QWidget | None,
    database: Database,
    actor: Actor | None,
    path: Path,
    passphrase: str | None = None,
) -> restore.RestoreResult | None:
    """Restore ``path``; None when the person backed out or it was refused (they were told
    why, and nothing was changed)."""
    try:
        header = read_header(path)
    except (PeerCenterError, OSError) as exc:
        messages.show_error(parent, exc if isinstance(exc, PeerCenterError) else str(exc))
        return None
    if header.encrypted and not passphrase:
        passphrase = messages.ask_secret(
            parent, "Backup passphrase", "This backup is encrypted. Its passphrase:"
        )
        if passphrase is None:
            return None
    other_center_ok = False
    while True:
        try:
            with _busy():
                return restore.restore_backup(
                    database, actor, path, passphrase, other_center_ok=other_center_ok
                )
        except restore.OtherCenterBackup as exc:
            if other_center_ok or not messages.confirm(
                parent,
                OTHER_CENTER_TITLE,
                f"{exc.message} Restoring it replaces everything in {exc.this_center} with "
                f"this backup; {exc.this_center} as it is now is kept as a copy first.",
                "Restore it anyway",
            ):
                return None
            other_center_ok = True
        except PeerCenterError as exc:
            messages.show_error(parent, exc)
            return None


@contextmanager
def _busy() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
