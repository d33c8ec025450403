"""Import records (participants, groups) from a CSV file: the dry run's problems in a table
(line, column, problem), then "Import the N good rows" or Cancel. Rows that would take a
facilitator over a red warning are left out unless a reason is given; the file is then
checked again with it, so the table always says what the import will do. Nothing is saved
before the click."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peercenter.domain.errors import PeerCenterError
from peercenter.services.csv_import.kinds import Importer
from peercenter.services.csv_import.reading import load_file
from peercenter.services.csv_import.sheet import ImportPreview, ImportResult, RowProblem
from peercenter.ui import theme
from peercenter.ui.background import run_in_background
from peercenter.ui.context import AppContext
from peercenter.ui.language import QT_TRANSLATE_NOOP
from peercenter.ui.tables import RIGHT, Column, RowStyle, RowTableModel, make_table_view
from peercenter.ui.widgets.banner import Banner


@dataclass(frozen=True)
class Finding:
    """A problem (the row is left out) or a warning (the row goes in; worth a look)."""

    line: int
    column: str
    message: str
    skipped: bool

    @classmethod
    def of(cls, problem: RowProblem, skipped: bool) -> Finding:
        return cls(problem.line, problem.column, problem.message, skipped)


def _row_fate(finding: Finding) -> str:
    if finding.skipped:
        return QCoreApplication.translate("ImportDialog", "Left out")
    return QCoreApplication.translate("ImportDialog", "Imported; check")


FINDING_COLUMNS: list[Column[Finding]] = [
    Column(
        QT_TRANSLATE_NOOP("ImportDialog", "Line"),
        lambda f: str(f.line),
        sort=lambda f: f.line,
        align=RIGHT,
        width=60,
    ),
    Column(QT_TRANSLATE_NOOP("ImportDialog", "Column"), lambda f: f.column, width=140),
    Column(
        QT_TRANSLATE_NOOP("ImportDialog", "Problem"),
        lambda f: f.message,
        tooltip=lambda f: f.message,
        stretch=True,
    ),
    Column(QT_TRANSLATE_NOOP("ImportDialog", "Row"), _row_fate, width=170),
]


def _style(finding: Finding) -> RowStyle | None:
    return (
        None
        if finding.skipped
        else RowStyle(
            italic=True,
            tooltip=QCoreApplication.translate(
                "ImportDialog", "This row will be imported; check it before importing."
            ),
        )
    )


def import_title(importer: Importer) -> str:
    """'Import participants', in the window's language."""
    if importer.key == "participants":
        return QCoreApplication.translate("ImportDialog", "Import participants")
    if importer.key == "groups":
        return QCoreApplication.translate("ImportDialog", "Import groups")
    return QCoreApplication.translate("ImportDialog", "Import {things}").format(
        things=importer.plural
    )


