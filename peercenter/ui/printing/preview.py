"""A preview of a finished PDF, page after page, as it will come out of the printer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from peercenter.ui.printing.pdf_printer import load_document


class PdfPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: QPdfDocument | None = None
        self._blank = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Preview"))
        self.view.setDocument(self._blank)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.pages = QLabel(self.tr("Nothing to preview yet."), self)
        # A long message (nothing to print on a long-named day) wraps rather than widening
        # the window past a laptop's screen.
        self.pages.setWordWrap(True)
        self.fit_width = QPushButton(self.tr("Fit width"), self)
        self.fit_page = QPushButton(self.tr("Whole page"), self)
        self.fit_width.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.fit_page.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        bar = QHBoxLayout()
        bar.addWidget(self.pages, 1)
        bar.addWidget(self.fit_width)
        bar.addWidget(self.fit_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)

    def set_pdf(self, pdf: bytes, description: str) -> None:
        old = self.document
        self.document = load_document(pdf, self)
        self.view.setDocument(self.document)
        count = self.document.pageCount()
        self.pages.setText(
            self.tr("{description}: %n page(s)", "", count).format(description=description)
        )
        if old is not None:
            old.deleteLater()

    def clear(self, message: str) -> None:
        self.view.setDocument(self._blank)  # a null document: setting None warns
        if self.document is not None:
            self.document.deleteLater()
            self.document = None
        self.pages.setText(message)
        self.pages.setTextFormat(Qt.TextFormat.PlainText)
