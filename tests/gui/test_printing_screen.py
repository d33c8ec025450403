"""The printing screen as the front desk uses it: choose, preview, print, save."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent
from peercenter.documents.printed import Kind
from peercenter.domain.enums import Role
from peercenter.services.clock import local_today
from peercenter.services.context import Actor
from peercenter.ui.context import AppContext
from peercenter.ui.main_window import MainWindow
from peercenter.ui.screens.printing import PrintScreen
from peercenter.ui.ui_state import UiState
from tests import factories
from tests.gui.helpers import sign_in_as
from tests.pdf_helpers import page_sizes, pdf_text


@pytest.fixture
def screen(qtbot: QtBot, sqlite_database: Database, admin: Actor, ctx: AppContext) -> PrintScreen:
    factories.handout_group(
        sqlite_database, admin, people=(("Joe", "Smith", True, False), ("Kim", "Lee", False, False))
    )
    factories.handout_group(
        sqlite_database,
        admin,
        name="Morning Mindfulness",
        topic_slug="mindfulness-basics",
        facilitators=("Rosa",),
    )
    widget = PrintScreen(ctx)
    qtbot.addWidget(widget)
    widget.day.setDate(QDate(2026, 3, 2))
    return widget


def _choose(screen: PrintScreen, kind: Kind) -> None:
    screen.kind.setCurrentIndex(screen.kind.findData(kind))


def _preview(qtbot: QtBot, screen: PrintScreen) -> None:
    with qtbot.waitSignal(screen.built, timeout=30_000):
        screen.preview_button.click()


def test_the_days_sessions_are_listed(screen: PrintScreen) -> None:
    labels = [screen.session.itemText(i) for i in range(screen.session.count())]
    assert labels == ["6:00 PM  Tuesday Evening Circle", "6:00 PM  Morning Mindfulness"]
    assert not screen.print_button.isEnabled()


def test_preview_then_print_to_a_printer_set_up_in_code(
    qtbot: QtBot, screen: PrintScreen, tmp_path: Path
) -> None:
    screen.language.setCurrentIndex(screen.language.findData("es"))
    screen.paper.setCurrentIndex(screen.paper.findData("a4"))
    _preview(qtbot, screen)
    assert screen.current is not None
    assert screen.preview.document is not None
    assert screen.preview.document.pageCount() >= 2
    assert screen.preview.pages.text().startswith("Handout: ")
    assert screen.print_button.isEnabled()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    screen.print_to(printer)
    text = pdf_text(tmp_path / "printed.pdf")
    assert "Cómo manejar las ansias de consumir" in text and "Mis notas" in text
    assert page_sizes(tmp_path / "printed.pdf") == {(595, 842)}


def test_a_printed_page_range_is_drawn_by_qt(
    qtbot: QtBot, screen: PrintScreen, tmp_path: Path
) -> None:
    _preview(qtbot, screen)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "page2.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    screen.print_to(printer)
    from pypdf import PdfReader

    assert len(PdfReader(tmp_path / "page2.pdf").pages) == 1


def test_sign_in_sheet_preview_print_and_save_are_audited(
    qtbot: QtBot, screen: PrintScreen, tmp_path: Path
) -> None:
    _choose(screen, Kind.SIGN_IN)
    _preview(qtbot, screen)
    saved = tmp_path / "sheet.pdf"
    screen.save_to(str(saved))
    text = pdf_text(saved)
    assert "Joe S." in text and "Kim" not in text
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    screen.print_to(printer)
    with screen.ctx.database.session() as s:
        actions = [
            e.action
            for e in s.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity == "sign_in_sheet")
                .order_by(AuditEvent.id)
            )
        ]
    assert actions == ["preview", "export", "print"]


def test_changing_a_choice_withdraws_the_preview(qtbot: QtBot, screen: PrintScreen) -> None:
    _preview(qtbot, screen)
    assert screen.print_button.isEnabled()
    screen.large.setChecked(True)
    assert not screen.print_button.isEnabled() and screen.current is None


def test_packet_builds_in_the_background_and_can_be_cancelled(
    qtbot: QtBot, screen: PrintScreen
) -> None:
    _choose(screen, Kind.PACKET)
    _preview(qtbot, screen)
    assert screen.current is not None
    assert screen.preview.pages.text().startswith("Packet for Mon 2 Mar 2026")
    assert len(screen.current.audited) == 2
    screen.large.setChecked(True)
    with qtbot.waitSignal(screen.built, timeout=30_000):
        screen.preview_button.click()
        assert screen.task is not None
        screen.task.cancel()
    assert screen.current is None
    assert screen.preview.pages.text() == "Stopped. Nothing was prepared."
    with screen.ctx.database.session() as s:
        previews = list(s.scalars(select(AuditEvent).where(AuditEvent.entity == "sign_in_sheet")))
    assert len(previews) == 2  # only the first, finished packet


def test_a_problem_is_shown_not_raised(qtbot: QtBot, screen: PrintScreen) -> None:
    """No sessions that day: the reason is shown where the preview would be."""
    screen.day.setDate(QDate(2026, 3, 3))  # nothing that day
    _choose(screen, Kind.PACKET)
    _preview(qtbot, screen)
    assert screen.current is None
    assert "There is nothing to print" in screen.notices.text()


def test_the_screen_is_in_the_main_window(main_window: MainWindow) -> None:
    assert {"print", "handouts"} <= set(main_window.sidebar.keys())


def test_the_day_starts_as_today_in_the_centers_time_zone(
    qtbot: QtBot, sqlite_database: Database, admin: Actor, ui_state: UiState
) -> None:
    specialist = sign_in_as(sqlite_database, admin, Role.SPECIALIST)
    widget = PrintScreen(AppContext(sqlite_database, specialist, ui_state))
    qtbot.addWidget(widget)
    kinds = [widget.kind.itemData(i) for i in range(widget.kind.count())]
    assert kinds == list(Kind)  # specialists print sign-in sheets too
    assert widget.chosen_day() == local_today(ZoneInfo("America/Chicago"))
