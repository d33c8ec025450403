"""What assistive technology is told about a widget: its name as a screen reader finds it,
and plain text for names taken from labels with mnemonics."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # forms (the login window's too) need only plain_text
    from PySide6.QtWidgets import QWidget


def plain_text(label: str) -> str:
    """A label's text without its mnemonic marks: '&Title' -> 'Title', 'A && B' -> 'A & B'."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def spoken_name(widget: QWidget) -> str:
    """The name Qt's accessibility reports for ``widget``: its accessible name, else a buddy
    label's or its own text, as a screen reader would find it."""
    from PySide6.QtGui import QAccessible

    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not interface.isValid():
        return ""
    return interface.text(QAccessible.Text.Name).strip()
