"""One calm, readable look for every window: Fusion style, a soft palette and a few rules.

The look follows the system: a light palette on a light desktop, a dark one on a dark desktop,
and on a high-contrast desktop (Windows "Contrast themes") the system's own colours, with the
brand teal used only as an accent. The colour names below (``theme.TEXT``, ``theme.MUTED``, …)
always give the colour of the scheme in use, so code that paints reads them when it paints."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields, replace
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget


class Scheme(Enum):
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high contrast"


@dataclass(frozen=True)
class Colors:
    """Every colour the program paints with; upper-case names (``theme.TEXT``) read these."""

    window: str
    base: str
    alternate: str
    text: str
    muted: str  # secondary text, still at least 4.5:1 on base, window and alternate
    accent: str  # the brand colour, for fills under ``on_accent`` text
    accent_text: str  # the brand colour where it is text or a line on base
    accent_soft: str
    on_accent: str
    sidebar: str
    border: str
    error: str
    error_soft: str
    error_border: str
    info_soft: str
    info_border: str
    disabled: str
    button: str
    tooltip: str
    half_hour_line: str
    cancelled_fill: str
    warning: str  # amber text
    good: str  # green text
    notice: str  # blue text


LIGHT = Colors(
    window="#f4f6f5",
    base="#ffffff",
    alternate="#f1f5f4",
    text="#1f2b2e",
    muted="#5c6d70",
    accent="#2e6f6b",
    accent_text="#2e6f6b",
    accent_soft="#d7e8e5",
    on_accent="#ffffff",
    sidebar="#e6ecea",
    border="#cfd8d6",
    error="#b3261e",
    error_soft="#fbe9e7",
    error_border="#e7b7b2",
    info_soft="#e3eff7",
    info_border="#b9d3e6",
    disabled="#8a9597",
    button="#eef2f1",
    tooltip="#fffdf3",
    half_hour_line="#e8edec",
    cancelled_fill="#eceeee",
    warning="#955500",
    good="#2e7d4f",
    notice="#2f5f8a",
)

DARK = Colors(
    window="#1b2123",
    base="#232a2c",
    alternate="#283133",
    text="#e3eae9",
    muted="#a9b6b8",
    accent="#2e6f6b",
    accent_text="#7fc8c0",
    accent_soft="#2b4644",
    on_accent="#ffffff",
    sidebar="#171d1f",
    border="#3e4a4d",
    error="#ff8f86",
    error_soft="#3f2624",
    error_border="#7a3b36",
    info_soft="#1f3441",
    info_border="#365a70",
    disabled="#7d8a8c",
    button="#2d3639",
    tooltip="#2d3639",
    half_hour_line="#2b3436",
    cancelled_fill="#2e3537",
    warning="#f0b45c",
    good="#80d09c",
    notice="#93bfe6",
)


def _high_contrast(system: QPalette) -> Colors:
    """The system's own colours: no greys, no tints, the system's highlight as the accent."""
    role = QPalette.ColorRole
    text = system.color(role.WindowText).name()
    base = system.color(role.Base).name()
    dark = is_dark(system)
    states = DARK if dark else LIGHT
    return replace(
        states,
        window=system.color(role.Window).name(),
        base=base,
        alternate=base,
        text=text,
        muted=text,
        accent=system.color(role.Highlight).name(),
        accent_text=system.color(role.Link).name(),
        accent_soft=base,
        on_accent=system.color(role.HighlightedText).name(),
        sidebar=system.color(role.Window).name(),
        border=text,
        error_soft=base,
        error_border=text,
        info_soft=base,
        info_border=text,
        disabled=system.color(QPalette.ColorGroup.Disabled, role.WindowText).name(),
        button=system.color(role.Button).name(),
        tooltip=system.color(role.ToolTipBase).name(),
        half_hour_line=text,
        cancelled_fill=base,
    )


_colors: Colors = LIGHT
_scheme: Scheme = Scheme.LIGHT
_NAMES = {f.name.upper(): f.name for f in fields(Colors)}


def colors() -> Colors:
    return _colors


def scheme() -> Scheme:
    return _scheme


def __getattr__(name: str) -> str:
    """``theme.TEXT`` and the like: the colour of the scheme in use."""
    field = _NAMES.get(name)
    if field is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value: str = getattr(_colors, field)
    return value


K = TypeVar("K")


class BySchemeColors(Mapping[K, str]):
    """A table of colours (say, per guardrail level) with light and dark values; reading it
    gives the value for the scheme in use."""

    def __init__(self, light: Mapping[K, str], dark: Mapping[K, str]) -> None:
        self._light, self._dark = dict(light), dict(dark)

    def _current(self) -> dict[K, str]:
        dark = _scheme is Scheme.DARK or (
            _scheme is Scheme.HIGH_CONTRAST and QColor(_colors.base).lightness() < 128
        )
        return self._dark if dark else self._light

    def __getitem__(self, key: K) -> str:
        return self._current()[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._light)

    def __len__(self) -> int:
        return len(self._light)


# Upper-case names are the colours above; doubled braces are literal braces.
STYLESHEET = """
QLabel#screenTitle {{ font-size: 15pt; font-weight: 600; color: {TEXT}; }}
QLabel#sectionTitle {{ font-weight: 600; color: {TEXT}; margin-top: 6px; }}
QLabel#hint {{ color: {MUTED}; }}
QLabel#fieldError {{ color: {ERROR}; }}
QLabel#emptyState {{ color: {MUTED}; font-size: 12pt; }}
QLabel#welcome {{ font-size: 11pt; }}
QFrame#banner[tone="error"] {{ background: {ERROR_SOFT}; border: 1px solid {ERROR_BORDER};
    border-radius: 4px; }}
