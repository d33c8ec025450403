"""The desktop keys, pressed as a person would: F1 opens the user guide at the screen's page,
Ctrl+P prints on the Print screen, Ctrl+F finds on every list screen."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QWidget

from peercenter.db.engine import Database
from peercenter.services.context import Actor
from peercenter.ui.guide import GuideWindow, guide_folder
from peercenter.ui.main_window import MainWindow
from peercenter.ui.navigation import SCREENS
from peercenter.ui.screens import printing
from peercenter.ui.screens.printing import Kind, PrintScreen
from peercenter.ui.screens.today import TodayScreen
from peercenter.ui.widgets.find_bar import FindBar
from tests import factories
from tests.pdf_helpers import pdf_text
from tests.schedule_factories import front_desk

CTRL = Qt.KeyboardModifier.ControlModifier


def _press(window: MainWindow, key: Qt.Key, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed wherever the keyboard is in the window."""
    target = QApplication.focusWidget() or window
    QTest.keyClick(target, key, modifier)


def test_every_screen_has_a_guide_page_that_names_its_keys() -> None:
    for spec in SCREENS:
        page = guide_folder() / f"{spec.key}.md"
        text = page.read_text(encoding="utf-8")
        assert text.startswith(f"# {spec.title}\n"), spec.key
        assert "## Keys" in text and ("Ctrl+" in text or "Tab" in text), spec.key
    index = (guide_folder() / "index.md").read_text(encoding="utf-8")
    assert all(f"({spec.key}.md)" in index for spec in SCREENS)


def test_f1_opens_the_guide_at_the_page_of_the_screen_shown(
    qtbot: Any, sqlite_database: Database, admin: Actor, main_window: MainWindow
) -> None:
    front_desk(sqlite_database, admin)
    main_window.open_screen("calendar")
    main_window.screen_widget("calendar").week_view.setFocus()  # type: ignore[union-attr]
    _press(main_window, Qt.Key.Key_F1)
    guide = main_window.guide
    assert isinstance(guide, GuideWindow) and guide.isVisible()
    assert guide.current_key() == "calendar"
    page = guide.browser.toPlainText()
    assert page.startswith("Calendar") and "Ctrl+arrows" in page
    assert guide.contents.currentItem().text() == "Calendar"
    assert guide.windowTitle() == "Calendar — PeerCenter user guide"
    # Another screen, F1 again: the same window, at that screen's page.
    main_window.activateWindow()
    main_window.open_screen("rooms")
    main_window.sidebar.setFocus()
    _press(main_window, Qt.Key.Key_F1)
    assert main_window.guide is guide and guide.current_key() == "rooms"
    # The list of pages and Back move through the guide.
    guide.contents.setCurrentRow(0)
    assert guide.current_key() == "index" and "Keys that work everywhere" in (
        guide.browser.toPlainText()
    )
    guide.back_button.click()
    assert guide.current_key() == "rooms"


def test_ctrl_p_prints_on_the_print_screen(
    qtbot: Any,
    sqlite_database: Database,
    admin: Actor,
    main_window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    factories.handout_group(sqlite_database, admin)
    printed = tmp_path / "printed.pdf"

    class ChosenPrinter(QPrintDialog):
        """The print dialog as if the person chose a printer and pressed Print."""

        def exec(self) -> int:
            self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer().setOutputFileName(str(printed))
            return int(QPrintDialog.DialogCode.Accepted)

    monkeypatch.setattr(printing, "QPrintDialog", ChosenPrinter)
    main_window.open_screen("print")
    screen = main_window.screen_widget("print")
    assert isinstance(screen, PrintScreen)
    screen.kind.setCurrentIndex(screen.kind.findData(Kind.HANDOUT))
    screen.day.setDate(QDate(2026, 3, 2))
    screen.kind.setFocus()
    # Nothing prepared yet: Ctrl+P prepares the document, then prints it.
    with qtbot.waitSignal(screen.built, timeout=30_000):
        _press(main_window, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(printed.exists, timeout=10_000)
    assert "Tuesday Evening Circle" in pdf_text(printed)
    # Prepared: Ctrl+P prints straight away.
    printed.unlink()
    _press(main_window, Qt.Key.Key_P, CTRL)
    assert printed.exists()
    # On any other screen, Ctrl+P does nothing.
    printed.unlink()
    main_window.open_screen("today")
    main_window.sidebar.setFocus()
    _press(main_window, Qt.Key.Key_P, CTRL)
    assert not printed.exists()


SEARCH_BOXES = {  # screens with a search box of their own: Ctrl+F goes there
    "calendar": "search",
    "groups": "search",
    "participants": "search",
    "staff": "search",
    "handouts": "search",
    "wellbeing": "filter",
}
FIND_BARS = ("today", "rooms", "programs", "time_entries", "audit")


def _inside(widget: QWidget | None, root: QWidget) -> bool:
    while widget is not None:
        if widget is root:
            return True
        widget = widget.parentWidget()
    return False


@pytest.mark.parametrize("key", [*SEARCH_BOXES, *FIND_BARS])
def test_ctrl_f_finds_on_every_list_screen(
    qtbot: Any, sqlite_database: Database, admin: Actor, main_window: MainWindow, key: str
) -> None:
    desk = front_desk(sqlite_database, admin)
    desk.group("Tuesday Circle", first=date(2026, 3, 3))
    main_window.open_screen(key)
    screen = main_window.screen_widget(key)
    assert screen is not None
    if isinstance(screen, TodayScreen):
        screen.set_day(date(2026, 3, 3))  # a day with a session to find
    main_window.sidebar.setFocus()
    _press(main_window, Qt.Key.Key_F, CTRL)
    field = QApplication.focusWidget()
    assert isinstance(field, QLineEdit) and _inside(field, screen), key
    if key in SEARCH_BOXES:
        assert field is getattr(screen, SEARCH_BOXES[key])
        return
    bar = field.parentWidget()
    assert isinstance(bar, FindBar) and bar.isVisible()
    table = bar.view
    assert isinstance(table, QTableView) and _inside(table, screen)
    if key == "rooms":  # typing keeps the matching rows; Enter goes to the first one
        assert table.model().rowCount() == 3
        QTest.keyClicks(field, "garden")
        assert table.model().rowCount() == 1
        assert bar.count.text() == "1 of 3 rows shown"
        QTest.keyClick(field, Qt.Key.Key_Return)
        assert table.hasFocus() and table.currentIndex().row() == 0
        field.setFocus()
    # Esc empties the bar, hides it and gives the keyboard back to the list.
    QTest.keyClick(field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and table.hasFocus()
    assert table.model().rowCount() == table.model().sourceModel().rowCount()  # type: ignore[attr-defined]
