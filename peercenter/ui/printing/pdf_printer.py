"""Sending a finished PDF to the printer chosen in Qt's print dialog.

Three ways, best first: "print to file" writes the PDF itself; a CUPS queue gets the PDF
itself (with the dialog's copies, pages, sides and colour); any other printer (Windows, or
no CUPS tools) gets each page drawn by Qt as a picture at up to 300 dpi."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QRectF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from peercenter.fileio import write_atomically
from peercenter.reports.errors import ReportError
from peercenter.ui.printing import cups_queue

MAX_DPI = 300


def load_document(pdf: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A QPdfDocument reading from memory (the buffer lives as long as the document)."""
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise ReportError(
            QCoreApplication.translate(
                "pdf_printer", "The document could not be opened for printing."
            )
        )
    return document


def _match_paper(printer: QPrinter, document: QPdfDocument) -> None:
    size = document.pagePointSize(0)
    landscape = size.width() > size.height()
    portrait = QSize(
        round(min(size.width(), size.height())), round(max(size.width(), size.height()))
    )
    page_size = QPageSize(QPageSize.id(portrait, QPageSize.SizeMatchPolicy.FuzzyMatch))
    if page_size.id() == QPageSize.PageSizeId.Custom:
        page_size = QPageSize(portrait, QPageSize.Unit.Point)
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(page_size, orientation, QPageLayout().margins()))


def _page_range(printer: QPrinter, pages: int) -> tuple[int, int]:
    """First and last page (from 0) the dialog asked for."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        return (max(0, printer.fromPage() - 1), min(pages - 1, (printer.toPage() or pages) - 1))
    return 0, pages - 1


def print_pdf(
    pdf: bytes,
    printer: QPrinter,
    progress: Callable[[int, int], bool] | None = None,
    *,
    direct: bool = True,
) -> int:
    """Print the pages the dialog asked for; returns how many were sent. ``direct`` False
    always draws the pages with Qt. ``progress(done, total)`` may return False to stop."""
    document = load_document(pdf)
    pages = document.pageCount()
    first, last = _page_range(printer, pages)
    if (
        printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        and printer.outputFileName()
        and first == 0
        and last == pages - 1
    ):
        write_atomically(printer.outputFileName(), pdf)
        return pages
    if (
        direct
        and printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
        and cups_queue.lp_program()
        and cups_queue.is_cups_queue(printer.printerName())
    ):
        size = document.pagePointSize(0)
        cups_queue.submit(
            pdf,
            printer.printerName(),
            cups_queue.JobOptions(
                title=printer.docName() or "PeerCenter",
                copies=printer.copyCount(),
                first_page=first + 1 if (first, last) != (0, pages - 1) else 0,
                last_page=last + 1,
                two_sided=printer.duplex() != QPrinter.DuplexMode.DuplexNone,
                grayscale=printer.colorMode() == QPrinter.ColorMode.GrayScale,
                media="A4" if round(min(size.width(), size.height())) == 595 else "Letter",
            ),
        )
        return last - first + 1
    return _draw_pages(document, printer, first, last, progress)


def _draw_pages(
    document: QPdfDocument,
    printer: QPrinter,
    first: int,
    last: int,
    progress: Callable[[int, int], bool] | None,
) -> int:
    _match_paper(printer, document)
    painter = QPainter()
    if not painter.begin(printer):
        raise ReportError(
            QCoreApplication.translate(
                "pdf_printer",
                "The printer '{printer}' cannot be used right now. "
                "Check that it is on and connected.",
            ).format(printer=printer.printerName() or printer.outputFileName())
        )
    sent = 0
    try:
        for page in range(first, last + 1):
            if progress is not None and not progress(sent, last - first + 1):
                printer.abort()
                return 0
            if sent:
                printer.newPage()
            target = QRectF(painter.viewport())
            points = document.pagePointSize(page)
            dpi = min(MAX_DPI, printer.resolution())
            image = document.render(
                page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            painter.drawImage(target, image)
            sent += 1
    finally:
        painter.end()
    return sent