QFrame#banner[tone="info"] {{ background: {INFO_SOFT}; border: 1px solid {INFO_BORDER};
    border-radius: 4px; }}
QListView#sidebar {{ background: {SIDEBAR}; border: none; border-right: 1px solid {BORDER};
    outline: 0; padding-top: 8px; }}
QListView#sidebar::item {{ padding: 8px 10px; margin: 1px 6px; border-radius: 4px;
    color: {TEXT}; }}
QListView#sidebar::item:selected {{ background: {ACCENT}; color: {ON_ACCENT}; }}
QListView#sidebar::item:hover:!selected {{ background: {ACCENT_SOFT}; }}
QTableView {{ gridline-color: {BORDER}; selection-background-color: {ACCENT};
    selection-color: {ON_ACCENT}; }}
QTableView::item {{ padding: 0 6px; }}
/* The calendar's day grid is a table too: without its own rule the padding above leaves
   "…" for two-digit days and weekday names. */
QCalendarWidget QTableView::item {{ padding: 0px; }}
QCalendarWidget QTableView {{ selection-background-color: {ACCENT}; }}
QCalendarWidget QToolButton {{ padding: 2px 6px; }}
QHeaderView::section {{ background: {ALTERNATE}; border: none;
    border-bottom: 1px solid {BORDER}; border-right: 1px solid {BORDER}; padding: 5px 6px;
    font-weight: 600; }}
