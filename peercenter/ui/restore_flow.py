"""Restoring a backup file the person chose, asking what has to be asked on the way: the
passphrase when it is encrypted, and a clear confirmation when the backup is of another
center. Shared by the first-start window, the recovery dialog and Settings → Backups."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from peercenter.db.engine import Database
from peercenter.domain.errors import PeerCenterError
from peercenter.services.backup import restore
from peercenter.services.backup.fileformat import SUFFIX, read_header
from peercenter.services.context import Actor
from peercenter.ui import messages


def choose_backup_file(parent: QWidget | None, folder: Path | None = None) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("restore_flow", "Choose a backup"),
        str(folder or Path.home()),
        QCoreApplication.translate(
            "restore_flow", "PeerCenter backups (*{suffix});;All files (*)"
        ).format(suffix=SUFFIX),
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
            parent,
            QCoreApplication.translate("restore_flow", "Backup passphrase"),
            QCoreApplication.translate("restore_flow", "This backup is encrypted. Its passphrase:"),
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
                QCoreApplication.translate("restore_flow", "A backup of another center"),
                QCoreApplication.translate(
                    "restore_flow",
                    "{problem} Restoring it replaces everything in {center} with this "
                    "backup; {center} as it is now is kept as a copy first.",
                ).format(problem=exc.message, center=exc.this_center),
                QCoreApplication.translate("restore_flow", "Restore it anyway"),
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
