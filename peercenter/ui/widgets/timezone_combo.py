"""The time zone picker of the first-start wizard and of Settings."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter


def timezone_combo(current: str) -> QComboBox:
    """An editable list of every time zone; typing any part of a name narrows it."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(sorted(available_timezones()))
    combo.setMaxVisibleItems(15)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    set_timezone(combo, current)
    return combo


def set_timezone(combo: QComboBox, name: str) -> None:
    index = combo.findText(name)
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setEditText(name)