QStatusBar QLabel {{ color: {MUTED}; padding: 0 8px; }}
"""


def stylesheet() -> str:
    return STYLESHEET.format(**{name: getattr(_colors, f) for name, f in _NAMES.items()})


def palette() -> QPalette:
    c = _colors
    pal = QPalette()
    role = QPalette.ColorRole
    pal.setColor(role.Window, QColor(c.window))
    pal.setColor(role.WindowText, QColor(c.text))
    pal.setColor(role.Base, QColor(c.base))
    pal.setColor(role.AlternateBase, QColor(c.alternate))
    pal.setColor(role.Text, QColor(c.text))
    pal.setColor(role.Button, QColor(c.button))
    pal.setColor(role.ButtonText, QColor(c.text))
    pal.setColor(role.BrightText, QColor(c.on_accent))
    pal.setColor(role.Highlight, QColor(c.accent))
    pal.setColor(role.HighlightedText, QColor(c.on_accent))
    pal.setColor(role.ToolTipBase, QColor(c.tooltip))
    pal.setColor(role.ToolTipText, QColor(c.text))
    pal.setColor(role.PlaceholderText, QColor(c.muted))
    pal.setColor(role.Link, QColor(c.accent_text))
    pal.setColor(role.LinkVisited, QColor(c.accent_text))
    pal.setColor(role.Accent, QColor(c.accent))
    # Fusion draws bevels and frames from these; derived from the window colour.
    window = QColor(c.window)
    dark = _scheme is Scheme.DARK
    pal.setColor(role.Light, window.lighter(160 if dark else 110))
    pal.setColor(role.Midlight, window.lighter(130 if dark else 105))
    pal.setColor(role.Mid, QColor(c.border))
    pal.setColor(role.Dark, window.darker(160 if dark else 130))
    pal.setColor(role.Shadow, QColor("#000000"))
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, r, QColor(c.disabled))
    return pal


def is_dark(pal: QPalette) -> bool:
    role = QPalette.ColorRole
    return pal.color(role.Window).lightness() < pal.color(role.WindowText).lightness()


def system_scheme(app: QApplication, system: QPalette) -> Scheme:
    """Which look the desktop asks for: high contrast first, then its colour scheme, and
    when the platform does not say, whether its palette is dark."""
    hints = app.styleHints()
    if hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
        return Scheme.HIGH_CONTRAST
    asked = hints.colorScheme()
    if asked == Qt.ColorScheme.Dark:
        return Scheme.DARK
    if asked == Qt.ColorScheme.Light:
        return Scheme.LIGHT
    return Scheme.DARK if is_dark(system) else Scheme.LIGHT


def follow_system(app: QApplication, system: QPalette | None = None) -> Scheme:
    """Use the look the desktop asks for. ``system`` is the desktop's palette; by default
    the platform's own, read by giving the application back its default palette."""
    if system is None:
        app.setPalette(QPalette())  # an empty palette resolves to the platform's
        system = QPalette(app.palette())
    use_scheme(app, system_scheme(app, system), system)
    return _scheme


def use_scheme(app: QApplication, chosen: Scheme, system: QPalette | None = None) -> None:
    global _colors, _scheme
    _scheme = chosen
    if chosen is Scheme.HIGH_CONTRAST:
        system = QPalette(system if system is not None else app.palette())
        _colors = _high_contrast(system)
        app.setPalette(system)  # the system's own colours, untouched
    else:
        _colors = DARK if chosen is Scheme.DARK else LIGHT
        app.setPalette(palette())
    app.setStyleSheet(stylesheet())


def apply(app: QApplication) -> None:
    """Done once per application: replacing the style of a running application repolishes
    every live widget, which Qt does not handle well for hidden wizard pages. A change of
    the desktop's scheme while running changes the colours (palette and style sheet) only."""
    if app.property("peercenter_theme"):
        return
    app.setStyle("Fusion")
    follow_system(app)
    hints = app.styleHints()
    hints.colorSchemeChanged.connect(lambda _scheme: follow_system(app))
    hints.accessibility().contrastPreferenceChanged.connect(lambda _c: follow_system(app))
    app.setProperty("peercenter_theme", True)


def restyle(widget: QWidget) -> None:
    """Apply the style sheet again after an object name or property changed; Qt does not
    notice such changes by itself."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def title_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("screenTitle")
    return label


def section_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("sectionTitle")
    font = label.font()
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


def hint_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def error_label(accessible_name: str = "", parent: QWidget | None = None) -> QLabel:
    """A red, wrapping message line, hidden until there is something to say."""
    label = QLabel(parent)
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    if accessible_name:
        label.setAccessibleName(accessible_name)
    label.hide()
    return label
