"""Export the schedule as an iCalendar (.ics) file: every group, or one group, room or
facilitator, from a first day on (three months back unless changed). The file is written
whole or not at all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from peercenter.domain.errors import PeerCenterError
from peercenter.fileio import write_atomically
from peercenter.services import ical_export, settings
from peercenter.services.clock import local_today
from peercenter.services.ical_export import CalendarExport, ExportScope, ScopeKind
from peercenter.ui import theme
from peercenter.ui.background import run_in_background
from peercenter.ui.context import AppContext
from peercenter.ui.widgets.banner import Banner
from peercenter.ui.widgets.optional_date import date_edit, from_qdate, to_qdate


def ask_save_path(parent: QWidget, suggested: str) -> Path | None:
    """Where to save; None when the user cancels."""
    start = str(Path.home() / suggested)
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExportCalendarDialog", "Export calendar"),
        start,
        QCoreApplication.translate("ExportCalendarDialog", "iCalendar files (*.ics)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics")


class ExportCalendarDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved_to: Path | None = None
        self.export: CalendarExport | None = None
        self.setWindowTitle(self.tr("Export calendar"))
        self.setMinimumWidth(500)
        with ctx.database.reader() as session:
            choices = ical_export.choices(session, ctx.actor)
            today = local_today(settings.center_timezone(session))

        layout = QVBoxLayout(self)
        layout.addWidget(theme.section_label(self.tr("What to export")))
        grid = QGridLayout()
        self.kinds = QButtonGroup(self)
        self.all_button = QRadioButton(self.tr("All groups"))
        self.all_button.setChecked(True)
        grid.addWidget(self.all_button, 0, 0)
        self.kinds.addButton(self.all_button)
        self.pickers: dict[ScopeKind, tuple[QRadioButton, QComboBox]] = {}
        for row, (kind, label, items) in enumerate(
            [
                (ScopeKind.GROUP, self.tr("One group"), choices.groups),
                (ScopeKind.ROOM, self.tr("One room"), choices.rooms),
                (ScopeKind.FACILITATOR, self.tr("One facilitator"), choices.facilitators),
            ],
            start=1,
        ):
            button = QRadioButton(label)
            combo = QComboBox()
            combo.setAccessibleName(label)
            combo.setMinimumWidth(260)
            for item in items:
                combo.addItem(item.name, item.id)
            combo.setEnabled(False)
            button.setEnabled(bool(items))
            button.toggled.connect(combo.setEnabled)
            self.kinds.addButton(button)
            grid.addWidget(button, row, 0)
            grid.addWidget(combo, row, 1)
            self.pickers[kind] = (button, combo)
        layout.addLayout(grid)
        since = QHBoxLayout()
        since_label = QLabel(self.tr("Sessions from"))
        self.since = date_edit()
        self.since.setDate(to_qdate(ical_export.default_start(today)))
        self.since.setAccessibleName(self.tr("Sessions from"))
        since_label.setBuddy(self.since)
        since.addWidget(since_label)
        since.addWidget(self.since)
        since.addStretch(1)
        layout.addLayout(since)
        layout.addWidget(
            theme.hint_label(
                self.tr(
                    "Calendar programs such as Outlook, Google Calendar and Apple Calendar can "
                    "import the file. Cancelled sessions are left out, moved ones are at their new "
                    "time, and sessions further ahead follow each group's repeat rule."
                )
            )
        )
        self.banner = Banner(self)
        layout.addWidget(self.banner)

        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choose(self, kind: ScopeKind, name: str = "") -> None:
        """Pick what to export, as a click on the option and the list would."""
        if kind is ScopeKind.ALL:
            self.all_button.setChecked(True)
            return
        button, combo = self.pickers[kind]
        button.setChecked(True)
        if name:
            combo.setCurrentIndex(combo.findText(name))

    def scope(self) -> ExportScope:
        for kind, (button, combo) in self.pickers.items():
            if button.isChecked() and combo.currentIndex() >= 0:
                return ExportScope(kind, int(combo.currentData()), combo.currentText())
        return ExportScope()

    def save(self) -> None:
        scope = self.scope()
        suggested = "schedule" if scope.kind is ScopeKind.ALL else scope.label
        path = ask_save_path(self, suggested.replace("/", "-") + ".ics")
        if path is not None:
            self.export_to(path, scope)

    def export_to(self, path: Path, scope: ExportScope | None = None) -> None:
        chosen = scope or self.scope()
        since = from_qdate(self.since.date())
        self.banner.clear()
        self.save_button.setEnabled(False)

        def work() -> CalendarExport:
            with self.ctx.database.session() as session:
                export = ical_export.export_calendar(session, self.ctx.actor, chosen, since)
                write_atomically(path, export.data)  # a failed write undoes the audit entry
                return export

        run_in_background(
            self,
            self.tr("Exporting the calendar…"),
            work,
            lambda export: self._saved(path, export),
            self._failed,
        )

    def _saved(self, path: Path, export: CalendarExport) -> None:
        self.saved_to = path
        self.export = export
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if not isinstance(error, PeerCenterError):
            self.banner.show_message(
                self.tr("The calendar could not be exported ({error}).").format(error=error)
            )
            raise error
        self.banner.show_message(error.message)
