"""Printing a handout through Qt to a real CUPS queue (the cups-pdf backend, which turns
every job into a PDF file), and reading back what came out of the "printer".

Needs CUPS and cups-pdf (`make test` installs them) and root to add a queue; under CI it must
run, so a missing piece is a failure there rather than a skip."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageFilter, ImageStat
from pypdf import PdfReader
from pypdf.errors import PdfReadError
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from peercenter.db.engine import Database
from peercenter.reports import handout
from peercenter.services.handouts import gather
from peercenter.ui.printing.pdf_printer import print_pdf
from tests import factories
from tests.conftest import IN_CI
from tests.pdf_helpers import page_sizes, pdf_text

CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_CONFIG = Path("/etc/cups")
TIMEOUT_S = 90


def _unavailable(reason: str) -> None:
    if IN_CI:
        pytest.fail(
            f"CUPS printing must be tested under CI: {reason}. `make test` installs "
            "cups and printer-driver-cups-pdf; run it as root."
        )
    pytest.skip(reason)


def _scheduler_running() -> bool:
    result = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, check=False)
    return (
        result.returncode == 0
        and "is running" in result.stdout
        and "not running" not in result.stdout
    )


@pytest.fixture(scope="module")
def cups() -> Iterator[None]:
    """A running scheduler: the system's, or one started here (and stopped afterwards)."""
    for tool in ("lpstat", "lpadmin", "lpinfo", "cupsd"):
        if shutil.which(tool) is None and not Path(f"/usr/sbin/{tool}").exists():
            _unavailable(f"the CUPS program {tool} is not installed")
    if not CUPS_PDF_BACKEND.exists():
        _unavailable("the cups-pdf backend (printer-driver-cups-pdf) is not installed")
    if os.geteuid() != 0:
        _unavailable("adding a print queue needs root")
    started = None
    if not _scheduler_running():
        cupsd = shutil.which("cupsd") or "/usr/sbin/cupsd"
        started = subprocess.Popen(
            [cupsd, "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 30
        while not _scheduler_running():
            if time.monotonic() > deadline or started.poll() is not None:
                started.terminate()
                pytest.fail("The CUPS scheduler did not start.")
            time.sleep(0.2)
    yield
    if started is not None:
        started.terminate()
        started.wait(timeout=30)


@pytest.fixture
def pdf_queue(cups: None, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A cups-pdf queue of our own. cups-pdf reads /etc/cups/cups-pdf-QUEUE.conf for a
    device URI cups-pdf:/QUEUE, so its ``Out`` folder can be a test folder instead of the
    system-wide one in /etc/cups/cups-pdf.conf (${HOME}/PDF by default)."""
    name = f"peercenter-test-{uuid.uuid4().hex[:8]}"
    out = tmp_path / "printed"
    out.mkdir()
    out.chmod(0o1777)  # cups-pdf writes as the job's owner
    config = CUPS_CONFIG / f"cups-pdf-{name}.conf"
    config.write_text(f"Out {out}\nAnonDirName {out}\nLabel 0\n")
    models = subprocess.run(["lpinfo", "-m"], capture_output=True, text=True, check=True)
    model = next(
        (line.split()[0] for line in models.stdout.splitlines() if "CUPS-PDF" in line), None
    )
    if model is None:
        config.unlink()
        _unavailable("no CUPS-PDF printer model is installed")
    try:
        subprocess.run(
            ["lpadmin", "-p", name, "-E", "-v", f"cups-pdf:/{name}", "-m", model],
            check=True,
            capture_output=True,
            text=True,
        )
        yield name, out
    finally:
        subprocess.run(["cancel", "-a", name], capture_output=True, check=False)
        subprocess.run(["lpadmin", "-x", name], capture_output=True, check=False)
        config.unlink(missing_ok=True)


def _wait_for_pdf(queue: str, out: Path, count: int = 1) -> list[Path]:
    """The queue's PDFs once it is empty and every file is complete."""
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        jobs = subprocess.run(
            ["lpstat", "-o", queue], capture_output=True, text=True, check=False
        ).stdout.strip()
        files = sorted(out.glob("*.pdf"), key=lambda f: f.stat().st_mtime)
        if not jobs and len(files) >= count:
            try:
                for f in files:
                    PdfReader(f).pages[0]
                return files
            except (PdfReadError, IndexError, OSError, ValueError):
                pass  # still being written
        time.sleep(0.5)
    log = Path(f"/var/log/cups/cups-pdf-{queue}_log")
    detail = log.read_text()[-2000:] if log.exists() else "(no cups-pdf log)"
    raise AssertionError(f"No PDF appeared in {out} within {TIMEOUT_S} s. {detail}")


def _pixels(pdf: Path, page: int) -> Image.Image:
    """A small grey picture of one page, as pdftoppm draws it."""
    png = subprocess.run(
        ["pdftoppm", "-png", "-r", "30", "-f", str(page), "-l", str(page), "-singlefile", str(pdf)],
        capture_output=True,
        check=True,
    ).stdout
    # A slight blur forgives the anti-aliasing of two different renderers.
    return Image.open(io.BytesIO(png)).convert("L").filter(ImageFilter.GaussianBlur(2))


def _printer(queue: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(queue)
    printer.setDocName("PeerCenter handout")
    return printer


@pytest.fixture
def spanish_a4_handout(sqlite_database: Database, tmp_path: Path) -> Path:
    admin = factories.center(sqlite_database)
    ids = factories.handout_group(sqlite_database, admin)
    with sqlite_database.session() as s:
        pdf = handout.build(gather.handout(s, admin, ids[0], gather.print_options(s, "a4", "es")))
    path = tmp_path / "handout.pdf"
    path.write_bytes(pdf)
    return path


def test_a_handout_printed_through_qt_comes_out_of_the_cups_pdf_queue(
    qapp: object, pdf_queue: tuple[str, Path], spanish_a4_handout: Path
) -> None:
    """The way the app prints to a CUPS printer: the dialog's QPrinter names the queue and
    the handout itself goes to it, so its words come out intact."""
    queue, out = pdf_queue
    pdf = spanish_a4_handout.read_bytes()
    assert queue in QPrinterInfo.availablePrinterNames()
    pages = len(PdfReader(spanish_a4_handout).pages)
    assert print_pdf(pdf, _printer(queue)) == pages
    (printed,) = _wait_for_pdf(queue, out)
    # cups-pdf goes through PostScript, which keeps the words but not the Unicode names of
    # accented letters; the accents themselves are checked on the picture below.
    text = pdf_text(printed).replace("\u00a0", " ").replace("\u202f", " ")
    for expected in (
        "Harbor Light Recovery Center",
        "Tuesday Evening Circle",
        "Pruebe esto: Surfear la ola",
        "lunes 2 de marzo de 2026, 6:00 p. m.",
        "1-800-662-4357",
        "Mis notas",
    ):
        assert expected in text, expected
    assert len(PdfReader(printed).pages) == pages
    assert page_sizes(printed) == {(595, 842)}  # A4
    _assert_same_pictures(spanish_a4_handout, printed, pages)


def test_pages_drawn_by_qt_print_the_same_picture(
    qapp: object, pdf_queue: tuple[str, Path], spanish_a4_handout: Path
) -> None:
    """The way it prints to a printer that is not a CUPS queue: Qt's print engine draws each
    page. What comes out looks like the handout, page for page."""
    queue, out = pdf_queue
    pages = len(PdfReader(spanish_a4_handout).pages)
    assert print_pdf(spanish_a4_handout.read_bytes(), _printer(queue), direct=False) == pages
    (printed,) = _wait_for_pdf(queue, out)
    assert len(PdfReader(printed).pages) == pages
    assert page_sizes(printed) == {(595, 842)}
    _assert_same_pictures(spanish_a4_handout, printed, pages)


def _assert_same_pictures(original_pdf: Path, printed_pdf: Path, pages: int) -> None:
    for page in range(1, pages + 1):
        original, copy = _pixels(original_pdf, page), _pixels(printed_pdf, page)
        copy = copy.resize(original.size)
        difference = ImageStat.Stat(ImageChops.difference(original, copy)).mean[0]
        ink = 255 - ImageStat.Stat(copy).mean[0]
        assert ink > 5, "the printed page is blank"
        # Measured: about 2 for the same page, 12 for another page of the same handout.
        assert difference < 5, f"page {page} differs from the handout ({difference:.1f})"