class ImportDialog(QDialog):
    def __init__(
        self, ctx: AppContext, importer: Importer, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.importer = importer
        self.path = path
        self.data: bytes | None = None
        self.preview: ImportPreview | None = None
        self.outcome: ImportResult | None = None
        self.checked_reason = ""  # the reason the shown check was made with
        self.setWindowTitle(import_title(importer))
        self.resize(900, 520)

        layout = QVBoxLayout(self)
        layout.addWidget(theme.section_label(self.tr("From {file}").format(file=path.name)))
        self.banner = Banner(self)
        layout.addWidget(self.banner)
        self.summary = QLabel(self.tr("Checking the file…"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        columns = [
            replace(c, title=QCoreApplication.translate("ImportDialog", c.title))
            for c in FINDING_COLUMNS
        ]
        self.model: RowTableModel[Finding] = RowTableModel(columns, _style, self)
        self.table, self.proxy = make_table_view(self.model, self)
        self.table.setAccessibleName(self.tr("Problems found in the file"))
        layout.addWidget(self.table, 1)
        self.hint = theme.hint_label(
            self.tr(
                "Rows with a problem are left out. Correct them in the spreadsheet and import "
                "that file again to add them."
            )
        )
        layout.addWidget(self.hint)

        self.reason_box = QWidget()
        reason_layout = QVBoxLayout(self.reason_box)
        reason_layout.setContentsMargins(0, 0, 0, 0)
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        reason_layout.addWidget(self.reason_label)
        row = QHBoxLayout()
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason to go ahead over the warnings"))
        self.reason.setPlaceholderText(
            self.tr("For example: agreed with the supervisors for the term.")
        )
        self.reason.setMaxLength(500)
        self.reason_label.setBuddy(self.reason)
        row.addWidget(self.reason, 1)
        self.recheck_button = QPushButton(self.tr("Check again with this reason"))
        self.recheck_button.setEnabled(False)
        row.addWidget(self.recheck_button)
        reason_layout.addLayout(row)
        layout.addWidget(self.reason_box)
        self.reason_box.hide()
        self.reason.textChanged.connect(self._reason_changed)
        self.recheck_button.clicked.connect(self.start_check)

        buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.start_import)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.hide()
        self.hint.hide()

    # -- the dry run -----------------------------------------------------------------------

    def start_check(self) -> None:
        """Read and check the file (with the reason typed, if any) off the UI thread; the
        table fills in when done."""
        reason = self.reason.text().strip()
        self.import_button.setEnabled(False)
        self.recheck_button.setEnabled(False)
        run_in_background(
            self,
            self.tr("Checking {file}…").format(file=self.path.name),
            lambda: self._check(reason),
            self.show_preview,
            self._failed,
        )

    def _check(self, reason: str) -> tuple[bytes, ImportPreview, str]:
        data = load_file(self.path)
        preview = self.importer.dry_run(
            self.ctx.database, self.ctx.actor, data, self.path.name, reason
        )
        return data, preview, reason

    def _reason_changed(self) -> None:
        """A reason not yet checked with: the table no longer says what would be imported."""
        fresh = self.reason.text().strip() == self.checked_reason
        self.recheck_button.setEnabled(not fresh and self.data is not None)
        self.import_button.setEnabled(
            fresh and self.preview is not None and self.preview.good_rows > 0
        )

    def show_preview(self, checked: tuple[bytes, ImportPreview, str]) -> None:
        self.data, preview, self.checked_reason = checked
        self.preview = preview
        findings = [Finding.of(p, True) for p in preview.problems] + [
            Finding.of(w, False) for w in preview.warnings
        ]
        findings.sort(key=lambda f: (f.line, not f.skipped))
        self.model.set_rows(findings)
        self.table.setVisible(bool(findings))
        self.hint.setVisible(bool(preview.problems))
        good = preview.good_rows
        read = self.tr("%n row(s) read: {good} can be imported", "", preview.rows).format(
            good=_number(good)
        )
        sentences = [
            self.tr("{read}, %n has problems and will be left out.", "", preview.bad_rows).format(
                read=read
            )
            if preview.bad_rows
            else f"{read}."
        ]
        if preview.warnings:
            sentences.append(self._warned(len(preview.warnings)))
        if preview.ignored_columns:
            sentences.append(
                self.tr("Columns not used: {columns}.").format(
                    columns=", ".join(preview.ignored_columns)
                )
            )
        sentences.extend(preview.notes)  # how the file was read: its encoding, ambiguous dates
        self.summary.setText(" ".join(sentences))
        held = preview.needs_reason
        self.reason_box.setVisible(self.importer.takes_reason and bool(held or self.checked_reason))
        self.reason_label.setText(
            self.tr(
                "%n row(s) would take a facilitator over their weekly hours or a red burnout "
                "guardrail and will be left out. To import them anyway, say why (kept in the "
                "audit trail) and check again:",
                "",
                held,
            )
            if held
            else self.tr(
                "Rows over a red warning are imported with this reason, kept in the audit trail."
            )
        )
        self.import_button.setText(
            self.tr("Import the %n good row(s)", "", good) if good else self.tr("No rows to import")
        )
        self._reason_changed()
        if good:
            self.import_button.setFocus()
        elif held:
            self.reason.setFocus()

    def _failed(self, error: BaseException) -> None:
        known = isinstance(error, PeerCenterError)
        self.banner.show_message(
            error.message
            if isinstance(error, PeerCenterError)
            else self.tr("Something went wrong while reading the file ({error}).").format(
                error=error
            )
        )
        self.summary.setText(self.tr("Nothing was imported."))
        self.import_button.setEnabled(False)
        self.import_button.setText(self.tr("Import"))
        if not known:
            raise error  # a fault in the program, not in the file: let it be reported

    # -- the import ------------------------------------------------------------------------

    def start_import(self) -> None:
        if self.data is None or self.preview is None or not self.preview.good_rows:
            return
        self.import_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        data, reason = self.data, self.checked_reason

        def work() -> ImportResult:
            with self.ctx.database.session() as session:
                return self.importer.add(
                    session, self.ctx.actor, data, self.path.name, False, reason
                )

        run_in_background(self, self._importing_text(), work, self._imported, self._import_failed)

    def _imported(self, result: ImportResult) -> None:
        self.outcome = result
        self.accept()

    def _import_failed(self, error: BaseException) -> None:
        self.cancel_button.setEnabled(True)
        self._failed(error)

    def outcome_text(self) -> str:
        """'Imported 3 groups from groups.csv.' once the import is done."""
        if self.outcome is None:
            return ""
        count, file = self.outcome.imported, self.path.name
        if self.importer.key == "participants":
            return self.tr("Imported %n participant(s) from {file}.", "", count).format(file=file)
        if self.importer.key == "groups":
            return self.tr("Imported %n group(s) from {file}.", "", count).format(file=file)
        return self.tr("Imported %n record(s) from {file}.", "", count).format(file=file)

    def _importing_text(self) -> str:
        if self.importer.key == "participants":
            return self.tr("Importing participants…")
        if self.importer.key == "groups":
            return self.tr("Importing groups…")
        return self.tr("Importing…")

    def _warned(self, count: int) -> str:
        """The rows that go in but are worth a look, said for the kind of record."""
        if self.importer.key == "participants":
            return self.tr(
                "%n name(s) may already be in PeerCenter; check before importing.", "", count
            )
        if self.importer.key == "groups":
            return self.tr(
                "%n warning(s) about a facilitator's hours or burnout guardrails; those rows are "
                "imported and the warnings kept in the audit trail.",
                "",
                count,
            )
        return self.tr("%n row(s) to check before importing.", "", count)


def _number(value: int) -> str:
    """1,234 in English, 1234 or 1.234 as the window's language writes numbers."""
    return QLocale().toString(value)


def choose_file(parent: QWidget, importer: Importer) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        import_title(importer),
        str(Path.home()),
        QCoreApplication.translate("ImportDialog", "CSV files (*.csv *.txt);;All files (*)"),
    )
    return Path(name) if name else None


def open_import(
    parent: QWidget, ctx: AppContext, importer: Importer, path: Path, done: Callable[[str], None]
) -> ImportDialog:
    """Check the file and show what importing it would do; nothing is saved until the user
    confirms in the dialog. ``done`` hears what was imported."""
    dialog = ImportDialog(ctx, importer, path, parent)
    dialog.accepted.connect(lambda: done(dialog.outcome_text()))
    dialog.open()
    dialog.start_check()
    return dialog
