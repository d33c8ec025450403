"""The Backups section of Settings: the last backup and its result, "Back up now", how often,
the second folder, the passphrase, and restoring a backup."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peercenter.domain.errors import PeerCenterError
from peercenter.services import settings
from peercenter.services.backup import keys, service
from peercenter.services.backup.fileformat import KIND_AUTOMATIC, KIND_CHOSEN, KIND_SAFETY
from peercenter.services.backup.files import BackupInfo
from peercenter.services.backup.service import size_text
from peercenter.ui import formatting, messages, theme
from peercenter.ui.background import BackgroundTask, run_in_background
from peercenter.ui.context import AppContext
from peercenter.ui.language import QT_TRANSLATE_NOOP
from peercenter.ui.password_dialog import password_edit
from peercenter.ui.restore_flow import choose_backup_file, restore_file
from peercenter.ui.tables import Column, RowTableModel, make_table_view, selected_row
from peercenter.ui.widgets.form import FormFields

# In English here; translated where shown.
KIND_TEXT = {
    KIND_AUTOMATIC: QT_TRANSLATE_NOOP("BackupSection", "Automatic"),
    KIND_SAFETY: QT_TRANSLATE_NOOP("BackupSection", "Before a restore"),
    KIND_CHOSEN: QT_TRANSLATE_NOOP("BackupSection", "Saved to a file"),
}


def _tr(text: str) -> str:
    """Words of this module outside the section (translated under its name)."""
    return QCoreApplication.translate("BackupSection", text)


def _when(moment: datetime, tz: ZoneInfo) -> str:
    """In the center's time zone, like every other time on screen."""
    local = moment.astimezone(tz)
    return QCoreApplication.translate("BackupSection", "{date} {time}").format(
        date=formatting.short_date(local.date()), time=formatting.clock_time(local)
    )


def _kind(kind: str) -> str:
    return _tr(KIND_TEXT[kind]) if kind in KIND_TEXT else kind


def backup_columns(tz: ZoneInfo) -> list[Column[BackupInfo]]:
    yes, no = (
        QCoreApplication.translate("BackupSection", "Yes"),
        QCoreApplication.translate("BackupSection", "No"),
    )
    return [
        Column(
            QCoreApplication.translate("BackupSection", "Made"),
            lambda b: _when(b.created_at, tz),
            sort=lambda b: b.created_at,
            width=150,
        ),
        Column(
            QCoreApplication.translate("BackupSection", "Size"),
            lambda b: size_text(b.size),
            sort=lambda b: b.size,
            width=80,
        ),
        Column(
            QCoreApplication.translate("BackupSection", "Encrypted"),
            lambda b: yes if b.encrypted else no,
            width=80,
        ),
        Column(
            QCoreApplication.translate("BackupSection", "Kind"), lambda b: _kind(b.kind), width=120
        ),
        Column(
            QCoreApplication.translate("BackupSection", "File"), lambda b: str(b.path), stretch=True
        ),
    ]


class PassphraseDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Backup passphrase"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            theme.hint_label(
                self.tr(
                    "Backups will be encrypted with this passphrase. Write it down and keep it "
                    "somewhere safe, away from this computer: without it no encrypted backup "
                    "can be restored, not even by PeerCenter's makers."
                )
            )
        )
        self.fields = FormFields()
        self.passphrase, self.again = password_edit(), password_edit()
        self.fields.add("passphrase", self.tr("Passphrase"), self.passphrase)
        self.fields.add("again", self.tr("Repeat it"), self.again)
        layout.addLayout(self.fields.layout)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def save(self) -> None:
        from peercenter.domain.errors import ValidationError

        try:
            with self.ctx.database.session() as session:
                keys.set_passphrase(
                    session, self.ctx.actor, self.passphrase.text(), self.again.text()
                )
        except ValidationError as exc:
            self.fields.show_errors(exc.field_errors)
            return
        self.accept()


