"""The look follows the desktop: with a dark system palette the program turns dark, and text
stays readable against its background (WCAG's 4.5:1) on the main screens; with high contrast
the system's own colours are used untouched."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from peercenter.db.engine import Database
from peercenter.domain.enums import GroupKind
from peercenter.services import auth
from peercenter.ui import theme
from peercenter.ui.context import AppContext
from peercenter.ui.main_window import MainWindow
from peercenter.ui.screens.calendar import CalendarScreen
from peercenter.ui.screens.calendar.week_view import tint
from peercenter.ui.ui_state import UiState

MINIMUM = 4.5
MAIN_SCREENS = (
    "today",
    "calendar",
    "groups",
    "participants",
    "staff",
    "rooms",
    "print",
    "credentials",
    "time_entries",
    "wellbeing",
    "audit",
    "settings",
)


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor | str, b: QColor | str) -> float:
    high, low = sorted((luminance(QColor(a)), luminance(QColor(b))), reverse=True)
    return (high + 0.05) / (low + 0.05)


def dark_system_palette() -> QPalette:
    """What a dark desktop hands the program (Breeze Dark's main colours)."""
    pal = QPalette()
    role = QPalette.ColorRole
    for r, colour in (
        (role.Window, "#2a2e32"),
        (role.WindowText, "#fcfcfc"),
        (role.Base, "#1b1e20"),
        (role.AlternateBase, "#232629"),
        (role.Text, "#fcfcfc"),
        (role.Button, "#31363b"),
        (role.ButtonText, "#fcfcfc"),
        (role.Highlight, "#3daee9"),
        (role.HighlightedText, "#fcfcfc"),
        (role.Link, "#1d99f3"),
        (role.ToolTipBase, "#31363b"),
    ):
        pal.setColor(r, QColor(colour))
    return pal


@pytest.fixture
def qapp_scheme(qapp: QApplication) -> Iterator[QApplication]:
    """Whatever a test switches to, the next test starts in the light look again."""
    yield qapp
    theme.use_scheme(qapp, theme.Scheme.LIGHT)


def test_a_dark_system_palette_turns_the_program_dark(qapp_scheme: QApplication) -> None:
    assert theme.follow_system(qapp_scheme, dark_system_palette()) is theme.Scheme.DARK
    window = qapp_scheme.palette().color(QPalette.ColorRole.Window)
    assert window.lightness() < 60 and theme.DARK.text == theme.TEXT
    assert theme.LIGHT.accent == theme.ACCENT  # the brand colour stays, as an accent
    light = QPalette()
    light.setColor(QPalette.ColorRole.Window, QColor("#efefef"))
    light.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
    assert theme.follow_system(qapp_scheme, light) is theme.Scheme.LIGHT
    assert qapp_scheme.palette().color(QPalette.ColorRole.Window).name() == theme.LIGHT.window


def test_high_contrast_uses_the_systems_own_colours(qapp_scheme: QApplication) -> None:
    system = QPalette()
    role = QPalette.ColorRole
    for r, colour in (
        (role.Window, "#000000"),
        (role.WindowText, "#ffffff"),
        (role.Base, "#000000"),
        (role.Text, "#ffffff"),
        (role.Highlight, "#1aebff"),
        (role.HighlightedText, "#000000"),
        (role.Link, "#ffff00"),
    ):
        system.setColor(r, QColor(colour))
    theme.use_scheme(qapp_scheme, theme.Scheme.HIGH_CONTRAST, system)
    applied = qapp_scheme.palette()
    assert applied.color(role.Window).name() == "#000000"
    assert applied.color(role.Highlight).name() == "#1aebff"
    # No greys and no tints of our own: secondary text is the text colour.
    assert theme.MUTED == theme.TEXT == "#ffffff"
    assert theme.ACCENT == "#1aebff" and theme.ACCENT_SOFT == "#000000"


def _background(widget: QWidget) -> QColor:
    """The colour behind ``widget``: the nearest one, itself included, that paints one."""
    current: QWidget | None = widget
    while current is not None:
        parent = current.parentWidget()
        viewport = isinstance(parent, QAbstractScrollArea) and parent.viewport() is current
        if (
            current.autoFillBackground()
            or current.testAttribute(Qt.WidgetAttribute.WA_StyledBackground)
            or current.isWindow()
            or (viewport and current.backgroundRole() != QPalette.ColorRole.NoRole)
        ):
            return current.palette().color(current.backgroundRole())
        current = parent
    return widget.palette().color(QPalette.ColorRole.Window)


def _text_problems(root: QWidget, where: str) -> list[str]:
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not widget.isEnabled():
            continue  # disabled controls are exempt (WCAG 1.4.3)
        if isinstance(widget, QLabel) and widget.text().strip():
            fg, bg = widget.palette().color(widget.foregroundRole()), _background(widget)
        elif isinstance(widget, QLineEdit | QComboBox):
            pal = widget.palette()
            fg, bg = pal.color(QPalette.ColorRole.Text), pal.color(QPalette.ColorRole.Base)
            if isinstance(widget, QComboBox) and not widget.isEditable():
                fg = pal.color(QPalette.ColorRole.ButtonText)
                bg = pal.color(QPalette.ColorRole.Button)
        elif isinstance(widget, QAbstractButton) and widget.text().strip():
            pal = widget.palette()
            fg, bg = pal.color(QPalette.ColorRole.ButtonText), pal.color(QPalette.ColorRole.Button)
        else:
            continue
        ratio = contrast(fg, bg)
        if ratio < MINIMUM:
            text = widget.text() if hasattr(widget, "text") else ""
            problems.append(
                f"{where}: {type(widget).__name__} {str(text)[:40]!r} "
                f"{fg.name()} on {bg.name()} = {ratio:.2f}"
            )
    return problems


def _brush_colour(value: Any) -> QColor | None:
    if isinstance(value, QBrush):
        return value.color()
    if isinstance(value, QColor):
        return value
    return None


def _cell_problems(root: QWidget, where: str) -> list[str]:
    """Every visible list's first rows: each cell's text colour on its background."""
    problems = []
    for view in root.findChildren(QAbstractItemView):
        if not view.isVisibleTo(root) or view.model() is None:
            continue
        model, pal = view.model(), view.palette()
        for row in range(min(model.rowCount(), 25)):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                if not str(index.data() or "").strip():
                    continue
                fg = _brush_colour(index.data(Qt.ItemDataRole.ForegroundRole)) or pal.color(
                    QPalette.ColorRole.Text
                )
                alternate = view.alternatingRowColors() and row % 2 == 1
                bg = _brush_colour(index.data(Qt.ItemDataRole.BackgroundRole)) or pal.color(
                    QPalette.ColorRole.AlternateBase if alternate else QPalette.ColorRole.Base
                )
                if contrast(fg, bg) < MINIMUM:
                    problems.append(
                        f"{where}: {view.accessibleName()} row {row} {index.data()!r} "
                        f"{fg.name()} on {bg.name()} = {contrast(fg, bg):.2f}"
                    )
        selected = (
            pal.color(QPalette.ColorRole.HighlightedText),
            pal.color(QPalette.ColorRole.Highlight),
        )
        if contrast(*selected) < MINIMUM:
            problems.append(f"{where}: {view.accessibleName()} selected rows")
    return problems


def _painted_problems() -> list[str]:
    """The pairs the calendar and the cards paint with QPainter."""
    c = theme.colors()
    pairs = [
        ("text on base", c.text, c.base),
        ("muted on base", c.muted, c.base),
        ("muted on window", c.muted, c.window),
        ("muted on alternate", c.muted, c.alternate),
        ("accent text on base", c.accent_text, c.base),
        ("accent text on its soft fill", c.accent_text, c.accent_soft),
        ("text on the soft accent", c.text, c.accent_soft),
        ("on accent", c.on_accent, c.accent),
        ("error on base", c.error, c.base),
        ("badge", c.base, c.error),
        ("warning on base", c.warning, c.base),
        ("good on base", c.good, c.base),
        ("notice on base", c.notice, c.base),
        ("muted on a cancelled session", c.muted, c.cancelled_fill),
        *((f"text on {kind.value}", c.text, tint(kind).name()) for kind in GroupKind),
    ]
    return [
        f"{name}: {fg} on {bg} = {contrast(fg, bg):.2f}"
        for name, fg, bg in pairs
        if contrast(fg, bg) < MINIMUM
    ]


@pytest.mark.parametrize("scheme", [theme.Scheme.DARK, theme.Scheme.LIGHT], ids=lambda s: s.value)
def test_text_stays_readable_on_the_main_screens(
    qtbot: Any,
    qapp_scheme: QApplication,
    demo_center: Database,
    tmp_path: Path,
    scheme: theme.Scheme,
) -> None:
    if scheme is theme.Scheme.DARK:
        assert theme.follow_system(qapp_scheme, dark_system_palette()) is theme.Scheme.DARK
    actor = auth.login(demo_center, "admin", "demo password")
    window = MainWindow(AppContext(demo_center, actor, UiState.from_file(str(tmp_path / "w"))))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    problems = _painted_problems()
    problems += _text_problems(window, "window")
    for key in MAIN_SCREENS:
        window.open_screen(key)
        screen = window.screen_widget(key)
        assert screen is not None
        pages = [t for t in screen.findChildren(QTabWidget) if t.isVisible()]
        for index in range(pages[0].count() if pages else 1):
            if pages:
                pages[0].setCurrentIndex(index)
            qtbot.wait(1)
            problems += _text_problems(screen, key)
            problems += _cell_problems(screen, key)
        if isinstance(screen, CalendarScreen):
            screen.set_view("month")
            problems += _text_problems(screen, "month")
            screen.set_view("week")
    assert problems == [], "\n".join(problems)
