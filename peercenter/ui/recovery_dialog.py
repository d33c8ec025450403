"""Shown at start when the database file is damaged: what happened, which of this center's
backups can be put back (a passphrase field when it is encrypted), and a way to choose a
backup file instead (one on a USB stick, say)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from peercenter.db.engine import Database
from peercenter.domain.errors import PeerCenterError
from peercenter.paths import backups_dir
from peercenter.services.backup import restore
from peercenter.services.backup.recovery import StartupHealth
from peercenter.ui import theme
from peercenter.ui.password_dialog import password_edit
from peercenter.ui.restore_flow import choose_backup_file, restore_file


class RecoveryDialog(QDialog):
    def __init__(
        self, database: Database, health: StartupHealth, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.health = health
        self.setWindowTitle(self.tr("The database needs repair — PeerCenter"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(theme.title_label(self.tr("The database is damaged")))
        self.explanation = QLabel(health.message)
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.passphrase = password_edit()
        self.passphrase.setPlaceholderText(self.tr("Backup passphrase"))
        self.passphrase.setAccessibleName(self.tr("Backup passphrase"))
        self.passphrase.setVisible(health.needs_passphrase)
        if health.needs_passphrase:
            layout.addWidget(
                theme.hint_label(self.tr("This backup is encrypted: enter its passphrase."))
            )
        layout.addWidget(self.passphrase)
        self.error = theme.error_label(self.tr("Restore problem"))
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(
            self.tr("Restore this backup"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setVisible(health.offer is not None)
        self.choose_button = buttons.addButton(
            self.tr("Choose a backup file…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        (self.restore_button if health.offer is not None else self.choose_button).setDefault(True)
        quit_button = buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.restore)
        self.choose_button.clicked.connect(self.choose)
        quit_button.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def restore(self) -> None:
        if self.health.offer is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            restore.restore_backup(
                self.database, None, self.health.offer.path, self.passphrase.text() or None
            )
        except PeerCenterError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()

    def choose(self) -> None:
        path = choose_backup_file(self, backups_dir())
        if path is not None and restore_file(self, self.database, None, path) is not None:
            self.accept()