class BackupSection(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: BackgroundTask | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(theme.section_label(self.tr("Backups")), 1)
        self.back_up_button = QPushButton(self.tr("Back up now"))
        head.addWidget(self.back_up_button)
        layout.addLayout(head)
        self.last_label = QLabel()
        self.last_label.setWordWrap(True)
        self.last_label.setTextFormat(Qt.TextFormat.PlainText)
        self.last_label.setAccessibleName(self.tr("Last backup"))
        layout.addWidget(self.last_label)
        self.folder_label = theme.hint_label("")
        self.folder_label.setWordWrap(True)
        layout.addWidget(self.folder_label)

        self.fields = FormFields()
        self.interval = QSpinBox()
        self.interval.setRange(1, 168)
        self.interval.setSuffix(self.tr(" hours"))
        self.second_folder = QLineEdit()
        self.second_folder.setAccessibleName(self.tr("Second copy in"))
        self.second_folder.setPlaceholderText(self.tr("None: backups stay on this computer only"))
        self.second_folder.setMinimumWidth(380)
        choose = QPushButton(self.tr("Choose…"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.second_folder, 1)
        folder_row.addWidget(choose)
        folder_box = QWidget()
        folder_box.setLayout(folder_row)
        folder_row.setContentsMargins(0, 0, 0, 0)
        self.fields.add(
            "backup.interval_hours",
            self.tr("Back up every"),
            self.interval,
            hint=self.tr("Also when PeerCenter closes after changes."),
        )
        self.fields.add(
            "backup.second_folder",
            self.tr("Second copy in"),
            folder_box,
            hint=self.tr("A USB stick or network drive, so a dead disk loses nothing."),
        )
        layout.addLayout(self.fields.layout)
        save_row = QHBoxLayout()
        self.encryption_label = QLabel()
        self.encryption_label.setWordWrap(True)
        self.passphrase_button = QPushButton()
        self.no_encryption_button = QPushButton(self.tr("Stop encrypting"))
        self.save_button = QPushButton(self.tr("Save backup settings"))
        save_row.addWidget(self.encryption_label, 1)
        save_row.addWidget(self.passphrase_button)
        save_row.addWidget(self.no_encryption_button)
        layout.addLayout(save_row)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)

        layout.addWidget(theme.section_label(self.tr("Backups on this computer")))
        with ctx.database.reader() as session:
            self.tz = settings.center_timezone(session)
        self.model: RowTableModel[BackupInfo] = RowTableModel(backup_columns(self.tz), parent=self)
        self.table, self.proxy = make_table_view(self.model, self)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setMinimumHeight(180)
        layout.addWidget(self.table)
        self.restore_file_button = QPushButton(self.tr("Restore from a file…"))
        self.restore_button = QPushButton(self.tr("Restore selected backup…"))
        restore_row = QHBoxLayout()
        restore_row.addStretch(1)
        restore_row.addWidget(self.restore_file_button)
        restore_row.addWidget(self.restore_button)
        layout.addLayout(restore_row)

        self.back_up_button.clicked.connect(self.back_up_now)
        choose.clicked.connect(self._choose_folder)
        self.save_button.clicked.connect(self.save)
        self.passphrase_button.clicked.connect(self.set_passphrase)
        self.no_encryption_button.clicked.connect(self.stop_encrypting)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.restore_from_file)

    def refresh(self) -> None:
        with messages.reporting_errors(self):
            overview = service.overview(self.ctx.database, self.ctx.actor)
            last = overview.last
            if last is None:
                self.last_label.setText(self.tr("No backup has been made on this computer yet."))
            else:
                when = last.at.astimezone(self.tz)
                said = (
                    self.tr("Last backup: {day} at {time} — Succeeded. {message}")
                    if last.ok
                    else self.tr("Last backup: {day} at {time} — FAILED. {message}")
                )
                self.last_label.setText(
                    said.format(
                        day=formatting.long_day(when.date()),
                        time=formatting.clock_time(when),
                        message=last.message,
                    )
                )
            theme_name = "hint" if last is None or last.ok else "fieldError"
            self.last_label.setObjectName(theme_name)
            theme.restyle(self.last_label)
            self.folder_label.setText(
                self.tr(
                    "Saved in {folder}. The newest backup of each of the last 7 days, "
                    "4 weeks and 12 months is kept."
                ).format(folder=overview.folder)
            )
            self.interval.setValue(overview.interval_hours)
            self.second_folder.setText(overview.second_folder)
            self.encryption_label.setText(
                self.tr("Backups are not encrypted.")
                if not overview.encrypted
                else self.tr(
                    "Backups are encrypted with a passphrase. Please choose a new one: the "
                    "previous version of PeerCenter kept a key in the database that opens them."
                )
                if overview.renew_passphrase
                else self.tr("Backups are encrypted with a passphrase.")
            )
            self.passphrase_button.setText(
                self.tr("Change passphrase…")
                if overview.encrypted
                else self.tr("Encrypt with a passphrase…")
            )
            self.no_encryption_button.setVisible(overview.encrypted)
            self.model.set_rows(overview.backups)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Second backup folder"), self.second_folder.text()
        )
        if folder:
            self.second_folder.setText(folder)

    def save(self) -> None:
        from peercenter.domain.errors import ValidationError

        try:
            with self.ctx.database.session() as session:
                settings.set_many(
                    session,
                    self.ctx.actor,
                    {
                        "backup.interval_hours": self.interval.value(),
                        "backup.second_folder": self.second_folder.text(),
                    },
                )
        except ValidationError as exc:
            self.fields.show_errors(exc.field_errors)
            return
        except PeerCenterError as exc:
            messages.show_error(self, exc)
            return
        self.fields.clear_errors()
        self.refresh()

    def back_up_now(self) -> None:
        self.back_up_button.setEnabled(False)
        self.back_up_button.setText(self.tr("Backing up…"))
        database, actor = self.ctx.database, self.ctx.actor
        self.task = run_in_background(
            self,
            self.tr("Backing up…"),
            lambda: service.back_up_now(database, actor),
            self._backed_up,
            self._failed,
        )

    def _backed_up(self, _result: object) -> None:
        self.back_up_button.setEnabled(True)
        self.back_up_button.setText(self.tr("Back up now"))
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._backed_up(None)
        messages.show_error(
            self,
            error
            if isinstance(error, PeerCenterError)
            else self.tr("The backup failed: {reason}").format(reason=error),
        )

    def set_passphrase(self) -> None:
        if PassphraseDialog(self.ctx, self).exec():
            self.refresh()

    def stop_encrypting(self) -> None:
        if messages.confirm(
            self,
            self.tr("Stop encrypting backups"),
            self.tr(
                "New backups will not be encrypted. Backups made so far still need the passphrase."
            ),
            self.tr("Stop encrypting"),
        ):
            with messages.reporting_errors(self), self.ctx.database.session() as session:
                keys.clear_passphrase(session, self.ctx.actor)
            self.refresh()

    def restore_selected(self) -> None:
        backup = selected_row(self.table)
        if not isinstance(backup, BackupInfo):
            messages.show_error(self, self.tr("Choose a backup in the list first."))
            return
        made = _when(backup.created_at, self.tz)
        if not messages.confirm(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Put back the database as it was on {made}? Everything entered "
                "since then on every computer is replaced. The database as it is now is "
                "backed up first. Everyone signs in again afterwards."
            ).format(made=made),
            self.tr("Restore"),
        ):
            return
        self._restore(Path(backup.path))

    def restore_from_file(self) -> None:
        """A backup from elsewhere (a USB stick, another computer): checked like any other,
        and one of another center needs its own confirmation."""
        path = choose_backup_file(self)
        if path is None or not messages.confirm(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Put back the database from {file}? Everything entered since it was made, "
                "on every computer, is replaced. The database as it is now is backed up first. "
                "Everyone signs in again afterwards."
            ).format(file=path.name),
            self.tr("Restore"),
        ):
            return
        self._restore(path)

    def _restore(self, path: Path) -> None:
        if restore_file(self, self.ctx.database, self.ctx.actor, path) is None:
            return
        messages.inform(
            self,
            self.tr("Restored"),
            self.tr("The backup is restored. Sign in again to carry on."),
        )
        window = self.window()
        sign_out = getattr(window, "sign_out", None)
        if callable(sign_out):
            sign_out()
