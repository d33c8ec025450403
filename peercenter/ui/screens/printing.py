"""Print: choose a document (handout, sign-in sheet, the day's packet, the lobby
poster), see it exactly as it will print, then print it or save it as PDF."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from peercenter.documents.printed import Built, Kind, Request, Use, kinds_for, record_use, render
from peercenter.domain.enums import SessionStatus
from peercenter.domain.errors import PeerCenterError
from peercenter.domain.printing import PrintOptions
from peercenter.fileio import write_atomically
from peercenter.reports.errors import BuildCancelled
from peercenter.services import settings, today
from peercenter.services.clock import local_today
from peercenter.services.handouts import gather
from peercenter.ui import formatting, messages, theme
from peercenter.ui.background import BackgroundTask, Progress
from peercenter.ui.context import AppContext
from peercenter.ui.printing.pdf_printer import print_pdf
from peercenter.ui.printing.preview import PdfPreview
from peercenter.ui.screens.base import Screen
from peercenter.ui.widgets.form import FormFields
from peercenter.ui.widgets.optional_date import date_edit, from_qdate, to_qdate
from peercenter.ui.widgets.print_choices import language_combo, paper_combo


class PrintScreen(Screen):
    """``built`` is emitted when a preview is ready, or failed (tests wait for it)."""

    built = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.database, self.actor = ctx.database, ctx.actor
        self.current: Built | None = None
        self.task: BackgroundTask | None = None
        with ctx.database.reader() as s:
            defaults: PrintOptions = gather.print_options(s)
            today_here = local_today(settings.center_timezone(s))

        self.kind = QComboBox(self)
        for kind in kinds_for(ctx.actor):
            self.kind.addItem(kind.label, kind)
        self.day = date_edit(self)
        self.day.set_weekday_shown(True)
        self.day.setDate(to_qdate(today_here))
        self.session = QComboBox(self)
        self.session.setMinimumContentsLength(30)
        self.paper = paper_combo(defaults.paper.value, self)
        self.language = language_combo(defaults.language, self)
        self.large = QCheckBox(self.tr("Large print (16 pt and up)"), self)
        self.large.setChecked(defaults.large_print)
        self.preview_button = QPushButton(self.tr("&Preview"), self)
        self.print_button = QPushButton(self.tr("Prin&t…"), self)
        self.print_button.setToolTip(self.tr("Print the document shown (Ctrl+P)"))
        self._print_when_built = False
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.notices = QLabel(self)
        self.notices.setWordWrap(True)
        self.preview = PdfPreview(self)

        fields = FormFields()
        fields.add("kind", self.tr("&Document"), self.kind)
        fields.add("day", self.tr("D&ate"), self.day)
        fields.add("session", self.tr("S&ession"), self.session)
        fields.add("paper", self.tr("Pape&r"), self.paper)
        fields.add("language", self.tr("&Language"), self.language)
        fields.add("large", "", self.large)
        form = fields.layout
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.save_button):
            buttons.addWidget(button)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.addLayout(form)
        side_layout.addLayout(buttons)
        side_layout.addWidget(self.notices)
        side_layout.addStretch(1)
        splitter = QSplitter(self)
        splitter.addWidget(side)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 820])
        self.page_layout.addWidget(theme.title_label(self.tr("Print")))
        self.page_layout.addWidget(splitter, 1)

        self.day.dateChanged.connect(self.refresh_sessions)
        self.kind.currentIndexChanged.connect(self._on_kind)
        for widget in (self.session, self.paper, self.language):
            widget.currentIndexChanged.connect(self._stale)
        self.large.toggled.connect(self._stale)
        self.preview_button.clicked.connect(self.make_preview)
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button.clicked.connect(self.save_with_dialog)
        # Window-wide, but only while this screen is the one shown.
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_now)
        self.refresh_sessions()
        self._on_kind()

    # -- choosing -------------------------------------------------------------------------
    def chosen_kind(self) -> Kind:
        return Kind(self.kind.currentData())  # Qt hands the enum back as its text

    def chosen_day(self) -> date:
        return from_qdate(self.day.date())

    def refresh(self) -> None:
        """Sessions may have been added, moved or cancelled since the screen was last shown."""
        self.refresh_sessions()

    def refresh_sessions(self) -> None:
        with self.database.reader() as s:
            items = today.agenda(s, self.actor, self.chosen_day())
        self.session.clear()
        for item in items:
            label = (
                self.tr("{time}  {group} (cancelled)")
                if item.status == SessionStatus.CANCELLED
                else self.tr("{time}  {group}")
            )
            self.session.addItem(
                label.format(time=formatting.clock_time(item.starts_at), group=item.group_name),
                item.session_id,
            )
        self._stale()

    def _on_kind(self) -> None:
        self.session.setEnabled(self.chosen_kind().per_session)
        self.large.setEnabled(self.chosen_kind() in (Kind.HANDOUT, Kind.PACKET))
        self._stale()

    def _stale(self) -> None:
        """A choice changed: what is shown no longer matches, so it cannot be printed."""
        self.current = None
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.preview.clear(self.tr("Press Preview to see the document."))

    # -- building -------------------------------------------------------------------------
    def make_preview(self) -> None:
        if self.task is not None and self.task.running:
            return
        kind, day = self.chosen_kind(), self.chosen_day()
        request = Request(
            kind,
            day=day,
            session_id=self.session.currentData() if kind.per_session else None,
            paper=self.paper.currentData(),
            language=self.language.currentData(),
            large_print=self.large.isChecked() and self.large.isEnabled(),
        )
        self._stale()
        self.preview.clear(self.tr("Preparing the document…"))
        self.preview_button.setEnabled(False)

        def work(progress: Progress) -> Built:
            with self.database.session() as s:
                return render(s, self.actor, request, Use.PREVIEW, progress)

        self.task = BackgroundTask(
            self,
            self.tr("Preparing: {document}").format(document=kind.label),
            work,
            self._show,
            self._failed,
        )
        self.task.cancelled.connect(self._cancelled)
        self.task.start()

    def _show(self, result: Built) -> None:
        self.preview_button.setEnabled(True)
        self.current = result
        self.preview.set_pdf(result.pdf, result.title)
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.notices.setText("\n".join(result.notices))
        self.built.emit()
        if self._print_when_built:
            self._print_when_built = False
            self.print_with_dialog()

    def print_now(self) -> None:
        """Ctrl+P: print what is shown, preparing it first when nothing is."""
        if self.current is not None:
            self.print_with_dialog()
        elif self.preview_button.isEnabled():
            self._print_when_built = True
            self.make_preview()

    def _cancelled(self) -> None:
        self._print_when_built = False
        self.preview_button.setEnabled(True)
        self.preview.clear(self.tr("Stopped. Nothing was prepared."))
        self.built.emit()

    def _failed(self, error: BaseException) -> None:
        self._print_when_built = False
        self.preview_button.setEnabled(True)
        if isinstance(error, BuildCancelled):
            self._cancelled()
            return
        if not isinstance(error, PeerCenterError):
            raise error
        self.preview.clear(error.message)
        self.notices.setText(error.message)
        self.built.emit()

    # -- printing and saving --------------------------------------------------------------
    def _deliver(self, use: Use, send: Callable[[bytes], object]) -> None:
        """Print or save the document and audit its sign-in sheets in one transaction."""
        assert self.current is not None
        with self.database.session() as s:
            record_use(s, self.actor, self.current, use)
            send(self.current.pdf)

    def print_to(self, printer: QPrinter) -> None:
        printer.setDocName(self.current.title if self.current else "PeerCenter")
        self._deliver(Use.PRINT, lambda pdf: print_pdf(pdf, printer))

    def save_to(self, path: str) -> None:
        self._deliver(Use.EXPORT, lambda pdf: write_atomically(path, pdf))

    def print_with_dialog(self) -> None:
        if self.current is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(
            self.tr("Print {document}").format(document=self.current.title.lower())
        )
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self._report(lambda: self.print_to(printer))

    def save_with_dialog(self) -> None:
        if self.current is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), self.current.file_name, self.tr("PDF documents (*.pdf)")
        )
        if path:
            self._report(lambda: self.save_to(path))

    def _report(self, action: Callable[[], None]) -> None:
        try:
            action()
        except PeerCenterError as exc:
            messages.show_error(self, exc, self.tr("Could not finish"))
