"""One calm, readable look for every window: Fusion style, a soft palette and a few rules."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

# The palette is declared once so dialogs, tables and the calendar agree.
WINDOW = "#f4f6f5"
BASE = "#ffffff"
ALTERNATE = "#f1f5f4"
TEXT = "#1f2b2e"
MUTED = "#66777a"
ACCENT = "#2e6f6b"
ACCENT_SOFT = "#d7e8e5"
SIDEBAR = "#e6ecea"
BORDER = "#cfd8d6"
ERROR = "#b3261e"
ERROR_SOFT = "#fbe9e7"
INFO_SOFT = "#e3eff7"
DISABLED = "#9aa5a7"

STYLESHEET = f"""
QLabel#screenTitle {{ font-size: 15pt; font-weight: 600; color: {TEXT}; }}
QLabel#sectionTitle {{ font-weight: 600; color: {TEXT}; margin-top: 6px; }}
QLabel#hint {{ color: {MUTED}; }}
QLabel#fieldError {{ color: {ERROR}; }}
QLabel#emptyState {{ color: {MUTED}; font-size: 12pt; }}
QLabel#welcome {{ font-size: 11pt; }}
QFrame#banner[tone="error"] {{ background: {ERROR_SOFT}; border: 1px solid #e7b7b2;
    border-radius: 4px; }}
QFrame#banner[tone="info"] {{ background: {INFO_SOFT}; border: 1px solid #b9d3e6;
    border-radius: 4px; }}
QListView#sidebar {{ background: {SIDEBAR}; border: none; border-right: 1px solid {BORDER};
    outline: 0; padding-top: 8px; }}
QListView#sidebar::item {{ padding: 8px 10px; margin: 1px 6px; border-radius: 4px;
    color: {TEXT}; }}
QListView#sidebar::item:selected {{ background: {ACCENT}; color: white; }}
QListView#sidebar::item:hover:!selected {{ background: {ACCENT_SOFT}; }}
QTableView {{ gridline-color: {BORDER}; selection-background-color: {ACCENT};
    selection-color: white; }}
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


def palette() -> QPalette:
    pal = QPalette()
    role = QPalette.ColorRole
    pal.setColor(role.Window, QColor(WINDOW))
    pal.setColor(role.WindowText, QColor(TEXT))
    pal.setColor(role.Base, QColor(BASE))
    pal.setColor(role.AlternateBase, QColor(ALTERNATE))
    pal.setColor(role.Text, QColor(TEXT))
    pal.setColor(role.Button, QColor("#eef2f1"))
    pal.setColor(role.ButtonText, QColor(TEXT))
    pal.setColor(role.Highlight, QColor(ACCENT))
    pal.setColor(role.HighlightedText, QColor("#ffffff"))
    pal.setColor(role.ToolTipBase, QColor("#fffdf3"))
    pal.setColor(role.ToolTipText, QColor(TEXT))
    pal.setColor(role.PlaceholderText, QColor(MUTED))
    pal.setColor(role.Link, QColor(ACCENT))
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, r, QColor(DISABLED))
    return pal


def apply(app: QApplication) -> None:
    """Done once per application: replacing the style of a running application repolishes
    every live widget, which Qt does not handle well for hidden wizard pages."""
    if app.property("peercenter_theme"):
        return
    app.setStyle("Fusion")
    app.setPalette(palette())
    app.setStyleSheet(STYLESHEET)
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
